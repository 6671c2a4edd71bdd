package io.cqlkit.node;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/**
 * A local ring of real Cassandra 5.0 nodes for tests: N members (default 3), each in its own JVM, on
 * 127.0.0.1, 127.0.0.2, … with the same storage and CQL ports on every address, one cluster name,
 * 127.0.0.1 as seed, evenly spread tokens (one each) and no bootstrap. Each member is started like a
 * single {@link CassandraNode}, with the same options, watchdog and crash safety.
 *
 * <pre>{@code
 * try (CassandraRing ring = CassandraRing.builder().nodes(3).crashSafe(true).build().start()) {
 *   CqlSession session = CqlSession.builder()
 *       .addContactPoints(ring.contactPoints())
 *       .withLocalDatacenter(ring.localDatacenter())
 *       .build();
 *   ring.kill(1);     // SIGKILL 127.0.0.2
 *   ring.restart(1);  // on its own data directory; returns when the ring agrees again
 * }
 * }</pre>
 *
 * Members are numbered from 0 (127.0.0.1, the seed). Thread-safe.
 */
public final class CassandraRing implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(CassandraRing.class.getName());
  private static final Duration POLL = Duration.ofMillis(200);

  private final List<CassandraNode> nodes;
  private final NodeOptions options;
  private Duration startTime;
  private boolean closed;

  private CassandraRing(List<CassandraNode> nodes, NodeOptions options) {
    this.nodes = Collections.unmodifiableList(nodes);
    this.options = options;
  }

  /** A builder of a local ring (3 nodes, 768 MB of heap at most each, unless told otherwise). */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts every member (the seed first) and waits until every member sees every other UP and all
   * agree on the schema. Prints how long it took ({@link #startTime()}).
   *
   * @throws CassandraNodeException when a member cannot start or the ring does not agree within the
   *     start timeout; the message names the member and its log. No member is left running.
   */
  public synchronized CassandraRing start() {
    checkNotClosed("start");
    long begin = System.nanoTime();
    try {
      for (CassandraNode node : nodes) {
        node.start();
      }
      awaitAgreement(begin);
    } catch (RuntimeException e) {
      nodes.forEach(node -> node.process().keepDirectory());
      nodes.forEach(CassandraNode::kill);
      throw e;
    }
    startTime = Duration.ofNanos(System.nanoTime() - begin);
    LOG.log(System.Logger.Level.INFO, "Cassandra ring of {0} nodes ready in {1} ({2})", nodes.size(),
        NodeFiles.format(startTime), contactPoints());
    return this;
  }

  /** How long the latest {@link #start()} took until the ring was ready. */
  public synchronized Duration startTime() {
    if (startTime == null) {
      throw new IllegalStateException("the ring has not started yet: call start() first");
    }
    return startTime;
  }

  /** The number of members. */
  public int size() {
    return nodes.size();
  }

  /** The member at {@code index} (0 is the seed, 127.0.0.1). */
  public CassandraNode node(int index) {
    checkIndex(index);
    return nodes.get(index);
  }

  /** Every member, in address order. */
  public List<CassandraNode> nodes() {
    return nodes;
  }

  /** The CQL address of every member, for a driver's contact points. */
  public List<InetSocketAddress> contactPoints() {
    List<InetSocketAddress> points = new ArrayList<>();
    for (CassandraNode node : nodes) {
      points.add(node.contactPoint());
    }
    return points;
  }

  /** The datacenter of every member: {@value CassandraNode#DEFAULT_DATACENTER}. */
  public String localDatacenter() {
    return CassandraNode.DEFAULT_DATACENTER;
  }

  /** Kills the member at once (SIGKILL), as a crash would; its data directory stays for a restart. */
  public void kill(int index) {
    node(index).kill();
  }

  /** Stops the member gracefully (SIGTERM, then SIGKILL after the stop timeout); its data stays. */
  public void stop(int index) {
    node(index).stop();
  }

  /**
   * Starts the member again on its own data directory (stopping it first if it runs) and waits until
   * the ring agrees again: every running member sees every other UP, one schema.
   */
  public synchronized CassandraRing restart(int index) {
    checkNotClosed("restart");
    long begin = System.nanoTime();
    node(index).restart();
    awaitAgreement(begin);
    LOG.log(System.Logger.Level.INFO, "ring member {0} restarted; ring ready again in {1}",
        node(index).contactPoint(), NodeFiles.since(begin));
    return this;
  }

  /** Waits until every running member has seen the member at {@code index} go DOWN (gossip convicted it). */
  public void awaitDown(int index, Duration timeout) {
    NodeProcess gone = node(index).process();
    String host = gone.placement.host();
    await(timeout, () -> {
      for (NodeProcess member : running()) {
        if (member != gone && !RingState.seenDown(member).contains(host)) {
          return member.placement.host() + " does not see " + host + " DOWN yet";
        }
      }
      return null;
    }, "waiting for " + host + " to be seen DOWN");
  }

  /** Stops every member (in parallel) and deletes the directories the ring chose, unless a start failed. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    List<Thread> stopping = new ArrayList<>();
    for (CassandraNode node : nodes) {
      Thread thread = new Thread(node::close, "cqlkit-ring-stop-" + node.process().placement.host());
      thread.start();
      stopping.add(thread);
    }
    for (Thread thread : stopping) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        nodes.forEach(CassandraNode::kill);
        return;
      }
    }
  }

  @Override
  public String toString() {
    return "CassandraRing" + nodes;
  }

  // ---------------------------------------------------------------------------------------------

  private List<NodeProcess> running() {
    List<NodeProcess> running = new ArrayList<>();
    for (CassandraNode node : nodes) {
      if (node.isRunning()) {
        running.add(node.process());
      }
    }
    return running;
  }

  private void awaitAgreement(long beginNanos) {
    Duration left = options.startTimeout.minusNanos(System.nanoTime() - beginNanos);
    await(left.isNegative() ? Duration.ofSeconds(1) : left, () -> {
      List<NodeProcess> members = running();
      String notUp = RingState.notUp(members);
      return notUp != null ? notUp : RingState.schemaDisagreement(members);
    }, "waiting for every member to see every other UP with one schema version");
  }

  /** Polls {@code pending} (null when done, else what is missing) until done; fails fast when a member dies. */
  private void await(Duration timeout, Supplier<String> pending, String what) {
    long deadline = System.nanoTime() + timeout.toNanos();
    List<NodeProcess> expected = running();
    while (true) {
      for (NodeProcess member : expected) {
        if (!member.isAlive()) {
          nodes.forEach(node -> node.process().keepDirectory());
          throw member.failure("died while " + what, null);
        }
      }
      String missing = pending.get();
      if (missing == null) {
        return;
      }
      if (System.nanoTime() - deadline > 0) {
        nodes.forEach(node -> node.process().keepDirectory());
        throw expected.get(0).failure("(the seed) was still " + what + " after " + NodeFiles.format(timeout)
            + ": " + missing + "; see each member's log under " + expected.get(0).directory.getParent(), null);
      }
      try {
        Thread.sleep(POLL.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new CassandraNodeException("interrupted while " + what, e);
      }
    }
  }

  private void checkIndex(int index) {
    if (index < 0 || index >= nodes.size()) {
      throw new IllegalArgumentException("the ring has members 0 to " + (nodes.size() - 1) + ", not " + index);
    }
  }

  private void checkNotClosed(String action) {
    if (closed) {
      throw new IllegalStateException(
          "cannot " + action + " a closed CassandraRing: build a new one with CassandraRing.builder()");
    }
  }

  // ---------------------------------------------------------------------------------------------

  /**
   * Settings of a ring: its size, addresses, ports and directory, plus the {@linkplain
   * NodeOptionsBuilder options every node takes}, applied to each member.
   *
   * <pre>{@code
   * CassandraRing ring = CassandraRing.builder().nodes(3).maxHeap("768m").crashSafe(true).build();
   * }</pre>
   */
  public static final class Builder extends NodeOptionsBuilder<Builder> {
    private int nodes = 3;
    private List<String> addresses;
    private int storagePort;
    private int nativePort;
    private Path directory;

    private Builder() {
      super("768m");
    }

    /** How many members (default 3), on 127.0.0.1 up to 127.0.0.N unless {@link #addresses} says otherwise. */
    public Builder nodes(int nodes) {
      if (nodes < 1 || nodes > 254) {
        throw new IllegalArgumentException("a ring has 1 to 254 nodes, but " + nodes + " were asked for");
      }
      this.nodes = nodes;
      return this;
    }

    /** The members' listen addresses, the first one the seed (default 127.0.0.1, 127.0.0.2, …); sets the size. */
    public Builder addresses(String... addresses) {
      if (addresses.length == 0) {
        throw new IllegalArgumentException("a ring needs at least one address, e.g. \"127.0.0.1\"");
      }
      this.addresses = List.of(addresses);
      this.nodes = addresses.length;
      return this;
    }

    /** The storage (gossip) and CQL ports of every member; by default two ports free on every address. */
    public Builder ports(int storagePort, int nativePort) {
      if (storagePort < 1 || storagePort > 65535 || nativePort < 1 || nativePort > 65535
          || storagePort == nativePort) {
        throw new IllegalArgumentException("ports must be two different numbers in 1..65535, but were "
            + storagePort + " and " + nativePort);
      }
      this.storagePort = storagePort;
      this.nativePort = nativePort;
      return this;
    }

    /**
     * The ring's directory, one sub-directory per member ({@code node1}, {@code node2}, …), kept after
     * close. By default a fresh directory under {@code target/cassandra-node}, deleted on close.
     */
    public Builder directory(Path directory) {
      if (directory == null) {
        throw new IllegalArgumentException("the ring directory must not be null");
      }
      this.directory = directory;
      return this;
    }

    /**
     * A local ring, not yet started.
     *
     * @throws CassandraNodeException when an address cannot be listened on (the message names it)
     */
    public CassandraRing build() {
      NodeOptions options = options();
      List<String> hosts = addresses != null ? addresses : RingMembers.loopbackAddresses(nodes);
      Path root = (directory != null ? directory : CassandraNode.defaultDirectory("ring")).toAbsolutePath();
      List<InetAddress> inets = new ArrayList<>();
      for (int i = 0; i < hosts.size(); i++) {
        inets.add(RingMembers.bindable(hosts.get(i), memberName(i, hosts) + " in " + root.resolve("node" + (i + 1))));
      }
      int[] ports = storagePort != 0 ? new int[] {storagePort, nativePort} : RingMembers.freePortsOnAll(inets);
      List<String> tokens = RingMembers.tokens(hosts.size());
      List<CassandraNode> members = new ArrayList<>();
      for (int i = 0; i < hosts.size(); i++) {
        Path dir = root.resolve("node" + (i + 1));
        Placement at = Placement.member(inets.get(i), inets.get(0), tokens.get(i), ports[0], ports[1]);
        NodeProcess process = new NodeProcess(dir, directory == null, options, at,
            "Cassandra node " + memberName(i, hosts) + " in " + dir);
        members.add(new CassandraNode(process, null, CassandraNode.DEFAULT_DATACENTER));
      }
      return new CassandraRing(members, options);
    }

    private static String memberName(int i, List<String> hosts) {
      return hosts.get(i) + " (ring member " + i + " of 0.." + (hosts.size() - 1) + ")";
    }
  }
}
