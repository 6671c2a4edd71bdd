package io.cqlkit.builder.schema;

import static io.cqlkit.builder.schema.Schema.createIndex;
import static io.cqlkit.builder.schema.Schema.dropIndex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cqlkit.builder.CqlStatement;
import io.cqlkit.builder.StatementKind;
import org.junit.jupiter.api.Test;

class IndexTest {

  @Test
  void should_create_an_unnamed_sai_index_as_in_the_canonical_format() {
    CqlStatement statement =
        createIndex().onTable("ks", "items").column("embedding").usingSai().build();

    assertThat(statement.cql()).isEqualTo("CREATE INDEX ON ks.items (embedding) USING 'sai'");
    assertThat(statement.kind()).isEqualTo(StatementKind.DDL);
    assertThat(statement.keyspace()).contains("ks");
    assertThat(statement.table()).contains("items");
  }

  @Test
  void should_create_a_named_secondary_index_if_not_exists() {
    assertThat(createIndex("by_a").ifNotExists().onTable("ks", "t").column("a").build().cql())
        .isEqualTo("CREATE INDEX IF NOT EXISTS by_a ON ks.t (a)");
  }

  @Test
  void should_index_collection_keys_values_entries_and_full_frozen_collections() {
    assertThat(createIndex("k").onTable("ks", "t").keys("m").build().cql())
        .isEqualTo("CREATE INDEX k ON ks.t (KEYS(m))");
    assertThat(createIndex("v").onTable("ks", "t").values("m").build().cql())
        .isEqualTo("CREATE INDEX v ON ks.t (VALUES(m))");
    assertThat(createIndex("e").onTable("ks", "t").entries("m").build().cql())
        .isEqualTo("CREATE INDEX e ON ks.t (ENTRIES(m))");
    assertThat(createIndex("f").onTable("ks", "t").full("frozen_list").build().cql())
        .isEqualTo("CREATE INDEX f ON ks.t (FULL(frozen_list))");
  }

  @Test
  void should_keep_the_last_target_given() {
    assertThat(createIndex().onTable("t").column("m").keys("m").build().cql())
        .isEqualTo("CREATE INDEX ON t (KEYS(m))");
  }

  @Test
  void should_create_a_custom_index_with_sorted_options() {
    String cql =
        createIndex("by_name")
            .onTable("ks", "users")
            .column("name")
            .custom("org.apache.cassandra.index.sasi.SASIIndex")
            .withOption("mode", "CONTAINS")
            .withOption("case_sensitive", "false")
            .build()
            .cql();

    assertThat(cql)
        .isEqualTo(
            "CREATE CUSTOM INDEX by_name ON ks.users (name) USING"
                + " 'org.apache.cassandra.index.sasi.SASIIndex' WITH OPTIONS = {'case_sensitive':"
                + " 'false', 'mode': 'CONTAINS'}");
  }

  @Test
  void should_create_a_vector_index_with_its_similarity_function() {
    String cql =
        createIndex("ann")
            .ifNotExists()
            .onTable("ks", "items")
            .column("embedding")
            .usingSai()
            .withSimilarityFunction(SimilarityFunction.DOT_PRODUCT)
            .build()
            .cql();

    assertThat(cql)
        .isEqualTo(
            "CREATE INDEX IF NOT EXISTS ann ON ks.items (embedding) USING 'sai' WITH OPTIONS ="
                + " {'similarity_function': 'DOT_PRODUCT'}");
  }

  @Test
  void should_replace_an_index_option_set_twice() {
    String cql =
        createIndex()
            .onTable("ks", "items")
            .column("embedding")
            .usingSai()
            .withSimilarityFunction(SimilarityFunction.COSINE)
            .withSimilarityFunction(SimilarityFunction.EUCLIDEAN)
            .build()
            .cql();

    assertThat(cql).endsWith("WITH OPTIONS = {'similarity_function': 'EUCLIDEAN'}");
  }

  @Test
  void should_quote_index_table_and_column_names_that_need_it() {
    assertThat(createIndex("ByName").onTable("ks", "Users").column("Name").usingSai().build().cql())
        .isEqualTo("CREATE INDEX \"ByName\" ON ks.\"Users\" (\"Name\") USING 'sai'");
  }

  @Test
  void should_drop_an_index() {
    CqlStatement statement = dropIndex("ks", "by_a").ifExists().build();

    assertThat(statement.cql()).isEqualTo("DROP INDEX IF EXISTS ks.by_a");
    assertThat(statement.keyspace()).contains("ks");
    assertThat(statement.table()).contains("by_a");
    assertThat(dropIndex("by_a").build().cql()).isEqualTo("DROP INDEX by_a");
  }

  @Test
  void should_refuse_an_index_without_table_or_target() {
    assertThatThrownBy(() -> createIndex("i").column("a").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("CREATE INDEX i needs its table: call onTable(\"ks\", \"table\")");
    assertThatThrownBy(() -> createIndex().column("a").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("CREATE INDEX needs its table: call onTable(\"ks\", \"table\")");
    assertThatThrownBy(() -> createIndex().onTable("ks", "t").usingSai().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "CREATE INDEX on ks.t needs a target: call column(\"c\"), or keys, values, entries or"
                + " full for a collection");
  }

  @Test
  void should_refuse_options_on_the_default_secondary_index() {
    assertThatThrownBy(
            () ->
                createIndex()
                    .onTable("ks", "items")
                    .column("embedding")
                    .withSimilarityFunction(SimilarityFunction.COSINE)
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "index options need an index implementation, but CREATE INDEX on ks.items has none:"
                + " call usingSai() or custom(className); the default secondary index takes no"
                + " options");
  }

  @Test
  void should_refuse_reserved_or_bad_index_options() {
    CreateIndex index = createIndex().onTable("ks", "t").column("a").usingSai();

    assertThatThrownBy(() -> index.withOption("target", "a"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "index option target is reserved: set the class with custom(className) and the target"
                + " with column(...), keys(...), values(...), entries(...) or full(...)");
    assertThatThrownBy(() -> index.withOption("mode", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the value of index option mode must not be null: pass a string, number or boolean");
    assertThatThrownBy(() -> index.withOption("mode", java.util.List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "WITH OPTIONS (key mode) takes a string, number or boolean, not a collection ([])");
    assertThatThrownBy(() -> index.withOption("", "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the index option name must not be null or empty: pass e.g. \"case_sensitive\"");
    assertThatThrownBy(() -> index.custom(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the index class must not be null or empty: pass its name, e.g."
                + " \"StorageAttachedIndex\"");
  }

  @Test
  void should_refuse_index_names_cassandra_cannot_create() {
    assertThatThrownBy(() -> createIndex("by-name"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the index name \"by-name\" may hold only letters, digits and underscores (Cassandra"
                + " refuses any other character): use a name like \"by_name\"");
    assertThatThrownBy(() -> createIndex(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the index name must not be null or empty, but was \"\": pass the exact index name");
    assertThatThrownBy(() -> createIndex().onTable("ks", "t").keys(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the indexed column name must not be null or empty, but was null: pass the exact"
                + " indexed column name");
  }
}
