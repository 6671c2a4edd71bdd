package io.cqlkit.builder.schema;

import static io.cqlkit.builder.schema.ClusteringOrder.DESC;
import static io.cqlkit.builder.schema.Schema.alterMaterializedView;
import static io.cqlkit.builder.schema.Schema.createMaterializedView;
import static io.cqlkit.builder.schema.Schema.dropMaterializedView;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cqlkit.builder.CqlStatement;
import io.cqlkit.builder.StatementKind;
import org.junit.jupiter.api.Test;

class MaterializedViewTest {

  @Test
  void should_create_a_view_restricting_every_key_column_with_is_not_null() {
    CqlStatement statement =
        createMaterializedView("ks", "events_by_type")
            .ifNotExists()
            .asSelectFrom("events")
            .withPartitionKey("event_type")
            .withClusteringColumn("ts")
            .withClusteringColumn("user_id")
            .withClusteringOrder("ts", DESC)
            .withComment("events by type")
            .build();

    assertThat(statement.cql())
        .isEqualTo(
            "CREATE MATERIALIZED VIEW IF NOT EXISTS ks.events_by_type AS SELECT * FROM ks.events"
                + " WHERE event_type IS NOT NULL AND ts IS NOT NULL AND user_id IS NOT NULL"
                + " PRIMARY KEY ((event_type), ts, user_id) WITH CLUSTERING ORDER BY (ts DESC,"
                + " user_id ASC) AND comment = 'events by type'");
    assertThat(statement.kind()).isEqualTo(StatementKind.DDL);
    assertThat(statement.keyspace()).contains("ks");
    assertThat(statement.table()).contains("events_by_type");
  }

  @Test
  void should_select_columns_and_add_literal_restrictions() {
    String cql =
        createMaterializedView("v")
            .asSelectFrom("t")
            .column("pk")
            .column("ck")
            .column("Name")
            .withPartitionKey("ck")
            .withPartitionKey("pk")
            .where("ck", ">=", 10)
            .where("pk", "=", "it's")
            .build()
            .cql();

    assertThat(cql)
        .isEqualTo(
            "CREATE MATERIALIZED VIEW v AS SELECT pk, ck, \"Name\" FROM t WHERE ck >= 10 AND pk ="
                + " 'it''s' PRIMARY KEY ((ck, pk))");
  }

  @Test
  void should_alter_and_drop_a_view() {
    assertThat(alterMaterializedView("ks", "v").ifExists().withGcGraceSeconds(3600).build().cql())
        .isEqualTo("ALTER MATERIALIZED VIEW IF EXISTS ks.v WITH gc_grace_seconds = 3600");
    CqlStatement drop = dropMaterializedView("ks", "v").ifExists().build();
    assertThat(drop.cql()).isEqualTo("DROP MATERIALIZED VIEW IF EXISTS ks.v");
    assertThat(drop.table()).contains("v");
    assertThat(dropMaterializedView("v").build().cql()).isEqualTo("DROP MATERIALIZED VIEW v");
  }

  @Test
  void should_refuse_a_view_without_base_table_or_partition_key() {
    assertThatThrownBy(() -> createMaterializedView("ks", "v").withPartitionKey("a").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "CREATE MATERIALIZED VIEW ks.v needs its base table: call asSelectFrom(\"table\")");
    assertThatThrownBy(
            () ->
                createMaterializedView("ks", "v")
                    .asSelectFrom("t")
                    .withClusteringColumn("a")
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "materialized view ks.v has no partition key: declare one with"
                + " withPartitionKey(\"column\")");
  }

  @Test
  void should_refuse_a_key_column_twice_and_a_clustering_order_on_another_column() {
    assertThatThrownBy(
            () ->
                createMaterializedView("ks", "v")
                    .asSelectFrom("t")
                    .withPartitionKey("a")
                    .withClusteringColumn("a")
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "column a is in the primary key of materialized view ks.v twice: name each key"
                + " column once");
    assertThatThrownBy(
            () ->
                createMaterializedView("ks", "v")
                    .asSelectFrom("t")
                    .withPartitionKey("a")
                    .withClusteringOrder("a", DESC)
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "CLUSTERING ORDER names a, which is not a clustering column of materialized view"
                + " ks.v (clustering columns: []): declare it with withClusteringColumn(\"a\","
                + " ...) or drop its withClusteringOrder");
  }

  @Test
  void should_refuse_a_selected_column_twice() {
    assertThatThrownBy(
            () ->
                createMaterializedView("ks", "v")
                    .asSelectFrom("t")
                    .column("a")
                    .column("a")
                    .withPartitionKey("a")
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "materialized view ks.v selects a column twice ([a, a]): select each column once");
  }

  @Test
  void should_refuse_a_default_ttl_and_bad_restrictions() {
    assertThatThrownBy(() -> createMaterializedView("ks", "v").withDefaultTimeToLive(10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "a materialized view cannot set default_time_to_live: its rows expire with the base"
                + " table's rows; set it on the base table");
    assertThatThrownBy(() -> alterMaterializedView("ks", "v").withOption("default_time_to_live", 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("a materialized view cannot set default_time_to_live");
    assertThatThrownBy(() -> createMaterializedView("ks", "v").where("a", "!=", 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the operator of a view restriction must be one of [=, <, <=, >, >=], but was !=");
    assertThatThrownBy(() -> createMaterializedView("ks", "v").where("a", "=", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the value restricting a must not be null: views already require IS NOT NULL on key"
                + " columns");
  }

  @Test
  void should_refuse_alter_view_without_change() {
    assertThatThrownBy(() -> alterMaterializedView("ks", "v").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "ALTER MATERIALIZED VIEW ks.v changes nothing: set an option, e.g."
                + " withComment(\"...\")");
  }
}
