package io.cqlkit.executor.internal;

import io.cqlkit.executor.CqlBatch;
import io.cqlkit.builder.Batch;
import io.cqlkit.builder.BatchType;
import io.cqlkit.builder.Cql;
import io.cqlkit.builder.CqlStatement;
import io.cqlkit.builder.rules.CqlValidator;
import io.cqlkit.executor.CallbackFailureHandler;
import io.cqlkit.executor.CqlResult;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import javax.annotation.CheckForNull;

/** A {@link io.cqlkit.executor.CqlBatch}'s batch statement: checked, built with the builders' own batch builder, sent; and its callbacks. */
public final class BatchStatements {
  private BatchStatements() {}

  public static CqlStatement build(BatchType type, @CheckForNull Long timestamp, List<CqlStatement> children) {
    Batch batch = Cql.batch(type);
    if (timestamp != null) {
      batch = batch.usingTimestamp(timestamp);
    }
    return batch.addAll(children).build();
  }

  /** A batch statement and the stage of its sending; no statement for an empty batch. */
  public static final class Sent {
    @CheckForNull public final CqlStatement batch;
    public final CompletionStage<CqlResult> stage;

    Sent(@CheckForNull CqlStatement batch, CompletionStage<CqlResult> stage) {
      this.batch = batch;
      this.stage = stage;
    }
  }

  /**
   * Checks the batch's parts against the rules, with what the executor's dispatch knows, builds it
   * and sends it; an empty batch sends nothing.
   *
   * @throws io.cqlkit.builder.rules.CqlRuleViolationException if a rule is broken (nothing sent)
   */
  public static Sent checkAndSend(
      Dispatch dispatch,
      CqlValidator rules,
      BatchType type,
      @CheckForNull Long timestamp,
      List<CqlStatement> children) {
    if (children.isEmpty()) {
      return new Sent(null, CompletableFuture.completedFuture(CqlResult.empty()));
    }
    List<String> warnings =
        rules.checkBatch(type, timestamp != null, false, children, dispatch.ruleContext());
    CqlStatement batch = build(type, timestamp, children);
    return new Sent(batch, dispatch.sendBatch(batch, warnings));
  }

  /**
   * Runs every callback, in order, whatever the others throw. An exception goes to the failure
   * handler and the result; an {@link Error} (an assertion, out of memory) is not swallowed: once
   * every callback ran, the first one is rethrown, with any later ones suppressed on it.
   */
  public static List<Exception> runCallbacks(List<Runnable> toRun, CallbackFailureHandler handler) {
    List<Exception> failures = new ArrayList<>(0);
    Error error = null;
    for (int i = 0; i < toRun.size(); i++) {
      try {
        toRun.get(i).run();
      } catch (Exception e) {
        failures.add(e);
        try {
          handler.callbackFailed(i, e);
        } catch (RuntimeException handlerFailure) {
          e.addSuppressed(handlerFailure);
        }
      } catch (Error e) {
        if (error == null) {
          error = e;
        } else {
          error.addSuppressed(e);
        }
      }
    }
    if (error != null) {
      throw error;
    }
    return failures;
  }

  /** What {@code close()} without {@code complete()} throws rather than lose statements silently. */
  public static IllegalStateException unsent(int unsent, String first) {
    return new IllegalStateException(
        "batch closed without complete(), so its "
            + unsent
            + " statement(s) were not sent (first: "
            + first
            + "): call complete() as the last line of the try block to send them at close,"
            + " execute() to send them now, or discard() to drop them; or use"
            + " engine.batch().run(b -> ...)");
  }
}
