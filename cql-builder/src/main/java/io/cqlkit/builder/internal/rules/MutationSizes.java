package io.cqlkit.builder.internal.rules;

import io.cqlkit.builder.CqlStatement;
import io.cqlkit.builder.StatementKind;
import io.cqlkit.builder.rules.TableInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.CheckForNull;

/**
 * The size Cassandra gives a batch when it checks {@code batch_size_warn_threshold} and {@code
 * batch_size_fail_threshold}: the data size of the mutations it builds (its {@code
 * IMutation.dataSize}), not the bound values nor the partition keys. Measured on Cassandra 5.0.9,
 * for each partition a statement writes:
 *
 * <ul>
 *   <li>{@value #PARTITION} bytes (its static row and deletion info), once per table partition;
 *   <li>{@value #ROW} bytes plus the clustering values' bytes per distinct row written (statements
 *       on one row merge; the static row's are in the partition's), {@value #ROW_TTL} more for an
 *       INSERT with a TTL (its liveness info);
 *   <li>{@value #CELL} bytes plus the value's bytes per cell (a null or a deleted column is an empty
 *       cell); a counter cell's value is {@value #COUNTER_VALUE} bytes whatever the delta;
 *   <li>a non-frozen collection: {@value #COMPLEX} bytes, plus a cell per element whose path is
 *       the element (set), the key (map) or a {@value #LIST_PATH}-byte timeuuid (list).
 * </ul>
 *
 * <p>Exact when the table's partition key, clustering columns and types are known. Without a
 * partition key, a table counts as one partition and each statement as a row of its own; without
 * clustering columns, every bound non-key column of an INSERT counts as a cell. An UPDATE's SET values are read from its params (USING first, then
 * SET, then WHERE), so a map-entry assignment counts as two cells.
 */
public final class MutationSizes {
  static final int PARTITION = 29;
  static final int ROW = 21;
  static final int ROW_TTL = 12;
  static final int CELL = 20;
  static final int COUNTER_VALUE = 36;
  static final int COMPLEX = 12;
  static final int LIST_PATH = 16;

  private MutationSizes() {}

  /** The mutation size the server counts for {@code children} sent in one batch. */
  public static long of(List<CqlStatement> children, Tables tables) {
    return of(children, Partitions.of(children, tables));
  }

  /**
   * The mutation size of {@code statement} sent alone (its partition, its row, its cells; nothing
   * to merge with): what a batch of it alone would count, without the batch's bookkeeping.
   */
  public static long ofOne(CqlStatement statement, Tables tables) {
    return PARTITION + statement(statement, tables.info(statement), null, null);
  }

  /** The mutation size of a batch of {@code children} whose partitions are {@code partitions}. */
  static long of(List<CqlStatement> children, Partitions partitions) {
    Set<Object> seenPartitions = new HashSet<>();
    Map<Object, Set<String>> rows = new HashMap<>();
    long size = 0;
    for (int i = 0; i < children.size(); i++) {
      CqlStatement child = children.get(i);
      TableInfo info = partitions.infos.get(i);
      boolean known = partitions.keys.get(i) != null;
      // an unknown key: one partition per table, but a row of its own per statement
      if (seenPartitions.add(known ? partitions.tablePartition(i) : partitions.tables.get(i))) {
        size += PARTITION;
      }
      size += statement(child, info, known ? partitions.tablePartition(i) : new Object(), rows);
    }
    return size;
  }

  /**
   * One statement's rows and cells. {@code rows} holds the columns already written per row of the
   * batch (statements on one row merge); null for a statement alone.
   */
  private static long statement(
      CqlStatement child,
      @CheckForNull TableInfo info,
      @CheckForNull Object partition,
      @CheckForNull Map<Object, Set<String>> rows) {
    Map<String, Object> bindings = child.bindings();
    List<String> partitionKey = info == null ? List.of() : info.partitionKey();
    List<String> clustering = clustering(child, info, bindings, partitionKey);
    if (child.kind() == StatementKind.DELETE && clustering.isEmpty() && isWholeRowDelete(child)) {
      return 0; // a partition deletion: its deletion info is in PARTITION
    }
    List<Object> rowKey = rows == null ? null : new ArrayList<>(clustering.size() + 1);
    if (rowKey != null) {
      rowKey.add(partition);
    }
    long size = 0;
    long clusteringBytes = 0;
    for (String column : clustering) {
      Object value = bindings.get(column);
      String type = type(info, column);
      if (rowKey != null) {
        rowKey.add(KeyValues.normalize(value, type));
      }
      clusteringBytes += ValueSizes.of(value, type);
    }
    boolean staticRow =
        clustering.isEmpty()
            && info != null
            && !info.clustering().orElse(List.of()).isEmpty();
    Set<String> written = rows == null ? null : rows.get(rowKey);
    if (written == null) {
      if (rows != null) {
        written = new HashSet<>();
        rows.put(rowKey, written);
      }
      size += staticRow ? 0 : ROW + clusteringBytes; // a static row's overhead is in PARTITION
    }
    switch (child.kind()) {
      case INSERT:
        if (child.hasTtl()) {
          size += ROW_TTL;
        }
        for (Map.Entry<String, Object> entry : bindings.entrySet()) {
          String column = entry.getKey();
          if (!partitionKey.contains(column)
              && !clustering.contains(column)
              && (written == null || written.add(column))) {
            size += cell(entry.getValue(), type(info, column), false);
          }
        }
        return size;
      case UPDATE:
        for (Object value : setValues(child, bindings)) {
          size += cell(value, null, child.isCounter());
        }
        return size;
      default:
        return size + CELL * deletedColumns(child);
    }
  }

  /** The clustering columns a statement binds: known from facts, else its bound non-key columns for an UPDATE or DELETE. */
  private static List<String> clustering(
      CqlStatement child, @CheckForNull TableInfo info, Map<String, Object> bindings, List<String> partitionKey) {
    if (info != null && info.clustering().isPresent()) {
      List<String> out = new ArrayList<>();
      for (String column : info.clustering().get()) {
        if (bindings.containsKey(column)) {
          out.add(column);
        }
      }
      return out;
    }
    if (child.kind() == StatementKind.INSERT) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String column : bindings.keySet()) {
      if (!partitionKey.contains(column)) {
        out.add(column);
      }
    }
    return out;
  }

  @CheckForNull
  private static String type(@CheckForNull TableInfo info, String column) {
    return info == null ? null : info.type(column).orElse(null);
  }

  /** One column's cells: a cell, or a collection's elements. */
  static long cell(@CheckForNull Object value, @CheckForNull String cqlType, boolean counter) {
    if (counter) {
      return CELL + COUNTER_VALUE;
    }
    boolean frozen = cqlType != null && cqlType.startsWith("frozen<");
    if (!frozen && value instanceof Map) {
      long size = COMPLEX;
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
        size += CELL + ValueSizes.of(entry.getKey()) + ValueSizes.of(entry.getValue());
      }
      return size;
    }
    if (!frozen && value instanceof Set) {
      long size = COMPLEX;
      for (Object element : (Set<?>) value) {
        size += CELL + ValueSizes.of(element);
      }
      return size;
    }
    if (!frozen && value instanceof List && (cqlType == null || cqlType.startsWith("list<"))) {
      long size = COMPLEX;
      for (Object element : (List<?>) value) {
        size += CELL + LIST_PATH + ValueSizes.of(element);
      }
      return size;
    }
    return CELL + ValueSizes.of(value, cqlType);
  }

  /** An UPDATE's SET values: its params after USING and before the WHERE values. */
  private static List<Object> setValues(CqlStatement update, Map<String, Object> bindings) {
    List<Object> params = update.params();
    int from = (update.hasTtl() ? 1 : 0) + (update.hasTimestamp() ? 1 : 0);
    int where = Math.min(bindings.size() + update.inColumns().size(), params.size() - from);
    return params.subList(from, params.size() - where);
  }

  /** True for {@code DELETE FROM …} (no column list): a row or partition deletion. */
  private static boolean isWholeRowDelete(CqlStatement delete) {
    return delete.cql().startsWith("DELETE FROM ");
  }

  /** The columns a {@code DELETE a, b[?] FROM …} names, read from its canonical text. */
  private static int deletedColumns(CqlStatement delete) {
    String cql = delete.cql();
    if (isWholeRowDelete(delete)) {
      return 0;
    }
    int end = cql.indexOf(" FROM ");
    int columns = 1;
    int depth = 0;
    for (int i = "DELETE ".length(); i < end; i++) {
      char c = cql.charAt(i);
      depth += c == '[' || c == '(' ? 1 : c == ']' || c == ')' ? -1 : 0;
      columns += c == ',' && depth == 0 ? 1 : 0;
    }
    return columns;
  }
}
