package io.cqlkit.builder;

import com.google.common.base.MoreObjects;
import com.google.errorprone.annotations.CheckReturnValue;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import javax.annotation.CheckForNull;

/**
 * The options of a batch beyond its type and statements, for {@link Cql#buildBatch(BatchType,
 * Iterable, BatchOptions)}: the batch-level {@code USING TIMESTAMP}, and ScyllaDB's {@code USING
 * TIMEOUT}.
 *
 * <pre>{@code
 * buildBatch(BatchType.UNLOGGED, statements, BatchOptions.timestamp(micros));
 * buildBatch(BatchType.LOGGED, statements,
 *     BatchOptions.timestamp(micros).withTimeout(Duration.ofMillis(500)));
 * // BEGIN BATCH USING TIMESTAMP ? AND TIMEOUT 500ms ...
 * }</pre>
 */
@CheckReturnValue
public final class BatchOptions {
  private static final BatchOptions NONE = new BatchOptions(null, null);

  @CheckForNull private final Long timestamp;
  @CheckForNull private final Duration timeout;

  private BatchOptions(@CheckForNull Long timestamp, @CheckForNull Duration timeout) {
    this.timestamp = timestamp;
    this.timeout = timeout;
  }

  /** No options. */
  public static BatchOptions none() {
    return NONE;
  }

  /** {@code BEGIN ... BATCH USING TIMESTAMP ?}, in microseconds since the epoch. */
  public static BatchOptions timestamp(long micros) {
    return new BatchOptions(micros, null);
  }

  /**
   * {@code BEGIN ... BATCH USING TIMEOUT 500ms}, as {@link Batch#usingTimeout(Duration)}. ScyllaDB
   * only.
   *
   * @throws IllegalArgumentException if it is not positive
   */
  public static BatchOptions timeout(Duration timeout) {
    return NONE.withTimeout(timeout);
  }

  /**
   * These options with {@code USING TIMEOUT 500ms}, after the timestamp if any, as {@link
   * Batch#usingTimeout(Duration)}. ScyllaDB only.
   *
   * @throws IllegalArgumentException if it is not positive
   */
  public BatchOptions withTimeout(Duration timeout) {
    return new BatchOptions(timestamp, TermChecks.positiveTimeout(timeout));
  }

  /** The batch timestamp, if set. */
  public OptionalLong batchTimestamp() {
    return timestamp == null ? OptionalLong.empty() : OptionalLong.of(timestamp);
  }

  /** The {@code USING TIMEOUT} duration (ScyllaDB), if set. */
  public Optional<Duration> timeout() {
    return Optional.ofNullable(timeout);
  }

  /** {@code batch} with these options. */
  public Batch applyTo(Batch batch) {
    Batch out = timestamp == null ? batch : batch.usingTimestamp(timestamp);
    return timeout == null ? out : out.usingTimeout(timeout);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof BatchOptions)) {
      return false;
    }
    BatchOptions that = (BatchOptions) o;
    return Objects.equals(timestamp, that.timestamp) && Objects.equals(timeout, that.timeout);
  }

  @Override
  public int hashCode() {
    return Objects.hash(timestamp, timeout);
  }

  @Override
  public String toString() {
    return MoreObjects.toStringHelper("BatchOptions")
        .omitNullValues()
        .add("timestamp", timestamp)
        .add("timeout", timeout)
        .toString();
  }
}
