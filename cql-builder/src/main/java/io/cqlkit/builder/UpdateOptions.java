package io.cqlkit.builder;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.base.MoreObjects;
import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import com.google.errorprone.annotations.CheckReturnValue;
import java.util.List;
import java.util.Objects;
import javax.annotation.CheckForNull;

/**
 * The options of an UPDATE beyond its assignments and equality WHERE map, for {@link
 * Cql#buildUpdate(String, String, java.util.Map, java.util.Map, UpdateOptions)}: more WHERE
 * relations (any operator), {@code IF EXISTS} or {@code IF} conditions, {@code USING TTL} and
 * {@code USING TIMESTAMP}.
 *
 * <pre>{@code
 * UpdateOptions.builder().where(in("ck", List.of(1, 2))).onlyIf(eq("v", "old")).ttl(60).build();
 * }</pre>
 */
@CheckReturnValue
public final class UpdateOptions {
  private static final UpdateOptions NONE =
      new UpdateOptions(ImmutableList.of(), false, ImmutableList.of(), null, null);

  private final ImmutableList<Relation> where;
  private final boolean ifExists;
  private final ImmutableList<Relation> conditions;
  @CheckForNull private final Integer ttl;
  @CheckForNull private final Long timestamp;

  private UpdateOptions(
      ImmutableList<Relation> where,
      boolean ifExists,
      ImmutableList<Relation> conditions,
      @CheckForNull Integer ttl,
      @CheckForNull Long timestamp) {
    this.where = where;
    this.ifExists = ifExists;
    this.conditions = conditions;
    this.ttl = ttl;
    this.timestamp = timestamp;
  }

  /** No options. */
  public static UpdateOptions none() {
    return NONE;
  }

  /** A builder, starting with no options. */
  public static Builder builder() {
    return new Builder();
  }

  /** The WHERE relations after the equality map's. */
  public List<Relation> where() {
    return where;
  }

  /** True for {@code IF EXISTS}. */
  public boolean ifExists() {
    return ifExists;
  }

  /** The {@code IF} conditions, joined by AND. */
  public List<Relation> conditions() {
    return conditions;
  }

  /** {@code update} with these options' clauses. */
  public Update applyTo(Update update) {
    Update out = update;
    for (Relation r : where) {
      out = out.where(r);
    }
    if (ifExists) {
      out = out.ifExists();
    }
    for (Relation c : conditions) {
      out = out.onlyIf(c);
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
    if (!(o instanceof UpdateOptions)) {
      return false;
    }
    UpdateOptions that = (UpdateOptions) o;
    return where.equals(that.where)
        && ifExists == that.ifExists
        && conditions.equals(that.conditions)
        && Objects.equals(ttl, that.ttl)
        && Objects.equals(timestamp, that.timestamp);
  }

  @Override
  public int hashCode() {
    return Objects.hash(where, ifExists, conditions, ttl, timestamp);
  }

  @Override
  public String toString() {
    return MoreObjects.toStringHelper("UpdateOptions")
        .omitNullValues()
        .add("where", where.isEmpty() ? null : where)
        .add("ifExists", ifExists ? true : null)
        .add("onlyIf", conditions.isEmpty() ? null : conditions)
        .add("ttl", ttl)
        .add("timestamp", timestamp)
        .toString();
  }

  /** Collects update options; not thread-safe. */
  public static final class Builder {
    private final ImmutableList.Builder<Relation> where = ImmutableList.builder();
    private boolean ifExists;
    private final ImmutableList.Builder<Relation> conditions = ImmutableList.builder();
    @CheckForNull private Integer ttl;
    @CheckForNull private Long timestamp;

    private Builder() {}

    /** WHERE relations with any operator ({@code Relation.gt}, {@code in}, ...), after the map's. */
    @CanIgnoreReturnValue
    public Builder where(Relation... relations) {
      for (Relation r : relations) {
        checkArgument(r != null, "a WHERE relation must not be null");
        where.add(r);
      }
      return this;
    }

    /** {@code IF EXISTS}: update only an existing row (a lightweight transaction). */
    @CanIgnoreReturnValue
    public Builder ifExists() {
      this.ifExists = true;
      return this;
    }

    /** {@code IF} conditions ({@code Relation.eq("v", old)}, ...), joined by AND. */
    @CanIgnoreReturnValue
    public Builder onlyIf(Relation... conditions) {
      for (Relation c : conditions) {
        checkArgument(c != null, "an IF condition must not be null");
        this.conditions.add(c);
      }
      return this;
    }

    /** {@code USING TTL ?}: the written values expire after {@code seconds} (0: never). */
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

    /** The options. */
    public UpdateOptions build() {
      return new UpdateOptions(where.build(), ifExists, conditions.build(), ttl, timestamp);
    }
  }
}
