package io.cqlkit.executor;

import io.cqlkit.builder.rules.CqlValidator;
import io.cqlkit.builder.rules.CqlRuleViolationException;
import io.cqlkit.builder.rules.CqlRule;
import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.base.MoreObjects;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.cqlkit.builder.BatchType;
import io.cqlkit.builder.CqlStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javax.annotation.CheckForNull;

/**
 * Statements gathered to run as one CQL batch on one named executor, checked against every {@link
 * CqlRule} before anything is sent. Get one from {@link CqlEngine#batch()}. Three ways to use it:
 *
 * <ul>
 *   <li><b>Block</b>, with exact semantics: {@link #run(BatchBody)} executes when the block
 *       returns, and not when it throws (unless {@link #executeOnException(boolean)} was set, then
 *       the statements added so far are sent and the exception still propagates).
 *       <pre>{@code
 * engine.batch().run(b -> {
 *   b.add(insertEvent);
 *   b.add(updateCounter);
 * });
 * }</pre>
 *   <li><b>try-with-resources</b>, which cannot lose statements silently: Java's {@code close()}
 *       cannot tell whether the block threw, so the block says it finished by calling {@link
 *       #complete()} as its last line, and {@code close()} then executes. A {@code close()}
 *       without {@code complete()} sends nothing and throws an {@link IllegalStateException}
 *       naming the unsent statements (added as suppressed to the block's exception, if any),
 *       unless the batch was {@link #discard() discarded} or is empty.
 *       <pre>{@code
 * try (CqlBatch b = engine.batch()) {
 *   b.add(insertEvent);
 *   b.complete();
 * }
 * }</pre>
 *   <li><b>Manual</b>: {@link #add(CqlStatement)} then {@link #execute()}.
 * </ul>
 *
 * <p>Callbacks registered with {@code addCallback} run in registration order after a successful
 * execute only; a callback that throws neither undoes the batch nor stops the others: its failure
 * goes to the engine's {@link CallbackFailureHandler} and to {@link BatchResult#callbackFailures()};
 * an {@link Error} is rethrown once every callback ran. An empty batch sends nothing (its callbacks
 * still run). A batch executes once. Thread-safe.
 */
public final class CqlBatch implements AutoCloseable {
  private enum State { OPEN, COMPLETED, EXECUTING, EXECUTED, FAILED, DISCARDED }

  private final CqlEngine engine;
  private final String executorName;
  private final BatchType type;
  private final List<CqlStatement> statements = new ArrayList<>();
  private final List<Runnable> callbacks = new ArrayList<>();
  private CqlValidator validator;
  private ExecutionOptions options;
  @CheckForNull private Long timestamp;
  private boolean executeOnException;
  private State state = State.OPEN;
  /** The result of the execute that ran, for a block that executed the batch itself. */
  @CheckForNull private BatchResult executed;

  CqlBatch(CqlEngine engine, String executorName, BatchType type) {
    this.engine = engine;
    this.executorName = executorName;
    this.type = type;
    this.validator = engine.validator();
    this.options = engine.options();
  }

  /**
   * Adds a statement (INSERT, UPDATE or DELETE; the rules are checked at execute).
   *
   * @throws IllegalStateException if the batch was completed, executed or discarded
   */
  @CanIgnoreReturnValue
  public synchronized CqlBatch add(CqlStatement statement) {
    checkArgument(statement != null, "a batch statement must not be null");
    checkOpen("add a statement to");
    statements.add(statement);
    return this;
  }

  /**
   * Adds a statement meant for a named executor.
   *
   * @throws IllegalArgumentException if it is meant for another executor than this batch's
   */
  @CanIgnoreReturnValue
  public CqlBatch add(RoutedStatement statement) {
    checkArgument(statement != null, "a batch statement must not be null");
    checkArgument(
        statement.executorName().equals(executorName),
        "the statement (%s) is meant for executor '%s', but this batch runs on executor '%s': a"
            + " batch runs on one executor, so add it to a batch of engine.using(\"%s\")",
        statement.statement().cql(),
        statement.executorName(),
        executorName,
        statement.executorName());
    return add(statement.statement());
  }

  /** Adds statements in order. */
  @CanIgnoreReturnValue
  public synchronized CqlBatch addAll(Iterable<? extends CqlStatement> statements) {
    checkArgument(statements != null, "statements must not be null");
    for (CqlStatement statement : statements) {
      add(statement);
    }
    return this;
  }

  /** Sets the batch-level {@code USING TIMESTAMP}, in microseconds since the epoch. */
  @CanIgnoreReturnValue
  public synchronized CqlBatch usingTimestamp(long micros) {
    checkOpen("set the timestamp of");
    this.timestamp = micros;
    return this;
  }

  /** The options the batch is sent with (consistency, serial consistency, timeout…). */
  @CanIgnoreReturnValue
  public synchronized CqlBatch withOptions(ExecutionOptions options) {
    checkArgument(options != null, "options must not be null: pass ExecutionOptions.defaults()");
    checkOpen("set the options of");
    this.options = options;
    return this;
  }

  /**
   * Declares a table's partition-key columns for this batch's partition checks (see {@link
   * CqlValidator#withPartitionKey(String, String, String...)}).
   */
  @CanIgnoreReturnValue
  public synchronized CqlBatch partitionKey(@CheckForNull String keyspace, String table, String... columns) {
    checkOpen("declare a partition key on");
    this.validator = validator.withPartitionKey(keyspace, table, columns);
    return this;
  }

  /**
   * When true, {@link #run(BatchBody)} sends the statements added before the block threw (the
   * exception still propagates), and {@link #close()} sends them even without {@link #complete()}.
   */
  @CanIgnoreReturnValue
  public synchronized CqlBatch executeOnException(boolean executeOnException) {
    checkOpen("configure");
    this.executeOnException = executeOnException;
    return this;
  }

  /** Runs {@code callback} after a successful execute, in registration order. */
  @CanIgnoreReturnValue
  public synchronized CqlBatch addCallback(Runnable callback) {
    checkArgument(callback != null, "callback must not be null");
    checkOpen("add a callback to");
    callbacks.add(callback);
    return this;
  }

  /** Runs {@code callback.accept(argument)} after a successful execute, in registration order. */
  @CanIgnoreReturnValue
  public <T> CqlBatch addCallback(Consumer<? super T> callback, T argument) {
    checkArgument(callback != null, "callback must not be null");
    return addCallback(() -> callback.accept(argument));
  }

  /** Runs {@code callback.accept(first, second)} after a successful execute, in registration order. */
  @CanIgnoreReturnValue
  public <T, U> CqlBatch addCallback(BiConsumer<? super T, ? super U> callback, T first, U second) {
    checkArgument(callback != null, "callback must not be null");
    return addCallback(() -> callback.accept(first, second));
  }

  /** The statements added so far, in order. */
  public synchronized List<CqlStatement> statements() {
    return List.copyOf(statements);
  }

  /** How many statements were added. */
  public synchronized int size() {
    return statements.size();
  }

  /** LOGGED, UNLOGGED or COUNTER. */
  public BatchType type() {
    return type;
  }

  /** The name of the executor this batch runs on. */
  public String executorName() {
    return executorName;
  }

  /** True once the batch executed successfully. */
  public synchronized boolean isExecuted() {
    return state == State.EXECUTED;
  }

  /**
   * The batch statement these statements make, checked against every rule.
   *
   * @throws CqlRuleViolationException if a rule is broken
   * @throws IllegalStateException if the batch is empty
   */
  public synchronized CqlStatement toStatement() {
    checkState(!statements.isEmpty(), "the batch is empty: add statements before building it");
    validator.checkBatch(type, timestamp != null, false, statements, engine.ruleContext(executorName, options));
    return CqlEngine.buildBatch(type, timestamp, statements);
  }

  /**
   * Checks and sends the batch, waits, then runs the callbacks.
   *
   * @throws CqlRuleViolationException if a rule is broken (nothing is sent)
   * @throws CqlExecutionException if the execution fails (no callback runs)
   * @throws IllegalStateException if the batch was already executed or discarded
   */
  @CanIgnoreReturnValue
  public BatchResult execute() {
    try {
      return executeAsync().toCompletableFuture().join();
    } catch (CompletionException e) {
      throw CqlExecutionException.unwrap(e);
    }
  }

  /**
   * Checks and sends the batch; the callbacks run when it succeeds, on the thread that completes
   * it.
   *
   * @throws CqlRuleViolationException if a rule is broken (nothing is sent)
   * @throws IllegalStateException if the batch was already executed or discarded
   */
  public CompletionStage<BatchResult> executeAsync() {
    List<CqlStatement> children;
    List<Runnable> toRun;
    Long batchTimestamp;
    CqlValidator rules;
    ExecutionOptions sendOptions;
    synchronized (this) {
      checkState(
          state == State.OPEN || state == State.COMPLETED,
          "this batch was already %s: create a new batch with engine.batch()",
          state == State.DISCARDED ? "discarded" : "executed");
      state = State.EXECUTING;
      children = List.copyOf(statements);
      toRun = List.copyOf(callbacks);
      batchTimestamp = timestamp;
      rules = validator;
      sendOptions = options;
    }
    CqlStatement sentBatch;
    CompletionStage<CqlResult> stage;
    try {
      var sent = engine.sendBatch(executorName, sendOptions, rules, type, batchTimestamp, children);
      sentBatch = sent.batch;
      stage = sent.stage;
    } catch (RuntimeException e) {
      finish(State.FAILED);
      throw e;
    }
    return stage.handle(
        (result, error) -> {
          if (error != null) {
            finish(State.FAILED);
            throw error instanceof CompletionException
                ? (CompletionException) error
                : new CompletionException(error);
          }
          finish(State.EXECUTED);
          BatchResult done =
              BatchResult.of(
                  sentBatch, result, CqlEngine.runCallbacks(toRun, engine.callbackFailureHandler()));
          synchronized (this) {
            executed = done;
          }
          return done;
        });
  }

  /**
   * Runs {@code body} on this batch, then executes the batch. If the body throws, the batch is not
   * executed (unless {@link #executeOnException(boolean)}) and the exception propagates. A body
   * that executed the batch itself ({@code b -> b.execute()}) or discarded it ends the block
   * quietly: the result is that execute's, or a batch not sent.
   */
  @CanIgnoreReturnValue
  public <X extends Exception> BatchResult run(BatchBody<X> body) throws X {
    checkArgument(body != null, "body must not be null");
    try {
      body.fill(this);
    } catch (Throwable failure) {
      abandon(failure);
      throw failure;
    }
    synchronized (this) {
      if (state == State.EXECUTED && executed != null) {
        return executed;
      }
      if (state == State.DISCARDED) {
        return BatchResult.of(null, CqlResult.empty(), List.of());
      }
    }
    return execute();
  }

  /** Marks the batch finished, so {@link #close()} executes it. Call it as the block's last line. */
  @CanIgnoreReturnValue
  public synchronized CqlBatch complete() {
    checkOpen("complete");
    state = State.COMPLETED;
    return this;
  }

  /** Drops the statements: nothing is sent and {@link #close()} does not complain. */
  public synchronized void discard() {
    checkState(
        state != State.EXECUTED && state != State.EXECUTING,
        "this batch was already executed; discard() cannot unsend it");
    state = State.DISCARDED;
  }

  /**
   * Executes the batch if {@link #complete()} was called (or {@link #executeOnException(boolean)}
   * is set); otherwise sends nothing and, when statements were added and not discarded, throws.
   *
   * @throws IllegalStateException if statements would otherwise be lost silently
   */
  @Override
  public void close() {
    State current;
    int unsent;
    String first;
    synchronized (this) {
      current = state;
      unsent = statements.size();
      first = unsent == 0 ? "" : statements.get(0).cql();
      if (current == State.OPEN && !executeOnException) {
        state = State.DISCARDED;
      }
    }
    if (current == State.COMPLETED || (current == State.OPEN && executeOnException)) {
      execute();
      return;
    }
    if (current == State.OPEN && unsent > 0) {
      throw CqlEngine.unsent(unsent, first);
    }
  }

  private void abandon(Throwable failure) {
    boolean send;
    synchronized (this) {
      send = executeOnException && (state == State.OPEN || state == State.COMPLETED);
      if (!send && state != State.EXECUTED && state != State.EXECUTING) {
        state = State.DISCARDED;
      }
    }
    if (send) {
      try {
        execute();
      } catch (RuntimeException e) {
        failure.addSuppressed(e);
      }
    }
  }

  private synchronized void finish(State outcome) {
    state = outcome;
  }

  private void checkOpen(String action) {
    checkState(
        state == State.OPEN,
        "cannot %s this batch: it was already %s",
        action,
        state.name().toLowerCase(java.util.Locale.ROOT));
  }

  @Override
  public synchronized String toString() {
    return MoreObjects.toStringHelper("CqlBatch")
        .add("type", type)
        .add("executor", executorName)
        .add("statements", statements.size())
        .add("state", state)
        .toString();
  }
}
