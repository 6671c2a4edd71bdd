package io.cqlkit.conformance;

import static io.cqlkit.builder.Cql.buildBatch;
import static io.cqlkit.builder.Cql.buildDelete;
import static io.cqlkit.builder.Cql.buildInsert;
import static io.cqlkit.builder.Cql.buildSelect;
import static io.cqlkit.builder.Cql.buildUpdate;
import static io.cqlkit.builder.Cql.raw;
import static io.cqlkit.builder.Relation.contains;
import static io.cqlkit.builder.Relation.eq;
import static io.cqlkit.builder.Relation.gt;
import static io.cqlkit.builder.Relation.gte;
import static io.cqlkit.builder.Relation.in;
import static io.cqlkit.builder.Relation.lt;
import static io.cqlkit.builder.Unset.UNSET;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableMap;
import io.cqlkit.builder.BatchOptions;
import io.cqlkit.builder.BatchType;
import io.cqlkit.builder.CqlStatement;
import io.cqlkit.builder.DeleteOptions;
import io.cqlkit.builder.InsertOptions;
import io.cqlkit.builder.Order;
import io.cqlkit.builder.SelectOptions;
import io.cqlkit.builder.UpdateOptions;
import io.cqlkit.builder.mapping.ClusteringColumn;
import io.cqlkit.builder.mapping.Column;
import io.cqlkit.builder.mapping.PartitionKey;
import io.cqlkit.builder.mapping.TableModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The one-call forms with their options and the table models' templates parse with Cassandra's own
 * parser, with one marker per param; Cql.raw counts the markers the parser counts.
 */
class RecordsConformanceTest {
  record Reading(
      @PartitionKey(0) String sensor,
      @PartitionKey(1) int day,
      @ClusteringColumn int minute,
      @Column("Value") double value,
      String select) {}

  @Test
  void should_parse_every_one_call_form_with_options() {
    List<CqlStatement> statements = new ArrayList<>();
    Map<String, Object> key = ImmutableMap.of("pk", 1, "ck", 2);
    statements.add(buildInsert("ks", "t", ImmutableMap.of("pk", 1, "a", UNSET), InsertOptions.builder().ttl(1).timestamp(2L).build()));
    statements.add(buildInsert(null, "t", ImmutableMap.of("pk", 1), InsertOptions.builder().ifNotExists().ttl(1).build()));
    statements.add(buildInsert("ks", "t", Map.of("pk", 1), InsertOptions.builder().timestamp(1L).nullsAsUnset().build()));
    statements.add(buildUpdate("ks", "t", Map.of("a", 1), Map.of("pk", 1),
        UpdateOptions.builder().where(in("ck", List.of(1)), gt("x", 2)).ttl(1).timestamp(2L).build()));
    statements.add(buildUpdate("ks", "t", Map.of("a", 1), key, UpdateOptions.builder().ifExists().build()));
    statements.add(buildUpdate("ks", "t", Map.of("a", 1), key,
        UpdateOptions.builder().onlyIf(eq("a", 1), in("b", List.of(1)), gte("c", 3)).build()));
    statements.add(buildDelete("ks", "t", Map.of("pk", 1),
        DeleteOptions.builder().columns("a", "Select").where(gte("ck", 1), lt("ck", 3)).timestamp(1L).build()));
    statements.add(buildDelete("ks", "t", key, DeleteOptions.builder().ifExists().build()));
    statements.add(buildDelete("ks", "t", key, DeleteOptions.builder().onlyIf(eq("a", 1)).build()));
    statements.add(buildSelect("ks", "t", Map.of("pk", 1),
        SelectOptions.builder().columns("a", "b").where(in("ck", List.of(1)), contains("tags", "x"))
            .orderBy("ck", Order.DESC).orderBy("ck2", Order.ASC).perPartitionLimit(1).limit(2).allowFiltering().build()));
    statements.add(buildSelect("ks", "t", Map.of(), SelectOptions.builder().columns("pk").distinct().build()));
    statements.add(buildSelect("ks", "t", Map.of(), SelectOptions.builder().limit(5).build()));
    statements.add(buildBatch(BatchType.UNLOGGED,
        List.of(buildInsert("ks", "t", Map.of("pk", 1)), buildDelete("ks", "t", key)), BatchOptions.timestamp(1L)));
    statements.add(buildBatch(BatchType.LOGGED, List.of(buildInsert("ks", "t", Map.of("pk", 1))), BatchOptions.none()));
    for (CqlStatement statement : statements) {
      CassandraParser.assertParses(statement);
    }
  }

  @Test
  void should_parse_every_table_model_template() {
    TableModel readings = TableModel.of("ks", "Readings", Reading.class);
    TableModel byHand =
        TableModel.builder(null, "t").partitionKey("pk").clusteringColumns("ck1", "ck2").columns("a", "in").build();
    for (TableModel model : List.of(readings, byHand)) {
      List<CqlStatement> statements = new ArrayList<>();
      int keys = model.primaryKey().size();
      statements.add(model.insert().bind(ones(model.columns().size())));
      statements.add(model.insert(InsertOptions.builder().ifNotExists().ttl(5).nullsAsUnset().build())
          .bind(ones(model.columns().size())));
      statements.add(model.insert(InsertOptions.builder().timestamp(5L).build()).bind(ones(model.columns().size())));
      statements.add(model.get().bind(ones(keys)));
      statements.add(model.get(model.columns().get(model.columns().size() - 1)).bind(ones(keys)));
      statements.add(model.select().bind(ones(model.partitionKey().size())));
      String last = model.columns().get(model.columns().size() - 1);
      statements.add(model.update(last).bind(ones(keys + 1)));
      statements.add(model.delete().bind(ones(keys)));
      statements.add(model.delete(last).bind(ones(keys)));
      for (CqlStatement statement : statements) {
        CassandraParser.assertParses(statement);
      }
    }
  }

  /** Values for a template's markers: only the text is parsed, and WHERE takes no null. */
  private static Object[] ones(int count) {
    Object[] values = new Object[count];
    Arrays.fill(values, 1);
    return values;
  }

  @Test
  void should_count_raw_markers_as_cassandras_parser_does() {
    String[] texts = {
      "SELECT \"what?\" FROM ks.t WHERE pk = ? AND v = 'it''s ? :no' -- a ? here\n AND w = ?",
      "SELECT * FROM ks.t WHERE pk = :pk /* and :there ? */ AND v = $$ ? :x $$ AND w = :\"W\" // ?\n",
      "UPDATE ks.t SET m = m + {'k:v': ?}, l = l + [?, ?] WHERE pk = ? IF v = ?",
      "INSERT INTO ks.t (pk, v) VALUES (?, '?') USING TTL ? AND TIMESTAMP ?",
      "BEGIN UNLOGGED BATCH\n  INSERT INTO ks.t (pk) VALUES (?);\n  DELETE FROM ks.t WHERE pk = ?;\nAPPLY BATCH",
      "SELECT * FROM ks.t WHERE pk = :a AND ck = :a",
    };
    for (String cql : texts) {
      ParsedCql parsed = CassandraParser.parse(cql);
      CqlStatement statement = raw(cql, new Object[parsed.markerCount()]);
      assertThat(statement.paramCount()).as(cql).isEqualTo(parsed.markerCount());
      assertThat(statement.markerNames()).as(cql).isEqualTo(parsed.markerNames());
      assertThat(statement.kind()).as(cql).isEqualTo(parsed.kind().orElseThrow());
    }
  }
}
