package io.cqlkit.builder.schema;

import static io.cqlkit.builder.schema.ClusteringOrder.ASC;
import static io.cqlkit.builder.schema.ClusteringOrder.DESC;
import static io.cqlkit.builder.schema.DataType.COUNTER;
import static io.cqlkit.builder.schema.DataType.DURATION;
import static io.cqlkit.builder.schema.DataType.INT;
import static io.cqlkit.builder.schema.DataType.TEXT;
import static io.cqlkit.builder.schema.DataType.TIMESTAMP;
import static io.cqlkit.builder.schema.DataType.UUID;
import static io.cqlkit.builder.schema.DataType.frozen;
import static io.cqlkit.builder.schema.DataType.listOf;
import static io.cqlkit.builder.schema.DataType.mapOf;
import static io.cqlkit.builder.schema.DataType.udt;
import static io.cqlkit.builder.schema.Schema.createTable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cqlkit.builder.CqlStatement;
import io.cqlkit.builder.StatementKind;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CreateTableTest {

  @Test
  void should_create_table_with_clustering_order_if_not_exists() {
    CqlStatement statement =
        createTable("ks", "events")
            .ifNotExists()
            .withPartitionKey("user_id", UUID)
            .withClusteringColumn("ts", TIMESTAMP)
            .withColumn("event_type", TEXT)
            .withClusteringOrder("ts", DESC)
            .build();

    assertThat(statement.cql())
        .isEqualTo(
            "CREATE TABLE IF NOT EXISTS ks.events (user_id uuid, ts timestamp, event_type text,"
                + " PRIMARY KEY ((user_id), ts)) WITH CLUSTERING ORDER BY (ts DESC)");
    assertThat(statement.kind()).isEqualTo(StatementKind.DDL);
    assertThat(statement.keyspace()).contains("ks");
    assertThat(statement.table()).contains("events");
    assertThat(statement.params()).isEmpty();
  }

  @Test
  void should_render_columns_in_declaration_order_and_composite_keys_in_call_order() {
    String cql =
        createTable("ks", "t")
            .withColumn("v", TEXT)
            .withClusteringColumn("c1", INT)
            .withPartitionKey("p1", INT)
            .withClusteringColumn("c2", TEXT)
            .withPartitionKey("p2", TEXT)
            .build()
            .cql();

    assertThat(cql)
        .isEqualTo(
            "CREATE TABLE ks.t (v text, c1 int, p1 int, c2 text, p2 text,"
                + " PRIMARY KEY ((p1, p2), c1, c2))");
  }

  @Test
  void should_create_table_in_the_session_keyspace() {
    CqlStatement statement = createTable("t").withPartitionKey("id", INT).build();

    assertThat(statement.cql()).isEqualTo("CREATE TABLE t (id int, PRIMARY KEY ((id)))");
    assertThat(statement.keyspace()).isEmpty();
    assertThat(statement.table()).contains("t");
  }

  @Test
  void should_render_static_columns() {
    String cql =
        createTable("ks", "t")
            .withPartitionKey("pk", INT)
            .withClusteringColumn("ck", INT)
            .withStaticColumn("owner", TEXT)
            .withColumn("v", TEXT)
            .build()
            .cql();

    assertThat(cql)
        .isEqualTo(
            "CREATE TABLE ks.t (pk int, ck int, owner text STATIC, v text,"
                + " PRIMARY KEY ((pk), ck))");
  }

  @Test
  void should_list_every_clustering_column_in_key_order_once_an_order_is_given() {
    String cql =
        createTable("ks", "t")
            .withPartitionKey("pk", INT)
            .withClusteringColumn("a", INT)
            .withClusteringColumn("b", INT)
            .withClusteringColumn("c", INT)
            .withClusteringOrder("b", DESC)
            .withClusteringOrder("c", ASC)
            .withClusteringOrder("b", DESC)
            .build()
            .cql();

    assertThat(cql)
        .isEqualTo(
            "CREATE TABLE ks.t (pk int, a int, b int, c int, PRIMARY KEY ((pk), a, b, c))"
                + " WITH CLUSTERING ORDER BY (a ASC, b DESC, c ASC)");
  }

  @Test
  void should_render_table_options_after_clustering_order_joined_by_and() {
    Map<String, Object> compaction = new LinkedHashMap<>();
    compaction.put("sstable_size_in_mb", 160);
    compaction.put("class", "LeveledCompactionStrategy");

    String cql =
        createTable("ks", "t")
            .withPartitionKey("pk", INT)
            .withClusteringColumn("ck", INT)
            .withComment("it's mine")
            .withClusteringOrder("ck", DESC)
            .withDefaultTimeToLive(3600)
            .withGcGraceSeconds(0)
            .withCompaction(compaction)
            .withCompression(Map.of("class", "LZ4Compressor", "chunk_length_in_kb", 16))
            .withCaching(Map.of("rows_per_partition", "NONE", "keys", "ALL"))
            .withBloomFilterFpChance(0.01)
            .withSpeculativeRetry("99p")
            .withOption("cdc", true)
            .build()
            .cql();

    assertThat(cql)
        .isEqualTo(
            "CREATE TABLE ks.t (pk int, ck int, PRIMARY KEY ((pk), ck)) WITH CLUSTERING ORDER BY"
                + " (ck DESC) AND comment = 'it''s mine' AND default_time_to_live = 3600 AND"
                + " gc_grace_seconds = 0 AND compaction = {'class': 'LeveledCompactionStrategy',"
                + " 'sstable_size_in_mb': 160} AND compression = {'class': 'LZ4Compressor',"
                + " 'chunk_length_in_kb': 16} AND caching = {'keys': 'ALL', 'rows_per_partition':"
                + " 'NONE'} AND bloom_filter_fp_chance = 0.01 AND speculative_retry = '99p' AND"
                + " cdc = true");
  }

  @Test
  void should_replace_an_option_set_twice() {
    String cql =
        createTable("ks", "t")
            .withPartitionKey("pk", INT)
            .withComment("first")
            .withGcGraceSeconds(10)
            .withComment("second")
            .build()
            .cql();

    assertThat(cql)
        .isEqualTo(
            "CREATE TABLE ks.t (pk int, PRIMARY KEY ((pk))) WITH comment = 'second' AND"
                + " gc_grace_seconds = 10");
  }

  @Test
  void should_build_the_schema_lines_of_the_canonical_format() {
    assertThat(
            createTable("ks", "t")
                .withPartitionKey("pk", INT)
                .withClusteringColumn("ck", INT)
                .withColumn("a", TEXT)
                .withColumn("l", listOf(INT))
                .withColumn("m", mapOf(INT, TEXT))
                .build()
                .cql())
        .isEqualTo(
            "CREATE TABLE ks.t (pk int, ck int, a text, l list<int>, m map<int, text>,"
                + " PRIMARY KEY ((pk), ck))");
    assertThat(
            createTable("ks", "counters")
                .withPartitionKey("page", TEXT)
                .withColumn("views", COUNTER)
                .build()
                .cql())
        .isEqualTo("CREATE TABLE ks.counters (page text, views counter, PRIMARY KEY ((page)))");
    assertThat(
            createTable("ks", "items")
                .withPartitionKey("id", INT)
                .withColumn("embedding", DataType.vectorOf(DataType.FLOAT, 3))
                .build()
                .cql())
        .isEqualTo(
            "CREATE TABLE ks.items (id int, embedding vector<float, 3>, PRIMARY KEY ((id)))");
    assertThat(
            createTable("ks", "Users")
                .withPartitionKey("Id", INT)
                .withColumn("Name", TEXT)
                .withColumn("select", TEXT)
                .build()
                .cql())
        .isEqualTo(
            "CREATE TABLE ks.\"Users\" (\"Id\" int, \"Name\" text, \"select\" text,"
                + " PRIMARY KEY ((\"Id\")))");
  }

  @Test
  void should_allow_frozen_collections_and_user_types_in_the_primary_key() {
    String cql =
        createTable("ks", "t")
            .withPartitionKey("k", frozen(listOf(INT)))
            .withClusteringColumn("a", frozen(udt("address")))
            .build()
            .cql();

    assertThat(cql)
        .isEqualTo(
            "CREATE TABLE ks.t (k frozen<list<int>>, a frozen<address>,"
                + " PRIMARY KEY ((k), a))");
  }

  @Test
  void should_not_change_a_shared_partial_builder() {
    CreateTable base = createTable("ks", "t").withPartitionKey("pk", INT);

    CreateTable withA = base.withColumn("a", TEXT);
    CreateTable withB = base.withColumn("b", INT).withComment("b");

    assertThat(base.build().cql()).isEqualTo("CREATE TABLE ks.t (pk int, PRIMARY KEY ((pk)))");
    assertThat(withA.build().cql())
        .isEqualTo("CREATE TABLE ks.t (pk int, a text, PRIMARY KEY ((pk)))");
    assertThat(withB.build().cql())
        .isEqualTo("CREATE TABLE ks.t (pk int, b int, PRIMARY KEY ((pk))) WITH comment = 'b'");
  }

  @Test
  void should_show_the_cql_or_what_is_missing_in_to_string() {
    assertThat(createTable("ks", "t").withPartitionKey("pk", INT).toString())
        .isEqualTo("CREATE TABLE ks.t (pk int, PRIMARY KEY ((pk)))");
    assertThat(createTable("ks", "t").toString())
        .startsWith("CreateTable (incomplete: CREATE TABLE ks.t has no columns");
  }

  @Test
  void should_refuse_a_table_without_columns() {
    assertThatThrownBy(() -> createTable("ks", "t").withComment("x").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "CREATE TABLE ks.t has no columns: declare at least its partition key, e.g."
                + " withPartitionKey(\"id\", DataType.UUID)");
  }

  @Test
  void should_refuse_a_table_without_partition_key() {
    assertThatThrownBy(
            () ->
                createTable("ks", "t")
                    .withClusteringColumn("ck", INT)
                    .withColumn("v", TEXT)
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "CREATE TABLE ks.t has no partition key: declare one with"
                + " withPartitionKey(\"id\", type)");
  }

  @Test
  void should_refuse_a_column_declared_twice() {
    assertThatThrownBy(
            () ->
                createTable("ks", "t")
                    .withPartitionKey("id", INT)
                    .withColumn("v", TEXT)
                    .withColumn("id", TEXT)
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "column id is declared twice in table ks.t, as partition key column int and as"
                + " column text: declare each column once");
  }

  @Test
  void should_refuse_a_clustering_order_on_a_non_clustering_column() {
    assertThatThrownBy(
            () ->
                createTable("ks", "t")
                    .withPartitionKey("pk", INT)
                    .withClusteringColumn("ck", INT)
                    .withColumn("v", INT)
                    .withClusteringOrder("v", DESC)
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "CLUSTERING ORDER names v, which is not a clustering column of table ks.t"
                + " (clustering columns: [ck]): declare it with withClusteringColumn(\"v\", ...)"
                + " or drop its withClusteringOrder");
  }

  @Test
  void should_refuse_a_static_column_without_clustering_columns() {
    assertThatThrownBy(
            () ->
                createTable("ks", "t")
                    .withPartitionKey("pk", INT)
                    .withStaticColumn("s", TEXT)
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "static column s needs a clustering column, but table ks.t has none: add"
                + " withClusteringColumn(...) or declare s with withColumn(...)");
  }

  @Test
  void should_refuse_counter_and_non_counter_columns_together() {
    assertThatThrownBy(
            () ->
                createTable("ks", "counters")
                    .withPartitionKey("page", TEXT)
                    .withColumn("views", COUNTER)
                    .withColumn("title", TEXT)
                    .withColumn("clicks", COUNTER)
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "table ks.counters mixes counter columns ([views, clicks]) with other non-key columns"
                + " ([title]): Cassandra keeps counters in tables of their own; move the other"
                + " columns to another table");
  }

  @Test
  void should_refuse_a_default_ttl_on_a_counter_table() {
    assertThatThrownBy(
            () ->
                createTable("ks", "counters")
                    .withPartitionKey("page", TEXT)
                    .withColumn("views", COUNTER)
                    .withDefaultTimeToLive(60)
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "table ks.counters has counter columns, which cannot expire: remove"
                + " default_time_to_live");
  }

  @Test
  void should_refuse_key_columns_of_types_cassandra_refuses_in_a_primary_key() {
    assertThatThrownBy(() -> createTable("ks", "t").withPartitionKey("c", COUNTER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "partition key column c cannot be of type counter: Cassandra refuses counter,"
                + " duration and non-frozen collection or user types in a primary key; use"
                + " another type");
    assertThatThrownBy(() -> createTable("ks", "t").withClusteringColumn("d", DURATION))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("clustering column d cannot be of type duration");
    assertThatThrownBy(() -> createTable("ks", "t").withClusteringColumn("l", listOf(INT)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "clustering column l cannot be of type list<int>: Cassandra refuses counter,"
                + " duration and non-frozen collection or user types in a primary key; wrap the"
                + " type in frozen(...)");
  }

  @Test
  void should_refuse_null_or_empty_names_and_types() {
    assertThatThrownBy(() -> createTable("ks", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the table name must not be null or empty, but was null: pass the exact table name");
    assertThatThrownBy(() -> createTable("", "t"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the keyspace name must not be null or empty, but was \"\": pass the exact keyspace"
                + " name");
    assertThatThrownBy(() -> createTable("ks", "t").withColumn("", INT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the column name must not be null or empty, but was \"\": pass the exact column name");
    assertThatThrownBy(() -> createTable("ks", "t").withColumn("v", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the type of column v must not be null: pass a DataType");
  }

  @Test
  void should_refuse_a_table_name_cassandra_cannot_create() {
    assertThatThrownBy(() -> createTable("ks", "my table"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the table name \"my table\" may hold only letters, digits and underscores"
                + " (Cassandra refuses any other character): use a name like \"my_table\"");
    assertThat(createTable("ks", "t".repeat(222)).withPartitionKey("k", INT).build().table())
        .contains("t".repeat(222));
    assertThatThrownBy(() -> createTable("ks", "t".repeat(223)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith(
            "is 223 characters long, but Cassandra allows at most 222: choose a shorter name");
  }

  @Test
  void should_refuse_bad_option_values() {
    CreateTable table = createTable("ks", "t").withPartitionKey("pk", INT);

    assertThatThrownBy(() -> table.withDefaultTimeToLive(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "default_time_to_live must be between 0 (no expiry) and 630720000 seconds (20 years),"
                + " but was -1");
    assertThatThrownBy(() -> table.withGcGraceSeconds(-5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("gc_grace_seconds must be 0 or more seconds, but was -5");
    assertThatThrownBy(() -> table.withBloomFilterFpChance(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bloom_filter_fp_chance must be above 0 and at most 1, but was 0.0");
    assertThatThrownBy(() -> table.withCompaction(Map.of("min_threshold", 4)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the compaction option needs its 'class', but got {min_threshold=4}: pass e.g."
                + " Map.of(\"class\", \"SizeTieredCompactionStrategy\")");
    assertThatThrownBy(() -> table.withComment(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the value of option comment must not be null: pass a string, number, boolean or"
                + " map");
    assertThatThrownBy(() -> table.withOption("extensions", java.util.List.of(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "option extensions takes a string, number or boolean, or a map of those, not a"
                + " collection ([1])");
    assertThatThrownBy(
            () -> table.withOption("extensions", Map.of("k", java.util.List.of(1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "option extensions (key k) takes a blob (byte[] or ByteBuffer), a string, number or"
                + " boolean, not a collection ([1])");
    assertThatThrownBy(() -> table.withOption("comment", Map.of("k", new byte[] {1})))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("option comment (key k) takes a string, number or boolean, not a [B");
    assertThatThrownBy(() -> table.withCaching(Map.of("keys", Map.of())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("option caching (key keys) takes a string, number or boolean, not a map ({})");
    assertThatThrownBy(() -> table.withOption("crc_check_chance", Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("option crc_check_chance must be a finite number, but was NaN");
    assertThatThrownBy(() -> table.withSpeculativeRetry(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "speculative_retry must not be null or empty: pass e.g. \"99p\", \"50ms\" or"
                + " \"NONE\"");
  }

  @Test
  void should_write_blob_values_of_the_extensions_option() {
    byte[] bytes = {(byte) 0xca, (byte) 0xfe};
    CqlStatement statement =
        createTable("ks", "t")
            .withPartitionKey("pk", INT)
            .withOption(
                "extensions", Map.of("b", java.nio.ByteBuffer.wrap(new byte[] {1}), "a", bytes))
            .build();
    bytes[0] = 0; // the option took a copy

    assertThat(statement.cql())
        .isEqualTo(
            "CREATE TABLE ks.t (pk int, PRIMARY KEY ((pk))) WITH extensions = {'a': 0xcafe, 'b': 0x01}");
  }
}
