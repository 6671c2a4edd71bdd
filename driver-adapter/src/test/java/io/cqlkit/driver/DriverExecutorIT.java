package io.cqlkit.driver;

import static io.cqlkit.builder.Cql.insertInto;
import static io.cqlkit.builder.Cql.selectFrom;
import static io.cqlkit.builder.Cql.unloggedBatch;
import static io.cqlkit.builder.schema.DataType.BIGINT;
import static io.cqlkit.builder.schema.DataType.BLOB;
import static io.cqlkit.builder.schema.DataType.BOOLEAN;
import static io.cqlkit.builder.schema.DataType.DATE;
import static io.cqlkit.builder.schema.DataType.DECIMAL;
import static io.cqlkit.builder.schema.DataType.DOUBLE;
import static io.cqlkit.builder.schema.DataType.DURATION;
import static io.cqlkit.builder.schema.DataType.FLOAT;
import static io.cqlkit.builder.schema.DataType.INET;
import static io.cqlkit.builder.schema.DataType.INT;
import static io.cqlkit.builder.schema.DataType.SMALLINT;
import static io.cqlkit.builder.schema.DataType.TEXT;
import static io.cqlkit.builder.schema.DataType.TIME;
import static io.cqlkit.builder.schema.DataType.TIMESTAMP;
import static io.cqlkit.builder.schema.DataType.TIMEUUID;
import static io.cqlkit.builder.schema.DataType.TINYINT;
import static io.cqlkit.builder.schema.DataType.UUID;
import static io.cqlkit.builder.schema.DataType.VARINT;
import static io.cqlkit.builder.schema.DataType.frozen;
import static io.cqlkit.builder.schema.DataType.listOf;
import static io.cqlkit.builder.schema.DataType.mapOf;
import static io.cqlkit.builder.schema.DataType.setOf;
import static io.cqlkit.builder.schema.DataType.tupleOf;
import static io.cqlkit.builder.schema.DataType.udt;
import static io.cqlkit.builder.schema.DataType.vectorOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.datastax.oss.driver.api.core.data.CqlDuration;
import com.datastax.oss.driver.api.core.data.CqlVector;
import com.datastax.oss.driver.api.core.data.TupleValue;
import com.datastax.oss.driver.api.core.data.UdtValue;
import com.datastax.oss.driver.api.core.type.DataTypes;
import com.datastax.oss.driver.api.core.type.UserDefinedType;
import com.datastax.oss.driver.api.core.uuid.Uuids;
import io.cqlkit.builder.Cql;
import io.cqlkit.builder.CqlStatement;
import io.cqlkit.builder.MessageValues;
import io.cqlkit.builder.schema.Schema;
import io.cqlkit.executor.Consistency;
import io.cqlkit.executor.CqlResult;
import io.cqlkit.executor.ExecutionOptions;
import io.cqlkit.executor.InvalidQueryException;
import io.cqlkit.executor.Row;
import io.cqlkit.executor.UnavailableException;
import io.cqlkit.node.CassandraNode;
import io.cqlkit.node.CassandraNodeExtension;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;

/** The adapter's own behaviour on a real node: binding, preparing, options, warnings, errors. */
@ExtendWith(CassandraNodeExtension.class)
class DriverExecutorIT {
  private static final String KS = "adapter_it";
  private static final String OTHER_KS = "adapter_it_other";
  private static DriverExecutor executor;

  @BeforeAll
  static void createSchema(CassandraNode node) {
    executor = TestCluster.connect(node);
    TestCluster.recreateKeyspace(executor, KS);
    TestCluster.recreateKeyspace(executor, OTHER_KS);
    executor.execute(
        Schema.createType(KS, "address").withField("street", TEXT).withField("zip", INT).build());
    executor.execute(
        Schema.createTable(KS, "types")
            .withPartitionKey("id", UUID)
            .withColumn("tid", TIMEUUID)
            .withColumn("ts", TIMESTAMP)
            .withColumn("day", DATE)
            .withColumn("tod", TIME)
            .withColumn("price", DECIMAL)
            .withColumn("big", VARINT)
            .withColumn("n", BIGINT)
            .withColumn("small", SMALLINT)
            .withColumn("tiny", TINYINT)
            .withColumn("ratio", DOUBLE)
            .withColumn("score", FLOAT)
            .withColumn("flag", BOOLEAN)
            .withColumn("ip", INET)
            .withColumn("data", BLOB)
            .withColumn("span", DURATION)
            .withColumn("names", listOf(TEXT))
            .withColumn("tags", setOf(INT))
            .withColumn("attrs", mapOf(TEXT, INT))
            .withColumn("pair", tupleOf(INT, TEXT))
            .withColumn("home", frozen(udt("address")))
            .withColumn("embedding", vectorOf(FLOAT, 3))
            .build());
    executor.execute(
        Schema.createTable(KS, "first_use").withPartitionKey("k", INT).withColumn("v", TEXT).build());
    for (String keyspace : List.of(KS, OTHER_KS)) {
      executor.execute(
          Schema.createTable(keyspace, "kv")
              .withPartitionKey("k", INT)
              .withColumn("v", TEXT)
              .build());
    }
  }

  @AfterAll
  static void close() {
    if (executor != null) {
      executor.close();
    }
  }

  @Test
  void should_bind_and_read_back_every_driver_type() {
    UserDefinedType addressType =
        executor.session().getMetadata().getKeyspace(KS).orElseThrow()
            .getUserDefinedType("address").orElseThrow();
    UdtValue home = addressType.newValue("1 Main St", 12345);
    TupleValue pair = DataTypes.tupleOf(DataTypes.INT, DataTypes.TEXT).newValue(1, "one");
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("id", java.util.UUID.randomUUID());
    values.put("tid", Uuids.timeBased());
    values.put("ts", Instant.parse("2024-05-06T07:08:09.123Z"));
    values.put("day", LocalDate.of(2024, 5, 6));
    values.put("tod", LocalTime.of(7, 8, 9));
    values.put("price", new BigDecimal("12.34"));
    values.put("big", new BigInteger("123456789012345678901234567890"));
    values.put("n", 1L << 40);
    values.put("small", (short) 12);
    values.put("tiny", (byte) 3);
    values.put("ratio", 0.25);
    values.put("score", 1.5f);
    values.put("flag", true);
    values.put("ip", InetAddress.getLoopbackAddress());
    values.put("data", ByteBuffer.wrap(new byte[] {1, 2, 3}));
    values.put("span", CqlDuration.from("1h30m"));
    values.put("names", List.of("a", "b"));
    values.put("tags", Set.of(1, 2));
    values.put("attrs", Map.of("x", 1));
    values.put("pair", pair);
    values.put("home", home);
    values.put("embedding", CqlVector.newInstance(List.of(0.5f, 0.25f, 0.125f)));

    executor.execute(Cql.buildInsert(KS, "types", values));

    Row row = executor.execute(selectFrom(KS, "types").where("id", values.get("id")).build()).one();
    assertThat(row.asMap()).containsAllEntriesOf(values);
  }

  @Test
  void should_convert_values_without_loss_where_the_driver_has_no_codec() {
    java.util.UUID id = java.util.UUID.randomUUID();

    executor.execute(
        insertInto(KS, "types")
            .value("id", id)
            .value("n", 42)
            .value("ts", new Date(1_700_000_000_000L))
            .value("embedding", List.of(0.5, 0.25, 0.125))
            .build());

    Row row = executor.execute(selectFrom(KS, "types").where("id", id).build()).one();
    assertThat(row.get("n", Long.class)).isEqualTo(42L);
    assertThat(row.get("ts", Instant.class)).isEqualTo(Instant.ofEpochMilli(1_700_000_000_000L));
    assertThat(row.getObject("embedding")).isEqualTo(CqlVector.newInstance(List.of(0.5f, 0.25f, 0.125f)));
  }

  @Test
  void should_fail_the_stage_with_a_clear_message_for_a_value_of_the_wrong_type() {
    CqlStatement insert =
        insertInto(KS, "types").value("id", java.util.UUID.randomUUID()).value("ts", "yesterday").build();

    CompletionStage<CqlResult> stage = executor.executeAsync(insert);

    assertThatThrownBy(() -> stage.toCompletableFuture().join())
        .isInstanceOf(CompletionException.class)
        .cause()
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "cannot bind param 1 of `INSERT INTO adapter_it.types (id, ts) VALUES (?, ?)`: marker"
                + " 'ts' has CQL type timestamp, but the value is a java.lang.String;"
                + " pass a java.time.Instant")
        .hasMessageNotContaining("yesterday");
  }

  @Test
  void should_show_the_value_in_a_binding_error_only_when_asked() {
    CqlStatement insert =
        insertInto(KS, "types").value("id", java.util.UUID.randomUUID()).value("ts", "yesterday").build();

    MessageValues.show(true);
    try {
      assertThatThrownBy(() -> executor.execute(insert))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("but the value is a java.lang.String (yesterday); pass a java.time.Instant");
    } finally {
      MessageValues.show(false);
    }
  }

  @Test
  void should_bind_a_byte_array_to_a_blob() {
    java.util.UUID id = java.util.UUID.randomUUID();

    executor.execute(insertInto(KS, "types").value("id", id).value("data", new byte[] {4, 5}).build());

    Row row = executor.execute(selectFrom(KS, "types").where("id", id).build()).one();
    assertThat(row.get("data", ByteBuffer.class)).isEqualTo(ByteBuffer.wrap(new byte[] {4, 5}));
  }

  @Test
  void should_name_the_statement_of_a_batch_whose_value_is_of_the_wrong_type() {
    CqlStatement good = insertInto(KS, "types").value("id", java.util.UUID.randomUUID()).build();
    CqlStatement bad =
        insertInto(KS, "types").value("id", java.util.UUID.randomUUID()).value("ts", "yesterday").build();
    CqlStatement batch = io.cqlkit.builder.Cql.unloggedBatch().add(good).add(bad).build();

    assertThatThrownBy(() -> executor.executeAsync(batch).toCompletableFuture().join())
        .cause()
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "statement 1 of the batch: cannot bind param 1 of `INSERT INTO adapter_it.types (id, ts)"
                + " VALUES (?, ?)`: marker 'ts' has CQL type timestamp, but the value is a"
                + " java.lang.String; pass a java.time.Instant"); // the value itself stays out
  }

  @Test
  void should_fail_the_stage_rather_than_throw_for_a_null_statement() {
    CompletionStage<CqlResult> stage = executor.executeAsync(null, ExecutionOptions.defaults());

    assertThatThrownBy(() -> stage.toCompletableFuture().join())
        .cause()
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("statement must not be null");
  }

  @Test
  void should_prepare_each_distinct_text_once_even_when_first_used_concurrently() {
    int before = executor.preparedStatementCount();
    List<CompletableFuture<CqlResult>> stages = new ArrayList<>();
    for (int k = 0; k < 200; k++) {
      stages.add(
          executor
              .executeAsync(insertInto(KS, "first_use").value("k", k).value("v", "v" + k).build())
              .toCompletableFuture());
    }
    CompletableFuture.allOf(stages.toArray(new CompletableFuture<?>[0])).join();

    assertThat(executor.preparedStatementCount()).isEqualTo(before + 1);
    // a write's result is shared: one value per coordinator, no allocation per statement
    CqlResult first = stages.get(0).join();
    assertThat(first).isEqualTo(CqlResult.empty().withCoordinator(first.coordinator().orElseThrow()));
    assertThat(stages).allSatisfy(s -> assertThat(s.join()).isSameAs(first));
  }

  @Test
  void should_not_keep_a_failed_prepare() {
    CqlStatement select = selectFrom(KS, "later").where("k", 1).build();
    int before = executor.preparedStatementCount();

    assertThatThrownBy(() -> executor.execute(select))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessage("table later does not exist [cql: SELECT * FROM adapter_it.later WHERE k = ?]");
    assertThat(executor.preparedStatementCount()).isEqualTo(before);

    executor.execute(Schema.createTable(KS, "later").withPartitionKey("k", INT).build());
    assertThat(executor.execute(select).rows()).isEmpty();
    assertThat(executor.preparedStatementCount()).isEqualTo(before + 1);
  }

  @Test
  void should_send_the_consistency_level() {
    CqlStatement insert = insertInto(KS, "kv").value("k", 1).value("v", "x").build();

    assertThatThrownBy(
            () ->
                executor.execute(
                    insert, ExecutionOptions.defaults().withConsistency(Consistency.TWO)))
        .isInstanceOf(UnavailableException.class)
        .hasMessageContaining("Not enough replicas available for query at consistency TWO (2 required but only 1 alive)");
    assertThat(
            executor.execute(
                insert, ExecutionOptions.defaults().withConsistency(Consistency.LOCAL_ONE)).rows())
        .isEmpty();
  }

  @Test
  void should_send_the_serial_consistency_of_a_lightweight_transaction() {
    CqlStatement insert = insertInto(KS, "kv").value("k", 900).value("v", "lwt").ifNotExists().build();

    CqlResult result =
        executor.execute(
            insert,
            ExecutionOptions.defaults()
                .withConsistency(Consistency.LOCAL_QUORUM)
                .withSerialConsistency(Consistency.LOCAL_SERIAL));

    assertThat(result.lwt().applied()).isTrue();
  }

  @Test
  void should_return_the_tracing_id_when_tracing_is_asked_for() {
    CqlStatement select = selectFrom(KS, "kv").where("k", 1).build();

    assertThat(executor.execute(select).tracingId()).isEmpty();
    assertThat(executor.execute(select, ExecutionOptions.defaults().withTracing(true)).tracingId())
        .isPresent();
  }

  @Test
  void should_run_unqualified_statements_in_the_keyspace_of_the_options() {
    CqlStatement insert = insertInto("kv").value("k", 7777).value("v", "where am I").build();
    CqlStatement select = selectFrom("kv").where("k", 7777).build();

    executor.execute(insert, ExecutionOptions.defaults().withKeyspace(OTHER_KS));

    assertThat(executor.execute(select, ExecutionOptions.defaults().withKeyspace(OTHER_KS)).rows())
        .hasSize(1);
    assertThat(executor.execute(select, ExecutionOptions.defaults().withKeyspace(KS)).rows())
        .as("the same text in another keyspace is another prepared statement")
        .isEmpty();
    assertThatThrownBy(() -> executor.execute(select))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("No keyspace has been specified");
  }

  @Test
  void should_report_server_warnings_in_the_result_and_the_log() {
    Logger logger = (Logger) LoggerFactory.getLogger(DriverExecutor.class);
    ListAppender<ILoggingEvent> appender = new ListAppender<>();
    appender.start();
    logger.addAppender(appender);
    try {
      String big = "x".repeat(1024);
      io.cqlkit.builder.Batch batch = unloggedBatch();
      for (int k = 1000; k < 1008; k++) {
        batch = batch.add(insertInto(KS, "kv").value("k", k).value("v", big).build());
      }

      CqlResult result = executor.execute(batch.build());

      assertThat(result.warnings())
          .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
          .contains("Batch for [adapter_it.kv] is of size", "exceeding specified threshold of 5120");
      assertThat(appender.list)
          .extracting(ILoggingEvent::getFormattedMessage)
          .anySatisfy(
              message ->
                  assertThat(message)
                      .startsWith("server warning for `BEGIN UNLOGGED BATCH")
                      .contains("exceeding specified threshold of 5120"));
    } finally {
      logger.detachAppender(appender);
    }
  }

  @Test
  void should_ignore_the_keyspace_override_for_a_statement_that_names_its_keyspace() {
    executor.execute(insertInto(KS, "kv").value("k", 5).value("v", "in " + KS).build());
    CqlStatement qualified = selectFrom(KS, "kv").where("k", 5).build();

    Row row = executor.execute(qualified, ExecutionOptions.defaults().withKeyspace(OTHER_KS)).one();

    assertThat(row.get("v", String.class)).isEqualTo("in " + KS);
  }
}
