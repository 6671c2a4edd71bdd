package io.cqlkit.executor;

import static com.google.common.base.Preconditions.checkState;

import com.google.common.base.MoreObjects;
import io.cqlkit.builder.CqlStatement;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.CheckForNull;

/**
 * The outcome of one statement of a concurrent execution: its index in the input, and either its
 * result or the error it failed with.
 *
 * <pre>{@code
 * for (ExecutionResult r : results) {
 *   if (!r.isSuccess()) log.warn("statement {} failed", r.index(), r.error());
 * }
 * }</pre>
 */
public final class ExecutionResult {
  private final long index;
  @CheckForNull private final CqlStatement statement;
  @CheckForNull private final CqlResult result;
  @CheckForNull private final Throwable error;

  private ExecutionResult(
      long index,
      @CheckForNull CqlStatement statement,
      @CheckForNull CqlResult result,
      @CheckForNull Throwable error) {
    this.index = index;
    this.statement = statement;
    this.result = result;
    this.error = error;
  }

  /** A successful execution of the statement at {@code index}. */
  public static ExecutionResult success(long index, CqlStatement statement, CqlResult result) {
    return new ExecutionResult(index, statement, Objects.requireNonNull(result, "result"), null);
  }

  /**
   * A failed execution of the input at {@code index}.
   *
   * @param statement the statement, or null when the statement could not even be built
   */
  public static ExecutionResult failure(long index, @CheckForNull CqlStatement statement, Throwable error) {
    return new ExecutionResult(index, statement, null, Objects.requireNonNull(error, "error"));
  }

  /** The position of the statement in the input, from 0. */
  public long index() {
    return index;
  }

  /** True if the statement executed without error. */
  public boolean isSuccess() {
    return error == null;
  }

  /** The statement; empty only when building it from its arguments failed. */
  public Optional<CqlStatement> statement() {
    return Optional.ofNullable(statement);
  }

  /**
   * The result of a successful execution.
   *
   * @throws IllegalStateException if the execution failed (see {@link #error()})
   */
  public CqlResult result() {
    checkState(
        error == null,
        "statement %s failed, so it has no result; check isSuccess() and read error(): %s",
        index,
        error);
    return result;
  }

  /** The error of a failed execution (a {@link CqlExecutionException} for server errors). */
  public Optional<Throwable> error() {
    return Optional.ofNullable(error);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ExecutionResult)) {
      return false;
    }
    ExecutionResult that = (ExecutionResult) o;
    return index == that.index
        && Objects.equals(statement, that.statement)
        && Objects.equals(result, that.result)
        && Objects.equals(error, that.error);
  }

  @Override
  public int hashCode() {
    return Objects.hash(index, statement, result, error);
  }

  @Override
  public String toString() {
    return MoreObjects.toStringHelper("ExecutionResult")
        .omitNullValues()
        .add("index", index)
        .add("success", error == null)
        .add("result", result)
        .add("error", error)
        .toString();
  }
}
