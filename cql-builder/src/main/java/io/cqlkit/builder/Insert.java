package io.cqlkit.builder;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import com.google.errorprone.annotations.CheckReturnValue;
import io.cqlkit.builder.internal.Part;
import io.cqlkit.builder.internal.Shape;
import io.cqlkit.builder.internal.ShapeCache;
import io.cqlkit.builder.internal.Sink;
import io.cqlkit.builder.internal.Target;
import java.time.Duration;
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
  final InsertClauses options;

  /** The builder before the last {@link #value} step: the columns form a chain, newest first. */
  @CheckForNull final Insert previous;

  @CheckForNull final String column;

  /**
   * The hash of the columns up to this step when every value is plain (never 0), or 0 when a
   * value is not plain: computed by the step in O(1), so a build finds its shape key without a
   * walk. It takes the place a column count would: the count is walked on the render path only.
   */
  final int columnsHash;

  Insert(
      InsertClauses options,
      @CheckForNull Insert previous,
      @CheckForNull String column,
      int columnsHash) {
    this.options = options;
    this.previous = previous;
    this.column = column;
    this.columnsHash = columnsHash;
  }

  static Insert into(Target target) {
    return new InsertStart(new InsertClauses(target, null, false, null, null));
  }

  /** One column and its value: a plain value is bound as {@code ?}; a {@link Term} renders itself. */
  public Insert value(String column, Object value) {
    String name = CqlIdentifier.checkName(column, "column");
    return value instanceof Term
        ? new TermInsertValue(options, this, name, (Term) value, 0)
        : new PlainInsertValue(options, this, name, Term.checkPlain(value), plainHash(name));
  }

  /** The columns hash of a plain value step for {@code name} after this step. */
  private int plainHash(String name) {
    if (columnsHash == 0) {
      return 0;
    }
    int hash = columnsHash * 31 + name.hashCode();
    return hash == 0 ? 1 : hash;
  }

  /** The number of value steps (a walk: the render path's). */
  final int size() {
    int n = 0;
    for (Insert node = this; node.column != null; node = node.previous) {
      n++;
    }
    return n;
  }

  /**
   * {@code INSERT INTO t JSON ?}: the whole row as one JSON string, instead of value(...) steps.
   *
   * @throws IllegalArgumentException if {@code json} is null or UNSET, a value other than a
   *     String, or a Term other than a marker or a string literal (the only forms CQL takes after
   *     JSON)
   */
  public Insert json(Object json) {
    checkArgument(
        json != null && json != Unset.UNSET,
        "json(%s): a JSON insert needs the row (the server refuses null: \"Got null for INSERT JSON"
            + " values\"); pass the JSON text, or marker() to bind it later",
        json == null ? "null" : "UNSET");
    Term term = Term.of(json);
    checkArgument(
        term.isPlain()
            ? json instanceof String
            : term.isSingleMarker()
                || (term.isLiteral() && term.literalValue() instanceof CharSequence),
        "json(...) takes the row as a JSON string (bound as ?), a marker or a string literal, not"
            + " %s: pass the JSON text",
        term.isPlain() ? MessageValues.describe(json) : term);
    InsertClauses o = options;
    return withOptions(
        new InsertClauses(
            o.target, term, o.ifNotExists, o.ttl, o.timestamp, o.jsonDefault, o.timeout));
  }

  /**
   * {@code JSON ? DEFAULT NULL}: the columns the JSON leaves out are set to null (what a JSON
   * insert does without a DEFAULT clause, said explicitly).
   */
  public Insert defaultNull() {
    return jsonDefault(InsertClauses.DEFAULT_NULL);
  }

  /** {@code JSON ? DEFAULT UNSET}: the columns the JSON leaves out keep their values. */
  public Insert defaultUnset() {
    return jsonDefault(InsertClauses.DEFAULT_UNSET);
  }

  private Insert jsonDefault(int jsonDefault) {
    InsertClauses o = options;
    return withOptions(
        new InsertClauses(
            o.target, o.json, o.ifNotExists, o.ttl, o.timestamp, jsonDefault, o.timeout));
  }

  /**
   * {@code USING TIMEOUT 500ms}: a per-query server-side timeout, written as a duration literal.
   * ScyllaDB only.
   */
  public Insert usingTimeout(Duration timeout) {
    return withTimeout(TermChecks.timeout(timeout));
  }

  /** {@code USING TIMEOUT ?} with a marker (bound as a CQL duration). ScyllaDB only. */
  public Insert usingTimeout(Term timeout) {
    return withTimeout(TermChecks.timeoutMarker(timeout));
  }

  private Insert withTimeout(Term timeout) {
    InsertClauses o = options;
    return withOptions(
        new InsertClauses(
            o.target, o.json, o.ifNotExists, o.ttl, o.timestamp, o.jsonDefault, timeout));
  }

  /** {@code IF NOT EXISTS}: insert only if the row does not exist (a lightweight transaction). */
  public Insert ifNotExists() {
    InsertClauses o = options;
    return withOptions(
        new InsertClauses(o.target, o.json, true, o.ttl, o.timestamp, o.jsonDefault, o.timeout));
  }

  /** {@code USING TTL ?}: the values expire after this many seconds (0: never). */
  public Insert usingTtl(int seconds) {
    return withTtl(TermChecks.ttl(seconds));
  }

  /** {@code USING TTL ?} with a marker or other term. */
  public Insert usingTtl(Term seconds) {
    return withTtl(TermChecks.ttl(seconds));
  }

  private Insert withTtl(Term checked) {
    InsertClauses o = options;
    return withOptions(
        new InsertClauses(
            o.target, o.json, o.ifNotExists, checked, o.timestamp, o.jsonDefault, o.timeout));
  }

  /** {@code USING TIMESTAMP ?}: the write time, in microseconds since the epoch. */
  public Insert usingTimestamp(long micros) {
    return withTimestamp(Term.of(micros)); // a long: nothing to check
  }

  /** {@code USING TIMESTAMP ?} with a marker or other term. */
  public Insert usingTimestamp(Term micros) {
    return withTimestamp(TermChecks.intValue(micros, "the timestamp"));
  }

  private Insert withTimestamp(Term checked) {
    InsertClauses o = options;
    return withOptions(
        new InsertClauses(
            o.target, o.json, o.ifNotExists, o.ttl, checked, o.jsonDefault, o.timeout));
  }

  /**
   * The statement.
   *
   * @throws IllegalStateException if it has no values, a column twice, both JSON and values, IF
   *     NOT EXISTS with USING TIMESTAMP, or a marker without a value
   */
  public CqlStatement build() {
    InsertClauses o = options;
    int hash = cacheHash();
    if (hash != 0) {
      ShapeCache.Entry cached = ShapeCache.find(hash, o.target, o.shapeKey, null);
      Object[] params = cached == null ? null : cachedParams(cached);
      if (params != null) {
        return new CqlStatement(cached.shape, params);
      }
    }
    Sink sink = render();
    Shape shape = shape(sink);
    CqlStatement statement = CqlStatement.rendered(sink, shape);
    if (hash != 0) {
      int size = size();
      int[] codes = new int[size];
      Object[] columns = new Object[size];
      Insert node = this;
      for (int i = 0; i < size; i++, node = node.previous) {
        codes[i] = Part.VALUES;
        columns[i] = node.column;
      }
      ShapeCache.remember(hash, o.target, o.shapeKey, null, codes, columns, shape, sink);
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
    int size = size();
    checkState(
        size > 0 || o.json != null,
        "INSERT INTO %s has no values: add value(column, value) for each column, or json(...)",
        o.target);
    checkState(
        size == 0 || o.json == null,
        "INSERT INTO %s has both json(...) and value(...) steps: a JSON insert takes the whole"
            + " row as one JSON string; use one or the other",
        o.target);
    checkState(
        o.jsonDefault == 0 || o.json != null,
        "INSERT INTO %s has %s without json(...): DEFAULT NULL and DEFAULT UNSET belong to a JSON"
            + " insert; call json(...) or remove the default",
        o.target,
        o.jsonDefault == InsertClauses.DEFAULT_NULL ? "defaultNull()" : "defaultUnset()");
    Clauses.checkNoTimestampIfConditional(
        "INSERT INTO",
        o.target,
        o.ifNotExists ? ConditionKind.IF_NOT_EXISTS : ConditionKind.NONE,
        o.timestamp);

    Insert[] steps = new Insert[size];
    String[] columns = new String[size];
    int params =
        Clauses.count(o.ttl)
            + Clauses.count(o.timestamp)
            + Clauses.count(o.json)
            + Clauses.count(o.timeout);
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
      if (o.jsonDefault != 0) {
        sb.append(o.jsonDefault == InsertClauses.DEFAULT_NULL ? " DEFAULT NULL" : " DEFAULT UNSET");
      }
    } else {
      InsertValues.render(sink, columns, steps);
    }
    if (o.ifNotExists) {
      sb.append(" IF NOT EXISTS");
    }
    Clauses.using(sink, o.ttl, o.timestamp, o.timeout);
    return sink;
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
        !o.ifNotExists && !sink.hasNonDeterministicCall(),
        o.timeout == null ? null : o.timeout.toString());
  }

  /**
   * The shape-key hash of an INSERT whose values are all plain (table, options, columns), or 0
   * when it has none (a value that is not plain, JSON, USING terms that are not plain).
   */
  private int cacheHash() {
    return options.shapeKey < 0 || column == null
        ? 0
        : ShapeCache.hash(columnsHash, options.target, options.shapeKey, null);
  }

  /**
   * The params of this INSERT by the plan of a cached shape of the same key, or null when its
   * columns are not this INSERT's: no rendering, no checks (the shape passed them).
   */
  @CheckForNull
  private Object[] cachedParams(ShapeCache.Entry cached) {
    InsertClauses o = options;
    Object[] params = cached.params(Clauses.plainValue(o.ttl), Clauses.plainValue(o.timestamp));
    int i = 0;
    for (Insert node = this; node.column != null; node = node.previous, i++) {
      if (!cached.putIfSame(params, i, Part.VALUES, node.column, node.plainValue())) {
        return null;
      }
    }
    return i == cached.size() ? params : null;
  }

  /** The text so far, for debugging; {@link #build()} checks that the statement is complete. */
  @Override
  public String toString() {
    int size = size();
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
    InsertValues.render(sink, columns, steps);
    return sink.sb.toString();
  }
}
