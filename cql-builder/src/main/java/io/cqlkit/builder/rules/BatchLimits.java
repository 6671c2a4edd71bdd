package io.cqlkit.builder.rules;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.base.MoreObjects;
import com.google.errorprone.annotations.CheckReturnValue;

/**
 * Batch size thresholds, as the server's {@code batch_size_warn_threshold} and {@code
 * batch_size_fail_threshold}: above the warn threshold a batch is sent with a warning, above the
 * fail threshold it is refused. As on the server, they apply only to batches that touch more than
 * one partition. Sizes are the server's mutation sizes, {@linkplain CqlValidator modelled} from the
 * bound values and what is known of the tables.
 *
 * <pre>{@code
 * CqlValidator v = CqlValidator.cassandra().withLimits(BatchLimits.of(10 * 1024, 100 * 1024));
 * }</pre>
 */
@CheckReturnValue
public final class BatchLimits {
  private static final int KIB = 1024;
  private static final BatchLimits CASSANDRA = new BatchLimits(5 * KIB, 50 * KIB, 10);
  private static final BatchLimits SCYLLA = new BatchLimits(128 * KIB, 1024 * KIB, 0);

  private final long warnBytes;
  private final long failBytes;
  private final int unloggedPartitionsWarn;

  private BatchLimits(long warnBytes, long failBytes, int unloggedPartitionsWarn) {
    this.warnBytes = warnBytes;
    this.failBytes = failBytes;
    this.unloggedPartitionsWarn = unloggedPartitionsWarn;
  }

  /** Cassandra's defaults: warn above 5 KiB, fail above 50 KiB, warn on an UNLOGGED batch over 10 partitions. */
  public static BatchLimits cassandra() {
    return CASSANDRA;
  }

  /** ScyllaDB's defaults: warn above 128 KiB, fail above 1024 KiB. */
  public static BatchLimits scylla() {
    return SCYLLA;
  }

  /** Custom thresholds in bytes; no UNLOGGED partition-count warning. */
  public static BatchLimits of(long warnBytes, long failBytes) {
    checkArgument(warnBytes > 0, "the warn threshold must be positive, but was %s", warnBytes);
    checkArgument(
        failBytes >= warnBytes,
        "the fail threshold (%s) must not be below the warn threshold (%s)",
        failBytes,
        warnBytes);
    return new BatchLimits(warnBytes, failBytes, 0);
  }

  /**
   * Warn when an UNLOGGED batch touches more than {@code partitions} partitions (Cassandra's
   * {@code unlogged_batch_across_partitions_warn_threshold}); 0 turns the warning off.
   */
  public BatchLimits withUnloggedPartitionsWarn(int partitions) {
    checkArgument(partitions >= 0, "the partition count must not be negative, but was %s", partitions);
    return new BatchLimits(warnBytes, failBytes, partitions);
  }

  /** Above this estimated size (bytes) a multi-partition batch is sent with a warning. */
  public long warnBytes() {
    return warnBytes;
  }

  /** Above this estimated size (bytes) a multi-partition batch is refused. */
  public long failBytes() {
    return failBytes;
  }

  /** The UNLOGGED partition-count warning threshold, 0 when off. */
  public int unloggedPartitionsWarn() {
    return unloggedPartitionsWarn;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof BatchLimits)) {
      return false;
    }
    BatchLimits that = (BatchLimits) o;
    return warnBytes == that.warnBytes
        && failBytes == that.failBytes
        && unloggedPartitionsWarn == that.unloggedPartitionsWarn;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(warnBytes) * 31 * 31 + Long.hashCode(failBytes) * 31 + unloggedPartitionsWarn;
  }

  @Override
  public String toString() {
    return MoreObjects.toStringHelper("BatchLimits")
        .add("warnBytes", warnBytes)
        .add("failBytes", failBytes)
        .add("unloggedPartitionsWarn", unloggedPartitionsWarn)
        .toString();
  }
}
