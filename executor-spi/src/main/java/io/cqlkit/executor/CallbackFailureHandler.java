package io.cqlkit.executor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Told when a batch callback throws. The batch was applied and the other callbacks still run; the
 * failure is also kept on the {@link BatchResult}. The default logs it.
 */
@FunctionalInterface
public interface CallbackFailureHandler {

  /**
   * Called once per failed callback.
   *
   * @param callbackIndex the callback's position in registration order, from 0
   * @param failure what it threw
   */
  void callbackFailed(int callbackIndex, Exception failure);

  /** Logs the failure at WARN through slf4j (logger {@code io.cqlkit.executor.CqlBatch}). */
  static CallbackFailureHandler logging() {
    Logger log = LoggerFactory.getLogger(CqlBatch.class);
    return (index, failure) ->
        log.warn(
            "batch callback {} failed; the batch was applied and the other callbacks still run",
            index,
            failure);
  }
}
