package io.cqlkit.executor;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.base.MoreObjects;
import com.google.errorprone.annotations.CheckReturnValue;
import io.cqlkit.builder.CqlStatement;
import io.cqlkit.builder.rules.CqlValidator;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import javax.annotation.CheckForNull;

/**
 * Executes many statements with at most {@code window} in flight, results in input order: as a
 * list, as a handle to watch and cancel, or as a lazily pulled stream whose memory stays bounded by
 * the window. Fail-fast (the default, as in the Python driver) stops issuing at the first failure
 * and reports it with its index; collect-all runs everything and reports each outcome.
 *
 * <p>No thread per statement and no recursion when futures complete synchronously. A statement
 * whose {@code executeAsync} throws, or that breaks a {@link io.cqlkit.builder.rules.CqlRule} when a validator is set, fails
 * alone (it is that statement's error), as does one whose binder throws. Immutable and reusable.
 *
 * <pre>{@code
 * List<ExecutionResult> results = ConcurrentExecution.on(executor)
 *     .withWindow(256)
 *     .collectAll()
 *     .executeWithArgs(insertTemplate::bind, rows);
 * }</pre>
 */
public final class ConcurrentExecution {
  /** The window when none is set: 100 statements in flight, as in the Python driver. */
  public static final int DEFAULT_WINDOW = 100;

  /** Resolved when a run starts, so a later change of the registry's default is seen. */
  private final Supplier<CqlExecutor> executor;

  private final String executorDescription;
  private final ExecutionOptions options;
  private final int window;
  private final boolean failFast;
  @CheckForNull private final CqlValidator validator;
  @CheckForNull private final GroupingOptions grouping;

  private ConcurrentExecution(
      Supplier<CqlExecutor> executor,
      String executorDescription,
      ExecutionOptions options,
      int window,
      boolean failFast,
      @CheckForNull CqlValidator validator,
      @CheckForNull GroupingOptions grouping) {
    this.executor = executor;
    this.executorDescription = executorDescription;
    this.options = options;
    this.window = window;
    this.failFast = failFast;
    this.validator = validator;
    this.grouping = grouping;
  }

  /**
   * Concurrent execution on {@code executor}: window {@value #DEFAULT_WINDOW}, fail-fast, default
   * options, no rule checks (a {@link CqlEngine} adds its validator).
   */
  @CheckReturnValue
  public static ConcurrentExecution on(CqlExecutor executor) {
    checkArgument(executor != null, "executor must not be null");
    return new ConcurrentExecution(
        () -> executor, executor.toString(), ExecutionOptions.defaults(), DEFAULT_WINDOW, true, null, null);
  }

  /** Concurrent execution on the executor {@code executor} supplies when each run starts. */
  static ConcurrentExecution resolving(Supplier<CqlExecutor> executor, String description) {
    return new ConcurrentExecution(
        executor, description, ExecutionOptions.defaults(), DEFAULT_WINDOW, true, null, null);
  }

  /**
   * At most {@code window} statements in flight. The streaming form also holds at most twice the
   * window issued and not yet consumed (results that wait for a slower statement before them), and
   * never more than 1,048,576: a huge window bounds the in-flight statements, not its memory.
   */
  @CheckReturnValue
  public ConcurrentExecution withWindow(int window) {
    checkArgument(window > 0, "the window must be at least 1 statement in flight, but was %s", window);
    return new ConcurrentExecution(
        executor, executorDescription, options, window, failFast, validator, grouping);
  }

  /** Stop issuing at the first failure and report it (the default). */
  @CheckReturnValue
  public ConcurrentExecution failFast() {
    return new ConcurrentExecution(
        executor, executorDescription, options, window, true, validator, grouping);
  }

  /** Execute every statement whatever fails, and report each outcome. */
  @CheckReturnValue
  public ConcurrentExecution collectAll() {
    return new ConcurrentExecution(
        executor, executorDescription, options, window, false, validator, grouping);
  }

  /** The options every statement is sent with. */
  @CheckReturnValue
  public ConcurrentExecution withOptions(ExecutionOptions options) {
    checkArgument(options != null, "options must not be null: pass ExecutionOptions.defaults()");
    return new ConcurrentExecution(
        executor, executorDescription, options, window, failFast, validator, grouping);
  }

  /** Check each statement against these rules before sending it; a breach fails that statement. */
  @CheckReturnValue
  public ConcurrentExecution withValidator(CqlValidator validator) {
    checkArgument(validator != null, "validator must not be null");
    return new ConcurrentExecution(
        executor, executorDescription, options, window, failFast, validator, grouping);
  }

  /**
   * Groups statements of the same partition into UNLOGGED batches (a bulk load's fastest path):
   * writes whose partition-key values are all bound by equality, the key columns known from the
   * executor's {@link SchemaFacts} or declared in {@code options}; a batch holds at most
   * {@link GroupingOptions#maxStatements()} statements and stays below the warn size. Statements
   * that cannot be grouped (reads, conditional or counter writes, an unknown key) go alone. Every
   * input statement keeps its own result, in input order: a failed batch fails each of its
   * statements. A batch leaves as soon as it is full; a partition's first statement waits for
   * others at most {@link GroupingOptions#withLookAhead the look-ahead} (window × max statements
   * unless set), so the streaming form's memory stays bounded and results flow out as they come.
   * For {@link #execute}, {@link #executeWithArgs}, {@link #iterate} and {@link #stream}.
   */
  @CheckReturnValue
  public ConcurrentExecution groupByPartition(GroupingOptions options) {
    checkArgument(options != null, "options must not be null: pass GroupingOptions.defaults()");
    return new ConcurrentExecution(
        executor, executorDescription, this.options, window, failFast, validator, options);
  }

  /** The grouping options, when statements are grouped by partition. */
  public Optional<GroupingOptions> grouping() {
    return Optional.ofNullable(grouping);
  }

  /** The most statements in flight. */
  public int window() {
    return window;
  }

  /** True when the first failure stops the run. */
  public boolean isFailFast() {
    return failFast;
  }

  /** The options every statement is sent with. */
  public ExecutionOptions options() {
    return options;
  }

  /**
   * Executes the statements and waits for all of them.
   *
   * @return one result per statement, in input order
   * @throws ConcurrentExecutionException in fail-fast mode, once a statement failed and those in
   *     flight finished
   */
  public List<ExecutionResult> execute(Iterable<? extends CqlStatement> statements) {
    checkArgument(statements != null, "statements must not be null");
    return executeWithArgs(Function.identity(), statements);
  }

  /**
   * Builds one statement per argument with {@code binder} (e.g. {@code template::bind}) and
   * executes them as {@link #execute(Iterable)} does.
   */
  public <A> List<ExecutionResult> executeWithArgs(
      Function<? super A, ? extends CqlStatement> binder, Iterable<? extends A> arguments) {
    if (grouping != null) {
      checkArgument(binder != null, "binder must not be null: pass e.g. template::bind");
      checkArgument(arguments != null, "arguments must not be null");
      try (PartitionGrouping results = grouped(arguments.iterator(), binder)) {
        return results.all();
      }
    }
    return newRun(binder, arguments).runOnCallingThread();
  }

  private PartitionGrouping grouped(
      Iterator<?> input, Function<?, ? extends CqlStatement> binder) {
    CqlExecutor resolved = executor.get();
    return new PartitionGrouping(
        input,
        binder,
        CqlEngine.sender(resolved, options, validator),
        resolved.capability(SchemaFacts.class).orElse(null),
        grouping,
        window,
        failFast);
  }

  /** Starts executing the statements and returns at once with a handle on the run. */
  public ConcurrentRun start(Iterable<? extends CqlStatement> statements) {
    checkArgument(statements != null, "statements must not be null");
    return startWithArgs(Function.identity(), statements);
  }

  /** Starts executing one statement per argument, built with {@code binder}. */
  public <A> ConcurrentRun startWithArgs(
      Function<? super A, ? extends CqlStatement> binder, Iterable<? extends A> arguments) {
    checkState(
        grouping == null,
        "start(...) does not group by partition yet: use execute(...), executeWithArgs(...),"
            + " iterate(...) or stream(...) with groupByPartition(...)");
    ConcurrentRun run = newRun(binder, arguments);
    run.start();
    return run;
  }

  private <A> ConcurrentRun newRun(
      Function<? super A, ? extends CqlStatement> binder, Iterable<? extends A> arguments) {
    checkArgument(binder != null, "binder must not be null: pass e.g. template::bind");
    checkArgument(arguments != null, "arguments must not be null");
    int expected = arguments instanceof Collection ? ((Collection<?>) arguments).size() : 0;
    return new ConcurrentRun(arguments.iterator(), binder, sender(), window, failFast, expected);
  }

  /**
   * Streams the results in input order, pulling statements from {@code statements} only as the
   * window allows; close the iterator to stop early.
   */
  public ResultIterator iterate(Iterator<? extends CqlStatement> statements) {
    checkArgument(statements != null, "statements must not be null");
    checkState(
        grouping == null,
        "iterate(...) does not group by partition yet: use stream(...) with groupByPartition(...)");
    return new ResultIterator(statements, Function.identity(), sender(), window, failFast);
  }

  /**
   * Streams the results in input order, consuming {@code statements} lazily; closing the returned
   * stream stops issuing and closes the input.
   */
  public Stream<ExecutionResult> stream(Stream<? extends CqlStatement> statements) {
    checkArgument(statements != null, "statements must not be null");
    Iterator<ExecutionResult> results;
    AutoCloseable closer;
    if (grouping != null) {
      PartitionGrouping grouped = grouped(statements.iterator(), Function.identity());
      results = grouped;
      closer = grouped;
    } else {
      ResultIterator plain = iterate(statements.iterator());
      results = plain;
      closer = plain;
    }
    Runnable close =
        () -> {
          try {
            closer.close();
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        };
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(
                results, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(close)
        .onClose(statements::close);
  }

  private Function<CqlStatement, CompletionStage<CqlResult>> sender() {
    return CqlEngine.sender(executor.get(), options, validator);
  }

  @Override
  public String toString() {
    return MoreObjects.toStringHelper("ConcurrentExecution")
        .add("executor", executorDescription)
        .add("window", window)
        .add("failFast", failFast)
        .add("options", options)
        .toString();
  }
}
