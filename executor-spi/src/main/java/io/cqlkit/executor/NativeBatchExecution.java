package io.cqlkit.executor;

import io.cqlkit.builder.CqlStatement;
import java.util.concurrent.CompletionStage;

/**
 * Optional capability: the executor sends a batch as a native protocol batch of its child
 * statements (each prepared once) rather than as one long text.
 *
 * <p>The rules follow the transport: a batch timestamp is checked as a text rule only when the
 * batch travels as text, and the protocol's limit of 65,535 statements only for protocol batches.
 *
 * <p>Fallback when absent: the engine sends the batch through {@link
 * CqlExecutor#executeAsync(CqlStatement, ExecutionOptions)} as a single statement whose text is
 * the whole {@code BEGIN BATCH … APPLY BATCH} and whose params are the children's, in order.
 *
 * <p>A batch with ScyllaDB's {@code USING TIMEOUT} ({@link CqlStatement#hasTimeout()}) never comes
 * here, since a protocol batch has no timeout: the engine sends it as in the fallback above, and
 * checks it by the rules of a batch sent as text.
 */
public interface NativeBatchExecution {

  /**
   * Sends {@code batch} (a statement of kind BATCH, already validated) as one protocol batch,
   * with its batch type and batch-level timestamp.
   */
  CompletionStage<CqlResult> executeBatchAsync(CqlStatement batch, ExecutionOptions options);

  /**
   * True if this executor binds the values of a protocol batch's statements by name, which the
   * server refuses for statements inside a batch (so the rules refuse named markers first). The
   * default, binding by position, is what the server accepts.
   */
  default boolean bindsByName() {
    return false;
  }
}
