package io.cqlkit.builder;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import com.google.errorprone.annotations.CheckReturnValue;
import io.cqlkit.builder.internal.Shape;
import io.cqlkit.builder.internal.ShapeCache;
import io.cqlkit.builder.internal.Sink;
import io.cqlkit.builder.internal.Target;
import javax.annotation.CheckForNull;

/**
 * An immutable INSERT builder. Each {@link #value} step is one small node pointing at the
 * builder before it (nothing is copied), so a partial builder can be a shared constant and a
 * long INSERT costs O(1) per column.
 *
 * <pre>{@code
 * insertInto("ks", "events").value("user_id", uid).value("ts", ts).usingTtl(60).build();
 * // INSERT INTO ks.events (user_id, ts) VALUES (?, ?) USING TTL ?   params [uid, ts, 60]
 * }</pre>
 */
@CheckReturnValue
public abstract sealed class Insert permits InsertStart, PlainInsertValue, TermInsertValue {
  /**
   * The param indexes {@code 0, 1, 2...}: the bindings of an INSERT whose values are all single
   * markers share it instead of allocating their own (a Shape reads only the first n entries).
   */
  private static final int[] IDENTITY = new int[64];

  static {
    for (int i = 0; i < IDENTITY.length; i++) {
      IDENTITY[i] = i;
    }
  }

  private static final Object[] NO_LITERALS = new Object[0];

  /** {@code MARKERS[n]} is {@code "?, ?, ..."} with n markers: the VALUES text of n bound values. */
  private static final String[] MARKERS = new String[IDENTITY.length + 1];

  static {
    MARKERS[0] = "";
    for (int n = 1; n < MARKERS.length; n++) {
      MARKERS[n] = n == 1 ? "?" : MARKERS[n - 1] + ", ?";
    }
  }

  final InsertClauses options;
  /** The builder before the last {@link #value} step: the columns form a chain, newest first. */
  @CheckForNull final Insert previous;

  @CheckForNull final String column;
  final int size;

  Insert(InsertClauses options, @CheckForNull Insert previous, @CheckForNull String column, int size) {
    this.options = options;
    this.previous = previous;
    this.column = column;
    this.size = size;
  }

  static Insert into(Target target) {
    return new InsertStart(new InsertClauses(target, null, false, null, null));
  }

  /** One column and its value: a plain value is bound as {@code ?}; a {@link Term} renders itself. */
  public Insert value(String column, Object value) {
    String name = CqlIdentifier.checkName(column, "column");
    return value instanceof Term
        ? new TermInsertValue(options, this, name, (Term) value, size + 1)
        : new PlainInsertValue(options, this, name, Term.checkPlain(value), size + 1);
  }

  /**
   * {@code INSERT INTO t JSON ?}: the whole row as one JSON string, instead of value(...) steps.
   *
   * @throws IllegalArgumentException if {@code json} is a Term other than a marker or a string
   *     literal (the only forms CQL takes after JSON)
   */
  public Insert json(Object json) {
    Term term = Term.of(json);
    checkArgument(
        term.isSingleMarker() || (term.isLiteral() && term.literalValue() instanceof CharSequence),
        "json(...) takes the row as a JSON string (bound as ?), a marker or a string literal, not"
            + " %s: pass the JSON text",
        term);
    InsertClauses o = options;
    return withOptions(new InsertClauses(o.target, term, o.ifNotExists, o.ttl, o.timestamp));
  }

  /** {@code IF NOT EXISTS}: insert only if the row does not exist (a lightweight transaction). */
  public Insert ifNotExists() {
    InsertClauses o = options;
    return withOptions(new InsertClauses(o.target, o.json, true, o.ttl, o.timestamp));
  }

  /** {@code USING TTL ?}: the values expire after this many seconds (0: never). */
  public Insert usingTtl(int seconds) {
    return usingTtl(Clauses.ttl(seconds));
  }

  /** {@code USING TTL ?} with a marker or other term. */
  public Insert usingTtl(Term seconds) {
    InsertClauses o = options;
    return withOptions(
        new InsertClauses(o.target, o.json, o.ifNotExists, Clauses.ttl(seconds), o.timestamp));
  }

  /** {@code USING TIMESTAMP ?}: the write time, in microseconds since the epoch. */
  public Insert usingTimestamp(long micros) {
    return usingTimestamp(Term.of(micros));
  }

  /** {@code USING TIMESTAMP ?} with a marker or other term. */
  public Insert usingTimestamp(Term micros) {
    InsertClauses o = options;
    return withOptions(
        new InsertClauses(o.target, o.json, o.ifNotExists, o.ttl, Clauses.intValue(micros, "the timestamp")));
  }

  /**
   * The statement.
   *
   * @throws IllegalStateException if it has no values, a column twice, both JSON and values, IF
   *     NOT EXISTS with USING TIMESTAMP, or a marker without a value
   */
  public CqlStatement build() {
    CqlStatement cached = buildFromCachedShape();
    if (cached != null) {
      return cached;
    }
    Sink sink = render();
    Shape shape = shape(sink);
    CqlStatement statement = CqlStatement.rendered(sink, shape);
    int hash = options.shapeKey >= 0 ? cacheHash() : 0;
    if (hash != 0) {
      ShapeCache.Columns.remember(hash, options.shapeKey, options.target, shape);
    }
    return statement;
  }

  /** A template to bind many times: the text is rendered once, each bind only copies values. */
  public CqlTemplate template() {
    Sink sink = render();
    return CqlTemplate.rendered(sink, shape(sink));
  }

  /** This same step with other options. */
  abstract Insert withOptions(InsertClauses changed);

  /** Renders this step's value (a value step only). */
  abstract void renderValue(Sink sink);

  /** This step's value as a term, for the rare paths (literals, function calls). */
  abstract Term valueTerm();

  abstract int paramCount();

  /** True for a plain value, bound as {@code ?}. */
  abstract boolean isPlain();

  /** The plain value of a {@link #isPlain()} step. */
  @CheckForNull
  abstract Object plainValue();

  private Sink render() {
    InsertClauses o = options;
    checkState(
        size > 0 || o.json != null,
        "INSERT INTO %s has no values: add value(column, value) for each column, or json(...)",
        o.target);
    checkState(
        size == 0 || o.json == null,
        "INSERT INTO %s has both json(...) and value(...) steps: a JSON insert takes the whole"
            + " row as one JSON string; use one or the other",
        o.target);
    Clauses.checkNoTimestampIfConditional(
        "INSERT INTO",
        o.target,
        o.ifNotExists ? ConditionKind.IF_NOT_EXISTS : ConditionKind.NONE,
        o.timestamp);

    Insert[] steps = new Insert[size];
    String[] columns = new String[size];
    int params = Clauses.count(o.ttl) + Clauses.count(o.timestamp) + Clauses.count(o.json);
    int length = 40 + o.target.length();
    Insert node = this;
    for (int i = size - 1; i >= 0; i--, node = node.previous) {
      steps[i] = node;
      columns[i] = node.column;
      params += node.paramCount();
      length += node.column.length() + 5;
    }
    checkNoDuplicate(columns);

    Sink sink = Sink.forStatement(length, params);
    StringBuilder sb = sink.sb;
    sb.append("INSERT INTO ");
    o.target.appendTo(sb);
    if (o.json != null) {
      sb.append(" JSON ");
      o.json.render(sink);
    } else {
      renderValues(sink, columns, steps);
    }
    if (o.ifNotExists) {
      sb.append(" IF NOT EXISTS");
    }
    Clauses.using(sink, o.ttl, o.timestamp);
    return sink;
  }

  /** {@code (c1, c2) VALUES (?, ?)}, noting each column's binding on the way. */
  private static void renderValues(Sink sink, String[] columns, Insert[] steps) {
    StringBuilder sb = sink.sb;
    sb.append(" (");
    for (int i = 0; i < columns.length; i++) {
      if (i > 0) {
        sb.append(',').append(' ');
      }
      CqlIdentifier.appendName(sb, columns[i]);
    }
    sb.append(") VALUES (");
    int plain = 0;
    for (Insert step : steps) {
      plain += step.isPlain() ? 1 : 0;
    }
    if (plain == steps.length && plain <= IDENTITY.length) {
      // The common case: every value bound. One append for the markers; column i is param i.
      sb.append(MARKERS[plain]);
      for (Insert step : steps) {
        sink.bound(step.plainValue());
      }
      sink.bindings(columns, IDENTITY, NO_LITERALS);
    } else {
      renderTerms(sink, columns, steps);
    }
    sb.append(')');
  }

  private static void renderTerms(Sink sink, String[] columns, Insert[] steps) {
    for (int i = 0; i < steps.length; i++) {
      if (i > 0) {
        sink.sb.append(", ");
      }
      int index = sink.size();
      steps[i].renderValue(sink);
      steps[i].valueTerm().noteBinding(sink, columns[i], index);
    }
  }

  /**
   * Fails on a column given twice. A 64-bit mask of hash bits filters out almost every pair, so
   * columns are compared only when their bits collide: far cheaper than comparing every pair.
   */
  private void checkNoDuplicate(String[] columns) {
    long seen = 0;
    for (int i = 0; i < columns.length; i++) {
      String c = columns[i];
      int hash = c.hashCode();
      long bit = 1L << ((hash * 0x9E3779B9) >>> 26);
      if ((seen & bit) != 0) {
        for (int j = 0; j < i; j++) {
          if (columns[j].hashCode() == hash && columns[j].equals(c)) {
            throw duplicate(c);
          }
        }
      }
      seen |= bit;
    }
  }

  private IllegalStateException duplicate(String column) {
    return new IllegalStateException(
        String.format(
            "INSERT INTO %s sets column %s twice: give each column one value(...)",
            options.target, CqlIdentifier.of(column)));
  }

  private Shape shape(Sink sink) {
    InsertClauses o = options;
    return sink.shape(
        StatementKind.INSERT,
        o.target,
        o.ifNotExists ? ConditionKind.IF_NOT_EXISTS : ConditionKind.NONE,
        false,
        o.ttl != null,
        o.timestamp != null,
        !o.ifNotExists && !sink.hasNonDeterministicCall());
  }

  /**
   * The hash of what the text depends on when every value is plain (table, options, columns), or
   * 0 when a value is not plain.
   */
  private int cacheHash() {
    int hash = options.target.hash * 31 + options.shapeKey;
    for (Insert node = this; node.column != null; node = node.previous) {
      if (!node.isPlain()) {
        return 0;
      }
      hash = hash * 31 + node.column.hashCode();
    }
    return hash == 0 ? 1 : hash;
  }

  /**
   * The statement from the shape of an earlier INSERT with the same table, columns and options,
   * when every value is plain: the text depends only on those, so the statement needs only its
   * params (no rendering, no checks: the shape passed them). Null when there is no such shape.
   */
  @CheckForNull
  private CqlStatement buildFromCachedShape() {
    InsertClauses o = options;
    if (o.shapeKey < 0 || size == 0 || size > IDENTITY.length) {
      return null;
    }
    int hash = cacheHash();
    if (hash == 0) {
      return null;
    }
    ShapeCache.Columns cached = ShapeCache.Columns.find(hash);
    if (cached == null || cached.key != o.shapeKey || !cached.target.sameAs(o.target)) {
      return null;
    }
    String[] columns = cached.shape.bindingColumns;
    if (columns.length != size) {
      return null;
    }
    int extra = (o.ttl == null ? 0 : 1) + (o.timestamp == null ? 0 : 1);
    Object[] params = new Object[size + extra];
    Insert node = this;
    for (int i = size - 1; i >= 0; i--, node = node.previous) {
      String column = columns[i];
      if (column != node.column && !column.equals(node.column)) {
        return null;
      }
      params[i] = node.plainValue();
    }
    int at = size;
    if (o.ttl != null) {
      params[at++] = o.ttl.plainValue();
    }
    if (o.timestamp != null) {
      params[at] = o.timestamp.plainValue();
    }
    return new CqlStatement(cached.shape, params);
  }

  /** The text so far, for debugging; {@link #build()} checks that the statement is complete. */
  @Override
  public String toString() {
    Insert[] steps = new Insert[size];
    String[] columns = new String[size];
    Insert node = this;
    for (int i = size - 1; i >= 0; i--, node = node.previous) {
      steps[i] = node;
      columns[i] = node.column;
    }
    Sink sink = Sink.textOnly(new StringBuilder());
    sink.sb.append("INSERT INTO ");
    options.target.appendTo(sink.sb);
    renderValues(sink, columns, steps);
    return sink.sb.toString();
  }
}
