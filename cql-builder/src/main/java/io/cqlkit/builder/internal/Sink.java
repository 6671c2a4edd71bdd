package io.cqlkit.builder.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.cqlkit.builder.ConditionKind;
import io.cqlkit.builder.CqlIdentifier;
import io.cqlkit.builder.StatementKind;
import java.util.Arrays;
import javax.annotation.CheckForNull;

/**
 * The one pass of rendering: the text goes into one {@link StringBuilder}, each marker's value
 * into the params array in text order, and the partition facts (equality bindings, IN columns)
 * are noted on the way, so nothing is walked twice.
 */
public final class Sink {
  /** The param slot of a marker that has no value yet; a template fills it at bind time. */
  public static final Object UNBOUND =
      new Object() {
        @Override
        public String toString() {
          return "<unbound marker>";
        }
      };

  private static final String[] NO_STRINGS = new String[0];
  private static final int[] NO_INTS = new int[0];
  private static final Object[] NO_OBJECTS = new Object[0];

  public final StringBuilder sb;
  /** Null when only the text is wanted (a snippet's toString). */
  @CheckForNull private Object[] params;
  /** For each param, where its value comes from ({@link ShapeCache#source}; 0: unknown). */
  private int[] sources = NO_INTS;
  /** The source of the next params, as the render pass said last. */
  private int source;

  private int size;
  private int values;
  private boolean nonDeterministic;
  private int positionalMarkers;
  @CheckForNull private String[] names;
  private int namedMarkers;

  private String[] bindingColumns = NO_STRINGS;
  private int[] bindingIndexes = NO_INTS;
  private Object[] bindingLiterals = NO_OBJECTS;
  private int bindings;
  /** False once the IF clause starts: a condition is not a partition binding. */
  private boolean inWhereClause = true;
  @CheckForNull private ImmutableSet.Builder<String> inColumns;

  @CheckForNull private ImmutableList.Builder<RelationMarker> relationMarkers;

  private Sink(StringBuilder sb, @CheckForNull Object[] params) {
    this.sb = sb;
    this.params = params;
  }

  /** A sink for a statement; the estimates only size the buffers. */
  public static Sink forStatement(int textCapacity, int paramEstimate) {
    return new Sink(
        new StringBuilder(textCapacity), paramEstimate == 0 ? NO_OBJECTS : new Object[paramEstimate]);
  }

  /** A sink that keeps only the text, for snippets rendered on their own. */
  public static Sink textOnly(StringBuilder sb) {
    return new Sink(sb, null);
  }

  /** A plain value: renders {@code ?} and is bound in text order. */
  public void value(@CheckForNull Object value) {
    sb.append('?');
    param(value);
    values++;
  }

  /** The param of a plain value whose {@code ?} the caller has already written. */
  public void bound(@CheckForNull Object value) {
    param(value);
    values++;
  }

  /** A positional marker without a value. */
  public void marker() {
    sb.append('?');
    param(UNBOUND);
    positionalMarkers++;
  }

  /** A named marker without a value. */
  public void namedMarker(String name) {
    sb.append(':');
    CqlIdentifier.appendName(sb, name);
    if (params != null) {
      if (names == null) {
        names = new String[Math.max(4, params.length)];
      } else if (namedMarkers == names.length) {
        names = Arrays.copyOf(names, names.length * 2);
      }
      names[namedMarkers] = name;
    }
    param(UNBOUND);
    namedMarkers++;
  }

  private void param(@CheckForNull Object value) {
    Object[] p = params;
    if (p != null) {
      if (size == p.length) {
        p = params = Arrays.copyOf(p, Math.max(4, size * 2));
      }
      p[size] = value;
      if (source != 0) {
        if (size >= sources.length) {
          sources = Arrays.copyOf(sources, p.length);
        }
        sources[size] = source;
      }
    }
    size++;
  }

  /**
   * Says where the values of the next params come from (a {@link ShapeCache#source}), so that the
   * shape cache can fill the params of the same shape without rendering.
   */
  public void from(int source) {
    this.source = source;
  }

  /** The source of each param, in text order (0 where the render pass did not say). */
  public int[] sources() {
    return sources.length == size ? sources : Arrays.copyOf(sources, size);
  }

  /** Notes a call of a function whose result differs on each call, such as now(). */
  public void nonDeterministicCall() {
    nonDeterministic = true;
  }

  /** True if the text calls a function such as now() or uuid(): a retry would write another value. */
  public boolean hasNonDeterministicCall() {
    return nonDeterministic;
  }

  /** The number of params so far: the index the next marker's value will have. */
  public int size() {
    return size;
  }

  /**
   * Notes that {@code column} is bound by equality to the marker whose value is at {@code index}
   * (a function call, whose value only the server knows, is no binding: its caller says none).
   */
  public void markerBinding(String column, int index) {
    if (params != null && inWhereClause) {
      addBinding(column, index, null);
    }
  }

  /** Notes that {@code column} is bound by equality to a literal, kept as is. */
  public void literalBinding(String column, @CheckForNull Object literal) {
    if (params != null && inWhereClause) {
      addBinding(column, -1, literal);
    }
  }

  private void addBinding(String column, int index, @CheckForNull Object literal) {
    if (bindings == bindingColumns.length) {
      int capacity = Math.max(4, bindings * 2);
      bindingColumns = Arrays.copyOf(bindingColumns, capacity);
      bindingIndexes = Arrays.copyOf(bindingIndexes, capacity);
    }
    if (index < 0) {
      bindingLiterals = Arrays.copyOf(bindingLiterals, bindingColumns.length);
      bindingLiterals[bindings] = literal;
    }
    bindingColumns[bindings] = column;
    bindingIndexes[bindings] = index;
    bindings++;
  }

  /** Marks the start of the IF clause: relations rendered from here on are conditions. */
  public void conditionsFollow() {
    inWhereClause = false;
  }

  /** Sets every binding at once (an INSERT's columns, already in arrays of the right size). */
  public void bindings(String[] columns, int[] indexes, Object[] literals) {
    bindingColumns = columns;
    bindingIndexes = indexes;
    bindingLiterals = literals;
    bindings = columns.length;
  }

  /**
   * Notes the markers of the relation rendered since param {@code firstParam} and text position
   * {@code textStart}, so that a bind can refuse a null or UNSET for them: every marker of a WHERE
   * relation, or the last of an IF condition (its right side, when the caller knows it is one).
   *
   * @param column the relation's column, or null (a token, tuple or element)
   * @param operator the relation's operator (its ordinal)
   */
  public void relationMarkers(
      int firstParam,
      int textStart,
      @CheckForNull String column,
      int operator,
      boolean condition) {
    Object[] p = params;
    if (p == null) {
      return;
    }
    String relation = null;
    int from = condition ? Math.max(firstParam, size - 1) : firstParam;
    for (int i = from; i < size; i++) {
      if (p[i] != UNBOUND) {
        continue; // a value, checked at its step
      }
      if (relationMarkers == null) {
        relationMarkers = ImmutableList.builder();
      }
      relation = relation != null ? relation : sb.substring(textStart);
      relationMarkers.add(new RelationMarker(i, relation, column, operator, condition));
    }
  }

  /** Notes a column the WHERE clause restricts with IN. */
  public void inColumn(String column) {
    if (params == null || !inWhereClause) {
      return;
    }
    if (inColumns == null) {
      inColumns = ImmutableSet.builder();
    }
    inColumns.add(column);
  }

  /**
   * The shape of what was rendered, with its {@code USING TIMEOUT} term's text (or null).
   *
   * @throws IllegalStateException if named and positional markers are mixed
   */
  public Shape shape(
      StatementKind kind,
      Target target,
      ConditionKind condition,
      boolean counter,
      boolean ttl,
      boolean timestamp,
      boolean idempotent,
      @CheckForNull String timeout) {
    String cql = sb.toString();
    if (namedMarkers != 0 && (positionalMarkers != 0 || values != 0)) {
      throw new IllegalStateException(
          String.format(
              "cannot mix named markers (%s) with positional ones (%s ? from marker() or plain"
                  + " values) in one statement: %s. Give every value as marker(\"name\") (or"
                  + " literal(...)), or use positional markers only",
              namedMarkers, positionalMarkers + values, cql));
    }
    return new Shape(
        cql,
        kind,
        target.keyspace,
        target.table,
        condition,
        counter,
        ttl,
        timestamp,
        idempotent,
        namedMarkers == 0
            ? ImmutableList.of()
            : ImmutableList.copyOf(Arrays.asList(names).subList(0, namedMarkers)),
        trim(bindingColumns),
        bindingIndexes, // may be longer than the columns: Shape reads only its first entries
        bindingLiterals,
        inColumns == null ? ImmutableSet.of() : inColumns.build(),
        false,
        timeout,
        relationMarkers == null ? ImmutableList.of() : relationMarkers.build());
  }

  private String[] trim(String[] columns) {
    return bindings == columns.length ? columns : Arrays.copyOf(columns, bindings);
  }

  /** The params in text order, exactly one per marker. */
  public Object[] params() {
    Object[] p = params;
    return p == null || p.length == size ? p : Arrays.copyOf(p, size);
  }

  /** Markers without a value (positional and named). */
  public int unboundMarkers() {
    return positionalMarkers + namedMarkers;
  }
}
