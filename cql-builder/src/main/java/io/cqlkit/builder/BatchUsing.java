package io.cqlkit.builder;

import java.time.Duration;
import javax.annotation.CheckForNull;

/**
 * A batch's {@code USING} clause: its timestamp and its {@code TIMEOUT} (ScyllaDB), each when set.
 * One field of {@link Batch}, so that adding a statement stays one small object. Immutable.
 */
final class BatchUsing {
  static final BatchUsing NONE = new BatchUsing(null, null, null);

  /** {@code USING TIMESTAMP ?}'s value, or null. */
  @CheckForNull final Long timestamp;
  /** {@code USING TIMEOUT}'s term: a duration literal or a marker; or null. */
  @CheckForNull final Term timeout;
  /** The timeout marker's value; null for a literal or no timeout. */
  @CheckForNull final Duration timeoutValue;

  private BatchUsing(
      @CheckForNull Long timestamp,
      @CheckForNull Term timeout,
      @CheckForNull Duration timeoutValue) {
    this.timestamp = timestamp;
    this.timeout = timeout;
    this.timeoutValue = timeoutValue;
  }

  BatchUsing withTimestamp(long micros) {
    return new BatchUsing(micros, timeout, timeoutValue);
  }

  /** With a literal timeout ({@code value} null) or a marker and its value. */
  BatchUsing withTimeout(Term timeout, @CheckForNull Duration value) {
    return new BatchUsing(timestamp, timeout, value);
  }

  /** The number of params: the timestamp's, then the timeout marker's. */
  int paramCount() {
    return (timestamp == null ? 0 : 1) + (timeoutValue == null ? 0 : 1);
  }

  /** Writes the params at the start of {@code values}; returns their number. */
  int copyParams(Object[] values) {
    int at = 0;
    if (timestamp != null) {
      values[at++] = timestamp;
    }
    if (timeoutValue != null) {
      values[at++] = timeoutValue;
    }
    return at;
  }

  /** The timeout's text ({@code 500ms}, {@code ?}, {@code :t}), or null. */
  @CheckForNull
  String timeoutText() {
    return timeout == null ? null : timeout.toString();
  }
}
