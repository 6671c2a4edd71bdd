package io.cqlkit.driver;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.metadata.Node;
import com.datastax.oss.driver.api.core.metadata.TokenMap;
import io.cqlkit.node.CassandraRing;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;

/** How the ring tests reach the shared ring: executors on every member, and the driver's token map. */
final class RingCluster {
  private RingCluster() {}

  /** An executor builder on every member of the ring, with fast schema changes and quick reconnection. */
  static DriverExecutorBuilder executorBuilder(CassandraRing ring) {
    DriverExecutorBuilder builder = DriverExecutor.builder().withLocalDatacenter(ring.localDatacenter());
    ring.contactPoints().forEach(builder::addContactPoint);
    return builder
        .withFastSchemaChanges()
        .withConfig(
            config ->
                config
                    .withDuration(DefaultDriverOption.REQUEST_TIMEOUT, Duration.ofSeconds(10))
                    .withDuration(DefaultDriverOption.RECONNECTION_BASE_DELAY, Duration.ofMillis(200))
                    .withDuration(DefaultDriverOption.RECONNECTION_MAX_DELAY, Duration.ofSeconds(1)));
  }

  /** The CQL addresses of the replicas of the partition whose key components are {@code key}, from the token map. */
  static Set<InetSocketAddress> replicas(DriverExecutor executor, String keyspace, ByteBuffer... key) {
    TokenMap tokens = executor.session().getMetadata().getTokenMap().orElseThrow();
    Set<Node> nodes = tokens.getReplicas(CqlIdentifier.fromInternal(keyspace), tokens.newToken(key));
    return nodes.stream().map(ResultMapping::address).collect(Collectors.toSet());
  }
}
