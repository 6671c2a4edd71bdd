package io.cqlkit.executor;

import io.cqlkit.builder.rules.RuleContext;
import io.cqlkit.executor.internal.BatchStatements;
import io.cqlkit.executor.internal.Dispatch;
import io.cqlkit.executor.internal.Issue;
import io.cqlkit.executor.internal.MapRow;
import io.cqlkit.executor.internal.PagedRows;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import io.cqlkit.builder.rules.CqlValidator;
import io.cqlkit.builder.rules.CqlRuleViolationException;
import io.cqlkit.builder.rules.CqlRule;
import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.base.MoreObjects;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import com.google.errorprone.annotations.CheckReturnValue;
import io.cqlkit.builder.BatchType;
import io.cqlkit.builder.CqlStatement;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.stream.Stream;
import javax.annotation.CheckForNull;

/**
 * What every {@link CqlExecutor} gets for free: statements checked against every {@link CqlRule}
 * before they are sent, batches ({@link CqlBatch}), bounded concurrent execution ({@link
 * ConcurrentExecution}), paging, and named executors chosen per call, per batch or per statement.
 * Immutable; each {@code with…}/{@link #using(String)} returns a new engine over the same
 * registry.
 *
 * <pre>{@code
 * CqlEngine engine = CqlEngine.of(executor).withValidator(CqlValidator.scylla());
 * engine.execute(insert);
 * engine.batch().run(b -> b.add(insert).add(update));
 * engine.concurrently().withWindow(256).executeWithArgs(template::bind, rows);
 * engine.using("analytics").withKeyspace("reports").execute(select);
 * }</pre>
 */
@CheckReturnValue
public final class CqlEngine {
  /** The name {@link #of(CqlExecutor)} registers its executor under. */
  public static final String DEFAULT_NAME = "default";

  private final ExecutorRegistry registry;
  @CheckForNull private final String executorName;
  private final CqlValidator validator;
  private final ExecutionOptions options;
  private final CallbackFailureHandler callbackFailureHandler;

  private CqlEngine(
      ExecutorRegistry registry,
      @CheckForNull String executorName,
      CqlValidator validator,
      ExecutionOptions options,
      CallbackFailureHandler callbackFailureHandler) {
    this.registry = registry;
    this.executorName = executorName;
    this.validator = validator;
    this.options = options;
    this.callbackFailureHandler = callbackFailureHandler;
  }

  /**
   * An engine over one executor (registered as {@value #DEFAULT_NAME} in a registry of its own),
   * with Cassandra's rules.
   */
  public static CqlEngine of(CqlExecutor executor) {
    checkArgument(executor != null, "executor must not be null");
    return of(ExecutorRegistry.create().register(DEFAULT_NAME, executor));
  }

  /**
   * An engine over named executors, with Cassandra's rules. Names are looked up when a statement
   * is sent, so executors registered or unregistered later are seen.
   */
  public static CqlEngine of(ExecutorRegistry registry) {
    checkArgument(registry != null, "registry must not be null");
    return new CqlEngine(
        registry, null, CqlValidator.cassandra(), ExecutionOptions.defaults(), CallbackFailureHandler.logging());
  }

  /** The rules (dialect, limits, declared partition keys) checked before sending. */
  public CqlEngine withValidator(CqlValidator validator) {
    checkArgument(validator != null, "validator must not be null: pass CqlValidator.cassandra() or scylla()");
    return new CqlEngine(registry, executorName, validator, options, callbackFailureHandler);
  }

  /** The options used when a call passes none. */
  public CqlEngine withOptions(ExecutionOptions options) {
    checkArgument(options != null, "options must not be null: pass ExecutionOptions.defaults()");
    return new CqlEngine(registry, executorName, validator, options, callbackFailureHandler);
  }

  /** The keyspace unqualified tables refer to, for calls through the returned engine. */
  public CqlEngine withKeyspace(String keyspace) {
    return withOptions(options.withKeyspace(keyspace));
  }

  /** Who is told when a batch callback throws (default: {@link CallbackFailureHandler#logging()}). */
  public CqlEngine withCallbackFailureHandler(CallbackFailureHandler handler) {
    checkArgument(handler != null, "handler must not be null");
    return new CqlEngine(registry, executorName, validator, options, handler);
  }

  /**
   * The same engine, sending to the executor registered as {@code name} instead of the default.
   *
   * @throws IllegalArgumentException if no executor has this name
   */
  public CqlEngine using(String name) {
    registry.get(name);
    return new CqlEngine(registry, name, validator, options, callbackFailureHandler);
  }

  /** The name of the executor this engine sends to: the one chosen by {@link #using}, else the registry's default. */
  public String executorName() {
    return executorName != null ? executorName : registry.defaultName();
  }

  /**
   * The executor this engine sends to.
   *
   * @throws IllegalArgumentException if it was unregistered
   */
  public CqlExecutor executor() {
    return registry.get(executorName());
  }

  /** The named executors. */
  public ExecutorRegistry registry() {
    return registry;
  }

  /** The rules checked before sending. */
  public CqlValidator validator() {
    return validator;
  }

  /** The options used when a call passes none. */
  public ExecutionOptions options() {
    return options;
  }

  /** Who is told when a batch callback throws. */
  public CallbackFailureHandler callbackFailureHandler() {
    return callbackFailureHandler;
  }

  /**
   * Checks and sends one statement (a batch statement goes through {@link NativeBatchExecution}
   * when the executor has it), and waits.
   *
   * @throws CqlRuleViolationException if it breaks a rule (nothing is sent)
   * @throws CqlExecutionException if the execution fails
   */
  @CanIgnoreReturnValue
  public CqlResult execute(CqlStatement statement) {
    return execute(statement, options);
  }

  /** As {@link #execute(CqlStatement)}, with these options instead of the engine's. */
  @CanIgnoreReturnValue
  public CqlResult execute(CqlStatement statement, ExecutionOptions options) {
    return join(executeAsync(statement, options));
  }

  /** Sends a statement to the executor it is meant for, and waits. */
  @CanIgnoreReturnValue
  public CqlResult execute(RoutedStatement statement) {
    checkArgument(statement != null, "statement must not be null");
    return using(statement.executorName()).execute(statement.statement());
  }

  /**
   * Checks and sends one statement.
   *
   * @throws CqlRuleViolationException if it breaks a rule (nothing is sent)
   */
  public CompletionStage<CqlResult> executeAsync(CqlStatement statement) {
    return executeAsync(statement, options);
  }

  /** As {@link #executeAsync(CqlStatement)}, with these options instead of the engine's. */
  public CompletionStage<CqlResult> executeAsync(CqlStatement statement, ExecutionOptions options) {
    checkArgument(statement != null, "statement must not be null");
    checkArgument(options != null, "options must not be null: pass ExecutionOptions.defaults()");
    return dispatch(executorName(), options).send(statement);
  }

  /**
   * Every row of a SELECT across pages, fetched lazily (see {@link CqlExecutor#allRows}), after
   * the checks {@link #execute(CqlStatement)} makes.
   *
   * @throws IllegalArgumentException if the statement is a write (INSERT, UPDATE, DELETE, BATCH
   *     or TRUNCATE): send it with {@link #execute(CqlStatement)}
   */
  public Stream<Row> allRows(CqlStatement select) {
    checkArgument(select != null, "statement must not be null");
    return dispatch(executorName(), options).allRows(select);
  }

  /** A LOGGED batch on this engine's executor. */
  public CqlBatch batch() {
    return batch(BatchType.LOGGED);
  }

  /** A batch of the given type on this engine's executor. */
  public CqlBatch batch(BatchType type) {
    checkArgument(type != null, "batch type must not be null: LOGGED, UNLOGGED or COUNTER");
    return new CqlBatch(this, executorName(), type);
  }

  /**
   * Concurrent execution on this engine's executor, with its rules and options. The executor is
   * looked up when a run starts, as {@link #execute} does, so a later {@code setDefault} or
   * registration is seen.
   */
  public ConcurrentExecution concurrently() {
    String description =
        executorName != null ? "executor '" + executorName + "'" : "the registry's default executor";
    return ConcurrentExecution.resolving(this::executor, description)
        .withValidator(validator)
        .withOptions(options);
  }

  // ---- The one place the API wires in the machinery of io.cqlkit.executor.internal. ----

  Dispatch dispatch(String name, ExecutionOptions sendOptions) {
    return new Dispatch(registry.get(name), sendOptions, validator);
  }

  /** What the rules learn from executor {@code name}'s capabilities and {@code sendOptions}. */
  RuleContext ruleContext(String name, ExecutionOptions sendOptions) {
    return dispatch(name, sendOptions).ruleContext();
  }

  /** Checks, builds and sends a {@link CqlBatch}'s statements on executor {@code name}. */
  BatchStatements.Sent sendBatch(
      String name,
      ExecutionOptions sendOptions,
      CqlValidator rules,
      BatchType type,
      @CheckForNull Long timestamp,
      List<CqlStatement> children) {
    return BatchStatements.checkAndSend(dispatch(name, sendOptions), rules, type, timestamp, children);
  }

  static CqlStatement buildBatch(BatchType type, @CheckForNull Long timestamp, List<CqlStatement> children) {
    return BatchStatements.build(type, timestamp, children);
  }

  static List<Exception> runCallbacks(List<Runnable> callbacks, CallbackFailureHandler handler) {
    return BatchStatements.runCallbacks(callbacks, handler);
  }

  static IllegalStateException unsent(int unsent, String first) {
    return BatchStatements.unsent(unsent, first);
  }

  /** How a concurrent run sends each statement: checked by {@code validator} (when set), then sent. */
  static Function<CqlStatement, CompletionStage<CqlResult>> sender(
      CqlExecutor executor, ExecutionOptions options, @CheckForNull CqlValidator validator) {
    return new Dispatch(executor, options, validator)::send;
  }

  /** Issues statement {@code index} of a concurrent run (the issuing core of runs and iterators). */
  static void issue(
      long index,
      Object input,
      Function<Object, ? extends CqlStatement> binder,
      Function<CqlStatement, CompletionStage<CqlResult>> sender,
      Issue.Outcome outcome) {
    Issue.issue(index, input, binder, sender, outcome);
  }

  static IllegalArgumentException nullStatement(long index, @CheckForNull Object input) {
    return Issue.nullStatement(index, input);
  }

  static ExecutionResult toResult(
      long index,
      @CheckForNull CqlStatement statement,
      @CheckForNull CqlResult result,
      @CheckForNull Throwable error) {
    return Issue.toResult(index, statement, result, error);
  }

  static Throwable unwrap(Throwable failure) {
    return Issue.unwrap(failure);
  }

  static Stream<Row> pages(CqlExecutor executor, CqlStatement select, ExecutionOptions options) {
    return PagedRows.stream(executor, select, options);
  }

  static Row row(Map<String, ?> values) {
    return MapRow.copyOf(values);
  }

  private static CqlResult join(CompletionStage<CqlResult> stage) {
    try {
      return stage.toCompletableFuture().join();
    } catch (CompletionException e) {
      throw CqlExecutionException.unwrap(e);
    }
  }

  @Override
  public String toString() {
    return MoreObjects.toStringHelper("CqlEngine")
        .add("executor", executorName != null ? executorName : "(default)")
        .add("registry", registry)
        .add("validator", validator)
        .add("options", options)
        .toString();
  }
}
