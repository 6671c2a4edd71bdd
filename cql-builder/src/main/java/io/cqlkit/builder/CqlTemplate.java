package io.cqlkit.builder;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.base.MoreObjects;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import com.google.errorprone.annotations.CheckReturnValue;
import io.cqlkit.builder.internal.RelationMarker;
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

  /** The name of each marker, text order: its {@code :name}, or a name given by {@link #withNames}. */
  private final ImmutableList<String> order;

  private final ImmutableSet<String> names;
  private final boolean nullsAsUnset;
  /** The last record class bound and how it fills the markers (a race only means a re-plan). */
  @CheckForNull private volatile RecordBinding recordBinding;

  private CqlTemplate(Shape shape, Object[] prototype, @CheckForNull int[] slots) {
    this(shape, prototype, slots, shape.markerNames, false);
  }

  private CqlTemplate(
      Shape shape,
      Object[] prototype,
      @CheckForNull int[] slots,
      ImmutableList<String> order,
      boolean nullsAsUnset) {
    this.shape = shape;
    this.prototype = prototype;
    this.slots = slots;
    this.order = order;
    this.names = ImmutableSet.copyOf(order);
    this.nullsAsUnset = nullsAsUnset;
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

  /**
   * The name of each marker in text order (a name used twice appears twice): its {@code :name},
   * or the name {@link #withNames} gave it; empty if the markers are positional and unnamed.
   */
  public List<String> markerNames() {
    return order;
  }

  /**
   * This template with its positional markers named for binding by name ({@link
   * #bindNamed(Map)}, {@link #bindNamed(Record)}); the text keeps its {@code ?} markers, so its
   * statements can go in a protocol batch, which refuses named markers.
   *
   * <pre>{@code
   * CqlTemplate t = insertInto("ks", "t").value("pk", marker()).value("v", marker()).template()
   *     .withNames("pk", "v");
   * t.bindNamed(Map.of("pk", 1, "v", "a"));  // INSERT INTO ks.t (pk, v) VALUES (?, ?)  params [1, "a"]
   * }</pre>
   *
   * @throws IllegalArgumentException if there is not one name per marker
   * @throws IllegalStateException if the markers are already {@code :name} markers
   */
  public CqlTemplate withNames(String... names) {
    checkState(
        shape.markerNames.isEmpty(),
        "the markers of %s are named in its text already: %s",
        shape.cql,
        shape.markerNames);
    checkArgument(
        names.length == markerCount(),
        "expected %s names (one per marker, in text order), but received %s, for: %s",
        markerCount(),
        names.length,
        shape.cql);
    for (String name : names) {
      checkArgument(
          name != null && !name.isEmpty(),
          "marker names must not be null or empty: %s",
          Arrays.toString(names));
    }
    return new CqlTemplate(shape, prototype, slots, ImmutableList.copyOf(names), nullsAsUnset);
  }

  /**
   * This template binding every null value as {@link Unset#UNSET}: a null then leaves its column
   * untouched instead of writing a tombstone (Spring Data's default of not inserting nulls).
   */
  public CqlTemplate withNullsAsUnset() {
    return nullsAsUnset ? this : new CqlTemplate(shape, prototype, slots, order, true);
  }

  /** True if null values are bound as {@link Unset#UNSET} ({@link #withNullsAsUnset()}). */
  public boolean bindsNullsAsUnset() {
    return nullsAsUnset;
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
    return bindOwned(values.clone());
  }

  /**
   * The statement with {@code values} (one per marker, a new array this method may keep) in the
   * markers, each checked and frozen.
   */
  private CqlStatement bindOwned(Object[] values) {
    boolean unset = nullsAsUnset;
    for (int i = 0; i < values.length; i++) {
      Object value = values[i];
      Object kept = value == null && unset ? Unset.UNSET : Values.bindable(value);
      if (kept != value) {
        values[i] = kept; // stored only when changed: most values are kept as they are
      }
    }
    int[] s = slots;
    Object[] params = values;
    if (s != null) {
      params = prototype.clone();
      for (int i = 0; i < s.length; i++) {
        params[s[i]] = values[i];
      }
    }
    if (!shape.relationMarkers.isEmpty()) {
      checkRelationValues(params);
    }
    return new CqlStatement(shape, params);
  }

  /**
   * Refuses a null or UNSET for the marker of a WHERE relation or IF condition where a builder step
   * refuses it: where the server would refuse it.
   */
  private void checkRelationValues(Object[] params) {
    for (RelationMarker marker : shape.relationMarkers) {
      Object value = params[marker.index()];
      if (value != null && value != Unset.UNSET) {
        continue;
      }
      Operator operator = Operator.values()[marker.operator()];
      if (marker.condition()) {
        if (MissingValues.isRefusedInCondition(operator, value)) {
          throw new IllegalArgumentException(
              MissingValues.inConditionBind(marker.relation(), operator, value, shape.cql));
        }
      } else if (MissingValues.isRefusedInWhere(marker.column(), operator, value)) {
        throw new IllegalArgumentException(
            MissingValues.inWhereBind(
                marker.relation(), marker.column(), operator, value, shape.cql));
      }
    }
  }

  /**
   * The statement with each marker's value read from the record component that answers to the
   * marker's name, by the naming rule of {@link io.cqlkit.builder.mapping.RecordModel}: component
   * {@code userId} fills {@code :user_id} (or {@code :userId}, which wins if both could), and
   * {@link io.cqlkit.builder.mapping.Column @Column("name")} names a component's marker exactly.
   * The components are read through method handles made once per record class.
   *
   * <pre>{@code
   * record Event(UUID userId, Instant ts, String eventType) {}
   * insert.bindNamed(new Event(uid, ts, "login"));  // fills :user_id, :ts, :event_type
   * }</pre>
   *
   * @throws IllegalStateException if the markers have no names
   * @throws IllegalArgumentException if a marker has no component, or a component no marker
   */
  public CqlStatement bindNamed(Record record) {
    checkArgument(record != null, "bindNamed((Record) null): pass a record with a component per marker");
    RecordBinding b = recordBinding;
    if (b == null || b.type != record.getClass()) {
      checkState(
          !names.isEmpty() || markerCount() == 0,
          "the markers of %s are positional: name them with marker(\"name\") or withNames(...),"
              + " or bind them with bind(Object...)",
          shape.cql);
      b = RecordBinding.plan(record.getClass(), order, shape.cql);
      recordBinding = b;
    }
    return bindOwned(b.values(record));
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
            + " marker(\"name\") or withNames(...)",
        shape.cql);
    List<String> order = this.order;
    Object[] params = new Object[order.size()];
    for (int i = 0; i < params.length; i++) {
      String name = order.get(i);
      Object value = values.get(name);
      if (value == null && !values.containsKey(name)) {
        throw new IllegalArgumentException(
            String.format(
                "no value for marker :%s: %s needs values for %s", name, shape.cql, names));
      }
      params[i] = value;
    }
    checkArgument(
        values.size() == names.size(),
        "%s are not markers of %s: it has %s",
        Sets.difference(values.keySet(), names),
        shape.cql,
        names);
    return bindOwned(params);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CqlTemplate
        && ((CqlTemplate) o).shape.cql.equals(shape.cql)
        && Arrays.deepEquals(((CqlTemplate) o).prototype, prototype)
        && ((CqlTemplate) o).order.equals(order)
        && ((CqlTemplate) o).nullsAsUnset == nullsAsUnset;
  }

  @Override
  public int hashCode() {
    return 31 * shape.cql.hashCode() + Arrays.deepHashCode(prototype);
  }

  @Override
  public String toString() {
    return MoreObjects.toStringHelper("CqlTemplate")
        .add("cql", shape.cql)
        .add("params", MessageValues.describeAll(prototype)) // types only, unless values are shown
        .toString();
  }
}
