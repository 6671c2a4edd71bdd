package io.cqlkit.node;

import java.io.IOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/** Where the members of a ring sit: their addresses, their tokens, and ports free on every address. */
final class RingMembers {
  private static final int PORT_PAIR_ATTEMPTS = 50;

  private RingMembers() {}

  /** 127.0.0.1, 127.0.0.2, … one per member. */
  static List<String> loopbackAddresses(int nodes) {
    List<String> addresses = new ArrayList<>();
    for (int i = 1; i <= nodes; i++) {
      addresses.add("127.0.0." + i);
    }
    return addresses;
  }

  /** Evenly spread Murmur3 tokens: member i owns from the token before it up to {@code min + i * 2^64 / n}. */
  static List<String> tokens(int nodes) {
    BigInteger min = BigInteger.valueOf(Long.MIN_VALUE);
    BigInteger step = BigInteger.ONE.shiftLeft(64).divide(BigInteger.valueOf(nodes));
    List<String> tokens = new ArrayList<>();
    for (int i = 0; i < nodes; i++) {
      tokens.add(min.add(step.multiply(BigInteger.valueOf(i))).toString());
    }
    return tokens;
  }

  /** The address, or a failure naming the member when it is not an address this machine can bind. */
  static InetAddress bindable(String address, String member) {
    InetAddress inet;
    try {
      inet = InetAddress.getByName(address);
    } catch (UnknownHostException e) {
      throw new CassandraNodeException(member + ": '" + address + "' is not an address: " + e.getMessage(), e);
    }
    try (ServerSocket probe = new ServerSocket(0, 1, inet)) {
      return inet;
    } catch (IOException e) {
      throw new CassandraNodeException(member + " cannot listen on " + address + " (" + e.getMessage()
          + "): on Linux every 127.x.y.z address answers on the loopback interface with no setup; on"
          + " macOS add an alias first (sudo ifconfig lo0 alias " + address + " up), or choose other"
          + " addresses with CassandraRing.builder().addresses(...)", e);
    }
  }

  /** A storage port and a CQL port that are free on every address, so every member listens on the same two. */
  static int[] freePortsOnAll(List<InetAddress> addresses) {
    for (int attempt = 0; attempt < PORT_PAIR_ATTEMPTS; attempt++) {
      try (ServerSocket storage = new ServerSocket(0, 1, addresses.get(0));
          ServerSocket cql = new ServerSocket(0, 1, addresses.get(0))) {
        int[] ports = {storage.getLocalPort(), cql.getLocalPort()};
        if (freeOnOthers(addresses, ports)) {
          return ports;
        }
      } catch (IOException e) {
        throw new CassandraNodeException("cannot find free ports on " + addresses.get(0) + ": " + e.getMessage(), e);
      }
    }
    throw new CassandraNodeException("found no pair of ports free on every address of the ring " + addresses
        + " after " + PORT_PAIR_ATTEMPTS + " attempts: set them with CassandraRing.builder().ports(storage, cql)");
  }

  private static boolean freeOnOthers(List<InetAddress> addresses, int[] ports) {
    for (InetAddress address : addresses.subList(1, addresses.size())) {
      for (int port : ports) {
        try (ServerSocket probe = new ServerSocket(port, 1, address)) {
          // free here too
        } catch (IOException e) {
          return false;
        }
      }
    }
    return true;
  }
}
