package io.cqlkit.executor;

import com.google.common.base.MoreObjects;
import io.cqlkit.builder.CqlStatement;
import java.util.List;
import java.util.Optional;
import javax.annotation.CheckForNull;

/**
 * What executing a {@link CqlBatch} gave: the server's result (with {@link #lwt()} for a
 * conditional batch), the warnings (the engine's, then the server's), and the failures of any
 * callbacks.
 */
public final class BatchResult {
  @CheckForNull private final CqlStatement statement;
  private final CqlResult result;
  private final List<Exception> callbackFailures;

  private BatchResult(
      @CheckForNull CqlStatement statement, CqlResult result, List<Exception> callbackFailures) {
    this.statement = statement;
    this.result = result;
    this.callbackFailures = callbackFailures;
  }

  static BatchResult of(
      @CheckForNull CqlStatement statement, CqlResult result, List<Exception> callbackFailures) {
    return new BatchResult(statement, result, List.copyOf(callbackFailures));
  }

  /** False for an empty batch, which sends nothing. */
  public boolean wasSent() {
    return statement != null;
  }

  /** The batch statement that was sent; empty when nothing was sent. */
  public Optional<CqlStatement> statement() {
    return Optional.ofNullable(statement);
  }

  /** The server's result ({@link CqlResult#empty()} when nothing was sent). */
  public CqlResult result() {
    return result;
  }

  /** The engine's warnings (e.g. batch size) followed by the server's. */
  public List<String> warnings() {
    return result.warnings();
  }

  /** True unless this was a conditional batch that was not applied. */
  public boolean wasApplied() {
    return result.wasApplied();
  }

  /**
   * The outcome of a conditional batch: applied, or not with one row per conditional statement.
   *
   * @throws IllegalStateException if the batch was not conditional
   */
  public LwtResult lwt() {
    return result.lwt();
  }

  /** What the callbacks that failed threw, in callback order; empty when all succeeded. */
  public List<Exception> callbackFailures() {
    return callbackFailures;
  }

  @Override
  public String toString() {
    return MoreObjects.toStringHelper("BatchResult")
        .add("sent", wasSent())
        .add("result", result)
        .add("callbackFailures", callbackFailures.isEmpty() ? null : callbackFailures)
        .omitNullValues()
        .toString();
  }
}
