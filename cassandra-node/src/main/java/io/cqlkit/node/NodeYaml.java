package io.cqlkit.node;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code cassandra.yaml} of a node: a minimal loopback-only template (one node or a ring member), where each
 * extra top-level setting replaces the template's setting of the same key or is appended.
 */
final class NodeYaml {
  private static final Pattern TOP_LEVEL_KEY = Pattern.compile("^([A-Za-z_][A-Za-z0-9_]*)\\s*:(?:\\s|$)");

  private NodeYaml() {}

  /** The top-level key of an extra setting such as {@code "batch_size_fail_threshold: 100KiB"}. */
  static String keyOf(String setting) {
    if (setting == null) {
      throw new IllegalArgumentException("a yaml setting must not be null: pass e.g. \"key: value\"");
    }
    Matcher matcher = TOP_LEVEL_KEY.matcher(setting);
    if (!matcher.find()) {
      throw new IllegalArgumentException(
          "a yaml setting must be a top-level 'key: value' (more lines indented below it for a"
              + " block), e.g. \"batch_size_fail_threshold: 100KiB\", but was '" + setting + "'");
    }
    return matcher.group(1);
  }

  /**
   * The yaml text. A crash-safe node syncs its commit log before it acknowledges a write (batch);
   * otherwise every 10 s (periodic, Cassandra's default), so a killed node loses its last seconds.
   */
  static String render(
      Path dataDir, int storagePort, int nativePort, boolean crashSafe, List<String> extraSettings) {
    Placement single = Placement.single();
    single.storagePort = storagePort;
    single.nativePort = nativePort;
    return render(dataDir, single, crashSafe, extraSettings);
  }

  /** The yaml text of a node at {@code at}: a ring member also gets its token and no bootstrap. */
  static String render(Path dataDir, Placement at, boolean crashSafe, List<String> extraSettings) {
    int storagePort = at.storagePort;
    int nativePort = at.nativePort;
    Map<String, String> settings = new LinkedHashMap<>();
    put(settings, "cluster_name: 'cqlkit'");
    put(settings, "num_tokens: 1");
    put(settings, "initial_token: " + at.initialToken);
    if (at.ringMember) {
      put(settings, "auto_bootstrap: false"); // an empty ring has nothing to stream
    }
    put(settings, "partitioner: org.apache.cassandra.dht.Murmur3Partitioner");
    put(settings, "endpoint_snitch: SimpleSnitch");
    put(settings,
        "seed_provider:\n"
            + "  - class_name: org.apache.cassandra.locator.SimpleSeedProvider\n"
            + "    parameters:\n"
            + "      - seeds: \"" + at.seed.getHostAddress() + ":" + storagePort + "\"");
    put(settings, "listen_address: " + at.host());
    put(settings, "rpc_address: " + at.host());
    put(settings, "storage_port: " + storagePort);
    put(settings, "native_transport_port: " + nativePort);
    put(settings, "start_native_transport: true");
    put(settings, "data_file_directories: [" + quoted(dataDir.resolve("data")) + "]");
    put(settings, "commitlog_directory: " + quoted(dataDir.resolve("commitlog")));
    put(settings, "saved_caches_directory: " + quoted(dataDir.resolve("saved_caches")));
    put(settings, "hints_directory: " + quoted(dataDir.resolve("hints")));
    put(settings, "cdc_raw_directory: " + quoted(dataDir.resolve("cdc_raw")));
    if (crashSafe) {
      put(settings, "commitlog_sync: batch");
    } else {
      put(settings, "commitlog_sync: periodic");
      put(settings, "commitlog_sync_period: 10000ms");
    }
    put(settings, "auto_snapshot: false");
    put(settings, "hinted_handoff_enabled: false");
    put(settings, "concurrent_compactors: 1");
    put(settings, "batch_size_warn_threshold: 5KiB");
    put(settings, "batch_size_fail_threshold: 50KiB");
    // Java user-defined functions and aggregates (CREATE FUNCTION), which the tests create.
    put(settings, "user_defined_functions_enabled: true");
    for (String setting : extraSettings) {
      put(settings, setting);
    }
    StringBuilder yaml = new StringBuilder("# written by cqlkit's CassandraNode\n");
    settings.values().forEach(setting -> yaml.append(setting).append('\n'));
    return yaml.toString();
  }

  private static void put(Map<String, String> settings, String setting) {
    settings.remove(keyOf(setting)); // an override takes the place of the template's line at the end
    settings.put(keyOf(setting), setting.strip());
  }

  private static String quoted(Path path) {
    return "'" + path.toAbsolutePath().toString().replace("'", "''") + "'";
  }

  /** Logback: INFO to standard output, which the launcher sends to the node's log file. */
  static String logbackXml() {
    return "<configuration>\n"
        + "  <appender name=\"OUT\" class=\"ch.qos.logback.core.ConsoleAppender\">\n"
        + "    <encoder><pattern>%-5level [%thread] %date{ISO8601} %logger{0} - %msg%n</pattern></encoder>\n"
        + "  </appender>\n"
        + "  <root level=\"INFO\"><appender-ref ref=\"OUT\"/></root>\n"
        + "</configuration>\n";
  }
}
