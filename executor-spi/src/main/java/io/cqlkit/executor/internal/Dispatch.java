package io.cqlkit.executor.internal;

import static com.google.common.base.Preconditions.checkArgument;

import io.cqlkit.executor.CqlEngine;
import io.cqlkit.executor.CqlExecutor;
import io.cqlkit.executor.CqlResult;
import io.cqlkit.executor.ExecutionOptions;
import io.cqlkit.executor.NativeBatchExecution;
import io.cqlkit.executor.Row;
import io.cqlkit.executor.SchemaFacts;
import io.cqlkit.builder.rules.CqlValidator;
import io.cqlkit.builder.rules.CqlRuleViolationException;
import io.cqlkit.builder.CqlStatement;
import io.cqlkit.builder.StatementKind;
import io.cqlkit.builder.rules.BatchTransport;
import io.cqlkit.builder.rules.RuleContext;
import io.cqlkit.builder.rules.TableFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.stream.Stream;
import javax.annotation.CheckForNull;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one statement through an executor the way the engine does: rules checked first (when a
 * validator is set), batches through {@link NativeBatchExecution} when the executor has it (except
 * a batch with {@code USING TIMEOUT}, which a protocol batch cannot carry: it goes as its text),
 * client warnings logged and added to the result's warnings.
 */
public final class Dispatch {
  private static final Logger LOG = LoggerFactory.getLogger(CqlEngine.class);

  private final CqlExecutor executor;
  private final ExecutionOptions options;
  @CheckForNull private final CqlValidator validator;
  @CheckForNull private final NativeBatchExecution nativeBatches;
  @CheckForNull private final SchemaFacts schema;
  private final RuleContext context;

  public Dispatch(CqlExecutor executor, ExecutionOptions options, @CheckForNull CqlValidator validator) {
    this.executor = executor;
    this.options = options;
    this.validator = validator;
    this.nativeBatches = executor.capability(NativeBatchExecution.class).orElse(null);
    this.schema = executor.capability(SchemaFacts.class).orElse(null);
    this.context = context(nativeBatches, schema, options);
  }

  /** What the rules learn from the executor's capabilities and the options. */
  public static RuleContext context(
      @CheckForNull NativeBatchExecution nativeBatches,
      @CheckForNull SchemaFacts schema,
      ExecutionOptions options) {
    BatchTransport transport =
        nativeBatches == null
            ? BatchTransport.TEXT
            : nativeBatches.bindsByName() ? BatchTransport.PROTOCOL_BY_NAME : BatchTransport.PROTOCOL;
    return RuleContext.of(
        transport, schema == null ? TableFacts.none() : schema, options.keyspace().orElse(null));
  }

  public CqlExecutor executor() {
    return executor;
  }

  public ExecutionOptions options() {
    return options;
  }

  /** How batches travel on this executor and what it knows of tables, for the rules. */
  public RuleContext ruleContext() {
    return context;
  }

  /**
   * Every row of a query across pages, fetched lazily; checked first as {@link #send} checks a
   * statement.
   *
   * @throws IllegalArgumentException if {@code query} is a write (INSERT, UPDATE, DELETE, BATCH or
   *     TRUNCATE): its rows are not what it is for, and paging would send the write unseen
   */
  public Stream<Row> allRows(CqlStatement query) {
    StatementKind kind = query.kind();
    checkArgument(
        !kind.isModification() && kind != StatementKind.BATCH && kind != StatementKind.TRUNCATE,
        "allRows(...) pages through the rows of a query, but %s is %s %s: send it with execute(...)",
        query.cql(),
        kind == StatementKind.INSERT || kind == StatementKind.UPDATE ? "an" : "a",
        kind);
    if (validator != null) {
      validator.check(query, context);
    }
    return executor.allRows(query, options);
  }

  /**
   * Checks and sends; a rule violation throws before anything is sent.
   *
   * @throws CqlRuleViolationException if the statement breaks a rule
   */
  public CompletionStage<CqlResult> send(CqlStatement statement) {
    if (statement.batchType().isEmpty()) {
      if (validator != null) {
        validator.check(statement, context);
      }
      return checked(executor.executeAsync(statement, options));
    }
    List<String> warnings =
        validator == null ? List.of() : validator.check(statement, ruleContext(statement));
    return sendBatch(statement, warnings);
  }

  /**
   * What the rules know of how {@code batch} travels: as text when it carries {@code USING
   * TIMEOUT} (a protocol batch has no timeout), else as this executor sends batches.
   */
  public RuleContext ruleContext(CqlStatement batch) {
    return nativeBatches != null && !isProtocolBatch(batch)
        ? RuleContext.of(BatchTransport.TEXT, context.facts(), context.keyspace())
        : context;
  }

  /**
   * Sends a batch already checked (with {@link #ruleContext(CqlStatement)}); an empty batch sends
   * nothing. One with {@code USING TIMEOUT} goes through {@code executeAsync} as its text, with all
   * its params, even when the executor sends protocol batches: those would drop the timeout.
   */
  public CompletionStage<CqlResult> sendBatch(CqlStatement batch, List<String> clientWarnings) {
    for (String warning : clientWarnings) {
      LOG.warn("{}", warning);
    }
    if (batch.children().isEmpty()) {
      return CompletableFuture.completedFuture(withWarnings(CqlResult.empty(), clientWarnings));
    }
    CompletionStage<CqlResult> stage =
        checked(
            isProtocolBatch(batch)
                ? nativeBatches.executeBatchAsync(batch, options)
                : executor.executeAsync(batch, options));
    return clientWarnings.isEmpty() ? stage : stage.thenApply(r -> withWarnings(r, clientWarnings));
  }

  /** True when {@code batch} goes as a protocol batch: the executor sends them, and it has no timeout. */
  private boolean isProtocolBatch(CqlStatement batch) {
    return nativeBatches != null && !batch.hasTimeout();
  }

  private CompletionStage<CqlResult> checked(@CheckForNull CompletionStage<CqlResult> stage) {
    if (stage == null) {
      throw new IllegalStateException(
          "executor "
              + executor.getClass().getName()
              + " returned null from executeAsync: it must return a CompletionStage, a failed one"
              + " for an error");
    }
    return stage;
  }

  /** The result with the engine's own warnings before the server's. */
  public static CqlResult withWarnings(CqlResult result, List<String> clientWarnings) {
    if (clientWarnings.isEmpty()) {
      return result;
    }
    List<String> all = new ArrayList<>(clientWarnings);
    all.addAll(result.warnings());
    return CqlResult.of(
        result.rows(),
        result.pagingState().orElse(null),
        all,
        result.tracingId().orElse(null),
        result.coordinator().orElse(null));
  }
}
