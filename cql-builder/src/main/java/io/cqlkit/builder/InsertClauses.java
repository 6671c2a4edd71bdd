package io.cqlkit.builder;

import io.cqlkit.builder.internal.Target;
import javax.annotation.CheckForNull;

/** The clauses of an INSERT beyond its values (JSON, IF NOT EXISTS, TTL, TIMESTAMP, TIMEOUT), shared by every value step after they are set. */
final class InsertClauses {
  static final int DEFAULT_NULL = 1;
  static final int DEFAULT_UNSET = 2;

  final Target target;
  @CheckForNull final Term json;
  final boolean ifNotExists;
  @CheckForNull final Term ttl;
  @CheckForNull final Term timestamp;
  /** {@code DEFAULT NULL} ({@link #DEFAULT_NULL}), {@code DEFAULT UNSET} or none (0), after JSON. */
  final int jsonDefault;
  /** {@code USING TIMEOUT} (ScyllaDB), or null. */
  @CheckForNull final Term timeout;
  /**
   * With only plain values, the text depends on the columns and on these options alone: this
   * key says which (IF NOT EXISTS, TTL, TIMESTAMP), or is -1 when the text depends on more.
   */
  final int shapeKey;

  InsertClauses(
      Target target,
      @CheckForNull Term json,
      boolean ifNotExists,
      @CheckForNull Term ttl,
      @CheckForNull Term timestamp) {
    this(target, json, ifNotExists, ttl, timestamp, 0, null);
  }

  InsertClauses(
      Target target,
      @CheckForNull Term json,
      boolean ifNotExists,
      @CheckForNull Term ttl,
      @CheckForNull Term timestamp,
      int jsonDefault,
      @CheckForNull Term timeout) {
    this.target = target;
    this.json = json;
    this.ifNotExists = ifNotExists;
    this.ttl = ttl;
    this.timestamp = timestamp;
    this.jsonDefault = jsonDefault;
    this.timeout = timeout;
    this.shapeKey =
        json != null
                || timeout != null
                || (ttl != null && !ttl.isPlain())
                || (timestamp != null && !timestamp.isPlain())
            ? -1
            : StatementKind.INSERT.ordinal() << 16
                | (ifNotExists ? 1 : 0)
                | (ttl != null ? 2 : 0)
                | (timestamp != null ? 4 : 0);
  }
}
