package io.cqlkit.builder;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.errorprone.annotations.CheckReturnValue;
import io.cqlkit.builder.internal.Shape;
import io.cqlkit.builder.rules.CqlRuleViolationException;
import io.cqlkit.builder.rules.CqlValidator;
import java.time.Duration;
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
 *
 * <p>ScyllaDB only: {@link #usingTimeout(Duration)} adds {@code USING TIMEOUT}, after the batch
 * timestamp ({@code BEGIN BATCH USING TIMESTAMP ? AND TIMEOUT 500ms}).
 */
@CheckReturnValue
public final class Batch {
  private static final String[] NO_COLUMNS = new String[0];
  private static final int[] NO_INDEXES = new int[0];
  private static final Object[] NO_VALUES = new Object[0];

  private final BatchType type;
  /** The batch timestamp and timeout, as set. */
  private final BatchUsing using;
  /**
   * The statements form a persistent list, newest first: this builder's last added statement (null
   * for an empty batch) and the builder it was added to, so an add is one small object.
   */
  @CheckForNull private final CqlStatement statement;

  @CheckForNull private final Batch previous;
  private final int size;

  private Batch(
      BatchType type,
      BatchUsing using,
      @CheckForNull CqlStatement statement,
      @CheckForNull Batch previous,
      int size) {
    this.type = type;
    this.using = using;
    this.statement = statement;
    this.previous = previous;
    this.size = size;
  }

  static Batch of(BatchType type) {
    checkArgument(type != null, "a batch needs a type: LOGGED, UNLOGGED or COUNTER");
    return new Batch(type, BatchUsing.NONE, null, null, 0);
  }

  /**
   * Adds a statement after those added before.
   *
   * @throws CqlRuleViolationException if it is not an INSERT, UPDATE or DELETE
   */
  public Batch add(CqlStatement statement) {
    checkArgument(statement != null, "a batch statement must not be null");
    CqlValidator.checkBatchStatement(size, statement);
    return new Batch(type, using, statement, this, size + 1);
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
    return new Batch(type, using.withTimestamp(micros), statement, previous, size);
  }

  /**
   * {@code USING TIMEOUT 500ms}: a server-side timeout for the whole batch, written as a duration
   * literal after the batch timestamp, if any. ScyllaDB only (Cassandra refuses it). A protocol
   * batch has no timeout, so the engine sends a batch with one as its text, in one statement.
   *
   * <pre>{@code
   * unloggedBatch().usingTimestamp(ts).usingTimeout(Duration.ofMillis(500)).add(update).build();
   * // BEGIN UNLOGGED BATCH USING TIMESTAMP ? AND TIMEOUT 500ms ...
   * }</pre>
   *
   * @throws IllegalArgumentException if it is not positive
   */
  public Batch usingTimeout(Duration timeout) {
    return new Batch(
        type, using.withTimeout(TermChecks.timeout(timeout), null), statement, previous, size);
  }

  /**
   * {@code USING TIMEOUT ?} (or {@code :name}) with its value, bound as a CQL duration after the
   * batch timestamp and before the statements' values. ScyllaDB only; sent as text, as {@link
   * #usingTimeout(Duration)} says.
   *
   * <pre>{@code
   * loggedBatch().usingTimeout(marker(), Duration.ofSeconds(2)).add(insert).build();
   * // BEGIN BATCH USING TIMEOUT ? ...            params [PT2S, ...insert's]
   * }</pre>
   *
   * @throws IllegalArgumentException if {@code marker} is not a marker or the value not positive
   */
  public Batch usingTimeout(Term marker, Duration value) {
    Term checked = TermChecks.timeoutMarker(marker);
    return new Batch(
        type, using.withTimeout(checked, TermChecks.positiveTimeout(value)), statement, previous, size);
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
    int params = using.paramCount();
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
    int at = using.copyParams(values);
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
            using.timestamp != null,
            idempotent,
            ImmutableList.of(),
            NO_COLUMNS,
            NO_INDEXES,
            NO_VALUES,
            ImmutableSet.of(),
            false,
            using.timeoutText(),
            ImmutableList.of());
    return new CqlStatement(shape, values, children, type);
  }

  @Override
  public String toString() {
    return "Batch{" + type + ", " + size + " statements}";
  }
}
