package io.cqlkit.builder;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.base.MoreObjects;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import com.google.errorprone.annotations.CheckReturnValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.annotation.CheckForNull;

/**
 * The options of a SELECT beyond its equality WHERE map, for {@link Cql#buildSelect(String,
 * String, java.util.Map, SelectOptions)}: the columns (else {@code *}), {@code DISTINCT}, more
 * WHERE relations (any operator), {@code ORDER BY}, {@code PER PARTITION LIMIT}, {@code LIMIT} and
 * {@code ALLOW FILTERING}.
 *
 * <pre>{@code
 * SelectOptions.builder().columns("ts", "event_type").where(gte("ts", from))
 *     .orderBy("ts", Order.DESC).limit(10).build();
 * }</pre>
 */
@CheckReturnValue
public final class SelectOptions {
  private static final SelectOptions NONE =
      new SelectOptions(
          ImmutableList.of(), false, ImmutableList.of(), ImmutableMap.of(), null, null, false);

  private final ImmutableList<String> columns;
  private final boolean distinct;
  private final ImmutableList<Relation> where;
  private final ImmutableMap<String, Order> orderBy;
  @CheckForNull private final Integer perPartitionLimit;
  @CheckForNull private final Integer limit;
  private final boolean allowFiltering;

  private SelectOptions(
      ImmutableList<String> columns,
      boolean distinct,
      ImmutableList<Relation> where,
      ImmutableMap<String, Order> orderBy,
      @CheckForNull Integer perPartitionLimit,
      @CheckForNull Integer limit,
      boolean allowFiltering) {
    this.columns = columns;
    this.distinct = distinct;
    this.where = where;
    this.orderBy = orderBy;
    this.perPartitionLimit = perPartitionLimit;
    this.limit = limit;
    this.allowFiltering = allowFiltering;
  }

  /** No options: {@code SELECT *}. */
  public static SelectOptions none() {
    return NONE;
  }

  /** A builder, starting with no options. */
  public static Builder builder() {
    return new Builder();
  }

  /** The selected columns; empty for {@code *}. */
  public List<String> columns() {
    return columns;
  }

  /** The WHERE relations after the equality map's. */
  public List<Relation> where() {
    return where;
  }

  /** {@code select} with these options' clauses. */
  public Select applyTo(Select select) {
    Select out = select;
    if (!columns.isEmpty()) {
      out = out.columns(columns.toArray(new String[0]));
    }
    if (distinct) {
      out = out.distinct();
    }
    for (Relation r : where) {
      out = out.where(r);
    }
    for (Map.Entry<String, Order> e : orderBy.entrySet()) {
      out = out.orderBy(e.getKey(), e.getValue());
    }
    if (perPartitionLimit != null) {
      out = out.perPartitionLimit(perPartitionLimit);
    }
    if (limit != null) {
      out = out.limit(limit);
    }
    if (allowFiltering) {
      out = out.allowFiltering();
    }
    return out;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof SelectOptions)) {
      return false;
    }
    SelectOptions that = (SelectOptions) o;
    return columns.equals(that.columns)
        && distinct == that.distinct
        && where.equals(that.where)
        && orderBy.equals(that.orderBy)
        && Objects.equals(perPartitionLimit, that.perPartitionLimit)
        && Objects.equals(limit, that.limit)
        && allowFiltering == that.allowFiltering;
  }

  @Override
  public int hashCode() {
    return Objects.hash(columns, distinct, where, orderBy, perPartitionLimit, limit, allowFiltering);
  }

  @Override
  public String toString() {
    return MoreObjects.toStringHelper("SelectOptions")
        .omitNullValues()
        .add("columns", columns.isEmpty() ? null : columns)
        .add("distinct", distinct ? true : null)
        .add("where", where.isEmpty() ? null : where)
        .add("orderBy", orderBy.isEmpty() ? null : orderBy)
        .add("perPartitionLimit", perPartitionLimit)
        .add("limit", limit)
        .add("allowFiltering", allowFiltering ? true : null)
        .toString();
  }

  /** Collects select options; not thread-safe. */
  public static final class Builder {
    private final ImmutableList.Builder<String> columns = ImmutableList.builder();
    private boolean distinct;
    private final ImmutableList.Builder<Relation> where = ImmutableList.builder();
    private final Map<String, Order> orderBy = new LinkedHashMap<>();
    @CheckForNull private Integer perPartitionLimit;
    @CheckForNull private Integer limit;
    private boolean allowFiltering;

    private Builder() {}

    /** Selects these columns, in this order, instead of {@code *}. */
    @CanIgnoreReturnValue
    public Builder columns(String... columns) {
      for (String c : columns) {
        this.columns.add(CqlIdentifier.checkName(c, "column"));
      }
      return this;
    }

    /** {@code SELECT DISTINCT}: one row per partition (select partition-key or static columns). */
    @CanIgnoreReturnValue
    public Builder distinct() {
      this.distinct = true;
      return this;
    }

    /** WHERE relations with any operator ({@code Relation.gt}, {@code in}, ...), after the map's. */
    @CanIgnoreReturnValue
    public Builder where(Relation... relations) {
      for (Relation r : relations) {
        checkArgument(r != null, "a WHERE relation must not be null");
        where.add(r);
      }
      return this;
    }

    /** {@code ORDER BY column ASC|DESC}; call again for the next clustering column. */
    @CanIgnoreReturnValue
    public Builder orderBy(String column, Order order) {
      checkArgument(order != null, "orderBy(\"%s\", order) needs ASC or DESC", column);
      checkArgument(
          orderBy.put(CqlIdentifier.checkName(column, "column"), order) == null,
          "ORDER BY names %s twice: give each clustering column one order",
          column);
      return this;
    }

    /** {@code PER PARTITION LIMIT ?}. */
    @CanIgnoreReturnValue
    public Builder perPartitionLimit(int rows) {
      TermChecks.checkRows(rows, "perPartitionLimit");
      this.perPartitionLimit = rows;
      return this;
    }

    /** {@code LIMIT ?}. */
    @CanIgnoreReturnValue
    public Builder limit(int rows) {
      TermChecks.checkRows(rows, "limit");
      this.limit = rows;
      return this;
    }

    /** {@code ALLOW FILTERING}. */
    @CanIgnoreReturnValue
    public Builder allowFiltering() {
      this.allowFiltering = true;
      return this;
    }

    /** The options. */
    public SelectOptions build() {
      return new SelectOptions(
          columns.build(),
          distinct,
          where.build(),
          ImmutableMap.copyOf(orderBy),
          perPartitionLimit,
          limit,
          allowFiltering);
    }
  }
}
