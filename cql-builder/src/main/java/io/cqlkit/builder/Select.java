package io.cqlkit.builder;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import com.google.errorprone.annotations.CheckReturnValue;
import io.cqlkit.builder.internal.Part;
import io.cqlkit.builder.internal.Shape;
import io.cqlkit.builder.internal.ShapeCache;
import io.cqlkit.builder.internal.Sink;
import io.cqlkit.builder.internal.Target;
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
  /**
   * The selected columns and expressions (COLUMNS and SELECTOR parts), the WHERE relations, the
   * GROUP BY and ORDER BY columns, newest first.
   */
  @CheckForNull private final Part parts;

  private final int flags;
  @CheckForNull private final Term perPartitionLimit;
  @CheckForNull private final Term limit;
  /** {@code USING TIMEOUT} (ScyllaDB): a duration literal or a marker, or null. */
  @CheckForNull private final Term timeout;

  private Select(
      Target target,
      @CheckForNull Part parts,
      int flags,
      @CheckForNull Term perPartitionLimit,
      @CheckForNull Term limit,
      @CheckForNull Term timeout) {
    this.target = target;
    this.parts = parts;
    this.flags = flags;
    this.perPartitionLimit = perPartitionLimit;
    this.limit = limit;
    this.timeout = timeout;
  }

  static Select from(Target target) {
    return new Select(target, null, 0, null, null, null);
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
    for (String column : columns) {
      CqlIdentifier.checkName(column, "column");
    }
    return withPart(Part.names(parts, Part.COLUMNS, columns.clone()));
  }

  /** Selects these expressions: {@code select(writetime("b"), count().as("n"))}. */
  public Select select(Selector... selectors) {
    checkArgument(
        selectors != null && selectors.length > 0,
        "select(...) needs at least one selector, e.g. select(column(\"a\"), count())");
    Part chain = parts;
    for (Selector selector : selectors) {
      checkArgument(selector != null, "a selector must not be null");
      checkArgument(
          selector.isSelectable(),
          "%s cannot be selected: select its columns one by one",
          selector);
      checkArgument(
          !selector.isUntypedValue(),
          "%s cannot be selected without a type: Cassandra cannot infer the type of a value"
              + " selected alone (\"Cannot infer type for term ... in selection clause\"); give it"
              + " a type hint, e.g. term(Term.typeHint(\"text\", value))",
          selector);
      chain = Part.item(chain, Part.SELECTOR, selector);
    }
    return withPart(chain);
  }

  /**
   * Names the last selected column or expression in the result: {@code columns("a").as("x")}.
   *
   * @throws IllegalStateException if nothing is selected yet
   */
  public Select as(String alias) {
    return withPart(Clauses.aliasLast(parts, alias));
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
    return withPart(Clauses.whereEq(parts, column, value));
  }

  /** A WHERE relation such as {@code in("ck", cks)} or {@code token("pk").gt(t)}; joined with AND. */
  public Select where(Relation relation) {
    return withPart(Clauses.where(parts, relation));
  }

  /** {@code GROUP BY} these primary-key columns, after any grouped before. */
  public Select groupBy(String... columns) {
    checkArgument(
        columns != null && columns.length > 0, "groupBy(...) needs at least one column name");
    for (String column : columns) {
      CqlIdentifier.checkName(column, "column");
    }
    return withPart(Part.names(parts, Part.GROUP_BY, columns.clone()));
  }

  /**
   * {@code GROUP BY} a selector, after any grouped before: a column, or a function of the last
   * clustering column where Cassandra 5.0 allows it, such as a time bucket
   * ({@code groupBy(function("floor", column("ts"), term(literal(Duration.ofHours(1)))))} renders
   * {@code GROUP BY floor(ts, 1h)}).
   */
  public Select groupBy(Selector selector) {
    checkArgument(
        selector != null && selector.isSelectable() && !(selector instanceof AliasedSelector),
        "groupBy(...) takes a column or a function of a column, not %s",
        selector);
    return withPart(Part.item(parts, Part.GROUP_BY, selector));
  }

  /** {@code ORDER BY column ASC|DESC}, after any ordering given before. */
  public Select orderBy(String column, Order order) {
    checkArgument(order != null, "orderBy(...) needs an order: Order.ASC or Order.DESC");
    String name = CqlIdentifier.checkName(column, "column");
    OrderByItem.checkNotOrderedYet(parts, name);
    return withPart(Part.plain(parts, Part.ORDER_BY, order.ordinal(), name, null));
  }

  /**
   * {@code ORDER BY column ANN OF ?}: the rows nearest to {@code vector} (a vector search; needs
   * an SAI index on the column and a {@link #limit}).
   */
  public Select orderByAnn(String column, Object vector) {
    return withPart(
        Part.item(
            parts,
            Part.ORDER_BY,
            new OrderByItem(CqlIdentifier.checkName(column, "column"), null, Term.of(vector))));
  }

  /** {@code PER PARTITION LIMIT ?}: at most this many rows from each partition. */
  public Select perPartitionLimit(int rows) {
    return perPartitionLimit(TermChecks.rows(rows, "perPartitionLimit"));
  }

  /** {@code PER PARTITION LIMIT ?} with a marker or other term. */
  public Select perPartitionLimit(Term rows) {
    return new Select(
        target, parts, flags, TermChecks.rows(rows, "perPartitionLimit"), limit, timeout);
  }

  /** {@code LIMIT ?}: at most this many rows. */
  public Select limit(int rows) {
    return limit(TermChecks.rows(rows, "limit"));
  }

  /** {@code LIMIT ?} with a marker or other term. */
  public Select limit(Term rows) {
    return new Select(
        target, parts, flags, perPartitionLimit, TermChecks.rows(rows, "limit"), timeout);
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
    return new Select(target, parts, flags, perPartitionLimit, limit, TermChecks.timeout(timeout));
  }

  /** {@code USING TIMEOUT ?} with a marker (bound as a CQL duration). ScyllaDB only. */
  public Select usingTimeout(Term timeout) {
    return new Select(
        target, parts, flags, perPartitionLimit, limit, TermChecks.timeoutMarker(timeout));
  }

  /**
   * The statement.
   *
   * @throws IllegalStateException if it mixes all() with columns, an ANN ordering with another
   *     ordering or without a limit, or has a marker without a value
   */
  public CqlStatement build() {
    CqlStatement cached = Clauses.cached(target, parts, shapeOptions(), timeout, perPartitionLimit, limit);
    if (cached != null) {
      return cached;
    }
    Sink sink = render();
    return Clauses.rendered(target, parts, shapeOptions(), timeout, sink, shape(sink));
  }

  /** A template to bind many times: the text is rendered once, each bind only copies values. */
  public CqlTemplate template() {
    Sink sink = render();
    return CqlTemplate.rendered(sink, shape(sink));
  }

  private Select flag(int flag) {
    return new Select(target, parts, flags | flag, perPartitionLimit, limit, timeout);
  }

  private Select withPart(Part part) {
    return new Select(target, part, flags, perPartitionLimit, limit, timeout);
  }

  /**
   * What the text depends on besides the table, the parts and the timeout, or -1 when a limit is
   * not a plain value (then the text depends on more and is not cached).
   */
  private int shapeOptions() {
    if ((limit != null && !limit.isPlain())
        || (perPartitionLimit != null && !perPartitionLimit.isPlain())
        || (timeout != null && !timeout.isLiteral())) {
      return -1;
    }
    return StatementKind.SELECT.ordinal() << 16
        | flags << 2
        | (perPartitionLimit != null ? 1 : 0)
        | (limit != null ? 2 : 0);
  }


  private Sink render() {
    Selector[] selectors = Clauses.selectors(parts);
    Relation[] where = Clauses.relations(parts, Part.WHERE);
    checkState(
        (flags & ALL) == 0 || selectors.length == 0,
        "SELECT FROM %s has both all() and chosen columns: select * or the columns, not both",
        target);
    OrderByItem[] orderings = OrderByItem.of(parts);
    OrderByItem.check(orderings, target, limit != null, where.length > 0);
    int params =
        Clauses.paramCount(where) + Clauses.count(perPartitionLimit) + Clauses.count(limit)
            + Clauses.count(timeout);
    for (Selector selector : selectors) {
      params += selector.paramCount();
    }
    for (OrderByItem ordering : orderings) {
      params += Clauses.count(ordering.annOf);
    }
    Sink sink = Sink.forStatement(64 + target.length() + 12 * selectors.length, params);
    render(sink, selectors, where, orderings);
    return sink;
  }

  private void render(Sink sink, Selector[] all, Relation[] where, OrderByItem[] orderings) {
    StringBuilder sb = sink.sb;
    sb.append("SELECT ");
    if ((flags & JSON) != 0) {
      sb.append("JSON ");
    }
    if ((flags & DISTINCT) != 0) {
      sb.append("DISTINCT ");
    }
    if (all.length == 0) {
      sb.append('*');
    } else {
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
    if (Part.has(parts, Part.GROUP_BY)) {
      sb.append(" GROUP BY ");
      boolean first = true;
      for (Part group : Part.of(parts, Part.GROUP_BY)) {
        if (group.isItem()) {
          sb.append(first ? "" : ", ");
          ((Selector) group.item()).render(sink);
          first = false;
          continue;
        }
        for (String column : group.names()) {
          sb.append(first ? "" : ", ");
          CqlIdentifier.appendName(sb, column);
          first = false;
        }
      }
    }
    for (int i = 0; i < orderings.length; i++) {
      sb.append(i == 0 ? " ORDER BY " : ", ");
      orderings[i].render(sink);
    }
    if (perPartitionLimit != null) {
      sb.append(" PER PARTITION LIMIT ");
      sink.from(ShapeCache.FIRST_OPTION);
      perPartitionLimit.render(sink);
    }
    if (limit != null) {
      sb.append(" LIMIT ");
      sink.from(ShapeCache.SECOND_OPTION);
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
      timeout.render(sink);
    }
  }

  private Shape shape(Sink sink) {
    return sink.shape(
        StatementKind.SELECT,
        target,
        ConditionKind.NONE,
        false,
        false,
        false,
        true,
        timeout == null ? null : timeout.toString());
  }

  /** The text so far, for debugging. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    render(Sink.textOnly(sb), Clauses.selectors(parts), Clauses.relations(parts, Part.WHERE), OrderByItem.of(parts));
    return sb.toString();
  }

}
