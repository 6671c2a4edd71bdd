package io.cqlkit.driver;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.DefaultProtocolVersion;
import com.datastax.oss.driver.api.core.ProtocolVersion;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import com.datastax.oss.driver.api.core.config.ProgrammaticDriverConfigLoaderBuilder;
import com.datastax.oss.driver.api.core.cql.BatchStatementBuilder;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import com.datastax.oss.driver.api.core.cql.SimpleStatementBuilder;
import com.datastax.oss.driver.api.core.cql.Statement;
import com.google.common.base.MoreObjects;
import io.cqlkit.builder.CqlStatement;
import io.cqlkit.builder.StatementKind;
import io.cqlkit.builder.rules.TableInfo;
import io.cqlkit.executor.CqlExecutionException;
import io.cqlkit.executor.CqlExecutor;
import io.cqlkit.executor.CqlResult;
import io.cqlkit.executor.ExecutionOptions;
import io.cqlkit.executor.NativeBatchExecution;
import io.cqlkit.executor.SchemaFacts;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import javax.annotation.CheckForNull;

/**
 * A {@link CqlExecutor} on the Java driver's {@link CqlSession}: prepares each distinct CQL text
 * once and binds params positionally with the driver's codecs (so token- and shard-aware routing
 * keep working), sends batches as protocol batches of bound statements, reads partition keys from
 * the driver's schema metadata, and maps options, results, paging, server warnings and errors
 * onto the executor SPI. Schema statements (DDL, TRUNCATE) are sent unprepared. Thread-safe.
 *
 * <p>Over a session you already have (you keep it, and close it yourself):
 *
 * <pre>{@code
 * CqlExecutor executor = DriverExecutor.of(session);
 * }</pre>
 *
 * <p>Or opening its own session, which {@link #close()} closes:
 *
 * <pre>{@code
 * try (DriverExecutor executor = DriverExecutor.builder()
 *     .addContactPoint("127.0.0.1", 9042)
 *     .withLocalDatacenter("datacenter1")
 *     .withKeyspace("ks")
 *     .connect()) {
 *   executor.execute(Cql.insertInto("events").value("id", id).build());
 * }
 * }</pre>
 *
 * <p>Every failure, bad input included, is delivered through the returned stage, never thrown by
 * {@code executeAsync}: a server or driver error as a {@link CqlExecutionException} subclass with
 * the driver's exception as its cause, a value that does not fit its column as an {@link
 * IllegalArgumentException}, a call after {@link #close()} as an {@link IllegalStateException}.
 */
public final class DriverExecutor
    implements CqlExecutor, NativeBatchExecution, SchemaFacts, AutoCloseable {

  /** How many distinct CQL texts stay prepared, unless the builder says otherwise. */
  public static final int DEFAULT_PREPARED_CACHE_SIZE = 10_000;

  private final CqlSession session;
  private final boolean ownsSession;
  private final int preparedCacheSize;
  private final boolean perRequestKeyspace;
  private final PreparedCache<ParamBinder> prepared;
  private final ConcurrentHashMap<String, PreparedCache<ParamBinder>> preparedByKeyspace =
      new ConcurrentHashMap<>();
  private final SchemaMetadata.Infos tableInfos = new SchemaMetadata.Infos();
  private volatile boolean closed;

  DriverExecutor(CqlSession session, boolean ownsSession, int preparedCacheSize) {
    this.session = session;
    this.ownsSession = ownsSession;
    this.preparedCacheSize = preparedCacheSize;
    this.perRequestKeyspace = supportsPerRequestKeyspace(session.getContext().getProtocolVersion());
    this.prepared =
        new PreparedCache<>(cql -> session.prepareAsync(cql).thenApply(ParamBinder::of), preparedCacheSize);
  }

  /**
   * An executor over a session the caller owns: {@link #close()} leaves the session open.
   *
   * @throws IllegalArgumentException if {@code session} is null
   */
  public static DriverExecutor of(CqlSession session) {
    return builder().wrap(session);
  }

  /** A builder for an executor that opens (and owns) its session, or wraps one with options. */
  public static DriverExecutorBuilder builder() {
    return new DriverExecutorBuilder();
  }

  /**
   * Sets the driver options that make schema changes fast — schema and topology debouncer windows
   * of 1 ms, schema agreement checked every 20 ms — for tests that create many tables; a CREATE
   * TABLE then takes a fraction of a second instead of one to two.
   *
   * <pre>{@code
   * CqlSession session = CqlSession.builder()
   *     .withConfigLoader(DriverExecutor.fastSchemaChanges(DriverConfigLoader.programmaticBuilder()).build())
   *     .build();
   * }</pre>
   */
  public static ProgrammaticDriverConfigLoaderBuilder fastSchemaChanges(
      ProgrammaticDriverConfigLoaderBuilder config) {
    checkArgument(config != null, "config must not be null: pass DriverConfigLoader.programmaticBuilder()");
    return config
        .withDuration(DefaultDriverOption.METADATA_SCHEMA_WINDOW, Duration.ofMillis(1))
        .withDuration(DefaultDriverOption.METADATA_TOPOLOGY_WINDOW, Duration.ofMillis(1))
        .withDuration(DefaultDriverOption.CONTROL_CONNECTION_AGREEMENT_INTERVAL, Duration.ofMillis(20));
  }

  /** The driver session this executor runs on, for what only the driver offers. */
  public CqlSession session() {
    return session;
  }

  /** True if {@link #close()} closes the session too (the executor opened it). */
  public boolean ownsSession() {
    return ownsSession;
  }

  /** The number of distinct CQL texts currently prepared or being prepared. */
  public int preparedStatementCount() {
    int count = prepared.size();
    for (PreparedCache<ParamBinder> cache : preparedByKeyspace.values()) {
      count += cache.size();
    }
    return count;
  }

  @Override
  public CompletionStage<CqlResult> executeAsync(CqlStatement statement, ExecutionOptions options) {
    try {
      checkArguments(statement, options);
      switch (statement.kind()) {
        case BATCH:
          // A batch text made by Cql.raw has no children: it is prepared and sent as its text.
          return statement.batchType().isPresent()
              ? executeBatchAsync(statement, options)
              : executePrepared(statement, options);
        case DDL:
        case TRUNCATE:
          return send(unprepared(statement, options), statement);
        default:
          return executePrepared(statement, options);
      }
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(failure(e, statement));
    }
  }

  /**
   * Sends {@code batch} as one protocol batch of bound statements, with its batch type and its
   * batch-level timestamp (a protocol field, which the server takes). It checks no rule: the engine
   * does, before calling this, knowing from this capability that batches travel as protocol
   * batches bound by position. A batch with {@code USING TIMEOUT} (ScyllaDB), which a protocol
   * batch cannot carry, is sent as its text instead.
   */
  @Override
  public CompletionStage<CqlResult> executeBatchAsync(CqlStatement batch, ExecutionOptions options) {
    try {
      checkArguments(batch, options);
      checkArgument(
          batch.kind() == StatementKind.BATCH,
          "executeBatchAsync takes a batch, but got a %s statement: send it with executeAsync",
          batch.kind());
      if (batch.hasTimeout()) {
        return executePrepared(batch, options);
      }
      List<CqlStatement> children = batch.children();
      int size = children.size();
      @SuppressWarnings({"unchecked", "rawtypes"}) // a generic array
      CompletableFuture<ParamBinder>[] futures = new CompletableFuture[size];
      boolean ready = true;
      for (int i = 0; i < size; i++) {
        CqlStatement child = children.get(i);
        futures[i] = cacheFor(child, options).get(child.cql());
        ready &= futures[i].isDone();
      }
      if (ready) {
        return send(nativeBatch(batch, futures, options), batch);
      }
      return CompletableFuture.allOf(futures)
          .handle((ignored, error) -> sendBatchWhenPrepared(batch, futures, options))
          .thenCompose(Function.identity());
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(failure(e, batch));
    }
  }

  /**
   * The partition-key columns of a table from the driver's schema metadata, or empty if the
   * driver does not know the table (or schema metadata is disabled).
   *
   * @param keyspace the keyspace, or null for the session's keyspace
   */
  @Override
  public Optional<List<String>> partitionKeyColumns(@CheckForNull String keyspace, String table) {
    checkArgument(table != null && !table.isEmpty(), "table must not be null or empty");
    return SchemaMetadata.table(session, keyspace, table).map(SchemaMetadata::partitionKey);
  }

  /**
   * What the driver's schema metadata knows of a table: partition key, clustering columns, column
   * types and whether it is a counter table; empty if the driver does not know the table.
   *
   * @param keyspace the keyspace, or null for the session's keyspace
   */
  @Override
  public Optional<TableInfo> table(@CheckForNull String keyspace, String table) {
    checkArgument(table != null && !table.isEmpty(), "table must not be null or empty");
    return SchemaMetadata.table(session, keyspace, table).map(tableInfos::of);
  }

  /**
   * Stops this executor: later executions fail with an {@link IllegalStateException}. Closes the
   * session only if the executor opened it ({@link #ownsSession()}).
   */
  @Override
  public void close() {
    closed = true;
    prepared.clear();
    preparedByKeyspace.clear();
    if (ownsSession) {
      session.close();
    }
  }

  @Override
  public String toString() {
    return MoreObjects.toStringHelper("DriverExecutor")
        .add("session", session.getName())
        .add("keyspace", session.getKeyspace().map(CqlIdentifier::asInternal).orElse(null))
        .add("ownsSession", ownsSession)
        .add("closed", closed)
        .toString();
  }

  private CompletionStage<CqlResult> executePrepared(
      CqlStatement statement, ExecutionOptions options) {
    CompletableFuture<ParamBinder> future = cacheFor(statement, options).get(statement.cql());
    if (future.isDone()) {
      return send(bound(future.join(), statement, options), statement);
    }
    return future
        .handle(
            (binder, error) ->
                error != null
                    ? CompletableFuture.<CqlResult>failedFuture(failure(error, statement))
                    : sendSafely(binder, statement, options))
        .thenCompose(Function.identity());
  }

  private CompletionStage<CqlResult> sendSafely(
      ParamBinder binder, CqlStatement statement, ExecutionOptions options) {
    try {
      return send(bound(binder, statement, options), statement);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(failure(e, statement));
    }
  }

  private CompletionStage<CqlResult> sendBatchWhenPrepared(
      CqlStatement batch,
      CompletableFuture<ParamBinder>[] futures,
      ExecutionOptions options) {
    try {
      return send(nativeBatch(batch, futures, options), batch);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(failure(e, batch));
    }
  }

  private static Statement<?> bound(
      ParamBinder binder, CqlStatement statement, ExecutionOptions options) {
    return StatementOptions.apply(
            binder.bind(statement),
            options,
            options.isIdempotent(statement))
        .build();
  }

  /** A protocol batch; the futures are complete (a failed prepare fails the batch here). */
  private Statement<?> nativeBatch(
      CqlStatement batch,
      CompletableFuture<ParamBinder>[] futures,
      ExecutionOptions options) {
    List<CqlStatement> children = batch.children();
    BatchStatementBuilder builder = new BatchStatementBuilder(StatementOptions.batchType(batch.batchType()));
    for (int i = 0; i < futures.length; i++) {
      CqlStatement child = children.get(i);
      ParamBinder binder;
      try {
        binder = futures[i].join();
      } catch (RuntimeException e) {
        throw ErrorMapping.map(e, child.cql());
      }
      try {
        builder.addStatement(binder.bind(child).build());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("statement " + i + " of the batch: " + e.getMessage(), e);
      }
    }
    batch.batchTimestamp().ifPresent(builder::setQueryTimestamp);
    keyspaceOverride(batch, options).ifPresent(builder::setKeyspace);
    return StatementOptions.apply(builder, options, options.isIdempotent(batch)).build();
  }

  private Statement<?> unprepared(CqlStatement statement, ExecutionOptions options) {
    SimpleStatementBuilder builder = SimpleStatement.builder(statement.cql());
    if (statement.paramCount() > 0) {
      builder.addPositionalValues(statement.params().toArray());
    }
    keyspaceOverride(statement, options).ifPresent(builder::setKeyspace);
    return StatementOptions.apply(builder, options, options.isIdempotent(statement)).build();
  }

  private CompletionStage<CqlResult> send(Statement<?> driverStatement, CqlStatement statement) {
    ResultFuture result = new ResultFuture(statement);
    session.executeAsync(driverStatement).whenComplete(result);
    return result;
  }

  /** The prepared statements for the statement's keyspace: the session's, or an override's. */
  private PreparedCache<ParamBinder> cacheFor(
      CqlStatement statement, ExecutionOptions options) {
    if (options == ExecutionOptions.defaults()) {
      return prepared;
    }
    Optional<String> keyspace = keyspaceOverride(statement, options);
    if (keyspace.isEmpty()) {
      return prepared;
    }
    return preparedByKeyspace.computeIfAbsent(
        keyspace.get(),
        name ->
            new PreparedCache<>(
                cql ->
                    session
                        .prepareAsync(SimpleStatement.newInstance(cql).setKeyspace(name))
                        .thenApply(ParamBinder::of),
                preparedCacheSize));
  }

  /**
   * The keyspace override that matters for this statement: none when the statement names its own
   * keyspace (the server would ignore the override) or the override is the session's keyspace.
   */
  private Optional<String> keyspaceOverride(CqlStatement statement, ExecutionOptions options) {
    Optional<String> keyspace = options.keyspace();
    if (keyspace.isEmpty()
        || statement.keyspace().isPresent()
        || keyspace.equals(session.getKeyspace().map(CqlIdentifier::asInternal))) {
      return Optional.empty();
    }
    checkArgument(
        perRequestKeyspace,
        "a keyspace override (withKeyspace(\"%s\")) needs native protocol v5 (Cassandra 4.0+),"
            + " but this session speaks %s: name the keyspace in the statement instead"
            + " (e.g. Cql.insertInto(\"%s\", \"table\")) or open a session on that keyspace",
        keyspace.get(),
        session.getContext().getProtocolVersion(),
        keyspace.get());
    return keyspace;
  }

  private void checkArguments(CqlStatement statement, ExecutionOptions options) {
    checkArgument(statement != null, "statement must not be null");
    checkArgument(
        options != null, "options must not be null: pass ExecutionOptions.defaults()");
    checkState(
        !closed,
        "this DriverExecutor is closed: open a new one (DriverExecutor.of(session) or"
            + " DriverExecutor.builder()...connect())");
  }

  private static RuntimeException failure(Throwable error, @CheckForNull CqlStatement statement) {
    return ErrorMapping.map(error, statement == null ? "(no statement)" : statement.cql());
  }

  private static boolean supportsPerRequestKeyspace(ProtocolVersion version) {
    int code = version.getCode();
    return code >= DefaultProtocolVersion.V5.getCode()
        && code != DefaultProtocolVersion.DSE_V1.getCode();
  }
}
