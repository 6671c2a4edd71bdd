package io.cqlkit.driver;

import static io.cqlkit.builder.Cql.deleteFrom;
import static io.cqlkit.builder.Cql.insertInto;
import static io.cqlkit.builder.Cql.selectFrom;
import static io.cqlkit.builder.Cql.update;
import static io.cqlkit.builder.Relation.eq;
import static io.cqlkit.builder.Relation.in;
import static io.cqlkit.builder.schema.DataType.COUNTER;
import static io.cqlkit.builder.schema.DataType.INT;
import static io.cqlkit.builder.schema.DataType.TEXT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cqlkit.builder.BatchType;
import io.cqlkit.builder.CqlStatement;
import io.cqlkit.builder.schema.Schema;
import io.cqlkit.executor.BatchResult;
import io.cqlkit.executor.CqlEngine;
import io.cqlkit.builder.rules.CqlRule;
import io.cqlkit.builder.rules.CqlRuleViolationException;
import io.cqlkit.executor.CqlExecutionException;
import io.cqlkit.executor.LwtResult;
import io.cqlkit.executor.Row;
import io.cqlkit.node.CassandraNode;
import io.cqlkit.node.CassandraNodeExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Batches and lightweight transactions through the engine on the adapter: each batch type, LWT
 * outcomes, a conditional batch, and every batch rule refused before sending — and, sending the
 * same batch straight through the adapter, refused by the server too.
 */
@ExtendWith(CassandraNodeExtension.class)
class BatchIT {
  private static final String KS = "adapter_batch";
  private static DriverExecutor executor;
  private static CqlEngine engine;

  @BeforeAll
  static void createSchema(CassandraNode node) {
    executor = TestCluster.connect(node);
    engine = CqlEngine.of(executor);
    TestCluster.recreateKeyspace(executor, KS);
    for (String table : List.of("t", "t_other")) {
      executor.execute(
          Schema.createTable(KS, table)
              .withPartitionKey("pk", INT)
              .withClusteringColumn("ck", INT)
              .withColumn("v", TEXT)
              .build());
    }
    executor.execute(
        Schema.createTable(KS, "counters")
            .withPartitionKey("page", TEXT)
            .withColumn("views", COUNTER)
            .build());
  }

  @AfterAll
  static void close() {
    if (executor != null) {
      executor.close();
    }
  }

  private static CqlStatement insert(int pk, int ck, String v) {
    return insertInto(KS, "t").value("pk", pk).value("ck", ck).value("v", v).build();
  }

  private static CqlStatement views(String page, long by) {
    return update(KS, "counters").increment("views", by).where("page", page).build();
  }

  private static List<Row> partition(int pk) {
    return executor.execute(selectFrom(KS, "t").where("pk", pk).build()).rows();
  }

  private static List<Row> counter(String page) {
    return executor.execute(selectFrom(KS, "counters").where("page", page).build()).rows();
  }

  @Test
  void should_run_a_logged_batch_as_one_protocol_batch() {
    BatchResult result =
        engine.batch(BatchType.LOGGED).run(b -> b.add(insert(1, 1, "a")).add(insert(2, 1, "b")));

    assertThat(result.wasSent()).isTrue();
    assertThat(partition(1)).hasSize(1);
    assertThat(partition(2)).hasSize(1);
  }

  @Test
  void should_run_an_unlogged_batch_with_a_batch_timestamp() {
    long micros = (System.currentTimeMillis() + 60_000) * 1000;

    engine.batch(BatchType.UNLOGGED).usingTimestamp(micros).run(b -> b.add(insert(3, 1, "a")).add(insert(3, 2, "b")));

    List<Row> rows =
        executor
            .execute(selectFrom(KS, "t").columns("ck").select(io.cqlkit.builder.Selector.writetime("v")).where("pk", 3).build())
            .rows();
    assertThat(rows).extracting(r -> r.get("writetime(v)", Long.class)).containsExactly(micros, micros);
  }

  @Test
  void should_run_a_counter_batch() {
    engine.batch(BatchType.COUNTER).run(b -> b.add(views("home", 3)).add(views("about", 1)));

    assertThat(counter("home")).singleElement().satisfies(r -> assertThat(r.get("views", Long.class)).isEqualTo(3L));
    assertThat(counter("about")).singleElement().satisfies(r -> assertThat(r.get("views", Long.class)).isEqualTo(1L));
  }

  @Test
  void should_apply_a_conditional_insert_once_and_return_the_existing_row_after() {
    CqlStatement claim =
        insertInto(KS, "t").value("pk", 10).value("ck", 1).value("v", "first").ifNotExists().build();
    CqlStatement again =
        insertInto(KS, "t").value("pk", 10).value("ck", 1).value("v", "second").ifNotExists().build();

    LwtResult applied = engine.execute(claim).lwt();
    LwtResult notApplied = engine.execute(again).lwt();

    assertThat(applied.applied()).isTrue();
    assertThat(applied.rows()).singleElement().satisfies(r -> assertThat(r.columnNames()).containsExactly("[applied]"));
    assertThat(notApplied.applied()).isFalse();
    Row existing = notApplied.existing().orElseThrow();
    assertThat(existing.get("[applied]", Boolean.class)).isFalse();
    assertThat(existing.get("v", String.class)).isEqualTo("first");
  }

  @Test
  void should_apply_a_conditional_batch_of_two_statements_on_one_partition() {
    executor.execute(insert(20, 1, "old"));
    CqlStatement setIfOld =
        update(KS, "t").set("v", "new").where("pk", 20).where("ck", 1).onlyIf(eq("v", "old")).build();
    CqlStatement addIfAbsent =
        insertInto(KS, "t").value("pk", 20).value("ck", 2).value("v", "added").ifNotExists().build();

    BatchResult applied = engine.batch().run(b -> b.add(setIfOld).add(addIfAbsent));
    BatchResult notApplied = engine.batch().run(b -> b.add(setIfOld).add(addIfAbsent));

    assertThat(applied.lwt().applied()).isTrue();
    assertThat(partition(20)).extracting(r -> r.get("v", String.class)).containsExactly("new", "added");
    assertThat(notApplied.lwt().applied()).isFalse();
    assertThat(notApplied.lwt().rows())
        .as("one row per conditional statement, each with [applied]")
        .hasSize(2)
        .allSatisfy(r -> assertThat(r.get("[applied]", Boolean.class)).isFalse())
        .extracting(r -> r.get("ck", Integer.class))
        .containsExactly(1, 2);
  }

  @Test
  void should_run_callbacks_only_after_a_successful_batch() {
    List<String> called = new ArrayList<>();
    CqlStatement conflicting =
        UncheckedBatches.of(BatchType.LOGGED, null, insert(30, 1, "x"), views("p30", 1));

    engine.batch().addCallback(() -> called.add("ok")).run(b -> b.add(insert(31, 1, "y")));
    assertThatThrownBy(
            () -> engine.batch().addCallback(() -> called.add("refused")).run(b -> b.addAll(conflicting.children())))
        .isInstanceOf(CqlRuleViolationException.class);

    assertThat(called).containsExactly("ok");
  }

  /**
   * A rule, a batch breaking it, the pk/page it would write (which must stay empty), and what the
   * server answers when the batch is sent past the engine. (The timestamp rules are text rules: a
   * protocol batch's timestamp is taken by the server, see RuleDifferentialIT.)
   */
  static Stream<Arguments> violations() {
    String big = "x".repeat(6 * 1024);
    List<CqlStatement> tooLarge = new ArrayList<>();
    for (int pk = 140; pk < 150; pk++) {
      tooLarge.add(insert(pk, 1, big));
    }
    return Stream.of(
        Arguments.of(
            CqlRule.BATCH_ONLY_MODIFICATIONS,
            UncheckedBatches.of(BatchType.LOGGED, null, insert(100, 1, "a"), selectFrom(KS, "t").where("pk", 100).build()),
            100,
            "only UPDATE, INSERT and DELETE"),
        Arguments.of(
            CqlRule.COUNTER_BATCH_ONLY_COUNTERS,
            UncheckedBatches.of(BatchType.COUNTER, null, views("p101", 1), insert(101, 1, "a")),
            101,
            "Cannot include non-counter statement in a counter batch"),
        Arguments.of(
            CqlRule.COUNTER_MIXED_WITH_NON_COUNTER,
            UncheckedBatches.of(BatchType.UNLOGGED, null, insert(102, 1, "a"), views("p102", 1)),
            102,
            "Counter and non-counter mutations cannot exist in the same batch"),
        Arguments.of(
            CqlRule.COUNTER_IN_LOGGED_BATCH,
            UncheckedBatches.of(BatchType.LOGGED, null, views("p103", 1), views("p103b", 1)),
            103,
            "Cannot include a counter statement in a logged batch"),
        Arguments.of(
            CqlRule.CONDITIONAL_BATCH_MULTIPLE_TABLES,
            UncheckedBatches.of(
                BatchType.LOGGED,
                null,
                insertInto(KS, "t").value("pk", 107).value("ck", 1).value("v", "a").ifNotExists().build(),
                insertInto(KS, "t_other").value("pk", 107).value("ck", 1).value("v", "a").build()),
            107,
            "Batch with conditions cannot span multiple tables"),
        Arguments.of(
            CqlRule.CONDITIONAL_BATCH_MULTIPLE_PARTITIONS,
            UncheckedBatches.of(
                BatchType.LOGGED,
                null,
                insertInto(KS, "t").value("pk", 108).value("ck", 1).value("v", "a").ifNotExists().build(),
                insert(109, 1, "b")),
            108,
            "Batch with conditions cannot span multiple partitions"),
        Arguments.of(
            CqlRule.CONDITIONAL_BATCH_PARTITION_IN,
            UncheckedBatches.of(
                BatchType.LOGGED,
                null,
                update(KS, "t").set("v", "a").where(in("pk", List.of(110, 111))).where("ck", 1).ifExists().build()),
            110,
            "Batch with conditions cannot span multiple partitions (you cannot use IN on the partition key)"),
        Arguments.of(
            CqlRule.MIXED_CONDITIONS_ON_ONE_ROW,
            UncheckedBatches.of(
                BatchType.LOGGED,
                null,
                insertInto(KS, "t").value("pk", 112).value("ck", 1).value("v", "a").ifNotExists().build(),
                update(KS, "t").set("v", "b").where("pk", 112).where("ck", 1).ifExists().build()),
            112,
            "Cannot mix IF EXISTS and IF NOT EXISTS conditions for the same row"),
        Arguments.of(
            CqlRule.BATCH_TOO_LARGE,
            UncheckedBatches.of(BatchType.LOGGED, null, tooLarge.toArray(new CqlStatement[0])),
            140,
            "Batch too large"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("violations")
  void should_refuse_before_sending_and_the_server_refuses_too(
      CqlRule rule, CqlStatement batch, int pk, String serverMessage) {
    assertThatThrownBy(() -> engine.execute(batch))
        .isInstanceOfSatisfying(CqlRuleViolationException.class, e -> assertThat(e.rule()).isEqualTo(rule))
        .hasMessageStartingWith(rule.name() + ": ");
    assertThat(partition(pk)).as("nothing was sent").isEmpty();
    assertThat(counter("p" + pk)).as("nothing was sent").isEmpty();

    assertThatThrownBy(() -> executor.execute(batch))
        .as("the same batch sent past the engine")
        .isInstanceOf(CqlExecutionException.class)
        .hasMessageContaining(serverMessage);
    assertThat(partition(pk)).isEmpty();
  }

  @Test
  void should_delete_in_a_batch_with_the_server_checking_nothing_more() {
    executor.execute(insert(50, 1, "a"));

    engine.batch().run(b -> b.add(deleteFrom(KS, "t").where("pk", 50).where("ck", 1).build()).add(insert(50, 2, "b")));

    assertThat(partition(50)).extracting(r -> r.get("ck", Integer.class)).containsExactly(2);
  }
}
