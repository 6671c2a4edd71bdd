package io.cqlkit.node;

import java.net.InetSocketAddress;
import java.util.Optional;

/** The external cluster the system property {@value CassandraNode#CONTACT_POINT_PROPERTY} names. */
final class ExternalCluster {
  private ExternalCluster() {}

  /** Parses {@code host:port} (or {@code [ipv6]:port}); empty for null or blank. */
  static Optional<InetSocketAddress> parseContactPoint(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String text = value.trim();
    int colon = text.lastIndexOf(':');
    String host = colon > 0 ? text.substring(0, colon) : "";
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    int port = -1;
    try {
      port = Integer.parseInt(text.substring(colon + 1));
    } catch (NumberFormatException e) {
      // reported below
    }
    if (host.isEmpty() || port < 1 || port > 65535) {
      throw new IllegalArgumentException("system property " + CassandraNode.CONTACT_POINT_PROPERTY
          + " must be host:port, e.g. 127.0.0.1:9042, but was '" + value + "'");
    }
    return Optional.of(new InetSocketAddress(host, port));
  }
}
