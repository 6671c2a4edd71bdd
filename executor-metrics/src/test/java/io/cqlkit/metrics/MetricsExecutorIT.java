package io.cqlkit.metrics;

import static io.cqlkit.builder.Cql.insertInto;
import static io.cqlkit.builder.Cql.loggedBatch;
import static io.cqlkit.builder.Cql.selectFrom;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cqlkit.builder.CqlStatement;
import io.cqlkit.builder.schema.DataType;
import io.cqlkit.builder.schema.Replication;
import io.cqlkit.builder.schema.Schema;
import io.cqlkit.driver.DriverExecutor;
import io.cqlkit.executor.CqlEngine;
import io.cqlkit.builder.rules.CqlRuleViolationException;
import io.cqlkit.executor.ExecutionResult;
import io.cqlkit.executor.InvalidQueryException;
import io.cqlkit.executor.NativeBatchExecution;
import io.cqlkit.executor.SchemaFacts;
import io.cqlkit.node.CassandraNode;
import io.cqlkit.node.CassandraNodeExtension;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The decorator over the driver adapter on a real node: meters, native batches, schema facts, errors. */
@ExtendWith(CassandraNodeExtension.class)
class MetricsExecutorIT {
  private static final String KS = "metrics_it";

  private static DriverExecutor driver;
  private static SimpleMeterRegistry registry;
  private static MetricsExecutor measured;
  private static CqlEngine engine;

  @BeforeAll
  static void connect(CassandraNode node) {
    driver =
        DriverExecutor.builder()
            .addContactPoint(node.contactPoint())
            .withLocalDatacenter(node.localDatacenter())
            .withFastSchemaChanges()
            .connect();
    registry = new SimpleMeterRegistry();
    measured = MetricsExecutor.builder(driver, registry).percentiles(0.5, 0.99).tag("cluster", "it").build();
    engine = CqlEngine.of(measured);
    engine.execute(Schema.dropKeyspace(KS).ifExists().build());
    engine.execute(Schema.createKeyspace(KS).withReplication(Replication.simpleStrategy(1)).build());
    engine.execute(
        Schema.createTable(KS, "locks")
            .withPartitionKey("name", DataType.TEXT)
            .withColumn("owner", DataType.TEXT)
            .build());
  }

  @AfterAll
  static void close() {
    if (driver != null) {
      driver.close();
    }
  }

  @Test
  void should_time_statements_run_concurrently_on_the_node() {
    List<CqlStatement> inserts = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      inserts.add(insertInto(KS, "locks").value("name", "n" + i).value("owner", "me").build());
    }

    List<ExecutionResult> results = engine.concurrently().withWindow(64).execute(inserts);
    String owner =
        engine.execute(selectFrom(KS, "locks").all().where("name", "n7").build()).one().get("owner", String.class);

    assertThat(results).hasSize(500).allMatch(ExecutionResult::isSuccess);
    assertThat(owner).isEqualTo("me");
    var timer =
        registry.get(MetricsExecutor.STATEMENTS)
            .tags("cluster", "it", "kind", "insert", "keyspace", KS, "table", "locks")
            .timer();
    assertThat(timer.count()).isGreaterThanOrEqualTo(500);
    assertThat(timer.totalTime(TimeUnit.NANOSECONDS)).isPositive();
    assertThat(timer.takeSnapshot().percentileValues()).hasSize(2);
    assertThat(registry.get(MetricsExecutor.STATEMENTS).tag("kind", "select").timer().count()).isGreaterThanOrEqualTo(1);
    assertThat(registry.get(MetricsExecutor.IN_FLIGHT).gauge().value()).isZero();
  }

  @Test
  void should_send_batches_natively_through_the_decorator_and_record_their_size() {
    assertThat(measured.capability(NativeBatchExecution.class)).isPresent();
    long before = registry.get(MetricsExecutor.BATCH_SIZE).tag("type", "logged").summary().count();

    engine.batch().run(b -> {
      b.add(insertInto(KS, "locks").value("name", "batch").value("owner", "a").build());
      b.add(insertInto(KS, "locks").value("name", "batch").value("owner", "b").build());
    });

    assertThat(registry.get(MetricsExecutor.BATCH_SIZE).tag("type", "logged").summary().count()).isEqualTo(before + 1);
    assertThat(registry.get(MetricsExecutor.STATEMENTS).tags("kind", "batch", "table", "locks").timer().count())
        .isGreaterThanOrEqualTo(1);
    assertThat(
            engine.execute(selectFrom(KS, "locks").all().where("name", "batch").build()).one().get("owner", String.class))
        .isEqualTo("b");
  }

  @Test
  void should_keep_the_drivers_schema_facts_for_the_partition_check() {
    assertThat(measured.capability(SchemaFacts.class)).containsSame(driver);

    assertThatThrownBy(
            () ->
                engine.execute(
                    loggedBatch()
                        .add(insertInto(KS, "locks").value("name", "x").value("owner", "me").ifNotExists().build())
                        .add(insertInto(KS, "locks").value("name", "y").value("owner", "me").ifNotExists().build())
                        .build()))
        .isInstanceOf(CqlRuleViolationException.class);
  }

  @Test
  void should_count_server_errors_by_exception_type() {
    assertThatThrownBy(() -> engine.execute(selectFrom(KS, "no_such_table").all().build()))
        .isInstanceOf(InvalidQueryException.class);

    assertThat(
            registry.get(MetricsExecutor.ERRORS)
                .tags("kind", "select", "table", "no_such_table", "exception", "InvalidQueryException")
                .counter()
                .count())
        .isEqualTo(1.0);
  }
}
