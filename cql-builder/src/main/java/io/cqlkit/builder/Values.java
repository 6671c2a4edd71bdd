package io.cqlkit.builder;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableCollection;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.annotation.CheckForNull;

/**
 * The values a statement may bind, checked and frozen as they enter a builder or a template, so a
 * {@link CqlStatement} is really immutable: a {@code byte[]} or a vector's array is copied, a
 * {@code ByteBuffer} becomes a read-only copy, a List, Set or Map an unmodifiable copy (kept as is
 * when it is already immutable); immutable values (String, numbers, UUID, java.time...) cost one
 * class check.
 *
 * <p>Bindable: null, {@link Unset#UNSET}, String, Boolean, numbers ({@link Number}), UUID, InetAddress, ByteBuffer,
 * byte[], java.time values, java.util.Date, float[]/double[]/int[]/long[] (vectors), List, Set
 * and Map of those, and any type outside {@code java.*} and {@code io.cqlkit.*} (a driver's own
 * values, such as CqlDuration or UdtValue, or a type a custom codec maps): the executor's codecs
 * decide those. Refused: everything else, such as {@code new Object()}, {@code Optional}, a
 * {@code StringBuilder}, an {@code AtomicLong} (mutable) or a {@code CqlStatement}, with a message
 * naming the type.
 */
final class Values {
  static final String ACCEPTED =
      "String, Boolean, a number, UUID, InetAddress, ByteBuffer, byte[], a java.time value,"
          + " java.util.Date, float[]/double[]/int[]/long[] (a vector), a List, Set or Map of"
          + " those, or a value of your driver's own types (CqlDuration, UdtValue...)";

  /**
   * The classes of {@code List.of}, {@code Set.of} and {@code Map.of} (and their copies): known by
   * identity, so the common immutable collections cost class compares, not interface checks
   * (a failing interface check scans the class's interfaces on every call).
   */
  private static final Class<?> LIST12 = List.of(1).getClass();

  private static final Class<?> LISTN = List.of(1, 2, 3).getClass();
  private static final Class<?> SET12 = Set.of(1).getClass();
  private static final Class<?> SETN = Set.of(1, 2, 3).getClass();
  private static final Class<?> MAP1 = Map.of(1, 1).getClass();
  private static final Class<?> MAPN = Map.of(1, 1, 2, 2).getClass();

  /** The package of the JDK's mutable numbers (AtomicLong, LongAdder...), which no codec binds. */
  private static final String ATOMICS = "java.util.concurrent.atomic.";

  private Values() {}

  /** The common immutable scalars, known at the cost of one class compare each. */
  static boolean isCommonScalar(Class<?> type) {
    return type == String.class
        || type == Integer.class
        || type == Long.class
        || type == UUID.class
        || type == Boolean.class
        || type == Double.class;
  }

  /** The value to keep: {@code value} itself when immutable, else a frozen copy. */
  @CheckForNull
  static Object bindable(@CheckForNull Object value) {
    if (value == null) {
      return null;
    }
    Class<?> type = value.getClass();
    if (isCommonScalar(type) || type == Unset.class) {
      return value; // the common values (and UNSET), at the cost of one class check
    }
    if ((type == LIST12 || type == LISTN || type == SET12 || type == SETN)
        && allImmutable((Iterable<?>) value)) {
      return value; // List.of(...), Set.of(...) of immutable scalars: class compares only
    }
    Object array = ParamsView.copyOfArray(value);
    if (array != value) {
      return array; // a byte[] or a vector's array: copied
    }
    if (value instanceof ByteBuffer) {
      ByteBuffer buffer = (ByteBuffer) value;
      if (buffer.isReadOnly()) {
        return buffer.duplicate();
      }
      ByteBuffer copy = ByteBuffer.allocate(buffer.remaining()).put(buffer.duplicate());
      return copy.flip().asReadOnlyBuffer();
    }
    if (value instanceof List) {
      return freezeList((List<?>) value);
    }
    if (value instanceof Set) {
      return freezeSet((Set<?>) value);
    }
    if (value instanceof Map) {
      return freezeMap((Map<?, ?>) value);
    }
    checkArgument(isBindable(value, type.getName()), "%s", new Refusal(value));
    return value instanceof Date ? ((Date) value).clone() : value;
  }

  private static boolean isBindable(Object value, String typeName) {
    return (value instanceof Number && !typeName.startsWith(ATOMICS))
        || value instanceof InetAddress
        || value instanceof Date
        || typeName.startsWith("java.time.")
        || value instanceof BigDecimal
        || value instanceof BigInteger
        || !(typeName.startsWith("java.")
            || typeName.startsWith("javax.")
            || typeName.startsWith("io.cqlkit.")
            || typeName.startsWith("[")
            || value.getClass() == Object.class);
  }

  private static Object freezeList(List<?> list) {
    if (isImmutable(list) && allImmutable(list)) {
      return list;
    }
    List<Object> copy = new ArrayList<>(list.size());
    for (Object element : list) {
      copy.add(element(element, list));
    }
    return Collections.unmodifiableList(copy);
  }

  private static Object freezeSet(Set<?> set) {
    if (isImmutable(set) && allImmutable(set)) {
      return set;
    }
    Set<Object> copy = new LinkedHashSet<>(set.size() * 2);
    for (Object element : set) {
      copy.add(element(element, set));
    }
    return Collections.unmodifiableSet(copy);
  }

  private static Object freezeMap(Map<?, ?> map) {
    if ((map instanceof ImmutableMap
            || map.getClass() == MAP1
            || map.getClass() == MAPN
            || isJdkImmutable(map))
        && allImmutable(map.keySet())
        && allImmutable(map.values())) {
      return map;
    }
    Map<Object, Object> copy = new LinkedHashMap<>(map.size() * 2);
    for (Map.Entry<?, ?> e : map.entrySet()) {
      copy.put(element(e.getKey(), map), element(e.getValue(), map));
    }
    return Collections.unmodifiableMap(copy);
  }

  private static Object element(@CheckForNull Object element, Object collection) {
    checkArgument(
        element != null,
        "%s holds a null: CQL collections hold no nulls (the server refuses them); remove it",
        collection);
    checkArgument(
        element != Unset.UNSET,
        "%s holds UNSET: only a whole value can be unset, not an element; remove it",
        collection);
    return bindable(element);
  }

  private static boolean isImmutable(Object collection) {
    return collection instanceof ImmutableCollection || isJdkImmutable(collection);
  }

  /** {@code List.of}, {@code Set.of}, {@code Map.of} and their copies. */
  private static boolean isJdkImmutable(Object collection) {
    return collection.getClass().getName().startsWith("java.util.ImmutableCollections$");
  }

  /** True if every element is an immutable scalar (no null, collection, array or buffer). */
  private static boolean allImmutable(Iterable<?> elements) {
    for (Object e : elements) {
      if (e != null && isCommonScalar(e.getClass())) {
        continue;
      }
      if (e == null
          || e == Unset.UNSET
          || e instanceof byte[]
          || e instanceof ByteBuffer
          || e instanceof Iterable
          || e instanceof Map
          || e instanceof Date) {
        return false;
      }
      bindable(e); // refuses what cannot be bound
    }
    return true;
  }

  /** The message for a value that cannot be bound, formatted only when thrown. */
  private static final class Refusal {
    private final Object value;

    Refusal(Object value) {
      this.value = value;
    }

    @Override
    public String toString() {
      String type = value.getClass().getName();
      String hint =
          value instanceof java.util.Optional
              ? "; for an Optional pass optional.orElse(null)"
              : value instanceof CharSequence
                  ? "; pass value.toString()"
                  : value instanceof Number ? "; pass its current value (get() or sum())" : "";
      return String.format(
          "%s is not a value an executor can bind: pass %s%s",
          MessageValues.describe(value), ACCEPTED, hint); // its type only, unless values are shown
    }
  }
}
