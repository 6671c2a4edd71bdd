package io.cqlkit.node;

import java.util.concurrent.atomic.AtomicReference;

/** Remembers the first node the extension injected in this run, so every class can compare with it. */
final class SharedNodes {
  private static final AtomicReference<CassandraNode> FIRST = new AtomicReference<>();

  private SharedNodes() {}

  /** The first node any test class received; records {@code node} when it is the first. */
  static CassandraNode first(CassandraNode node) {
    FIRST.compareAndSet(null, node);
    return FIRST.get();
  }
}
