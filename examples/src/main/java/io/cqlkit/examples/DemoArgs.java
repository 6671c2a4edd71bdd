package io.cqlkit.examples;

import java.net.InetSocketAddress;
import java.util.Optional;
import javax.annotation.CheckForNull;

/**
 * The main job's command line: where to run and how much to load. With no contact point the job
 * starts an embedded Cassandra node.
 */
record DemoArgs(
    @CheckForNull InetSocketAddress contactPoint,
    @CheckForNull String datacenter,
    String keyspace,
    int events,
    int window,
    int nodes,
    boolean killNode,
    boolean grouping,
    DemoSecurity security) {

  static final String USAGE =
      String.join(
          "\n",
          "usage: bin/demo [--contact-point HOST:PORT --datacenter NAME [--username NAME] [--ssl | --truststore PATH]"
              + " | --nodes N [--kill-node]] [--keyspace NAME] [--events N] [--window N] [--no-grouping]",
          "  --contact-point HOST:PORT  a node of an existing cluster (default: start an embedded Cassandra 5.0.9 node)",
          "  --nodes N                  start a local ring of N nodes (1 to 9) on 127.0.0.1..N instead: replication",
          "                             factor min(N, 3), consistency QUORUM",
          "  --kill-node                with --nodes 3 or more: kill one node (SIGKILL) halfway through the load",
          "  --datacenter NAME          the local datacenter of that cluster (required with --contact-point)",
          DemoSecurity.USAGE,
          "  --keyspace NAME            the keyspace to create and use (default cqlkit_demo)",
          "  --events N                 how many events to load (default 100000)",
          "  --window N                 how many statements in flight at once (default 256)",
          "  --no-grouping              load one statement at a time instead of grouping each partition's events into UNLOGGED batches (to compare)",
          "  --help                     this text");

  /** Thrown for a command line the job cannot run with; its message says what to change. */
  static final class BadArgumentsException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    BadArgumentsException(String message) {
      super(message);
    }
  }

  /**
   * Parses the command line, or returns empty when {@code --help} was asked for.
   *
   * @throws BadArgumentsException naming the bad argument and what is expected
   */
  static Optional<DemoArgs> parse(String... args) {
    InetSocketAddress contactPoint = null;
    String datacenter = null;
    String keyspace = "cqlkit_demo";
    int events = 100_000;
    int window = 256;
    int nodes = 0;
    boolean killNode = false;
    boolean grouping = true;
    DemoSecurity security = DemoSecurity.NONE;
    for (int i = 0; i < args.length; i++) {
      String option = args[i];
      switch (option) {
        case "--help", "-h" -> {
          return Optional.empty();
        }
        case "--contact-point" -> contactPoint = hostAndPort(value(args, i++));
        case "--datacenter" -> datacenter = value(args, i++);
        case "--keyspace" -> keyspace = keyspace(value(args, i++));
        case "--events" -> events = positive(option, value(args, i++));
        case "--window" -> window = positive(option, value(args, i++));
        case "--nodes" -> nodes = nodes(value(args, i++));
        case "--kill-node" -> killNode = true;
        case "--no-grouping" -> grouping = false;
        case "--username" -> security = security.withUsername(value(args, i++));
        case "--ssl" -> security = security.withSsl();
        case "--truststore" -> security = security.withTrustStore(value(args, i++));
        case "--no-hostname-verification" -> security = security.withoutHostnameVerification();
        case "--password", "-p", "--truststore-password" -> throw DemoSecurity.passwordOnCommandLine(option);
        default -> throw option.startsWith("--password=") || option.startsWith("--truststore-password=")
            ? DemoSecurity.passwordOnCommandLine(option.substring(0, option.indexOf('=')))
            : new BadArgumentsException(
            "unknown argument '" + option + "': see --help for the options");
      }
    }
    if (contactPoint != null && datacenter == null) {
      throw new BadArgumentsException(
          "--contact-point needs --datacenter: pass the cluster's local datacenter name"
              + " (e.g. --datacenter datacenter1)");
    }
    if (contactPoint == null && datacenter != null) {
      throw new BadArgumentsException(
          "--datacenter is only used with --contact-point: pass both, or neither to run on an"
              + " embedded node");
    }
    security.validate(contactPoint == null);
    if (contactPoint != null && nodes > 0) {
      throw new BadArgumentsException(
          "--nodes starts a local ring; --contact-point uses an existing cluster: pass one of them");
    }
    if (killNode && nodes < 3) {
      throw new BadArgumentsException(
          "--kill-node needs a local ring of at least 3 nodes (--nodes 3): with replication factor 3"
              + " and QUORUM, two replicas of three must answer while one is down");
    }
    return Optional.of(new DemoArgs(contactPoint, datacenter, keyspace, events, window, nodes, killNode, grouping, security));
  }

  boolean embedded() {
    return contactPoint == null;
  }

  /** True when the job starts a local ring ({@code --nodes N}). */
  boolean ring() {
    return nodes > 0;
  }

  /** Replication factor of the demo's keyspace: min(nodes, 3) on a ring, else 1. */
  int replicationFactor() {
    return ring() ? Math.min(nodes, 3) : 1;
  }

  private static int nodes(String text) {
    int n = parseInt("--nodes", text);
    if (n < 1 || n > 9) {
      throw new BadArgumentsException("--nodes must be 1 to 9 (one loopback address each), but was " + n);
    }
    return n;
  }

  private static String value(String[] args, int i) {
    if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
      throw new BadArgumentsException(args[i] + " needs a value: see --help");
    }
    return args[i + 1];
  }

  private static InetSocketAddress hostAndPort(String text) {
    int colon = text.lastIndexOf(':');
    if (colon <= 0 || colon == text.length() - 1) {
      throw new BadArgumentsException(
          "--contact-point must be HOST:PORT (e.g. 127.0.0.1:9042), but was '" + text + "'");
    }
    int port = parseInt("--contact-point port", text.substring(colon + 1));
    if (port < 1 || port > 65535) {
      throw new BadArgumentsException("--contact-point port must be in 1..65535, but was " + port);
    }
    return InetSocketAddress.createUnresolved(text.substring(0, colon), port);
  }

  private static String keyspace(String name) {
    if (!name.matches("[A-Za-z0-9_]{1,48}")) {
      throw new BadArgumentsException(
          "--keyspace must be 1 to 48 letters, digits or underscores, but was '" + name + "'");
    }
    return name;
  }

  private static int positive(String option, String text) {
    int n = parseInt(option, text);
    if (n <= 0) {
      throw new BadArgumentsException(option + " must be a positive number, but was " + n);
    }
    return n;
  }

  private static int parseInt(String what, String text) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new BadArgumentsException(what + " must be a whole number, but was '" + text + "'");
    }
  }
}
