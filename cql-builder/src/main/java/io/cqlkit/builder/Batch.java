package io.cqlkit.builder;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static com.google.common.base.Strings.lenientFormat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.errorprone.annotations.CheckReturnValue;
import io.cqlkit.builder.internal.Shape;
import javax.annotation.CheckForNull;

/**
 * An immutable builder of a LOGGED, UNLOGGED or COUNTER batch of INSERT, UPDATE and DELETE
 * statements. Adding a statement is O(1); building keeps the statements as
 * {@link CqlStatement#children()} (so an executor can send a protocol batch) and renders the
 * batch text only when {@link CqlStatement#cql()} is first asked for.
 *
 * <pre>{@code
 * unloggedBatch().usingTimestamp(ts).add(update).add(delete).build();
 * // BEGIN UNLOGGED BATCH USING TIMESTAMP ?
 * //   UPDATE ks.t SET a = ? WHERE pk = ? AND ck = ?;
 * //   DELETE FROM ks.t WHERE pk = ?;
 * // APPLY BATCH                              params [ts, a, pk, ck, pk]
 * }</pre>
 *
 * <p>The build checks the rules a server would reject (cql-rules.md 1-3, 6, 7): only
 * modifications, counter updates only in counter or unlogged batches and never next to other
 * statements, and a batch timestamp only on a batch that is neither conditional nor counter and
 * whose statements carry none of their own.
 */
@CheckReturnValue
public final class Batch {
  /** The native protocol's limit on statements in one batch. */
  static final int MAX_STATEMENTS = 65_535;

  private static final String[] NO_COLUMNS = new String[0];
  private static final int[] NO_INDEXES = new int[0];
  private static final Object[] NO_VALUES = new Object[0];

  private final BatchType type;
  @CheckForNull private final Long timestamp;
  /**
   * The statements form a persistent list, newest first: this builder's last added statement (null
   * for an empty batch) and the builder it was added to, so an add is one small object.
   */
  @CheckForNull private final CqlStatement statement;

  @CheckForNull private final Batch previous;
  private final int size;

  private Batch(
      BatchType type,
      @CheckForNull Long timestamp,
      @CheckForNull CqlStatement statement,
      @CheckForNull Batch previous,
      int size) {
    this.type = type;
    this.timestamp = timestamp;
    this.statement = statement;
    this.previous = previous;
    this.size = size;
  }

  static Batch of(BatchType type) {
    checkArgument(type != null, "a batch needs a type: LOGGED, UNLOGGED or COUNTER");
    return new Batch(type, null, null, null, 0);
  }

  /**
   * Adds a statement after those added before.
   *
   * @throws IllegalArgumentException if it is not an INSERT, UPDATE or DELETE, or uses named
   *     markers
   */
  public Batch add(CqlStatement statement) {
    checkArgument(statement != null, "a batch statement must not be null");
    int index = size;
    // Plain ifs rather than checkArgument: its varargs would box the index on every add.
    if (!statement.kind().isModification()) {
      throw new IllegalArgumentException(
          lenientFormat(
              "statement %s of the batch is a %s: a batch holds only INSERT, UPDATE and DELETE"
                  + " statements; execute it on its own: %s",
              index,
              statement.kind(),
              statement.cql()));
    }
    if (statement.hasNamedMarkers()) {
      throw new IllegalArgumentException(
          lenientFormat(
              "statement %s of the batch uses named markers %s, which a protocol batch cannot"
                  + " carry: build it with positional markers or plain values: %s",
              index,
              statement.markerNames(),
              statement.cql()));
    }
    return new Batch(type, timestamp, statement, this, size + 1);
  }

  /** Adds each statement, in order. */
  public Batch addAll(Iterable<CqlStatement> statements) {
    checkArgument(statements != null, "addAll(...) needs the statements to add");
    Batch batch = this;
    for (CqlStatement statement : statements) {
      batch = batch.add(statement);
    }
    return batch;
  }

  /** {@code USING TIMESTAMP ?} for every statement of the batch, in microseconds since the epoch. */
  public Batch usingTimestamp(long micros) {
    return new Batch(type, micros, statement, previous, size);
  }

  /**
   * The batch statement.
   *
   * @throws IllegalStateException if it is empty, too large, or breaks a counter or timestamp rule
   */
  public CqlStatement build() {
    checkState(size > 0, "the %s batch is empty: add(...) at least one statement", type);
    checkState(
        size <= MAX_STATEMENTS,
        "the batch holds %s statements, but the native protocol allows at most %s: split it",
        size,
        MAX_STATEMENTS);
    CqlStatement[] children = new CqlStatement[size];
    for (Batch b = this; b.statement != null; b = b.previous) {
      children[b.size - 1] = b.statement;
    }
    int params = timestamp == null ? 0 : 1;
    boolean conditional = false;
    boolean counter = false;
    boolean idempotent = true;
    for (int i = 0; i < children.length; i++) {
      CqlStatement child = children[i];
      checkChild(i, child, children[0].isCounter());
      params += child.paramCount();
      conditional |= child.isConditional();
      counter |= child.isCounter();
      idempotent &= child.isIdempotent();
    }
    if (timestamp != null) {
      checkState(
          !conditional,
          "a conditional batch cannot carry USING TIMESTAMP (Cassandra: \"Cannot provide custom"
              + " timestamp for conditional BATCH\"): remove usingTimestamp(...)");
      checkState(
          type != BatchType.COUNTER,
          "a COUNTER batch cannot carry USING TIMESTAMP (Cassandra: \"Cannot provide custom"
              + " timestamp for counter BATCH\"): remove usingTimestamp(...)");
    }
    Object[] values = new Object[params];
    int at = 0;
    if (timestamp != null) {
      values[at++] = timestamp;
    }
    for (CqlStatement child : children) {
      Object[] own = child.paramArray();
      System.arraycopy(own, 0, values, at, own.length);
      at += own.length;
    }
    Shape shape =
        new Shape(
            null,
            StatementKind.BATCH,
            null,
            null,
            conditional ? ConditionKind.IF_CONDITIONS : ConditionKind.NONE,
            counter,
            false,
            timestamp != null,
            idempotent,
            ImmutableList.of(),
            NO_COLUMNS,
            NO_INDEXES,
            NO_VALUES,
            ImmutableSet.of());
    return new CqlStatement(shape, values, children, type);
  }

  /** Plain ifs rather than checkState: its arguments would be boxed and built for each child. */
  private void checkChild(int index, CqlStatement child, boolean firstIsCounter) {
    boolean counter = child.isCounter();
    if (type == BatchType.COUNTER) {
      if (!counter) {
        throw childError(
            "statement %s of the COUNTER batch is not a counter update (Cassandra: \"Cannot"
                + " include non-counter statement in a counter batch\"); put it in another batch:"
                + " %s",
            index,
            child.cql());
      }
    } else if (type == BatchType.LOGGED) {
      if (counter) {
        throw childError(
            "statement %s of the LOGGED batch is a counter update (Cassandra: \"Cannot include a"
                + " counter statement in a logged batch\"); use counterBatch(): %s",
            index,
            child.cql());
      }
    } else if (counter != firstIsCounter) {
      throw childError(
          "statement %s of the UNLOGGED batch %s while the first %s (Cassandra: \"Counter and"
              + " non-counter mutations cannot exist in the same batch\"); use two batches: %s",
          index,
          counter ? "is a counter update" : "is not a counter update",
          firstIsCounter ? "is one" : "is not",
          child.cql());
    }
    if (timestamp != null && child.hasTimestamp()) {
      throw childError(
          "statement %s carries its own USING TIMESTAMP while the batch has one (Cassandra:"
              + " \"Timestamp must be set either on BATCH or individual statements\"): remove"
              + " one: %s",
          index,
          child.cql());
    }
  }

  private static IllegalStateException childError(String template, Object... args) {
    return new IllegalStateException(lenientFormat(template, args));
  }

  @Override
  public String toString() {
    return "Batch{" + type + ", " + size + " statements}";
  }
}
