package io.cqlkit.builder;

import java.util.function.IntFunction;
import javax.annotation.CheckForNull;

/**
 * A persistent singly-linked list, newest item first: what lets an immutable builder step add an
 * item in O(1) without copying what the previous step holds. An empty chain is {@code null}.
 */
final class Chain<T> {
  final T head;
  @CheckForNull final Chain<T> tail;
  final int size;

  private Chain(T head, @CheckForNull Chain<T> tail) {
    this.head = head;
    this.tail = tail;
    this.size = tail == null ? 1 : tail.size + 1;
  }

  /** The chain with {@code item} added after every item of {@code chain}. */
  static <T> Chain<T> add(@CheckForNull Chain<T> chain, T item) {
    return new Chain<>(item, chain);
  }

  static int size(@CheckForNull Chain<?> chain) {
    return chain == null ? 0 : chain.size;
  }

  /** The items in the order they were added. */
  static <T> T[] toArray(@CheckForNull Chain<T> chain, IntFunction<T[]> newArray) {
    T[] out = newArray.apply(size(chain));
    int i = out.length;
    for (Chain<T> c = chain; c != null; c = c.tail) {
      out[--i] = c.head;
    }
    return out;
  }
}
