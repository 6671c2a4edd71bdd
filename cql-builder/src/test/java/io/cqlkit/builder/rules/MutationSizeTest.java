package io.cqlkit.builder.rules;

import static io.cqlkit.builder.Cql.deleteFrom;
import static io.cqlkit.builder.Cql.insertInto;
import static io.cqlkit.builder.Cql.unloggedBatch;
import static io.cqlkit.builder.Cql.update;
import static org.assertj.core.api.Assertions.assertThat;

import io.cqlkit.builder.Batch;
import io.cqlkit.builder.Cql;
import io.cqlkit.builder.CqlStatement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * The batch size the rules give is the server's: each expected figure below is the size Cassandra
 * 5.0.9 reported for the same batch ("Batch for [calib.t] is of size 9858, …"), measured on the node.
 */
class MutationSizeTest {
  private static final TableFacts FACTS =
      (keyspace, table) ->
          Optional.ofNullable(
              Map.of(
                      "t", TableInfo.of(List.of("pk")).withClustering(List.of("ck"))
                          .withTypes(Map.of("pk", "int", "ck", "int", "v", "int")).withCounter(false),
                      "st", TableInfo.of(List.of("pk")).withClustering(List.of("ck"))
                          .withTypes(Map.of("pk", "int", "ck", "int", "s", "int", "v", "int")).withCounter(false),
                      "col", TableInfo.of(List.of("pk")).withClustering(List.of("ck"))
                          .withTypes(Map.of("pk", "int", "ck", "int", "l", "list<int>", "st", "set<text>", "m", "map<text, int>"))
                          .withCounter(false),
                      "cnt", TableInfo.of(List.of("pk")).withClustering(List.of("ck"))
                          .withTypes(Map.of("pk", "int", "ck", "int", "n", "counter")).withCounter(true),
                      "cnt2", TableInfo.of(List.of("pk")).withClustering(List.of())
                          .withTypes(Map.of("pk", "int", "n", "counter", "m", "counter")).withCounter(true),
                      "k", TableInfo.of(List.of("pk")).withClustering(List.of())
                          .withTypes(Map.of("pk", "text", "v", "int")).withCounter(false))
                  .get(table));

  private static long size(Batch batch) {
    List<String> warnings =
        CqlValidator.cassandra()
            .withLimits(BatchLimits.of(1, 100_000_000))
            .check(batch.build(), RuleContext.of(BatchTransport.PROTOCOL, FACTS, "calib"));
    String warning = warnings.stream().filter(w -> w.startsWith("BATCH_SIZE_WARNING")).findFirst().orElseThrow();
    String about = warning.substring(warning.indexOf("about ") + 6);
    return Long.parseLong(about.substring(0, about.indexOf(' ')));
  }

  private static long size(int partitions, int rows, BiFunction<Integer, Integer, CqlStatement> statement) {
    Batch batch = unloggedBatch();
    for (int pk = 0; pk < partitions; pk++) {
      for (int ck = 0; ck < rows; ck++) {
        batch = batch.add(statement.apply(pk, ck));
      }
    }
    return size(batch);
  }

  @Test
  void should_size_rows_of_cells_as_the_server() {
    assertThat(size(2, 100, (pk, ck) -> insertInto("t").value("pk", pk).value("ck", ck).value("v", 7).build()))
        .isEqualTo(9_858);
    assertThat(size(2, 60, (pk, ck) -> insertInto("t").value("pk", pk).value("ck", ck).value("v", 7).build()))
        .isEqualTo(5_938);
    assertThat(size(30, 4, (pk, ck) -> insertInto("t").value("pk", pk).value("ck", ck).value("v", 7).build()))
        .isEqualTo(6_750);
    assertThat(size(2, 100, (pk, ck) -> update("t").set("v", 7).where("pk", pk).where("ck", ck).build()))
        .isEqualTo(9_858);
    assertThat(size(2, 100, (pk, ck) -> insertInto("t").value("pk", pk).value("ck", ck).value("v", 7).usingTtl(1000).build()))
        .isEqualTo(12_258);
    assertThat(size(2, 100, (pk, ck) -> insertInto("t").value("pk", pk).value("ck", ck).value("v", null).build()))
        .isEqualTo(9_058);
  }

  @Test
  void should_size_deletions_as_the_server() {
    assertThat(size(2, 150, (pk, ck) -> deleteFrom("t").where("pk", pk).where("ck", ck).build())).isEqualTo(7_558);
    assertThat(size(2, 150, (pk, ck) -> deleteFrom("t").columns("v").where("pk", pk).where("ck", ck).build()))
        .isEqualTo(13_558);
    assertThat(size(300, 1, (pk, ck) -> deleteFrom("t").where("pk", pk).build())).isEqualTo(8_700);
  }

  @Test
  void should_size_static_rows_collections_and_counters_as_the_server() {
    assertThat(size(200, 1, (pk, ck) -> update("st").set("s", 1).where("pk", pk).build())).isEqualTo(10_600);
    assertThat(size(2, 30, (pk, ck) -> insertInto("col").value("pk", pk).value("ck", ck).value("l", List.of(1, 2, 3)).build()))
        .isEqualTo(9_478);
    assertThat(size(2, 30, (pk, ck) -> insertInto("col").value("pk", pk).value("ck", ck).value("st", Set.of("a", "bb", "ccc")).build()))
        .isEqualTo(6_238);
    assertThat(size(2, 30, (pk, ck) -> insertInto("col").value("pk", pk).value("ck", ck).value("m", Map.of("a", 1, "bb", 2)).build()))
        .isEqualTo(5_338);
    assertThat(size(2, 100, (pk, ck) -> update("cnt").increment("n", 1).where("pk", pk).where("ck", ck).build()))
        .isEqualTo(16_258);
    assertThat(size(200, 1, (pk, ck) -> update("cnt2").increment("n", 1).increment("m", 2).where("pk", pk).build()))
        .isEqualTo(32_400);
  }

  @Test
  void should_not_count_partition_keys_and_merge_statements_on_one_row() {
    assertThat(size(200, 1, (pk, ck) -> insertInto("k").value("pk", String.format("%010d", pk)).value("v", 1).build()))
        .isEqualTo(14_800);
    Batch twice = Cql.unloggedBatch();
    for (int round = 0; round < 2; round++) {
      for (int pk = 0; pk < 2; pk++) {
        for (int ck = 0; ck < 100; ck++) {
          twice = twice.add(insertInto("t").value("pk", pk).value("ck", ck).value("v", 7).build());
        }
      }
    }
    assertThat(size(twice)).isEqualTo(9_858);
  }

  @Test
  void should_size_one_statement_alone_as_a_batch_of_it_alone() {
    RuleContext context = RuleContext.of(BatchTransport.PROTOCOL, FACTS, "calib");
    java.util.function.ToLongFunction<CqlStatement> sizer = CqlValidator.cassandra().statementSizer(context);
    for (CqlStatement statement :
        List.of(
            insertInto("t").value("pk", 1).value("ck", 2).value("v", 7).build(),
            insertInto("t").value("pk", 1).value("ck", 2).value("v", 7).usingTtl(10).build(),
            insertInto("col").value("pk", 1).value("ck", 2).value("m", Map.of("a", 1, "bb", 2)).build(),
            update("st").set("s", 1).where("pk", 1).build(),
            update("cnt").increment("n", 1).where("pk", 1).where("ck", 2).build(),
            deleteFrom("t").columns("v").where("pk", 1).where("ck", 2).build(),
            deleteFrom("t").where("pk", 1).build(),
            insertInto("unknown").value("pk", 1).value("v", "text").build())) {
      assertThat(sizer.applyAsLong(statement))
          .as("%s", statement)
          .isEqualTo(CqlValidator.cassandra().mutationSize(List.of(statement), context))
          .isPositive();
    }
  }
}
