package io.cqlkit.builder;

import static com.google.common.base.Preconditions.checkState;

import io.cqlkit.builder.internal.Part;
import io.cqlkit.builder.internal.Sink;
import io.cqlkit.builder.internal.Target;
import java.time.Duration;
import javax.annotation.CheckForNull;

/** One ORDER BY item: a column and its direction, or a column {@code ANN OF} a vector. */
final class OrderByItem {
  final String column;
  @CheckForNull final Order order;
  @CheckForNull final Term annOf;

  OrderByItem(String column, @CheckForNull Order order, @CheckForNull Term annOf) {
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

  /** The ORDER BY items, oldest first. */
  static OrderByItem[] of(@CheckForNull Part parts) {
    Part[] own = Part.of(parts, Part.ORDER_BY);
    OrderByItem[] out = new OrderByItem[own.length];
    for (int i = 0; i < own.length; i++) {
      Part p = own[i];
      out[i] =
          p.isItem()
              ? (OrderByItem) p.item()
              : new OrderByItem(p.column(), Order.values()[p.op()], null);
    }
    return out;
  }

  /** A CQL duration literal: {@code 500ms}, {@code 1m30s}, {@code 2h}. */
  static void appendDuration(StringBuilder sb, Duration d) {
    CqlLiteral.appendDuration(sb, d);
  }

  /** The server refuses a column ordered twice ("... appears more than once in ORDER BY"). */
  static void checkNotOrderedYet(@CheckForNull Part parts, String column) {
    for (Part p = parts; p != null; p = p.previous) {
      if (p.clause() == Part.ORDER_BY
          && column.equals(p.isItem() ? ((OrderByItem) p.item()).column : p.column())) {
        throw new IllegalArgumentException(
            String.format(
                "ORDER BY %s twice: order by each column once (the server refuses a column"
                    + " ordered twice)",
                CqlIdentifier.of(column)));
      }
    }
  }

  /**
   * An ANN ordering stands alone and needs a LIMIT; any other ordering needs a WHERE clause (the
   * server orders rows within a partition only: "ORDER BY is only supported when the partition
   * key is restricted by an EQ or an IN").
   */
  static void check(OrderByItem[] orderings, Target target, boolean limited, boolean restricted) {
    for (OrderByItem ordering : orderings) {
      if (ordering.annOf != null) {
        checkState(
            orderings.length == 1,
            "SELECT FROM %s orders by ANN OF and by other columns: an ANN ordering stands alone",
            target);
        checkState(
            limited,
            "SELECT FROM %s orders by ANN OF without a LIMIT: add limit(n) (the server requires"
                + " one for vector search)",
            target);
      }
    }
    if (orderings.length > 0 && orderings[0].annOf == null) {
      checkState(
          restricted,
          "SELECT FROM %s orders by %s without a WHERE clause: ORDER BY is only supported when the"
              + " partition key is restricted by = or IN; add where(partitionKey, value), or drop"
              + " orderBy(...)",
          target,
          CqlIdentifier.of(orderings[0].column));
    }
  }
}
