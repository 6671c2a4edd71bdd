package io.cqlkit.builder.schema;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import io.cqlkit.builder.CqlIdentifier;
import io.cqlkit.builder.CqlSnippet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.CheckForNull;

/** One {@code column ASC|DESC} of a CLUSTERING ORDER BY clause. */
final class Ordering {
  final CqlIdentifier column;
  final ClusteringOrder order;

  private Ordering(CqlIdentifier column, ClusteringOrder order) {
    this.column = column;
    this.order = order;
  }

  static Ordering of(String column, ClusteringOrder order) {
    CqlIdentifier id = Names.of(column, "clustering column");
    checkArgument(
        order != null,
        "the clustering order of %s must not be null: pass ClusteringOrder.ASC or DESC",
        column);
    return new Ordering(id, order);
  }

  /**
   * The {@code CLUSTERING ORDER BY (...)} property, or null when no order was given. It lists every
   * clustering column in key order (ASC where none was given), the form both tables and
   * materialized views accept.
   *
   * @param what the statement, for messages: {@code "table ks.t"}
   */
  @CheckForNull
  static CqlSnippet clause(
      Chain<Ordering> orderings, List<CqlIdentifier> clusteringColumns, String what) {
    if (orderings.isEmpty()) {
      return null;
    }
    Map<CqlIdentifier, ClusteringOrder> byColumn = new HashMap<>();
    for (Ordering ordering : orderings.toList()) {
      checkState(
          clusteringColumns.contains(ordering.column),
          "CLUSTERING ORDER names %s, which is not a clustering column of %s (clustering"
              + " columns: %s): declare it with withClusteringColumn(\"%s\", ...) or drop its"
              + " withClusteringOrder",
          ordering.column,
          what,
          clusteringColumns,
          ordering.column.name());
      byColumn.put(ordering.column, ordering.order);
    }
    ImmutableList.Builder<CqlSnippet> parts = ImmutableList.builder();
    for (CqlIdentifier column : clusteringColumns) {
      ClusteringOrder order = byColumn.getOrDefault(column, ClusteringOrder.ASC);
      parts.add(sb -> sb.append(column.asCql()).append(' ').append(order.name()));
    }
    ImmutableList<CqlSnippet> pieces = parts.build();
    return sb -> CqlSnippet.join(sb, pieces, "CLUSTERING ORDER BY (", ", ", ")");
  }
}
