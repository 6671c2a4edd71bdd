package io.cqlkit.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.cqlkit.builder.Cql;
import io.cqlkit.builder.CqlStatement;
import io.cqlkit.builder.Select;
import io.cqlkit.builder.Term;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * ScyllaDB-only syntax ({@code BYPASS CACHE}, {@code USING TIMEOUT}) is golden text only: it cannot
 * be verified against Cassandra, whose parser refuses it, while the same statement without it
 * parses. So the random generator leaves these options out.
 */
class ScyllaOnlySyntaxTest {
  private static final Select BASE = Cql.selectFrom("ks", "t").where("pk", 1).allowFiltering();

  @Test
  void should_render_bypass_cache_last_and_have_cassandra_refuse_it() {
    CqlStatement statement = BASE.bypassCache().build();

    assertThat(statement.cql()).isEqualTo("SELECT * FROM ks.t WHERE pk = ? ALLOW FILTERING BYPASS CACHE");
    assertThat(CassandraParser.assertRejects(statement.cql())).contains("BYPASS");
  }

  @Test
  void should_render_using_timeout_as_a_duration_literal_and_have_cassandra_refuse_it() {
    CqlStatement statement = BASE.usingTimeout(Duration.ofMillis(1500)).build();

    assertThat(statement.cql()).isEqualTo("SELECT * FROM ks.t WHERE pk = ? ALLOW FILTERING USING TIMEOUT 1s500ms");
    assertThat(CassandraParser.assertRejects(statement.cql())).contains("USING");
  }

  @Test
  void should_render_both_in_scylladbs_order() {
    CqlStatement statement = BASE.bypassCache().usingTimeout(Duration.ofMinutes(2)).build();

    assertThat(statement.cql())
        .isEqualTo("SELECT * FROM ks.t WHERE pk = ? ALLOW FILTERING BYPASS CACHE USING TIMEOUT 2m");
    assertThat(statement.paramCount()).isEqualTo(1);
  }

  @Test
  void should_parse_the_same_statement_without_the_scylladb_options() {
    CqlStatement statement = BASE.build();

    assertThat(CassandraParser.assertParses(statement).markerCount()).isEqualTo(1);
  }

  @Test
  void should_have_cassandra_refuse_using_timeout_on_writes_and_parse_them_without_it() {
    Duration half = Duration.ofMillis(500);
    List<CqlStatement> withTimeout =
        List.of(
            Cql.insertInto("ks", "t").value("pk", 1).usingTtl(60).usingTimestamp(7L).usingTimeout(half).build(),
            Cql.update("ks", "t").set("a", 1).where("pk", 1).usingTtl(60).usingTimeout(half).build(),
            Cql.deleteFrom("ks", "t").where("pk", 1).usingTimestamp(7L).usingTimeout(half).build());
    for (CqlStatement statement : withTimeout) {
      assertThat(statement.cql()).contains("TIMEOUT 500ms");
      CassandraParser.assertRejects(statement.cql());
      CassandraParser.parse(statement.cql().replace(" AND TIMEOUT 500ms", ""));
    }
    String marker = Cql.selectFrom("ks", "t").where("pk", 1).usingTimeout(Term.marker()).template().cql();
    assertThat(marker).isEqualTo("SELECT * FROM ks.t WHERE pk = ? USING TIMEOUT ?");
    CassandraParser.assertRejects(marker);
  }

  @Test
  void should_have_cassandra_refuse_using_timeout_on_batches_and_parse_them_without_it() {
    Duration half = Duration.ofMillis(500);
    CqlStatement insert = Cql.insertInto("ks", "t").value("pk", 1).build();
    CqlStatement counter = Cql.update("ks", "c").increment("n", 1).where("pk", 1).build();
    CqlStatement named =
        Cql.update("ks", "t").set("a", Term.marker("a")).where("pk", Term.marker("pk")).template()
            .bind(Map.of("a", 1, "pk", 2));
    // Each batch, its first line, and the clause that Cassandra's parser takes once the timeout is cut.
    Map<CqlStatement, String[]> batches = new LinkedHashMap<>();
    batches.put(
        Cql.loggedBatch().add(insert).usingTimeout(half).build(),
        new String[] {"BEGIN BATCH USING TIMEOUT 500ms", "BEGIN BATCH"});
    batches.put(
        Cql.unloggedBatch().add(insert).usingTimestamp(7L).usingTimeout(half).build(),
        new String[] {"BEGIN UNLOGGED BATCH USING TIMESTAMP ? AND TIMEOUT 500ms", "BEGIN UNLOGGED BATCH USING TIMESTAMP ?"});
    batches.put(
        Cql.counterBatch().add(counter).usingTimeout(Term.marker(), half).build(),
        new String[] {"BEGIN COUNTER BATCH USING TIMEOUT ?", "BEGIN COUNTER BATCH"});
    batches.put(
        Cql.loggedBatch().add(insert).usingTimestamp(7L).usingTimeout(Term.marker(), half).build(),
        new String[] {"BEGIN BATCH USING TIMESTAMP ? AND TIMEOUT ?", "BEGIN BATCH USING TIMESTAMP ?"});
    batches.put(
        Cql.unloggedBatch().add(named).usingTimeout(Term.marker("t"), half).build(),
        new String[] {"BEGIN UNLOGGED BATCH USING TIMEOUT :t", "BEGIN UNLOGGED BATCH"});
    for (Map.Entry<CqlStatement, String[]> e : batches.entrySet()) {
      CqlStatement batch = e.getKey();
      String firstLine = e.getValue()[0];
      String withoutTimeout = e.getValue()[1];
      String cql = batch.cql();
      assertThat(cql).startsWith(firstLine + "\n");
      assertThat(batch.hasTimeout()).isTrue();
      assertThat(CassandraParser.assertRejects(cql))
          .contains("parser says: line 1:" + (firstLine.indexOf(" TIMEOUT") + 1) + " no viable alternative at input 'TIMEOUT'");
      int markers = batch.paramCount() - (firstLine.endsWith("500ms") ? 0 : 1);
      ParsedCql parsed = CassandraParser.assertParses(withoutTimeout + cql.substring(firstLine.length()), markers);
      assertThat(parsed.batchType()).isEqualTo(batch.batchType());
      assertThat(parsed.children()).hasSameSizeAs(batch.children());
    }
  }
}
