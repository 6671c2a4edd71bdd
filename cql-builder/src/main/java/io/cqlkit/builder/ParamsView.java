package io.cqlkit.builder;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import javax.annotation.CheckForNull;

/**
 * A statement's read-only view of its params, or of a batch's statements: they allow nulls,
 * unlike Guava's and the JDK's immutable lists. An array among them is copied as it is read, and
 * compared and hashed by content, as the statement does.
 */
final class ParamsView<T> extends AbstractList<T> implements RandomAccess {
  private final T[] values;

  ParamsView(T[] values) {
    this.values = values;
  }

  /**
   * A copy of {@code value} when it is a {@code byte[]} or a vector's {@code float[]}, {@code
   * double[]}, {@code int[]} or {@code long[]} (the arrays a statement may hold), else {@code
   * value} itself: a statement copies arrays as they enter and as they leave, so no one can change
   * its params.
   */
  @CheckForNull
  static Object copyOfArray(@CheckForNull Object value) {
    if (value == null || !value.getClass().isArray()) {
      return value;
    }
    if (value instanceof byte[]) {
      return ((byte[]) value).clone();
    }
    if (value instanceof float[]) {
      return ((float[]) value).clone();
    }
    if (value instanceof double[]) {
      return ((double[]) value).clone();
    }
    if (value instanceof int[]) {
      return ((int[]) value).clone();
    }
    return value instanceof long[] ? ((long[]) value).clone() : value;
  }

  @Override
  @SuppressWarnings("unchecked")
  public T get(int index) {
    return (T) copyOfArray(values[index]); // an array is mutable: the caller gets a copy
  }

  @Override
  public int size() {
    return values.length;
  }

  /** Equal to a list of equal elements, arrays compared by content (as the statement does). */
  @Override
  public boolean equals(Object o) {
    if (o == this) {
      return true;
    }
    if (!(o instanceof List) || ((List<?>) o).size() != values.length) {
      return false;
    }
    List<?> other = (List<?>) o;
    for (int i = 0; i < values.length; i++) {
      if (!Objects.deepEquals(values[i], other.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** The List hash code, with an array's hash taken from its content. */
  @Override
  public int hashCode() {
    return Arrays.deepHashCode(values);
  }

  @Override
  public Object[] toArray() {
    Object[] out = values.clone();
    for (int i = 0; i < out.length; i++) {
      out[i] = copyOfArray(out[i]);
    }
    return out;
  }
}
