package io.cqlkit.node;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Where a node sits: its listen address, its ports, its seed and, in a ring, its token. A single
 * node is its own seed on 127.0.0.1 with token 0.
 */
final class Placement {
  final InetAddress address;
  final InetAddress seed;
  final String initialToken;
  final boolean ringMember;
  int storagePort; // 0 until chosen
  int nativePort;

  private Placement(InetAddress address, InetAddress seed, String initialToken, boolean ringMember,
      int storagePort, int nativePort) {
    this.address = address;
    this.seed = seed;
    this.initialToken = initialToken;
    this.ringMember = ringMember;
    this.storagePort = storagePort;
    this.nativePort = nativePort;
  }

  /** A node alone on 127.0.0.1, on ports chosen at its first start. */
  static Placement single() {
    return new Placement(loopback(), loopback(), "0", false, 0, 0);
  }

  /** A ring member: fixed ports (the same on every member), the ring's seed, its own token. */
  static Placement member(InetAddress address, InetAddress seed, String initialToken, int storagePort,
      int nativePort) {
    return new Placement(address, seed, initialToken, true, storagePort, nativePort);
  }

  /** The address as yaml and logs write it, e.g. {@code 127.0.0.2}. */
  String host() {
    return address.getHostAddress();
  }

  static InetAddress loopback() {
    try {
      return InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
    } catch (UnknownHostException e) {
      throw new AssertionError(e); // four bytes are always a valid address
    }
  }
}
