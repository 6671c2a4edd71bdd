package io.cqlkit.builder;

import com.google.common.base.MoreObjects;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import com.google.errorprone.annotations.CheckReturnValue;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.OptionalLong;
import javax.annotation.CheckForNull;

/**
 * The options of an INSERT beyond its values, for {@link Cql#buildInsert(String, String,
 * java.util.Map, InsertOptions)} and table models: {@code IF NOT EXISTS}, {@code USING TTL},
 * {@code USING TIMESTAMP}, and whether null values leave their columns untouched.
 *
 * <pre>{@code
 * InsertOptions.builder().ifNotExists().ttl(60).build();
 * }</pre>
 */
@CheckReturnValue
public final class InsertOptions {
  private static final InsertOptions NONE = new InsertOptions(false, null, null, false);

  private final boolean ifNotExists;
  @CheckForNull private final Integer ttl;
  @CheckForNull private final Long timestamp;
  private final boolean nullsAsUnset;

  private InsertOptions(
      boolean ifNotExists, @CheckForNull Integer ttl, @CheckForNull Long timestamp, boolean nullsAsUnset) {
    this.ifNotExists = ifNotExists;
    this.ttl = ttl;
    this.timestamp = timestamp;
    this.nullsAsUnset = nullsAsUnset;
  }

  /** No options: a plain INSERT that writes nulls as nulls. */
  public static InsertOptions none() {
    return NONE;
  }

  /** A builder, starting with no options. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these options. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.ifNotExists = ifNotExists;
    b.ttl = ttl;
    b.timestamp = timestamp;
    b.nullsAsUnset = nullsAsUnset;
    return b;
  }

  /** True for {@code IF NOT EXISTS}. */
  public boolean ifNotExists() {
    return ifNotExists;
  }

  /** The {@code USING TTL} seconds, if set. */
  public OptionalInt ttl() {
    return ttl == null ? OptionalInt.empty() : OptionalInt.of(ttl);
  }

  /** The {@code USING TIMESTAMP} microseconds, if set. */
  public OptionalLong timestamp() {
    return timestamp == null ? OptionalLong.empty() : OptionalLong.of(timestamp);
  }

  /** True if null values are bound as {@link Unset#UNSET}, leaving their columns untouched. */
  public boolean nullsAsUnset() {
    return nullsAsUnset;
  }

  /** {@code insert} with these options' clauses (nulls-as-unset applies to values, not clauses). */
  public Insert applyTo(Insert insert) {
    Insert out = insert;
    if (ifNotExists) {
      out = out.ifNotExists();
    }
    if (ttl != null) {
      out = out.usingTtl(ttl);
    }
    if (timestamp != null) {
      out = out.usingTimestamp(timestamp);
    }
    return out;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof InsertOptions)) {
      return false;
    }
    InsertOptions that = (InsertOptions) o;
    return ifNotExists == that.ifNotExists
        && nullsAsUnset == that.nullsAsUnset
        && Objects.equals(ttl, that.ttl)
        && Objects.equals(timestamp, that.timestamp);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ifNotExists, ttl, timestamp, nullsAsUnset);
  }

  @Override
  public String toString() {
    return MoreObjects.toStringHelper("InsertOptions")
        .omitNullValues()
        .add("ifNotExists", ifNotExists ? true : null)
        .add("ttl", ttl)
        .add("timestamp", timestamp)
        .add("nullsAsUnset", nullsAsUnset ? true : null)
        .toString();
  }

  /** Collects insert options; not thread-safe. */
  public static final class Builder {
    private boolean ifNotExists;
    @CheckForNull private Integer ttl;
    @CheckForNull private Long timestamp;
    private boolean nullsAsUnset;

    private Builder() {}

    /** {@code IF NOT EXISTS}: insert only if the row does not exist (a lightweight transaction). */
    @CanIgnoreReturnValue
    public Builder ifNotExists() {
      this.ifNotExists = true;
      return this;
    }

    /** {@code USING TTL ?}: the values expire after {@code seconds} (0: never). */
    @CanIgnoreReturnValue
    public Builder ttl(int seconds) {
      TermChecks.checkTtl(seconds);
      this.ttl = seconds;
      return this;
    }

    /** {@code USING TIMESTAMP ?}, in microseconds since the epoch. */
    @CanIgnoreReturnValue
    public Builder timestamp(long micros) {
      this.timestamp = micros;
      return this;
    }

    /** Null values are bound as {@link Unset#UNSET}: they leave their columns untouched. */
    @CanIgnoreReturnValue
    public Builder nullsAsUnset() {
      this.nullsAsUnset = true;
      return this;
    }

    /** The options. */
    public InsertOptions build() {
      return new InsertOptions(ifNotExists, ttl, timestamp, nullsAsUnset);
    }
  }
}
