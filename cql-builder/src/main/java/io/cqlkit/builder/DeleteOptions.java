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
 * The options of a DELETE beyond its equality WHERE map, for {@link Cql#buildDelete(String,
 * String, java.util.Map, DeleteOptions)}: the columns to delete (else the whole row), more WHERE
 * relations (any operator), {@code IF EXISTS} or {@code IF} conditions, and {@code USING
 * TIMESTAMP}.
 *
 * <pre>{@code
 * DeleteOptions.builder().columns("a", "b").where(gte("ck", 10)).ifExists().build();
 * }</pre>
 */
@CheckReturnValue
public final class DeleteOptions {
  private static final DeleteOptions NONE =
      new DeleteOptions(ImmutableList.of(), ImmutableList.of(), false, ImmutableList.of(), null);

  private final ImmutableList<String> columns;
  private final ImmutableList<Relation> where;
  private final boolean ifExists;
  private final ImmutableList<Relation> conditions;
  @CheckForNull private final Long timestamp;

  private DeleteOptions(
      ImmutableList<String> columns,
      ImmutableList<Relation> where,
      boolean ifExists,
      ImmutableList<Relation> conditions,
      @CheckForNull Long timestamp) {
    this.columns = columns;
    this.where = where;
    this.ifExists = ifExists;
    this.conditions = conditions;
    this.timestamp = timestamp;
  }

  /** No options: delete whole rows. */
  public static DeleteOptions none() {
    return NONE;
  }

  /** A builder, starting with no options. */
  public static Builder builder() {
    return new Builder();
  }

  /** The columns to delete; empty for whole rows. */
  public List<String> columns() {
    return columns;
  }

  /** The WHERE relations after the equality map's. */
  public List<Relation> where() {
    return where;
  }

  /** {@code delete} with these options' clauses. */
  public Delete applyTo(Delete delete) {
    Delete out = delete;
    if (!columns.isEmpty()) {
      out = out.columns(columns.toArray(new String[0]));
    }
    for (Relation r : where) {
      out = out.where(r);
    }
    if (ifExists) {
      out = out.ifExists();
    }
    for (Relation c : conditions) {
      out = out.onlyIf(c);
    }
    if (timestamp != null) {
      out = out.usingTimestamp(timestamp);
    }
    return out;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof DeleteOptions)) {
      return false;
    }
    DeleteOptions that = (DeleteOptions) o;
    return columns.equals(that.columns)
        && where.equals(that.where)
        && ifExists == that.ifExists
        && conditions.equals(that.conditions)
        && Objects.equals(timestamp, that.timestamp);
  }

  @Override
  public int hashCode() {
    return Objects.hash(columns, where, ifExists, conditions, timestamp);
  }

  @Override
  public String toString() {
    return MoreObjects.toStringHelper("DeleteOptions")
        .omitNullValues()
        .add("columns", columns.isEmpty() ? null : columns)
        .add("where", where.isEmpty() ? null : where)
        .add("ifExists", ifExists ? true : null)
        .add("onlyIf", conditions.isEmpty() ? null : conditions)
        .add("timestamp", timestamp)
        .toString();
  }

  /** Collects delete options; not thread-safe. */
  public static final class Builder {
    private final ImmutableList.Builder<String> columns = ImmutableList.builder();
    private final ImmutableList.Builder<Relation> where = ImmutableList.builder();
    private boolean ifExists;
    private final ImmutableList.Builder<Relation> conditions = ImmutableList.builder();
    @CheckForNull private Long timestamp;

    private Builder() {}

    /** Deletes these columns only ({@code DELETE a, b FROM ...}), not the whole row. */
    @CanIgnoreReturnValue
    public Builder columns(String... columns) {
      for (String c : columns) {
        this.columns.add(CqlIdentifier.checkName(c, "column"));
      }
      return this;
    }

    /** WHERE relations with any operator ({@code Relation.gte}, {@code in}, ...), after the map's. */
    @CanIgnoreReturnValue
    public Builder where(Relation... relations) {
      for (Relation r : relations) {
        checkArgument(r != null, "a WHERE relation must not be null");
        where.add(r);
      }
      return this;
    }

    /** {@code IF EXISTS}: delete only an existing row (a lightweight transaction). */
    @CanIgnoreReturnValue
    public Builder ifExists() {
      this.ifExists = true;
      return this;
    }

    /** {@code IF} conditions, joined by AND. */
    @CanIgnoreReturnValue
    public Builder onlyIf(Relation... conditions) {
      for (Relation c : conditions) {
        checkArgument(c != null, "an IF condition must not be null");
        this.conditions.add(c);
      }
      return this;
    }

    /** {@code USING TIMESTAMP ?}, in microseconds since the epoch. */
    @CanIgnoreReturnValue
    public Builder timestamp(long micros) {
      this.timestamp = micros;
      return this;
    }

    /** The options. */
    public DeleteOptions build() {
      return new DeleteOptions(columns.build(), where.build(), ifExists, conditions.build(), timestamp);
    }
  }
}
