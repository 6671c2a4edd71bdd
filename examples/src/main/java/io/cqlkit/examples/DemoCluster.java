package io.cqlkit.examples;

import io.cqlkit.node.CassandraNode;
import io.cqlkit.node.CassandraRing;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;

/**
 * Where the main job runs: an existing cluster (--contact-point), an embedded node, or a local ring
 * of real nodes (--nodes N), which it can also wound (--kill-node).
 */
final class DemoCluster implements AutoCloseable {
  private final CassandraNode node; // null on a ring
  private final CassandraRing ring; // null otherwise
  private final PrintStream out;
  private int killed = -1;

  private DemoCluster(CassandraNode node, CassandraRing ring, PrintStream out) {
    this.node = node;
    this.ring = ring;
    this.out = out;
  }

  static DemoCluster open(DemoArgs args, PrintStream out) {
    if (!args.embedded()) {
      out.printf("Using the cluster at %s (datacenter %s)%n", args.contactPoint(), args.datacenter());
      return new DemoCluster(CassandraNode.external(args.contactPoint(), args.datacenter()), null, out);
    }
    if (args.ring()) {
      out.printf("--nodes %d: starting a local ring of %d Cassandra 5.0.9 nodes on 127.0.0.1..%d...%n",
          args.nodes(), args.nodes(), args.nodes());
      CassandraRing ring = CassandraRing.builder().nodes(args.nodes()).crashSafe(true).build().start();
      out.printf("  ring ready at %s in %.1f s (replication factor %d, consistency QUORUM)%n",
          ring.contactPoints(), ring.startTime().toMillis() / 1e3, args.replicationFactor());
      return new DemoCluster(null, ring, out);
    }
    out.println("No --contact-point given: starting an embedded Cassandra 5.0.9 node...");
    long t0 = System.nanoTime();
    CassandraNode node = CassandraNode.builder().build().start();
    out.printf("  node ready at %s in %.1f s%n", node.contactPoint(), (System.nanoTime() - t0) / 1e9);
    return new DemoCluster(node, null, out);
  }

  List<InetSocketAddress> contactPoints() {
    return ring != null ? ring.contactPoints() : List.of(node.contactPoint());
  }

  String localDatacenter() {
    return ring != null ? ring.localDatacenter() : node.localDatacenter();
  }

  /** Kills the ring's last node (SIGKILL), as a crash would. */
  void killOne(long done, long of) {
    killed = ring.size() - 1;
    ring.kill(killed);
    out.printf("  >> killed node %s (SIGKILL) at %,d of %,d events%n", ring.node(killed).contactPoint(), done, of);
  }

  /** After a kill: waits until the surviving nodes have seen the killed one go down (gossip). */
  void awaitKilledSeenDown() {
    if (killed < 0) {
      return;
    }
    long t0 = System.nanoTime();
    ring.awaitDown(killed, Duration.ofSeconds(90));
    out.printf("  the other nodes saw the killed node DOWN after %.1f s more%n", (System.nanoTime() - t0) / 1e9);
  }

  /** The killed node's address, or null. */
  String killedNode() {
    return killed < 0 ? null : String.valueOf(ring.node(killed).contactPoint());
  }

  @Override
  public void close() {
    if (ring != null) {
      ring.close();
    } else {
      node.close();
    }
  }
}
