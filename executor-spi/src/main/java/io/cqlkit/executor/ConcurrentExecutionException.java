package io.cqlkit.executor;

import java.util.List;

/**
 * A fail-fast concurrent execution stopped at a failed statement. The failure is the cause; the
 * results of the statements that were issued, in input order, are kept.
 */
public final class ConcurrentExecutionException extends CqlExecutionException {
  private static final long serialVersionUID = 1L;

  private final transient ExecutionResult failure;
  private final transient List<ExecutionResult> results;

  ConcurrentExecutionException(ExecutionResult failure, List<ExecutionResult> results) {
    super(
        "statement "
            + failure.index()
            + failure.statement().map(s -> " (" + s.cql() + ")").orElse("")
            + " failed, so no further statement was issued: "
            + failure.error().orElseThrow(),
        failure.error().orElseThrow());
    this.failure = failure;
    this.results = List.copyOf(results);
  }

  /** The index in the input of the statement that failed first. */
  public long index() {
    return failure.index();
  }

  /** The failed statement's result. */
  public ExecutionResult failure() {
    return failure;
  }

  /**
   * The results of every statement that was issued, in input order (the failed one included);
   * empty from the streaming form, which handed the earlier results out already.
   */
  public List<ExecutionResult> results() {
    return results;
  }
}
