package io.cqlkit.builder.schema;

import com.google.common.collect.ImmutableList;
import javax.annotation.CheckForNull;

/**
 * A persistent list that grows at its end in O(1) and shares its past with every earlier version,
 * so an immutable builder step never copies what the builder already holds. Read it once, at build
 * time, with {@link #toList()}.
 */
final class Chain<T> {
  private static final Chain<Object> EMPTY = new Chain<>(null, null, 0);

  @CheckForNull private final T last;
  @CheckForNull private final Chain<T> before;
  private final int size;

  private Chain(@CheckForNull T last, @CheckForNull Chain<T> before, int size) {
    this.last = last;
    this.before = before;
    this.size = size;
  }

  @SuppressWarnings("unchecked")
  static <T> Chain<T> empty() {
    return (Chain<T>) EMPTY;
  }

  /** This chain with {@code item} appended; this chain is unchanged. */
  Chain<T> add(T item) {
    return new Chain<>(item, this, size + 1);
  }

  boolean isEmpty() {
    return size == 0;
  }

  int size() {
    return size;
  }

  /** The items in the order they were added. */
  @SuppressWarnings("unchecked")
  ImmutableList<T> toList() {
    Object[] items = new Object[size];
    Chain<T> node = this;
    for (int i = size - 1; i >= 0; i--) {
      items[i] = node.last;
      node = node.before;
    }
    return (ImmutableList<T>) ImmutableList.copyOf(items);
  }
}
