package io.cqlkit.executor.testing;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.cqlkit.builder.CqlStatement;
import io.cqlkit.executor.CqlExecutor;
import io.cqlkit.executor.CqlResult;
import io.cqlkit.executor.ExecutionOptions;
import io.cqlkit.executor.NativeBatchExecution;
import io.cqlkit.executor.SchemaFacts;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javax.annotation.CheckForNull;

/**
 * An in-memory executor for tests: records every statement and its options, answers from a
 * script, and counts what is in flight. Thread-safe.
 *
 * <p>Script: {@code when(...)}, {@code whenCql(...)} or {@code whenAny()}, then the answers; the
 * most recent matching rule wins, its answers are given in order and the last one repeats.
 * Unmatched statements get {@link CqlResult#empty()}. {@link #holdAnswers()} keeps answers back
 * until {@link #releaseHeld()}, to see a concurrent execution at a standstill.
 *
 * <p>{@link Builder#asyncAnswers()} delivers answers on another thread, as a driver would.
 *
 * <p>A test kit shows values: {@link RecordedExecution#toString()} and its assertion messages
 * print bound params as they are, whatever {@link io.cqlkit.builder.MessageValues} says (the rest
 * of cqlkit shows only their types by default). They are the test's own data; keep production
 * data out of it.
 *
 * <p>Optional capabilities: built with {@link Builder#nativeBatches()} it also offers {@link
 * NativeBatchExecution}; with {@link Builder#partitionKey} it offers {@link SchemaFacts}.
 *
 * <pre>{@code
 * RecordingExecutor executor = RecordingExecutor.create();
 * executor.whenCql("SELECT name FROM ks.users WHERE id = ?").thenAnswer(Answer.rows(Row.of(Map.of("name", "ann"))));
 * CqlEngine.of(executor).execute(select);
 * assertThat(executor.statements()).containsExactly(select);
 * }</pre>
 */
public final class RecordingExecutor implements CqlExecutor, NativeBatchExecution, SchemaFacts {
  private static final ExecutorService ANSWER_THREADS =
      Executors.newCachedThreadPool(
          runnable -> {
            Thread thread = new Thread(runnable, "recording-executor-answers");
            thread.setDaemon(true);
            return thread;
          });

  private final boolean nativeBatches;
  private final boolean record;
  private final boolean asyncAnswers;
  private final Queue<Held> toAnswer = new ConcurrentLinkedQueue<>();
  private final AtomicInteger answering = new AtomicInteger();
  private final ImmutableMap<String, ImmutableList<String>> partitionKeys;

  private final Script script = new Script();
  private final List<RecordedExecution> executions = new ArrayList<>();
  private final AtomicLong sent = new AtomicLong();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger maxInFlight = new AtomicInteger();
  private final Queue<Held> held = new ArrayDeque<>();
  private boolean holding;

  private RecordingExecutor(Builder builder) {
    this.nativeBatches = builder.nativeBatches;
    this.record = builder.record;
    this.asyncAnswers = builder.asyncAnswers;
    this.partitionKeys = ImmutableMap.copyOf(builder.partitionKeys);
  }

  /** A recording executor without optional capabilities, keeping every record. */
  public static RecordingExecutor create() {
    return builder().build();
  }

  /** Configures capabilities and recording. */
  public static Builder builder() {
    return new Builder();
  }

  /** Starts a script rule for the statements {@code matcher} accepts. */
  public Stubbing when(Predicate<? super CqlStatement> matcher) {
    checkArgument(matcher != null, "matcher must not be null");
    return new Stubbing(this, matcher);
  }

  /** Starts a script rule for statements whose CQL text is exactly {@code cql}. */
  public Stubbing whenCql(String cql) {
    checkArgument(cql != null, "cql must not be null");
    return when(statement -> statement.cql().equals(cql));
  }

  /** Starts a script rule for every statement. */
  public Stubbing whenAny() {
    return when(statement -> true);
  }

  @Override
  public CompletionStage<CqlResult> executeAsync(CqlStatement statement, ExecutionOptions options) {
    return receive(statement, options, false);
  }

  @Override
  public CompletionStage<CqlResult> executeBatchAsync(CqlStatement batch, ExecutionOptions options) {
    return receive(batch, options, true);
  }

  @Override
  public Optional<List<String>> partitionKeyColumns(@CheckForNull String keyspace, String table) {
    ImmutableList<String> columns = partitionKeys.get(keyspace + "." + table);
    if (columns == null) {
      columns = partitionKeys.get("null." + table);
    }
    return Optional.ofNullable(columns);
  }

  /** Offers {@link NativeBatchExecution} and {@link SchemaFacts} only when built with them. */
  @Override
  public <C> Optional<C> capability(Class<C> type) {
    if (type == NativeBatchExecution.class && !nativeBatches) {
      return Optional.empty();
    }
    if (type == SchemaFacts.class && partitionKeys.isEmpty()) {
      return Optional.empty();
    }
    return CqlExecutor.super.capability(type);
  }

  /** From now on, answers wait until {@link #releaseHeld()}. */
  public synchronized void holdAnswers() {
    holding = true;
  }

  /**
   * Delivers every answer held so far (not those held meanwhile by statements the deliveries
   * cause) and keeps holding new ones.
   *
   * @return how many answers were delivered
   */
  @CanIgnoreReturnValue
  public int releaseHeld() {
    List<Held> batch;
    synchronized (this) {
      batch = new ArrayList<>(held);
      held.clear();
    }
    for (Held h : batch) {
      deliver(h.future, h.answer);
    }
    return batch.size();
  }

  /** Stops holding and delivers every held answer. */
  public void stopHolding() {
    synchronized (this) {
      holding = false;
    }
    while (releaseHeld() > 0) {
      // deliveries may cause statements held before holding stopped was seen
    }
  }

  /** How many answers are held back. */
  public synchronized int heldCount() {
    return held.size();
  }

  /** Everything received, in order. */
  public synchronized List<RecordedExecution> executions() {
    return List.copyOf(executions);
  }

  /** The statements received, in order. */
  public synchronized List<CqlStatement> statements() {
    return executions.stream().map(RecordedExecution::statement).collect(Collectors.toUnmodifiableList());
  }

  /** How many statements were received (counted even when records are not kept). */
  public long sentCount() {
    return sent.get();
  }

  /** How many statements were received and not answered yet. */
  public int inFlight() {
    return inFlight.get();
  }

  /** The most statements ever in flight at once. */
  public int maxInFlight() {
    return maxInFlight.get();
  }

  /**
   * Fails unless nothing was sent.
   *
   * @throws AssertionError listing what was sent
   */
  public synchronized void assertNothingSent() {
    if (sent.get() != 0) {
      throw new AssertionError(
          "expected nothing to be sent, but "
              + sent.get()
              + " statement(s) were: "
              + executions.stream().map(e -> e.statement().cql()).collect(Collectors.toList()));
    }
  }

  /** Forgets records and counters; keeps the script. */
  public synchronized void reset() {
    executions.clear();
    sent.set(0);
    maxInFlight.set(inFlight.get());
  }

  private CompletionStage<CqlResult> receive(
      CqlStatement statement, ExecutionOptions options, boolean nativeBatch) {
    checkArgument(statement != null, "statement must not be null");
    checkArgument(options != null, "options must not be null");
    Answer answer = script.answerFor(statement);
    int now = inFlight.incrementAndGet();
    maxInFlight.accumulateAndGet(now, Math::max);
    sent.incrementAndGet();
    CompletableFuture<CqlResult> future = new CompletableFuture<>();
    synchronized (this) {
      if (record) {
        executions.add(RecordedExecution.of(statement, options, nativeBatch));
      }
      if (holding) {
        held.add(new Held(future, answer));
        return future;
      }
    }
    if (!answer.delay().isZero()) {
      CompletableFuture.delayedExecutor(answer.delay().toNanos(), TimeUnit.NANOSECONDS)
          .execute(() -> deliver(future, answer));
    } else if (asyncAnswers) {
      answerLater(new Held(future, answer));
    } else {
      deliver(future, answer);
    }
    return future;
  }

  /** Queues an answer for the answer thread; one drain task delivers every queued answer. */
  private void answerLater(Held answer) {
    toAnswer.add(answer);
    if (answering.getAndIncrement() == 0) {
      ANSWER_THREADS.execute(
          () -> {
            int missed = 1;
            do {
              Held next;
              while ((next = toAnswer.poll()) != null) {
                deliver(next.future, next.answer);
              }
              missed = answering.addAndGet(-missed);
            } while (missed != 0);
          });
    }
  }

  /** Counts the answer out of flight before completing, so callers see the slot free. */
  private void deliver(CompletableFuture<CqlResult> future, Answer answer) {
    inFlight.decrementAndGet();
    if (answer.failure() != null) {
      future.completeExceptionally(answer.failure());
    } else {
      future.complete(answer.result());
    }
  }

  void addStub(Predicate<? super CqlStatement> matcher, List<Answer> answers) {
    script.add(matcher, answers);
  }

  /** Builds a {@link RecordingExecutor}. */
  public static final class Builder {
    private boolean nativeBatches;
    private boolean record = true;
    private boolean asyncAnswers;
    private final Map<String, ImmutableList<String>> partitionKeys = new LinkedHashMap<>();

    private Builder() {}

    /** Offer {@link NativeBatchExecution}: batches arrive through {@code executeBatchAsync}. */
    @CanIgnoreReturnValue
    public Builder nativeBatches() {
      this.nativeBatches = true;
      return this;
    }

    /**
     * Offer {@link SchemaFacts} knowing this table's partition key.
     *
     * @param keyspace the keyspace, or null for statements that name none
     */
    @CanIgnoreReturnValue
    public Builder partitionKey(@CheckForNull String keyspace, String table, String... columns) {
      checkArgument(table != null && !table.isEmpty(), "table must not be null or empty");
      checkArgument(columns.length > 0, "the partition key of %s needs at least one column", table);
      partitionKeys.put(keyspace + "." + table, ImmutableList.copyOf(columns));
      return this;
    }

    /**
     * Deliver answers on another thread, as a driver's I/O thread would, so statements really are
     * in flight together (without it, answers complete before {@code executeAsync} returns).
     */
    @CanIgnoreReturnValue
    public Builder asyncAnswers() {
      this.asyncAnswers = true;
      return this;
    }

    /**
     * Count statements without keeping them (for runs of millions); {@link #executions()} and
     * {@link #statements()} stay empty.
     */
    @CanIgnoreReturnValue
    public Builder countOnly() {
      this.record = false;
      return this;
    }

    /** The executor. */
    public RecordingExecutor build() {
      return new RecordingExecutor(this);
    }
  }

  private static final class Held {
    final CompletableFuture<CqlResult> future;
    final Answer answer;

    Held(CompletableFuture<CqlResult> future, Answer answer) {
      this.future = future;
      this.answer = answer;
    }
  }
}
