package io.cqlkit.builder;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import com.google.errorprone.annotations.CheckReturnValue;
import java.time.Duration;
import javax.annotation.CheckForNull;

/**
 * An immutable SELECT builder. With no column chosen it selects {@code *}. Each step returns a
 * new builder in O(1), so a partial builder can be a shared constant.
 *
 * <pre>{@code
 * selectFrom("ks", "t").where("pk", pk).where(in("ck", cks)).orderBy("ck", Order.DESC).limit(10).build();
 * // SELECT * FROM ks.t WHERE pk = ? AND ck IN ? ORDER BY ck DESC LIMIT ?
 * selectFrom("ks", "t").columns("a").as("x").select(writetime("b"), count()).build();
 * // SELECT a AS x, writetime(b), count(*) FROM ks.t
 * }</pre>
 */
@CheckReturnValue
public final class Select {
  private static final int ALL = 1;
  private static final int DISTINCT = 2;
  private static final int JSON = 4;
  private static final int ALLOW_FILTERING = 8;
  private static final int BYPASS_CACHE = 16;

  private final Target target;
  @CheckForNull private final Chain<Selector> selectors;
  private final int flags;
  @CheckForNull private final Chain<Relation> where;
  @CheckForNull private final Chain<String> groupBy;
  @CheckForNull private final Chain<Ordering> orderBy;
  @CheckForNull private final Term perPartitionLimit;
  @CheckForNull private final Term limit;
  @CheckForNull private final Duration timeout;

  private Select(
      Target target,
      @CheckForNull Chain<Selector> selectors,
      int flags,
      @CheckForNull Chain<Relation> where,
      @CheckForNull Chain<String> groupBy,
      @CheckForNull Chain<Ordering> orderBy,
      @CheckForNull Term perPartitionLimit,
      @CheckForNull Term limit,
      @CheckForNull Duration timeout) {
    this.target = target;
    this.selectors = selectors;
    this.flags = flags;
    this.where = where;
    this.groupBy = groupBy;
    this.orderBy = orderBy;
    this.perPartitionLimit = perPartitionLimit;
    this.limit = limit;
    this.timeout = timeout;
  }

  static Select from(Target target) {
    return new Select(target, null, 0, null, null, null, null, null, null);
  }

  /** {@code SELECT *}: every column (also what a SELECT with no chosen column renders). */
  public Select all() {
    return flag(ALL);
  }

  /** Selects these columns, in this order, after any selected before. */
  public Select columns(String... columns) {
    checkArgument(
        columns != null && columns.length > 0,
        "columns(...) needs at least one column name; for every column call all()");
    Chain<Selector> chain = selectors;
    for (String column : columns) {
      chain = Chain.add(chain, Selector.column(column));
    }
    return withSelectors(chain);
  }

  /** Selects these expressions: {@code select(writetime("b"), count().as("n"))}. */
  public Select select(Selector... selectors) {
    checkArgument(
        selectors != null && selectors.length > 0,
        "select(...) needs at least one selector, e.g. select(column(\"a\"), count())");
    Chain<Selector> chain = this.selectors;
    for (Selector selector : selectors) {
      checkArgument(selector != null, "a selector must not be null");
      checkArgument(
          selector.isSelectable(),
          "%s cannot be selected: select its columns one by one",
          selector);
      chain = Chain.add(chain, selector);
    }
    return withSelectors(chain);
  }

  /**
   * Names the last selected column or expression in the result: {@code columns("a").as("x")}.
   *
   * @throws IllegalStateException if nothing is selected yet
   */
  public Select as(String alias) {
    checkState(
        selectors != null,
        "as(\"%s\") names the last selected column or expression, but nothing is selected yet:"
            + " call columns(...) or select(...) first",
        alias);
    return withSelectors(Chain.add(selectors.tail, selectors.head.as(alias)));
  }

  /** {@code SELECT DISTINCT}: one row per partition (select partition-key columns only). */
  public Select distinct() {
    return flag(DISTINCT);
  }

  /** {@code SELECT JSON}: each row as one JSON string. */
  public Select json() {
    return flag(JSON);
  }

  /** {@code WHERE column = value} (further relations are joined with AND). */
  public Select where(String column, Object value) {
    return where(Relation.eq(column, value));
  }

  /** A WHERE relation such as {@code in("ck", cks)} or {@code token("pk").gt(t)}; joined with AND. */
  public Select where(Relation relation) {
    Relation checked = Clauses.checkNotNull(relation, "a relation").checkWhere();
    return new Select(
        target,
        selectors,
        flags,
        Chain.add(where, checked),
        groupBy,
        orderBy,
        perPartitionLimit,
        limit,
        timeout);
  }

  /** {@code GROUP BY} these primary-key columns, after any grouped before. */
  public Select groupBy(String... columns) {
    checkArgument(
        columns != null && columns.length > 0, "groupBy(...) needs at least one column name");
    Chain<String> chain = groupBy;
    for (String column : columns) {
      chain = Chain.add(chain, CqlIdentifier.checkName(column, "column"));
    }
    return new Select(
        target, selectors, flags, where, chain, orderBy, perPartitionLimit, limit, timeout);
  }

  /** {@code ORDER BY column ASC|DESC}, after any ordering given before. */
  public Select orderBy(String column, Order order) {
    checkArgument(order != null, "orderBy(...) needs an order: Order.ASC or Order.DESC");
    return withOrdering(new Ordering(CqlIdentifier.checkName(column, "column"), order, null));
  }

  /**
   * {@code ORDER BY column ANN OF ?}: the rows nearest to {@code vector} (a vector search; needs
   * an SAI index on the column and a {@link #limit}).
   */
  public Select orderByAnn(String column, Object vector) {
    return withOrdering(
        new Ordering(CqlIdentifier.checkName(column, "column"), null, Term.of(vector)));
  }

  /** {@code PER PARTITION LIMIT ?}: at most this many rows from each partition. */
  public Select perPartitionLimit(int rows) {
    return perPartitionLimit(Term.of(checkLimit(rows, "perPartitionLimit")));
  }

  /** {@code PER PARTITION LIMIT ?} with a marker or other term. */
  public Select perPartitionLimit(Term rows) {
    return new Select(
        target,
        selectors,
        flags,
        where,
        groupBy,
        orderBy,
        Clauses.intValue(rows, "the per-partition limit"),
        limit,
        timeout);
  }

  /** {@code LIMIT ?}: at most this many rows. */
  public Select limit(int rows) {
    return limit(Term.of(checkLimit(rows, "limit")));
  }

  /** {@code LIMIT ?} with a marker or other term. */
  public Select limit(Term rows) {
    return new Select(
        target,
        selectors,
        flags,
        where,
        groupBy,
        orderBy,
        perPartitionLimit,
        Clauses.intValue(rows, "the limit"),
        timeout);
  }

  /** {@code ALLOW FILTERING}: lets the server scan rows the WHERE clause does not narrow down. */
  public Select allowFiltering() {
    return flag(ALLOW_FILTERING);
  }

  /** {@code BYPASS CACHE}: read without populating the cache. ScyllaDB only. */
  public Select bypassCache() {
    return flag(BYPASS_CACHE);
  }

  /**
   * {@code USING TIMEOUT 500ms}: a per-query server-side timeout, written as a duration literal.
   * ScyllaDB only.
   */
  public Select usingTimeout(Duration timeout) {
    checkArgument(
        timeout != null && !timeout.isNegative() && !timeout.isZero(),
        "a timeout must be positive, not %s",
        timeout);
    return new Select(
        target, selectors, flags, where, groupBy, orderBy, perPartitionLimit, limit, timeout);
  }

  /**
   * The statement.
   *
   * @throws IllegalStateException if it mixes all() with columns, an ANN ordering with another
   *     ordering or without a limit, or has a marker without a value
   */
  public CqlStatement build() {
    Sink sink = render();
    return sink.statement(shape(sink));
  }

  /** A template to bind many times: the text is rendered once, each bind only copies values. */
  public CqlTemplate template() {
    Sink sink = render();
    return sink.template(shape(sink));
  }

  private static int checkLimit(int rows, String what) {
    checkArgument(rows > 0, "%s(...) takes a positive number of rows, not %s", what, rows);
    return rows;
  }

  private Select flag(int flag) {
    return new Select(
        target, selectors, flags | flag, where, groupBy, orderBy, perPartitionLimit, limit, timeout);
  }

  private Select withSelectors(Chain<Selector> chain) {
    return new Select(
        target, chain, flags, where, groupBy, orderBy, perPartitionLimit, limit, timeout);
  }

  private Select withOrdering(Ordering ordering) {
    return new Select(
        target,
        selectors,
        flags,
        where,
        groupBy,
        Chain.add(orderBy, ordering),
        perPartitionLimit,
        limit,
        timeout);
  }

  private Sink render() {
    checkState(
        (flags & ALL) == 0 || selectors == null,
        "SELECT FROM %s has both all() and chosen columns: select * or the columns, not both",
        target);
    Ordering[] orderings = Chain.toArray(orderBy, Ordering[]::new);
    for (Ordering ordering : orderings) {
      if (ordering.annOf != null) {
        checkState(
            orderings.length == 1,
            "SELECT FROM %s orders by ANN OF and by other columns: an ANN ordering stands alone",
            target);
        checkState(
            limit != null,
            "SELECT FROM %s orders by ANN OF without a LIMIT: add limit(n) (the server requires"
                + " one for vector search)",
            target);
      }
    }
    int params =
        Clauses.paramCount(where) + Clauses.count(perPartitionLimit) + Clauses.count(limit);
    for (Chain<Selector> c = selectors; c != null; c = c.tail) {
      params += c.head.paramCount();
    }
    for (Ordering ordering : orderings) {
      params += Clauses.count(ordering.annOf);
    }
    Sink sink =
        Sink.forStatement(64 + target.length() + 12 * Chain.size(selectors), params);
    render(sink, orderings);
    return sink;
  }

  private void render(Sink sink, Ordering[] orderings) {
    StringBuilder sb = sink.sb;
    sb.append("SELECT ");
    if ((flags & JSON) != 0) {
      sb.append("JSON ");
    }
    if ((flags & DISTINCT) != 0) {
      sb.append("DISTINCT ");
    }
    if (selectors == null) {
      sb.append('*');
    } else {
      Selector[] all = Chain.toArray(selectors, Selector[]::new);
      for (int i = 0; i < all.length; i++) {
        if (i > 0) {
          sb.append(", ");
        }
        all[i].render(sink);
      }
    }
    sb.append(" FROM ");
    target.appendTo(sb);
    Clauses.where(sink, where);
    if (groupBy != null) {
      sb.append(" GROUP BY ");
      String[] columns = Chain.toArray(groupBy, String[]::new);
      for (int i = 0; i < columns.length; i++) {
        if (i > 0) {
          sb.append(", ");
        }
        CqlIdentifier.appendName(sb, columns[i]);
      }
    }
    for (int i = 0; i < orderings.length; i++) {
      sb.append(i == 0 ? " ORDER BY " : ", ");
      orderings[i].render(sink);
    }
    if (perPartitionLimit != null) {
      sb.append(" PER PARTITION LIMIT ");
      perPartitionLimit.render(sink);
    }
    if (limit != null) {
      sb.append(" LIMIT ");
      limit.render(sink);
    }
    if ((flags & ALLOW_FILTERING) != 0) {
      sb.append(" ALLOW FILTERING");
    }
    if ((flags & BYPASS_CACHE) != 0) {
      sb.append(" BYPASS CACHE");
    }
    if (timeout != null) {
      sb.append(" USING TIMEOUT ");
      appendDuration(sb, timeout);
    }
  }

  /** A CQL duration literal: {@code 500ms}, {@code 1m30s}, {@code 2h}. */
  static void appendDuration(StringBuilder sb, Duration d) {
    long nanos = d.toNanosPart();
    long[] amounts = {
      d.toHours(), d.toMinutesPart(), d.toSecondsPart(), nanos / 1_000_000, nanos / 1000 % 1000,
      nanos % 1000
    };
    String[] units = {"h", "m", "s", "ms", "us", "ns"};
    for (int i = 0; i < amounts.length; i++) {
      if (amounts[i] != 0) {
        sb.append(amounts[i]).append(units[i]);
      }
    }
  }

  private Shape shape(Sink sink) {
    return sink.shape(
        StatementKind.SELECT, target, ConditionKind.NONE, false, false, false, true);
  }

  /** The text so far, for debugging. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    render(Sink.textOnly(sb), Chain.toArray(orderBy, Ordering[]::new));
    return sb.toString();
  }

  /** One ORDER BY item: a column and its direction, or a column {@code ANN OF} a vector. */
  private static final class Ordering {
    final String column;
    @CheckForNull final Order order;
    @CheckForNull final Term annOf;

    Ordering(String column, @CheckForNull Order order, @CheckForNull Term annOf) {
      this.column = column;
      this.order = order;
      this.annOf = annOf;
    }

    void render(Sink sink) {
      CqlIdentifier.appendName(sink.sb, column);
      if (annOf != null) {
        sink.sb.append(" ANN OF ");
        annOf.render(sink);
      } else {
        sink.sb.append(' ').append(order.name());
      }
    }
  }
}
