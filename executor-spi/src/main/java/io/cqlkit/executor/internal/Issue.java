package io.cqlkit.executor.internal;

import io.cqlkit.executor.ConcurrentRun;
import io.cqlkit.executor.CqlResult;
import io.cqlkit.executor.ExecutionResult;
import io.cqlkit.builder.CqlStatement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import javax.annotation.CheckForNull;

/**
 * Issues one statement of a concurrent run: binds it, sends it, and hands the outcome to the run.
 * A stage that is already complete is handled at once, without a callback; a binder or sender
 * that throws counts as that statement's failure.
 */
public final class Issue {
  /** Receives the outcome of statement {@code index}: a result, or an error. */
  @FunctionalInterface
  public interface Outcome {
    void accept(
        long index,
        @CheckForNull CqlStatement statement,
        @CheckForNull CqlResult result,
        @CheckForNull Throwable error);
  }

  private Issue() {}

  public static void issue(
      long index,
      Object input,
      Function<Object, ? extends CqlStatement> binder,
      Function<CqlStatement, CompletionStage<CqlResult>> sender,
      Outcome outcome) {
    CqlStatement statement = null;
    CompletionStage<CqlResult> stage;
    try {
      statement = binder.apply(input);
      if (statement == null) {
        throw nullStatement(index, input);
      }
      stage = sender.apply(statement);
    } catch (RuntimeException e) {
      outcome.accept(index, statement, null, e);
      return;
    }
    if (stage instanceof CompletableFuture) {
      CompletableFuture<CqlResult> future = (CompletableFuture<CqlResult>) stage;
      if (future.isDone() && !future.isCompletedExceptionally()) {
        outcome.accept(index, statement, future.getNow(null), null);
        return;
      }
    }
    CqlStatement sent = statement;
    stage.whenComplete((result, error) -> outcome.accept(index, sent, result, error));
  }

  /** The failure of a run's element that is, or was bound to, no statement. */
  public static IllegalArgumentException nullStatement(long index, @CheckForNull Object input) {
    return new IllegalArgumentException(
        input == null
            ? "statement " + index + " is null: every element of a run must be a statement"
            : "the binder made no statement of argument " + index + ": it returned null");
  }

  /** The run's record of an outcome, with a CompletionException's cause unwrapped. */
  public static ExecutionResult toResult(
      long index,
      @CheckForNull CqlStatement statement,
      @CheckForNull CqlResult result,
      @CheckForNull Throwable error) {
    return error == null
        ? ExecutionResult.success(index, statement, result == null ? CqlResult.empty() : result)
        : ExecutionResult.failure(index, statement, unwrap(error));
  }

  /** The failure inside CompletionException and ExecutionException wrappers: the one unwrap helper. */
  public static Throwable unwrap(Throwable error) {
    Throwable t = error;
    while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }
}
