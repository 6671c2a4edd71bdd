package io.cqlkit.builder;

import com.google.common.base.MoreObjects;
import com.google.errorprone.annotations.CheckReturnValue;
import java.util.Objects;
import java.util.OptionalLong;
import javax.annotation.CheckForNull;

/**
 * The options of a batch beyond its type and statements, for {@link Cql#buildBatch(BatchType,
 * Iterable, BatchOptions)}: the batch-level {@code USING TIMESTAMP}.
 *
 * <pre>{@code
 * buildBatch(BatchType.UNLOGGED, statements, BatchOptions.timestamp(micros));
 * }</pre>
 */
@CheckReturnValue
public final class BatchOptions {
  private static final BatchOptions NONE = new BatchOptions(null);

  @CheckForNull private final Long timestamp;

  private BatchOptions(@CheckForNull Long timestamp) {
    this.timestamp = timestamp;
  }

  /** No options. */
  public static BatchOptions none() {
    return NONE;
  }

  /** {@code BEGIN ... BATCH USING TIMESTAMP ?}, in microseconds since the epoch. */
  public static BatchOptions timestamp(long micros) {
    return new BatchOptions(micros);
  }

  /** The batch timestamp, if set. */
  public OptionalLong batchTimestamp() {
    return timestamp == null ? OptionalLong.empty() : OptionalLong.of(timestamp);
  }

  /** {@code batch} with these options. */
  public Batch applyTo(Batch batch) {
    return timestamp == null ? batch : batch.usingTimestamp(timestamp);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BatchOptions && Objects.equals(((BatchOptions) o).timestamp, timestamp);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(timestamp);
  }

  @Override
  public String toString() {
    return MoreObjects.toStringHelper("BatchOptions").omitNullValues().add("timestamp", timestamp).toString();
  }
}
