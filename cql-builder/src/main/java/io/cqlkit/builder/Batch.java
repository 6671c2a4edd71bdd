package io.cqlkit.builder;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.errorprone.annotations.CheckReturnValue;
import io.cqlkit.builder.internal.Shape;
import io.cqlkit.builder.rules.CqlRuleViolationException;
import io.cqlkit.builder.rules.CqlValidator;
import java.util.Arrays;
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
 * <p>The build checks, through the rule engine ({@link CqlValidator}), the batch rules that hold
 * however the batch is sent and need no schema: only modifications, counter updates only in
 * counter or unlogged batches and never next to other statements. The rules that depend on the transport (a batch timestamp in the text, the protocol's
 * statement limit, values bound by name) or on the schema are checked by the executor engine.
 */
@CheckReturnValue
public final class Batch {
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
   * @throws CqlRuleViolationException if it is not an INSERT, UPDATE or DELETE
   */
  public Batch add(CqlStatement statement) {
    checkArgument(statement != null, "a batch statement must not be null");
    CqlValidator.checkBatchStatement(size, statement);
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
   * @throws IllegalStateException if it is empty
   * @throws CqlRuleViolationException if it breaks a counter rule
   */
  public CqlStatement build() {
    checkState(size > 0, "the %s batch is empty: add(...) at least one statement", type);
    CqlStatement[] children = new CqlStatement[size];
    for (Batch b = this; b.statement != null; b = b.previous) {
      children[b.size - 1] = b.statement;
    }
    int params = timestamp == null ? 0 : 1;
    boolean conditional = false;
    boolean counter = false;
    boolean idempotent = true;
    CqlValidator.checkBatchAtBuild(type, Arrays.asList(children));
    for (int i = 0; i < children.length; i++) {
      CqlStatement child = children[i];
      params += child.paramCount();
      conditional |= child.isConditional();
      counter |= child.isCounter();
      idempotent &= child.isIdempotent();
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

  @Override
  public String toString() {
    return "Batch{" + type + ", " + size + " statements}";
  }
}
