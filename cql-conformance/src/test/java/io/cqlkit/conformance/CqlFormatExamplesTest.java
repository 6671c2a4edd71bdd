package io.cqlkit.conformance;

import static io.cqlkit.builder.ConditionKind.IF_CONDITIONS;
import static io.cqlkit.builder.ConditionKind.IF_EXISTS;
import static io.cqlkit.builder.ConditionKind.IF_NOT_EXISTS;
import static io.cqlkit.builder.ConditionKind.NONE;
import static io.cqlkit.builder.StatementKind.DDL;
import static io.cqlkit.builder.StatementKind.DELETE;
import static io.cqlkit.builder.StatementKind.INSERT;
import static io.cqlkit.builder.StatementKind.SELECT;
import static io.cqlkit.builder.StatementKind.UPDATE;
import static io.cqlkit.builder.schema.DataType.COUNTER;
import static io.cqlkit.builder.schema.DataType.FLOAT;
import static io.cqlkit.builder.schema.DataType.INT;
import static io.cqlkit.builder.schema.DataType.TEXT;
import static io.cqlkit.builder.schema.DataType.TIMESTAMP;
import static io.cqlkit.builder.schema.DataType.UUID;
import static io.cqlkit.builder.schema.DataType.listOf;
import static io.cqlkit.builder.schema.DataType.mapOf;
import static io.cqlkit.builder.schema.DataType.setOf;
import static io.cqlkit.builder.schema.DataType.vectorOf;
import static io.cqlkit.builder.schema.Schema.createIndex;
import static io.cqlkit.builder.schema.Schema.createKeyspace;
import static io.cqlkit.builder.schema.Schema.createTable;
import static org.assertj.core.api.Assertions.assertThat;

import io.cqlkit.builder.BatchType;
import io.cqlkit.builder.ConditionKind;
import io.cqlkit.builder.CqlStatement;
import io.cqlkit.builder.StatementKind;
import io.cqlkit.builder.schema.ClusteringOrder;
import io.cqlkit.builder.schema.Replication;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example of the canonical CQL text (shared/cql-format.md, copied here character for
 * character) parses with Cassandra 5.0.9's parser, with the markers, kind, table and condition the
 * document implies.
 */
class CqlFormatExamplesTest {

  /** One example line of cql-format.md and what it must parse to. */
  record Example(String cql, int markers, StatementKind kind, String table, ConditionKind condition) {
    @Override
    public String toString() {
      return cql;
    }
  }

  static Stream<Example> dmlExamples() {
    return Stream.of(
        new Example("INSERT INTO ks.events (user_id, ts, event_type) VALUES (?, ?, ?)", 3, INSERT, "events", NONE),
        new Example("INSERT INTO ks.events (user_id, ts, event_type) VALUES (?, ?, ?) USING TTL ? AND TIMESTAMP ?",
            5, INSERT, "events", NONE),
        new Example("INSERT INTO ks.events (user_id, ts) VALUES (?, ?) IF NOT EXISTS USING TTL ?",
            3, INSERT, "events", IF_NOT_EXISTS),
        new Example("INSERT INTO ks.events JSON ?", 1, INSERT, "events", NONE),
        new Example("UPDATE ks.t USING TTL ? SET a = ?, l = l + ?, l = ? + l, s = s - ?, m[?] = ?, l[?] = ?"
            + " WHERE pk = ? AND ck = ? IF EXISTS", 11, UPDATE, "t", IF_EXISTS),
        new Example("UPDATE ks.counters SET views = views + ? WHERE page = ?", 2, UPDATE, "counters", NONE),
        new Example("UPDATE ks.t SET v = ? WHERE pk = ? AND ck = ? IF v = ? AND m[?] = ? AND w IN ?",
            7, UPDATE, "t", IF_CONDITIONS),
        new Example("DELETE FROM ks.t USING TIMESTAMP ? WHERE pk = ? AND ck >= ?", 3, DELETE, "t", NONE),
        new Example("DELETE FROM ks.t WHERE pk = ? AND ck = ? IF EXISTS", 2, DELETE, "t", IF_EXISTS),
        new Example("DELETE a, m[?] FROM ks.t WHERE pk = ?", 2, DELETE, "t", NONE),
        new Example("SELECT * FROM ks.t WHERE pk = ? AND ck IN ? ORDER BY ck DESC PER PARTITION LIMIT ? LIMIT ?"
            + " ALLOW FILTERING", 4, SELECT, "t", null),
        new Example("SELECT DISTINCT pk FROM ks.t", 0, SELECT, "t", null),
        new Example("SELECT JSON a, b FROM ks.t WHERE pk = ?", 1, SELECT, "t", null),
        new Example("SELECT a AS x, writetime(b), ttl(b), count(*), cast(c AS text) FROM ks.t WHERE token(pk) > ?"
            + " GROUP BY pk", 1, SELECT, "t", null),
        new Example("SELECT * FROM ks.t2 WHERE pk = ? AND (ck1, ck2) > (?, ?) AND tags CONTAINS ?"
            + " AND m CONTAINS KEY ? ALLOW FILTERING", 5, SELECT, "t2", null),
        new Example("SELECT * FROM ks.items ORDER BY embedding ANN OF ? LIMIT ?", 2, SELECT, "items", null),
        new Example("SELECT \"Name\", \"select\" FROM ks.\"Users\" WHERE \"Id\" = ?", 1, SELECT, "Users", null));
  }

  static final String LOGGED_BATCH = "BEGIN BATCH\n"
      + "  INSERT INTO ks.events (user_id, ts, event_type) VALUES (?, ?, ?);\n"
      + "  INSERT INTO ks.events (user_id, ts, event_type) VALUES (?, ?, ?);\n"
      + "APPLY BATCH";
  static final String UNLOGGED_BATCH = "BEGIN UNLOGGED BATCH USING TIMESTAMP ?\n"
      + "  UPDATE ks.t SET a = ? WHERE pk = ? AND ck = ?;\n"
      + "  DELETE FROM ks.t WHERE pk = ?;\n"
      + "APPLY BATCH";
  static final String COUNTER_BATCH = "BEGIN COUNTER BATCH\n"
      + "  UPDATE ks.counters SET views = views + ? WHERE page = ?;\n"
      + "  UPDATE ks.counters SET views = views - ? WHERE page = ?;\n"
      + "APPLY BATCH";

  /** The schema the examples were prepared on, and the two schema statements of the document. */
  static Stream<String> schemaExamples() {
    return Stream.of(
        "CREATE TABLE ks.events (user_id uuid, ts timestamp, event_type text, PRIMARY KEY ((user_id), ts))"
            + " WITH CLUSTERING ORDER BY (ts DESC)",
        "CREATE TABLE ks.t (pk int, ck int, a text, b text, c int, v text, w text, l list<int>, s set<int>,"
            + " m map<int, text>, tags set<text>, PRIMARY KEY (pk, ck))",
        "CREATE TABLE ks.t2 (pk int, ck1 int, ck2 int, tags set<text>, m map<text, int>,"
            + " PRIMARY KEY (pk, ck1, ck2))",
        "CREATE TABLE ks.counters (page text PRIMARY KEY, views counter)",
        "CREATE TABLE ks.items (id int PRIMARY KEY, embedding vector<float, 3>)",
        "CREATE INDEX ON ks.items (embedding) USING 'sai'",
        "CREATE TABLE ks.\"Users\" (\"Id\" int PRIMARY KEY, \"Name\" text, \"select\" text)",
        "CREATE KEYSPACE IF NOT EXISTS ks WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}",
        "CREATE TABLE IF NOT EXISTS ks.events (user_id uuid, ts timestamp, event_type text,"
            + " PRIMARY KEY ((user_id), ts)) WITH CLUSTERING ORDER BY (ts DESC)");
  }

  @ParameterizedTest
  @MethodSource("dmlExamples")
  void should_parse_each_statement_example_with_the_markers_the_document_implies(Example example) {
    ParsedCql parsed = CassandraParser.assertParses(example.cql(), example.markers());

    assertThat(parsed.kind()).contains(example.kind());
    assertThat(parsed.keyspace()).contains("ks");
    assertThat(parsed.table()).contains(example.table());
    assertThat(parsed.conditionKind()).isEqualTo(java.util.Optional.ofNullable(example.condition()));
    assertThat(parsed.markerNames()).isEmpty();
  }

  @Test
  void should_parse_the_logged_batch_example() {
    ParsedCql parsed = CassandraParser.assertParses(LOGGED_BATCH, 6);

    assertThat(parsed.kind()).contains(StatementKind.BATCH);
    assertThat(parsed.batchType()).contains(BatchType.LOGGED);
    assertThat(parsed.children()).extracting(c -> c.kind().orElseThrow()).containsExactly(INSERT, INSERT);
  }

  @Test
  void should_parse_the_unlogged_batch_example_with_its_timestamp_marker() {
    ParsedCql parsed = CassandraParser.assertParses(UNLOGGED_BATCH, 5);

    assertThat(parsed.batchType()).contains(BatchType.UNLOGGED);
    assertThat(parsed.children()).extracting(c -> c.kind().orElseThrow()).containsExactly(UPDATE, DELETE);
    assertThat(parsed.children()).extracting(c -> c.table().orElseThrow()).containsExactly("t", "t");
  }

  @Test
  void should_parse_the_counter_batch_example() {
    ParsedCql parsed = CassandraParser.assertParses(COUNTER_BATCH, 4);

    assertThat(parsed.batchType()).contains(BatchType.COUNTER);
    assertThat(parsed.children()).hasSize(2);
  }

  @ParameterizedTest
  @MethodSource("schemaExamples")
  void should_parse_each_schema_example_as_ddl_without_markers(String cql) {
    ParsedCql parsed = CassandraParser.assertParses(CqlStatement.schema(DDL, cql, "ks", null).cql(), 0);

    assertThat(parsed.kind()).contains(DDL);
  }

  /** The schema of the document, built with cqlkit's schema builders. */
  static Stream<CqlStatement> schemaBuiltByTheBuilders() {
    return Stream.of(
        createKeyspace("ks").ifNotExists().withReplication(Replication.simpleStrategy(1)).build(),
        createTable("ks", "events").ifNotExists().withPartitionKey("user_id", UUID)
            .withClusteringColumn("ts", TIMESTAMP).withColumn("event_type", TEXT)
            .withClusteringOrder("ts", ClusteringOrder.DESC).build(),
        createTable("ks", "t").withPartitionKey("pk", INT).withClusteringColumn("ck", INT)
            .withColumn("a", TEXT).withColumn("b", TEXT).withColumn("c", INT).withColumn("v", TEXT)
            .withColumn("w", TEXT).withColumn("l", listOf(INT)).withColumn("s", setOf(INT))
            .withColumn("m", mapOf(INT, TEXT)).withColumn("tags", setOf(TEXT)).build(),
        createTable("ks", "t2").withPartitionKey("pk", INT).withClusteringColumn("ck1", INT)
            .withClusteringColumn("ck2", INT).withColumn("tags", setOf(TEXT))
            .withColumn("m", mapOf(TEXT, INT)).build(),
        createTable("ks", "counters").withPartitionKey("page", TEXT).withColumn("views", COUNTER).build(),
        createTable("ks", "items").withPartitionKey("id", INT).withColumn("embedding", vectorOf(FLOAT, 3))
            .build(),
        createIndex().onTable("ks", "items").column("embedding").usingSai().build(),
        createTable("ks", "Users").withPartitionKey("Id", INT).withColumn("Name", TEXT)
            .withColumn("select", TEXT).build());
  }

  @ParameterizedTest
  @MethodSource("schemaBuiltByTheBuilders")
  void should_accept_the_documents_schema_built_by_the_schema_builders(CqlStatement statement) {
    ParsedCql parsed = CassandraParser.assertParses(statement);

    assertThat(parsed.keyspace()).contains("ks");
  }

  @Test
  void should_build_the_documents_schema_examples_character_for_character() {
    List<String> built = schemaBuiltByTheBuilders().map(CqlStatement::cql).toList();

    assertThat(built).contains(
        "CREATE KEYSPACE IF NOT EXISTS ks WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}",
        "CREATE TABLE IF NOT EXISTS ks.events (user_id uuid, ts timestamp, event_type text,"
            + " PRIMARY KEY ((user_id), ts)) WITH CLUSTERING ORDER BY (ts DESC)",
        "CREATE INDEX ON ks.items (embedding) USING 'sai'");
  }

  @Test
  void should_report_a_schema_statement_whose_table_differs_from_what_it_claims() {
    CqlStatement mislabeled = CqlStatement.schema(DDL, "CREATE TABLE ks.a (id int PRIMARY KEY)", "ks", "b");

    AssertionErrorCatcher.assertFails(
        () -> CassandraParser.assertParses(mislabeled),
        "the statement says its table of CREATE TABLE ks.a (id int PRIMARY KEY) is Optional[b] but"
            + " Cassandra's parser reads Optional[a] in:\n  CREATE TABLE ks.a (id int PRIMARY KEY)");
  }

  @Test
  void should_accept_a_truncate_statement_built_by_cql_builder() {
    CqlStatement truncate = CqlStatement.schema(StatementKind.TRUNCATE, "TRUNCATE ks.events", "ks", "events");

    ParsedCql parsed = CassandraParser.assertParses(truncate);

    assertThat(parsed.table()).contains("events");
  }

  @Test
  void should_read_named_markers_in_text_order() {
    ParsedCql parsed = CassandraParser.assertParses("SELECT * FROM ks.t WHERE pk = :pk AND ck IN :cks LIMIT :n", 3);

    assertThat(parsed.markerNames()).containsExactly("pk", "cks", "n");
  }

  @Test
  void should_report_a_marker_count_that_differs_from_the_document() {
    AssertionErrorCatcher.assertFails(
        () -> CassandraParser.assertParses("INSERT INTO ks.events JSON ?", 2),
        "expected 2 bind markers but Cassandra's parser found 1 in:\n  INSERT INTO ks.events JSON ?");
  }

  @Test
  void should_report_a_statement_whose_kind_differs_from_what_it_claims() {
    CqlStatement mislabeled = CqlStatement.schema(StatementKind.TRUNCATE, "DROP TABLE ks.events", "ks", "events");

    AssertionErrorCatcher.assertFails(
        () -> CassandraParser.assertParses(mislabeled),
        "the statement says its kind is Optional[TRUNCATE] but Cassandra's parser reads Optional[DDL] in:\n"
            + "  DROP TABLE ks.events");
  }

  static List<String> everyExample() {
    Stream<String> dml = dmlExamples().map(Example::cql);
    return Stream.concat(Stream.concat(dml, Stream.of(LOGGED_BATCH, UNLOGGED_BATCH, COUNTER_BATCH)),
        schemaExamples()).toList();
  }

  @Test
  void should_cover_every_example_of_the_document() {
    assertThat(everyExample()).hasSize(17 + 3 + 9).doesNotHaveDuplicates();
  }
}
