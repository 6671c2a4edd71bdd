package io.cqlkit.builder;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.base.MoreObjects;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import com.google.errorprone.annotations.CheckReturnValue;
import io.cqlkit.builder.internal.Shape;
import io.cqlkit.builder.internal.Sink;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.annotation.CheckForNull;

/**
 * A statement rendered once, with markers to fill: build once, bind many. Binding allocates only
 * the params array and the statement; the text and the shape facts are shared by every statement
 * bound from this template, so one prepared statement serves them all. Immutable and thread-safe.
 *
 * <pre>{@code
 * CqlTemplate insert = insertInto("ks", "events")
 *     .value("user_id", marker()).value("ts", marker()).value("event_type", marker()).template();
 * CqlStatement s = insert.bind(uid, ts, "login");
 *
 * CqlTemplate byUser = selectFrom("ks", "events").where("user_id", marker("user")).template();
 * CqlStatement q = byUser.bindNamed(Map.of("user", uid));  // SELECT * FROM ks.events WHERE user_id = :user
 * }</pre>
 */
@CheckReturnValue
public final class CqlTemplate {
  private final Shape shape;
  /** The params with fixed values in place and {@link Sink#UNBOUND} in each marker's slot. */
  private final Object[] prototype;
  /** The param index of each marker, or null when every param is a marker (the fast path). */
  @CheckForNull private final int[] slots;

  private final ImmutableSet<String> names;

  private CqlTemplate(Shape shape, Object[] prototype, @CheckForNull int[] slots) {
    this.shape = shape;
    this.prototype = prototype;
    this.slots = slots;
    this.names = ImmutableSet.copyOf(shape.markerNames);
  }

  /** The template a builder rendered into {@code sink}. */
  static CqlTemplate rendered(Sink sink, Shape shape) {
    return of(shape, sink.params(), sink.unboundMarkers());
  }

  private static CqlTemplate of(Shape shape, Object[] params, int markers) {
    if (markers == params.length) {
      return new CqlTemplate(shape, params, null);
    }
    int[] slots = new int[markers];
    int n = 0;
    for (int i = 0; i < params.length; i++) {
      if (params[i] == Sink.UNBOUND) {
        slots[n++] = i;
      }
    }
    return new CqlTemplate(shape, params, slots);
  }

  /** The text, with {@code ?} or {@code :name} where each value goes. */
  public String cql() {
    return shape.cql;
  }

  /** What the bound statements do. */
  public StatementKind kind() {
    return shape.kind;
  }

  /** How many values {@link #bind(Object...)} takes: one per marker. */
  public int markerCount() {
    return slots == null ? prototype.length : slots.length;
  }

  /** The name of each marker in text order (a name used twice appears twice); empty if positional. */
  public List<String> markerNames() {
    return shape.markerNames;
  }

  /**
   * The statement with {@code values} in the markers, by position (text order). Each value is
   * checked and frozen as a builder step does it (see {@link CqlStatement}).
   *
   * @throws IllegalArgumentException if the number of values is not {@link #markerCount()}, or a
   *     value cannot be bound
   */
  public CqlStatement bind(Object... values) {
    checkArgument(
        values != null,
        "bind((Object[]) null): pass %s values, one per marker in text order, for: %s (to bind"
            + " one null, write bind((Object) null))",
        markerCount(),
        shape.cql);
    int[] s = slots;
    if (values.length != (s == null ? prototype.length : s.length)) {
      throw new IllegalArgumentException(
          String.format(
              "expected %s values (one per marker, in text order), but received %s, for: %s",
              markerCount(), values.length, shape.cql));
    }
    if (s == null) {
      Object[] params = new Object[values.length];
      for (int i = 0; i < params.length; i++) {
        params[i] = Values.bindable(values[i]);
      }
      return new CqlStatement(shape, params);
    }
    Object[] params = prototype.clone();
    for (int i = 0; i < s.length; i++) {
      params[s[i]] = Values.bindable(values[i]);
    }
    return new CqlStatement(shape, params);
  }

  /**
   * The statement with the values of named markers taken from {@code values}; on a template with
   * one positional marker, {@code values} is that marker's value (a map column). Prefer {@link
   * #bindNamed} (by name) or {@code bind((Object) map)} (by position): they say which is meant.
   *
   * @throws IllegalStateException if the template has several positional markers
   * @throws IllegalArgumentException as {@link #bindNamed}
   */
  public CqlStatement bind(Map<String, ?> values) {
    if (names.isEmpty() && markerCount() == 1 && values != null) {
      return bind(new Object[] {values});
    }
    return bindNamed(values);
  }

  /**
   * The statement with the values of named markers taken from {@code values}, by name.
   *
   * <pre>{@code
   * selectFrom("ks", "t").where("pk", marker("pk")).template().bindNamed(Map.of("pk", 1));
   * }</pre>
   *
   * @throws IllegalStateException if the template's markers are positional
   * @throws IllegalArgumentException if a marker has no value, a name is not a marker's, or a
   *     value cannot be bound
   */
  public CqlStatement bindNamed(Map<String, ?> values) {
    checkArgument(
        values != null,
        "bind((Map) null): pass a map from marker name to value, with a value for each of %s, for:"
            + " %s",
        names,
        shape.cql);
    checkState(
        !names.isEmpty() || markerCount() == 0,
        "the markers of %s are positional: bind them with bind(Object...), or name them with"
            + " marker(\"name\")",
        shape.cql);
    List<String> order = shape.markerNames;
    Object[] params = new Object[order.size()];
    for (int i = 0; i < params.length; i++) {
      String name = order.get(i);
      Object value = values.get(name);
      if (value == null && !values.containsKey(name)) {
        throw new IllegalArgumentException(
            String.format(
                "no value for marker :%s: %s needs values for %s", name, shape.cql, names));
      }
      params[i] = Values.bindable(value);
    }
    checkArgument(
        values.size() == names.size(),
        "%s are not markers of %s: it has %s",
        Sets.difference(values.keySet(), names),
        shape.cql,
        names);
    return new CqlStatement(shape, params);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CqlTemplate
        && ((CqlTemplate) o).shape.cql.equals(shape.cql)
        && Arrays.deepEquals(((CqlTemplate) o).prototype, prototype);
  }

  @Override
  public int hashCode() {
    return 31 * shape.cql.hashCode() + Arrays.deepHashCode(prototype);
  }

  @Override
  public String toString() {
    return MoreObjects.toStringHelper("CqlTemplate")
        .add("cql", shape.cql)
        .add("params", Arrays.deepToString(prototype))
        .toString();
  }
}
