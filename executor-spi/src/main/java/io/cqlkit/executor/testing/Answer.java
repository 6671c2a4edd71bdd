package io.cqlkit.executor.testing;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.base.MoreObjects;
import com.google.errorprone.annotations.CheckReturnValue;
import io.cqlkit.executor.CqlResult;
import io.cqlkit.executor.LwtResult;
import io.cqlkit.executor.Row;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.annotation.CheckForNull;

/**
 * What a {@link RecordingExecutor} answers to a statement: a result (rows, an LWT outcome) or a
 * failure, at once or after a delay.
 *
 * <pre>{@code
 * executor.whenCql("SELECT * FROM ks.users WHERE id = ?")
 *     .thenAnswer(Answer.rows(Row.of(Map.of("id", 1, "name", "ann"))));
 * executor.when(CqlStatement::isConditional).thenAnswer(Answer.notApplied(Map.of("owner", "bob")));
 * executor.whenAny().thenAnswer(Answer.failure(new QueryTimeoutException("timeout")).delayed(Duration.ofMillis(5)));
 * }</pre>
 */
@CheckReturnValue
public final class Answer {
  @CheckForNull private final CqlResult result;
  @CheckForNull private final Throwable failure;
  private final Duration delay;

  private Answer(@CheckForNull CqlResult result, @CheckForNull Throwable failure, Duration delay) {
    this.result = result;
    this.failure = failure;
    this.delay = delay;
  }

  /** Answers with this result. */
  public static Answer of(CqlResult result) {
    checkArgument(result != null, "result must not be null: use CqlResult.empty()");
    return new Answer(result, null, Duration.ZERO);
  }

  /** Answers with one page holding these rows. */
  public static Answer rows(Row... rows) {
    checkArgument(rows != null, "rows must not be null");
    return of(CqlResult.of(List.of(rows)));
  }

  /** Answers a conditional statement or batch: applied. */
  public static Answer applied() {
    return rows(Row.of(Map.of(LwtResult.APPLIED_COLUMN, true)));
  }

  /** Answers a conditional statement: not applied, with no existing row (IF EXISTS on a missing row). */
  public static Answer notApplied() {
    return rows(Row.of(Map.of(LwtResult.APPLIED_COLUMN, false)));
  }

  /** Answers a conditional statement: not applied, with the existing row's values. */
  public static Answer notApplied(Map<String, ?> existing) {
    checkArgument(existing != null, "existing row must not be null: use notApplied()");
    return notApplied(List.of(existing));
  }

  /** Answers a conditional batch: not applied, one existing row per conditional statement. */
  public static Answer notApplied(List<? extends Map<String, ?>> existingRows) {
    checkArgument(
        existingRows != null && !existingRows.isEmpty(),
        "a not-applied batch answer needs one existing row per conditional statement");
    List<Row> rows = new ArrayList<>(existingRows.size());
    for (Map<String, ?> existing : existingRows) {
      Map<String, Object> values = new LinkedHashMap<>();
      values.put(LwtResult.APPLIED_COLUMN, false);
      values.putAll(existing);
      rows.add(Row.of(values));
    }
    return of(CqlResult.of(rows));
  }

  /** Fails with {@code failure} (e.g. a {@code QueryTimeoutException}). */
  public static Answer failure(Throwable failure) {
    checkArgument(failure != null, "failure must not be null");
    return new Answer(null, failure, Duration.ZERO);
  }

  /** The same answer, delivered after {@code delay} on another thread. */
  public Answer delayed(Duration delay) {
    checkArgument(
        delay != null && !delay.isNegative(), "delay must be zero or positive, but was %s", delay);
    return new Answer(result, failure, delay);
  }

  /** The result, or null for a failure. */
  @CheckForNull
  CqlResult result() {
    return result;
  }

  /** The failure, or null for a result. */
  @CheckForNull
  Throwable failure() {
    return failure;
  }

  Duration delay() {
    return delay;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Answer)) {
      return false;
    }
    Answer that = (Answer) o;
    return Objects.equals(result, that.result)
        && Objects.equals(failure, that.failure)
        && delay.equals(that.delay);
  }

  @Override
  public int hashCode() {
    return Objects.hash(result, failure, delay);
  }

  @Override
  public String toString() {
    return MoreObjects.toStringHelper("Answer")
        .omitNullValues()
        .add("result", result)
        .add("failure", failure)
        .add("delay", delay.isZero() ? null : delay)
        .toString();
  }
}
