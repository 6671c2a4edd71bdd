package io.cqlkit.node;

import java.io.IOException;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the members of a ring see of each other: who each one last saw UP or DOWN (Cassandra's
 * gossip logs it: "InetAddress /127.0.0.2:7000 is now UP"), and whether they agree on the schema
 * (system.local and system.peers_v2, read over CQL).
 */
final class RingState {
  private static final Pattern UP_DOWN = Pattern.compile("InetAddress /([0-9a-fA-F.:]+):\\d+ is now (UP|DOWN)");

  private RingState() {}

  /** The addresses {@code member} last saw UP since its latest start. */
  static Set<String> seenUp(NodeProcess member) {
    return seen(member, "UP");
  }

  /** The addresses {@code member} last saw DOWN since its latest start. */
  static Set<String> seenDown(NodeProcess member) {
    return seen(member, "DOWN");
  }

  private static Set<String> seen(NodeProcess member, String state) {
    Map<String, String> last = new HashMap<>();
    Matcher matcher = UP_DOWN.matcher(member.logSinceStart());
    while (matcher.find()) {
      last.put(matcher.group(1), matcher.group(2));
    }
    Set<String> addresses = new HashSet<>();
    last.forEach((address, s) -> {
      if (s.equals(state)) {
        addresses.add(address);
      }
    });
    return addresses;
  }

  /**
   * Null when every running member lists every other running member as a peer and all of them
   * share one schema version; else what is still missing, for the timeout message. Members that
   * are down stay in the peers table and are left out.
   */
  static String schemaDisagreement(List<NodeProcess> running) {
    Set<String> versions = new HashSet<>();
    for (NodeProcess member : running) {
      try (RawCqlClient client = RawCqlClient.connect(member.contactPoint())) {
        versions.add(hex(client.queryBytes("SELECT schema_version FROM system.local").get(0).get(0)));
        Map<String, String> peers = new HashMap<>();
        for (List<byte[]> peer : client.queryBytes("SELECT peer, schema_version FROM system.peers_v2")) {
          peers.put(InetAddress.getByAddress(peer.get(0)).getHostAddress(), hex(peer.get(1)));
        }
        for (NodeProcess other : running) {
          if (other != member) {
            String version = peers.get(other.placement.host());
            if (version == null) {
              return member.placement.host() + " does not list " + other.placement.host() + " as a peer";
            }
            versions.add(version);
          }
        }
      } catch (IOException | RuntimeException e) {
        return member.placement.host() + " did not answer its schema version: " + e.getMessage();
      }
    }
    return versions.size() == 1 ? null : "schema versions differ: " + versions;
  }

  /** Null when every member saw every other UP; else who does not see whom yet. */
  static String notUp(List<NodeProcess> members) {
    List<String> missing = new ArrayList<>();
    for (NodeProcess member : members) {
      Set<String> up = seenUp(member);
      for (NodeProcess other : members) {
        if (other != member && !up.contains(other.placement.host())) {
          missing.add(member.placement.host() + " does not see " + other.placement.host() + " UP");
        }
      }
    }
    return missing.isEmpty() ? null : String.join(", ", missing);
  }

  private static String hex(byte[] bytes) {
    return bytes == null ? "null" : Arrays.toString(bytes);
  }
}
