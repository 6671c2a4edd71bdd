package io.cqlkit.builder;

import static com.google.common.base.Preconditions.checkState;

import com.google.errorprone.annotations.CheckReturnValue;
import java.util.HashSet;
import java.util.Set;
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
public final class Insert {
  /** Above this many columns the duplicate check uses a hash set instead of comparing pairs. */
  private static final int PAIRWISE_CHECK_LIMIT = 32;

  private static final Object[] NO_LITERALS = new Object[0];

  private final Options options;
  /** The builder before the last {@link #value} step: the columns form a chain, newest first. */
  @CheckForNull private final Insert previous;

  @CheckForNull private final String column;
  @CheckForNull private final Term value;
  private final int size;

  private Insert(
      Options options,
      @CheckForNull Insert previous,
      @CheckForNull String column,
      @CheckForNull Term value,
      int size) {
    this.options = options;
    this.previous = previous;
    this.column = column;
    this.value = value;
    this.size = size;
  }

  static Insert into(Target target) {
    return new Insert(new Options(target, null, false, null, null), null, null, null, 0);
  }

  /** One column and its value: a plain value is bound as {@code ?}; a {@link Term} renders itself. */
  public Insert value(String column, Object value) {
    return new Insert(
        options, this, CqlIdentifier.checkName(column, "column"), Term.of(value), size + 1);
  }

  /** {@code INSERT INTO t JSON ?}: the whole row as one JSON string, instead of value(...) steps. */
  public Insert json(Object json) {
    Options o = options;
    return with(new Options(o.target, Term.of(json), o.ifNotExists, o.ttl, o.timestamp));
  }

  /** {@code IF NOT EXISTS}: insert only if the row does not exist (a lightweight transaction). */
  public Insert ifNotExists() {
    Options o = options;
    return with(new Options(o.target, o.json, true, o.ttl, o.timestamp));
  }

  /** {@code USING TTL ?}: the values expire after this many seconds (0: never). */
  public Insert usingTtl(int seconds) {
    return usingTtl(Clauses.ttl(seconds));
  }

  /** {@code USING TTL ?} with a marker or other term. */
  public Insert usingTtl(Term seconds) {
    Options o = options;
    return with(
        new Options(o.target, o.json, o.ifNotExists, Clauses.term(seconds, "the TTL"), o.timestamp));
  }

  /** {@code USING TIMESTAMP ?}: the write time, in microseconds since the epoch. */
  public Insert usingTimestamp(long micros) {
    return usingTimestamp(Term.of(micros));
  }

  /** {@code USING TIMESTAMP ?} with a marker or other term. */
  public Insert usingTimestamp(Term micros) {
    Options o = options;
    return with(
        new Options(o.target, o.json, o.ifNotExists, o.ttl, Clauses.term(micros, "the timestamp")));
  }

  /**
   * The statement.
   *
   * @throws IllegalStateException if it has no values, a column twice, both JSON and values, IF
   *     NOT EXISTS with USING TIMESTAMP, or a marker without a value
   */
  public CqlStatement build() {
    Sink sink = render();
    return sink.statement(shape(sink));
  }

  /** A template to bind many times: the text is rendered once, each bind only copies values. */
  public CqlTemplate template() {
    Sink sink = render();
    return sink.template(shape(sink));
  }

  private Insert with(Options changed) {
    return new Insert(changed, previous, column, value, size);
  }

  private Sink render() {
    Options o = options;
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

    String[] columns = new String[size];
    Term[] values = new Term[size];
    int params = Clauses.count(o.ttl) + Clauses.count(o.timestamp) + Clauses.count(o.json);
    int length = 40 + o.target.length();
    Insert node = this;
    for (int i = size - 1; i >= 0; i--, node = node.previous) {
      columns[i] = node.column;
      values[i] = node.value;
      params += node.value.paramCount();
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
      renderValues(sink, columns, values);
    }
    if (o.ifNotExists) {
      sb.append(" IF NOT EXISTS");
    }
    Clauses.using(sink, o.ttl, o.timestamp);
    return sink;
  }

  /** {@code (c1, c2) VALUES (?, ?)}, noting each column's binding on the way. */
  private static void renderValues(Sink sink, String[] columns, Term[] values) {
    StringBuilder sb = sink.sb;
    sb.append(" (");
    for (int i = 0; i < columns.length; i++) {
      if (i > 0) {
        sb.append(", ");
      }
      CqlIdentifier.appendName(sb, columns[i]);
    }
    sb.append(") VALUES (");
    int[] indexes = new int[columns.length];
    Object[] literals = NO_LITERALS;
    boolean allBound = true;
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        sb.append(", ");
      }
      Term value = values[i];
      int index = sink.size();
      value.render(sink);
      if (value.isSingleMarker()) {
        indexes[i] = index;
      } else {
        indexes[i] = -1;
        if (value.isLiteral()) {
          if (literals == NO_LITERALS) {
            literals = new Object[columns.length];
          }
          literals[i] = value.literalValue();
        } else {
          allBound = false; // a function call: only the server knows the value
        }
      }
    }
    sb.append(')');
    if (allBound) {
      sink.bindings(columns, indexes, literals);
    } else {
      for (int i = 0; i < columns.length; i++) {
        if (indexes[i] >= 0 || values[i].isLiteral()) {
          sink.binding(columns[i], values[i], indexes[i]);
        }
      }
    }
  }

  private void checkNoDuplicate(String[] columns) {
    if (columns.length <= PAIRWISE_CHECK_LIMIT) {
      for (int i = 1; i < columns.length; i++) {
        String c = columns[i];
        int hash = c.hashCode();
        for (int j = 0; j < i; j++) {
          if (columns[j].hashCode() == hash && columns[j].equals(c)) {
            throw duplicate(c);
          }
        }
      }
    } else {
      Set<String> seen = new HashSet<>(columns.length * 2);
      for (String c : columns) {
        if (!seen.add(c)) {
          throw duplicate(c);
        }
      }
    }
  }

  private IllegalStateException duplicate(String column) {
    return new IllegalStateException(
        String.format(
            "INSERT INTO %s sets column %s twice: give each column one value(...)",
            options.target, CqlIdentifier.of(column)));
  }

  private Shape shape(Sink sink) {
    Options o = options;
    boolean deterministic = o.json == null || o.json.isDeterministic();
    for (Insert node = this; node.column != null && deterministic; node = node.previous) {
      deterministic = node.value.isDeterministic();
    }
    return sink.shape(
        StatementKind.INSERT,
        o.target,
        o.ifNotExists ? ConditionKind.IF_NOT_EXISTS : ConditionKind.NONE,
        false,
        o.ttl != null,
        o.timestamp != null,
        deterministic && !o.ifNotExists);
  }

  /** The options of the statement, shared by every value step after they are set. */
  private static final class Options {
    final Target target;
    @CheckForNull final Term json;
    final boolean ifNotExists;
    @CheckForNull final Term ttl;
    @CheckForNull final Term timestamp;

    Options(
        Target target,
        @CheckForNull Term json,
        boolean ifNotExists,
        @CheckForNull Term ttl,
        @CheckForNull Term timestamp) {
      this.target = target;
      this.json = json;
      this.ifNotExists = ifNotExists;
      this.ttl = ttl;
      this.timestamp = timestamp;
    }
  }

  /** The text so far, for debugging; {@link #build()} checks that the statement is complete. */
  @Override
  public String toString() {
    String[] columns = new String[size];
    Term[] values = new Term[size];
    Insert node = this;
    for (int i = size - 1; i >= 0; i--, node = node.previous) {
      columns[i] = node.column;
      values[i] = node.value;
    }
    Sink sink = Sink.textOnly(new StringBuilder());
    sink.sb.append("INSERT INTO ");
    options.target.appendTo(sink.sb);
    renderValues(sink, columns, values);
    return sink.sb.toString();
  }
}
