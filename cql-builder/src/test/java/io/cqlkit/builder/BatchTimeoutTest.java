package io.cqlkit.builder;

import static io.cqlkit.builder.Cql.buildBatch;
import static io.cqlkit.builder.Cql.counterBatch;
import static io.cqlkit.builder.Cql.deleteFrom;
import static io.cqlkit.builder.Cql.insertInto;
import static io.cqlkit.builder.Cql.loggedBatch;
import static io.cqlkit.builder.Cql.selectFrom;
import static io.cqlkit.builder.Cql.unloggedBatch;
import static io.cqlkit.builder.Cql.update;
import static io.cqlkit.builder.Term.marker;
import static io.cqlkit.builder.assertj.CqlAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** ScyllaDB's {@code USING TIMEOUT} on a batch: golden texts, params, the text cache, options. */
class BatchTimeoutTest {
  private static final Duration HALF_SECOND = Duration.ofMillis(500);
  private static final CqlStatement INSERT = insertInto("ks", "t").value("pk", 1).value("a", "x").build();
  private static final CqlStatement DELETE = deleteFrom("ks", "t").where("pk", 2).build();
  private static final CqlStatement COUNTER = update("ks", "c").increment("n", 1).where("pk", 3).build();

  @Test
  void should_render_the_batch_examples_of_cql_format_md() throws Exception {
    Duration twoSeconds = Duration.ofSeconds(2);
    CqlStatement literal =
        loggedBatch().usingTimeout(HALF_SECOND).add(insertInto("ks", "v").value("pk", 1).build()).build();
    CqlStatement timestamped =
        unloggedBatch()
            .usingTimestamp(7L)
            .usingTimeout(marker(), twoSeconds)
            .add(update("ks", "v").set("a", "x").where("pk", 1).build())
            .add(deleteFrom("ks", "v").where("pk", 2).build())
            .build();
    CqlStatement counter =
        update("ks", "c").increment("n", marker("n")).where("pk", marker("pk")).template().bind(Map.of("n", 1L, "pk", 3));
    CqlStatement named = counterBatch().usingTimeout(marker("t"), twoSeconds).add(counter).build();

    assertThat(literal)
        .hasCql("BEGIN BATCH USING TIMEOUT 500ms\n  INSERT INTO ks.v (pk) VALUES (?);\nAPPLY BATCH")
        .hasParams(1);
    assertThat(timestamped)
        .hasCql(
            "BEGIN UNLOGGED BATCH USING TIMESTAMP ? AND TIMEOUT ?\n"
                + "  UPDATE ks.v SET a = ? WHERE pk = ?;\n"
                + "  DELETE FROM ks.v WHERE pk = ?;\n"
                + "APPLY BATCH")
        .hasParams(7L, twoSeconds, "x", 1, 2);
    assertThat(named)
        .hasCql("BEGIN COUNTER BATCH USING TIMEOUT :t\n  UPDATE ks.c SET n = n + :n WHERE pk = :pk;\nAPPLY BATCH")
        .hasParams(twoSeconds, 1L, 3);

    String doc = Files.readString(Path.of("..", "docs", "cql-format.md"));
    String section = doc.substring(doc.indexOf("## ScyllaDB-only syntax"));
    int start = section.indexOf("```\n") + 4;
    String block = section.substring(start, section.indexOf("\n```", start) + 1);
    assertThat(block)
        .endsWith(literal.cql() + "\n" + timestamped.cql() + "\n" + named.cql() + "\n");
  }

  @Test
  void should_render_a_literal_timeout_in_each_batch_type() {
    assertThat(loggedBatch().add(INSERT).usingTimeout(HALF_SECOND).build())
        .hasCql("BEGIN BATCH USING TIMEOUT 500ms\n  INSERT INTO ks.t (pk, a) VALUES (?, ?);\nAPPLY BATCH")
        .hasParams(1, "x");
    assertThat(unloggedBatch().usingTimeout(Duration.ofMillis(1500)).add(INSERT).add(DELETE).build())
        .hasCql(
            "BEGIN UNLOGGED BATCH USING TIMEOUT 1s500ms\n"
                + "  INSERT INTO ks.t (pk, a) VALUES (?, ?);\n"
                + "  DELETE FROM ks.t WHERE pk = ?;\n"
                + "APPLY BATCH")
        .hasParams(1, "x", 2);
    assertThat(counterBatch().add(COUNTER).usingTimeout(Duration.ofMinutes(2)).build())
        .hasCql("BEGIN COUNTER BATCH USING TIMEOUT 2m\n  UPDATE ks.c SET n = n + ? WHERE pk = ?;\nAPPLY BATCH")
        .hasParams(1L, 3);
  }

  @Test
  void should_render_the_timeout_after_the_batch_timestamp() {
    CqlStatement batch =
        unloggedBatch().usingTimeout(HALF_SECOND).add(INSERT).add(DELETE).usingTimestamp(9L).build();

    assertThat(batch)
        .hasCql(
            "BEGIN UNLOGGED BATCH USING TIMESTAMP ? AND TIMEOUT 500ms\n"
                + "  INSERT INTO ks.t (pk, a) VALUES (?, ?);\n"
                + "  DELETE FROM ks.t WHERE pk = ?;\n"
                + "APPLY BATCH")
        .hasParams(9L, 1, "x", 2);
    assertThat(batch.batchTimestamp()).contains(9L);
    assertThat(batch.hasTimestamp()).isTrue();
    assertThat(batch.hasTimeout()).isTrue();
  }

  @Test
  void should_bind_a_marker_timeout_after_the_timestamp_and_before_the_statements() {
    Duration twoSeconds = Duration.ofSeconds(2);
    CqlStatement alone = loggedBatch().add(INSERT).usingTimeout(marker(), twoSeconds).build();
    CqlStatement timed =
        loggedBatch().add(INSERT).add(DELETE).usingTimeout(marker(), twoSeconds).usingTimestamp(9L).build();

    assertThat(alone)
        .hasCql("BEGIN BATCH USING TIMEOUT ?\n  INSERT INTO ks.t (pk, a) VALUES (?, ?);\nAPPLY BATCH")
        .hasParams(twoSeconds, 1, "x");
    assertThat(alone.batchTimestamp()).isEmpty();
    assertThat(timed)
        .hasCql(
            "BEGIN BATCH USING TIMESTAMP ? AND TIMEOUT ?\n"
                + "  INSERT INTO ks.t (pk, a) VALUES (?, ?);\n"
                + "  DELETE FROM ks.t WHERE pk = ?;\n"
                + "APPLY BATCH")
        .hasParams(9L, twoSeconds, 1, "x", 2);
    assertThat(timed.batchTimestamp()).contains(9L);
    assertThat(timed.paramCount()).isEqualTo(5);
  }

  @Test
  void should_render_a_named_marker_timeout() {
    CqlStatement named =
        update("ks", "t").set("a", marker("a")).where("pk", marker("pk")).template().bind(Map.of("a", "x", "pk", 1));
    CqlStatement batch =
        unloggedBatch().add(named).usingTimeout(marker("t"), HALF_SECOND).usingTimestamp(4L).build();

    assertThat(batch)
        .hasCql(
            "BEGIN UNLOGGED BATCH USING TIMESTAMP ? AND TIMEOUT :t\n"
                + "  UPDATE ks.t SET a = :a WHERE pk = :pk;\n"
                + "APPLY BATCH")
        .hasParams(4L, HALF_SECOND, "x", 1);
    assertThat(batch.batchTimestamp()).contains(4L);
  }

  @Test
  void should_keep_the_last_timeout_and_leave_a_shared_partial_batch_unchanged() {
    Batch base = loggedBatch().add(DELETE);
    CqlStatement marked = base.usingTimeout(HALF_SECOND).usingTimeout(marker(), HALF_SECOND).build();
    CqlStatement literal = base.usingTimeout(marker(), HALF_SECOND).usingTimeout(Duration.ofSeconds(1)).build();

    assertThat(base.build()).hasCql("BEGIN BATCH\n  DELETE FROM ks.t WHERE pk = ?;\nAPPLY BATCH").hasParams(2);
    assertThat(base.build().hasTimeout()).isFalse();
    assertThat(marked).hasCql("BEGIN BATCH USING TIMEOUT ?\n  DELETE FROM ks.t WHERE pk = ?;\nAPPLY BATCH")
        .hasParams(HALF_SECOND, 2);
    assertThat(literal).hasCql("BEGIN BATCH USING TIMEOUT 1s\n  DELETE FROM ks.t WHERE pk = ?;\nAPPLY BATCH")
        .hasParams(2);
  }

  @Test
  void should_refuse_a_timeout_that_is_not_positive_or_not_a_marker() {
    Batch batch = loggedBatch().add(INSERT);
    assertThatThrownBy(() -> batch.usingTimeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a timeout must be positive, not PT0S");
    assertThatThrownBy(() -> batch.usingTimeout((Duration) null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a timeout must be positive, not null");
    assertThatThrownBy(() -> batch.usingTimeout(marker(), Duration.ofMillis(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a timeout must be positive, not PT-0.001S");
    assertThatThrownBy(() -> batch.usingTimeout(marker("t"), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a timeout must be positive, not null");
    assertThatThrownBy(() -> batch.usingTimeout(Term.literal(5), HALF_SECOND))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "usingTimeout(...) takes a Duration (USING TIMEOUT 500ms) or a marker (USING TIMEOUT ?),"
                + " not 5");
  }

  @Test
  void should_tell_which_statements_carry_a_timeout() {
    assertThat(loggedBatch().add(INSERT).usingTimeout(HALF_SECOND).build().hasTimeout()).isTrue();
    assertThat(loggedBatch().add(INSERT).usingTimeout(marker(), HALF_SECOND).build().hasTimeout()).isTrue();
    assertThat(loggedBatch().add(INSERT).usingTimestamp(1L).build().hasTimeout()).isFalse();
    CqlStatement timedInsert = insertInto("ks", "t").value("pk", 1).usingTimeout(HALF_SECOND).build();
    assertThat(timedInsert.hasTimeout()).isTrue();
    assertThat(loggedBatch().add(timedInsert).build().hasTimeout())
        .as("a batch carries a timeout only in its own USING clause")
        .isFalse();
    assertThat(update("ks", "t").set("a", 1).where("pk", 1).usingTimeout(HALF_SECOND).build().hasTimeout()).isTrue();
    assertThat(deleteFrom("ks", "t").where("pk", 1).usingTimeout(HALF_SECOND).build().hasTimeout()).isTrue();
    assertThat(selectFrom("ks", "t").where("pk", 1).usingTimeout(HALF_SECOND).build().hasTimeout()).isTrue();
    assertThat(
            selectFrom("ks", "t").where("pk", 1).usingTimeout(marker()).template().bind(HALF_SECOND).hasTimeout())
        .isTrue();
    assertThat(INSERT.hasTimeout()).isFalse();
    assertThat(update("ks", "t").set("a", 1).where("pk", 1).build().hasTimeout()).isFalse();
    assertThat(DELETE.hasTimeout()).isFalse();
    assertThat(selectFrom("ks", "t").where("pk", 1).build().hasTimeout()).isFalse();
  }

  @Test
  void should_never_share_a_cached_text_between_batches_differing_only_by_timeout() {
    Batch base = unloggedBatch().add(INSERT).add(DELETE);
    String body = "\n  INSERT INTO ks.t (pk, a) VALUES (?, ?);\n  DELETE FROM ks.t WHERE pk = ?;\nAPPLY BATCH";
    // Named markers "Aa" and "BB" render :"Aa" and :"BB", texts of equal hash codes: the same cache
    // slot, told apart only by the timeout text itself.
    assertThat(":\"Aa\"".hashCode()).isEqualTo(":\"BB\"".hashCode());
    for (int round = 0; round < 2; round++) {
      assertThat(base.build().cql()).isEqualTo("BEGIN UNLOGGED BATCH" + body);
      assertThat(base.usingTimeout(HALF_SECOND).build().cql())
          .isEqualTo("BEGIN UNLOGGED BATCH USING TIMEOUT 500ms" + body);
      assertThat(base.usingTimeout(Duration.ofSeconds(1)).build().cql())
          .isEqualTo("BEGIN UNLOGGED BATCH USING TIMEOUT 1s" + body);
      assertThat(base.usingTimeout(marker(), HALF_SECOND).build().cql())
          .isEqualTo("BEGIN UNLOGGED BATCH USING TIMEOUT ?" + body);
      assertThat(base.usingTimeout(marker("Aa"), HALF_SECOND).build().cql())
          .isEqualTo("BEGIN UNLOGGED BATCH USING TIMEOUT :\"Aa\"" + body);
      assertThat(base.usingTimeout(marker("BB"), HALF_SECOND).build().cql())
          .isEqualTo("BEGIN UNLOGGED BATCH USING TIMEOUT :\"BB\"" + body);
      assertThat(base.usingTimestamp(1L).build().cql())
          .isEqualTo("BEGIN UNLOGGED BATCH USING TIMESTAMP ?" + body);
      assertThat(base.usingTimestamp(1L).usingTimeout(HALF_SECOND).build().cql())
          .isEqualTo("BEGIN UNLOGGED BATCH USING TIMESTAMP ? AND TIMEOUT 500ms" + body);
    }
  }

  @Test
  void should_render_the_timeout_of_a_batch_too_large_for_the_text_cache() {
    Batch batch = loggedBatch().usingTimeout(HALF_SECOND);
    for (int i = 0; i < 65; i++) {
      batch = batch.add(DELETE);
    }
    String cql = batch.build().cql();
    assertThat(cql).startsWith("BEGIN BATCH USING TIMEOUT 500ms\n  DELETE FROM ks.t WHERE pk = ?;\n");
    assertThat(cql.split("\n")).hasSize(67);
  }

  @Test
  void should_build_a_batch_with_a_timeout_in_one_call() {
    assertThat(buildBatch(BatchType.LOGGED, List.of(INSERT), BatchOptions.timeout(HALF_SECOND)))
        .hasCql("BEGIN BATCH USING TIMEOUT 500ms\n  INSERT INTO ks.t (pk, a) VALUES (?, ?);\nAPPLY BATCH")
        .hasParams(1, "x");
    assertThat(
            buildBatch(
                BatchType.UNLOGGED,
                List.of(INSERT, DELETE),
                BatchOptions.timestamp(7L).withTimeout(Duration.ofMillis(1500))))
        .hasCql(
            "BEGIN UNLOGGED BATCH USING TIMESTAMP ? AND TIMEOUT 1s500ms\n"
                + "  INSERT INTO ks.t (pk, a) VALUES (?, ?);\n"
                + "  DELETE FROM ks.t WHERE pk = ?;\n"
                + "APPLY BATCH")
        .hasParams(7L, 1, "x", 2);
    assertThat(buildBatch(BatchType.COUNTER, List.of(COUNTER), BatchOptions.timeout(Duration.ofMinutes(2))))
        .hasCql("BEGIN COUNTER BATCH USING TIMEOUT 2m\n  UPDATE ks.c SET n = n + ? WHERE pk = ?;\nAPPLY BATCH");
  }

  @Test
  void should_compare_describe_and_check_batch_options_with_a_timeout() {
    BatchOptions both = BatchOptions.timestamp(7L).withTimeout(HALF_SECOND);
    BatchOptions timeoutOnly = BatchOptions.timeout(HALF_SECOND);

    assertThat(both).isEqualTo(BatchOptions.timestamp(7L).withTimeout(Duration.ofMillis(500)));
    assertThat(both).hasSameHashCodeAs(BatchOptions.timestamp(7L).withTimeout(Duration.ofMillis(500)));
    assertThat(both).isNotEqualTo(BatchOptions.timestamp(7L));
    assertThat(both).isNotEqualTo(timeoutOnly);
    assertThat(timeoutOnly).isNotEqualTo(BatchOptions.timeout(Duration.ofSeconds(1)));
    assertThat(timeoutOnly).isNotEqualTo(BatchOptions.none());
    assertThat(BatchOptions.none().withTimeout(HALF_SECOND)).isEqualTo(timeoutOnly);
    assertThat(both.batchTimestamp()).hasValue(7L);
    assertThat(both.timeout()).contains(HALF_SECOND);
    assertThat(timeoutOnly.batchTimestamp()).isEmpty();
    assertThat(BatchOptions.timestamp(7L).timeout()).isEmpty();
    assertThat(both).hasToString("BatchOptions{timestamp=7, timeout=PT0.5S}");
    assertThat(timeoutOnly).hasToString("BatchOptions{timeout=PT0.5S}");
    assertThat(BatchOptions.none()).hasToString("BatchOptions{}");
    assertThatThrownBy(() -> BatchOptions.timeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a timeout must be positive, not PT0S");
    assertThatThrownBy(() -> BatchOptions.timestamp(7L).withTimeout(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a timeout must be positive, not null");
  }
}
