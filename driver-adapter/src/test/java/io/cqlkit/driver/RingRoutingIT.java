package io.cqlkit.driver;

import static io.cqlkit.builder.Cql.insertInto;
import static io.cqlkit.builder.Cql.selectFrom;
import static io.cqlkit.builder.Term.marker;
import static io.cqlkit.builder.schema.DataType.INT;
import static io.cqlkit.builder.schema.DataType.TEXT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.datastax.oss.driver.api.core.ProtocolVersion;
import com.datastax.oss.driver.api.core.type.codec.TypeCodecs;
import io.cqlkit.builder.Batch;
import io.cqlkit.builder.Cql;
import io.cqlkit.builder.CqlStatement;
import io.cqlkit.builder.CqlTemplate;
import io.cqlkit.builder.schema.Replication;
import io.cqlkit.builder.schema.Schema;
import io.cqlkit.executor.CqlEngine;
import io.cqlkit.executor.CqlResult;
import io.cqlkit.builder.rules.CqlRule;
import io.cqlkit.builder.rules.CqlRuleViolationException;
import io.cqlkit.executor.ExecutionResult;
import io.cqlkit.node.CassandraRing;
import io.cqlkit.node.CassandraRingExtension;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Token-aware routing kept intact on a real 3-node ring: with replication factor 1 each partition
 * has one owner, and the node that coordinated each statement (read from {@link
 * CqlResult#coordinator()}, which the adapter takes from the driver's execution info) is that owner,
 * as the driver's token map says.
 */
@ExtendWith(CassandraRingExtension.class)
class RingRoutingIT {
  private static final String KS = "ring_routing";
  private static final int STATEMENTS = 10_000;
  private static final ProtocolVersion V = ProtocolVersion.DEFAULT;
  private static DriverExecutor executor;
  private static CqlEngine engine;

  @BeforeAll
  static void createSchema(CassandraRing ring) {
    executor = RingCluster.executorBuilder(ring).connect();
    engine = CqlEngine.of(executor);
    engine.execute(Schema.dropKeyspace(KS).ifExists().build());
    engine.execute(Schema.createKeyspace(KS).withReplication(Replication.simpleStrategy(1)).build());
    engine.execute(Schema.createTable(KS, "kv").withPartitionKey("id", INT).withColumn("v", TEXT).build());
    engine.execute(
        Schema.createTable(KS, "wide")
            .withPartitionKey("id", INT)
            .withClusteringColumn("ck", INT)
            .withColumn("v", TEXT)
            .build());
    engine.execute(
        Schema.createTable(KS, "composite")
            .withPartitionKey("a", INT)
            .withPartitionKey("b", TEXT)
            .withClusteringColumn("ck", INT)
            .withColumn("v", TEXT)
            .build());
  }

  @AfterAll
  static void close() {
    if (executor != null) {
      executor.close();
    }
  }

  @Test
  void should_coordinate_single_partition_statements_on_the_partitions_replica() {
    CqlTemplate insert = insertInto(KS, "kv").value("id", marker()).value("v", marker()).template();

    assertRoutedToReplica("single-row inserts", i -> insert.bind(i, "v" + i), i -> key(i));
  }

  @Test
  void should_coordinate_unlogged_single_partition_batches_on_the_partitions_replica() {
    CqlTemplate insert =
        insertInto(KS, "wide").value("id", marker()).value("ck", marker()).value("v", marker()).template();
    IntFunction<CqlStatement> batchOfFive = i -> {
      Batch batch = Cql.unloggedBatch();
      for (int ck = 0; ck < 5; ck++) {
        batch = batch.add(insert.bind(i, ck, "v"));
      }
      return batch.build();
    };

    assertRoutedToReplica("unlogged batches of one partition", batchOfFive, i -> key(i));
  }

  @Test
  void should_coordinate_a_template_bound_by_name_on_the_partitions_replica() {
    CqlTemplate byName =
        selectFrom(KS, "kv").all().where("id", marker("id")).template();

    assertRoutedToReplica("selects bound by name", i -> byName.bind(Map.of("id", i)), i -> key(i));
  }

  @Test
  void should_coordinate_a_composite_partition_key_on_the_partitions_replica() {
    CqlTemplate insert =
        insertInto(KS, "composite")
            .value("a", marker()).value("b", marker()).value("ck", marker()).value("v", marker())
            .template();

    assertRoutedToReplica(
        "composite partition keys",
        i -> insert.bind(i % 100, "b" + i, 1, "v"),
        i -> new ByteBuffer[] {TypeCodecs.INT.encode(i % 100, V), TypeCodecs.TEXT.encode("b" + i, V)});
  }

  @Test
  void should_check_the_conditional_batch_partition_rule_with_keys_from_the_rings_schema() {
    // (a, b) is the partition key: the engine knows it only from the driver's metadata of the ring
    assertThat(executor.partitionKeyColumns(KS, "composite")).contains(List.of("a", "b"));
    CqlStatement first = insertInto(KS, "composite").value("a", 7).value("b", "x").value("ck", 1).value("v", "1").ifNotExists().build();
    CqlStatement otherPartition = insertInto(KS, "composite").value("a", 7).value("b", "y").value("ck", 1).value("v", "2").build();
    CqlStatement samePartition = insertInto(KS, "composite").value("a", 7).value("b", "x").value("ck", 2).value("v", "2").build();

    assertThatThrownBy(() -> engine.batch().run(b -> b.add(first).add(otherPartition)))
        .isInstanceOfSatisfying(CqlRuleViolationException.class,
            e -> assertThat(e.rule()).isEqualTo(CqlRule.CONDITIONAL_BATCH_MULTIPLE_PARTITIONS));
    assertThat(engine.execute(selectFrom(KS, "composite").all().where("a", 7).where("b", "y").build()).rows())
        .as("nothing was sent").isEmpty();

    engine.batch().run(b -> b.add(first).add(samePartition));

    assertThat(engine.execute(selectFrom(KS, "composite").all().where("a", 7).where("b", "x").build()).rows())
        .hasSize(2);
  }

  @Test
  void should_surface_the_servers_warnings_with_the_coordinator() {
    Batch batch = Cql.unloggedBatch();
    for (int i = 0; i < 12; i++) { // more than 10 partitions and more than 5 KiB: Cassandra warns
      batch = batch.add(insertInto(KS, "kv").value("id", 900_000 + i).value("v", "x".repeat(600)).build());
    }

    CqlResult result = engine.execute(batch.build());

    assertThat(result.warnings()).isNotEmpty().anyMatch(w -> w.contains("Batch"));
    assertThat(result.coordinator()).isPresent();
  }

  private static ByteBuffer[] key(int id) {
    return new ByteBuffer[] {TypeCodecs.INT.encode(id, V)};
  }

  private static void assertRoutedToReplica(
      String what, IntFunction<CqlStatement> statement, IntFunction<ByteBuffer[]> partitionKey) {
    List<CqlStatement> statements = IntStream.range(0, STATEMENTS).mapToObj(statement).collect(Collectors.toList());

    List<ExecutionResult> results = engine.concurrently().withWindow(128).collectAll().execute(statements);

    long onReplica = 0;
    Map<InetSocketAddress, Long> byCoordinator = new java.util.TreeMap<>(java.util.Comparator.comparing(Object::toString));
    for (int i = 0; i < STATEMENTS; i++) {
      ExecutionResult result = results.get(i);
      assertThat(result.isSuccess()).as("statement %s: %s", i, result.error()).isTrue();
      InetSocketAddress coordinator = result.result().coordinator().orElseThrow();
      byCoordinator.merge(coordinator, 1L, Long::sum);
      Set<InetSocketAddress> replicas = RingCluster.replicas(executor, KS, partitionKey.apply(i));
      assertThat(replicas).hasSize(1);
      if (replicas.contains(coordinator)) {
        onReplica++;
      }
    }
    System.out.printf("%s: %,d of %,d coordinated by the partition's replica; by node %s%n",
        what, onReplica, STATEMENTS, byCoordinator);
    assertThat(byCoordinator).as("every member coordinates some").hasSize(3);
    assertThat(onReplica).as(what + " coordinated by the replica").isGreaterThanOrEqualTo(STATEMENTS * 99L / 100);
  }
}
