package io.cqlkit.builder.internal.rules;

import io.cqlkit.builder.CqlStatement;
import io.cqlkit.builder.MessageValues;
import io.cqlkit.builder.internal.rules.Tables.Table;
import io.cqlkit.builder.rules.TableInfo;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.CheckForNull;

/**
 * Where each statement of a batch writes: its table, what is known of it, and, when its partition
 * key is known, the key's values compared as the server compares them ({@link KeyValues}).
 */
final class Partitions {
  private final List<CqlStatement> children;
  final List<Table> tables;
  /** Per statement: what is known of its table, or null. */
  final List<TableInfo> infos;
  /** Per statement: [keyspace, key values...], or null when unknown. */
  final List<List<Object>> keys;
  int unknownIndex = -1;
  String unknownReason = "";
  int inIndex = -1;
  String inColumn = "";

  private Partitions(List<CqlStatement> children) {
    int size = children.size();
    this.children = children;
    tables = new ArrayList<>(size);
    infos = new ArrayList<>(size);
    keys = new ArrayList<>(size);
  }

  static Partitions of(List<CqlStatement> children, Tables tables) {
    Partitions p = new Partitions(children);
    for (int i = 0; i < children.size(); i++) {
      CqlStatement child = children.get(i);
      Table table = tables.of(child);
      TableInfo info = tables.info(table);
      p.tables.add(table);
      p.infos.add(info);
      if (info == null) {
        p.keys.add(null);
        p.markUnknown(
            i, "touches " + table + ", whose partition key is unknown (no schema facts, none declared)");
        continue;
      }
      p.keys.add(p.key(i, child, table, info));
    }
    return p;
  }

  @CheckForNull
  private List<Object> key(int index, CqlStatement child, Table table, TableInfo info) {
    Map<String, Object> bindings = child.bindings();
    List<Object> key = new ArrayList<>(info.partitionKey().size() + 1);
    key.add(table.keyspace);
    for (String column : info.partitionKey()) {
      if (child.inColumns().contains(column)) {
        markIn(index, column);
        return null;
      }
      if (!bindings.containsKey(column)) {
        markUnknown(
            index, "does not bind partition-key column " + column + " of " + table + " by equality");
        return null;
      }
      key.add(KeyValues.normalize(bindings.get(column), info.type(column).orElse(null)));
    }
    return key;
  }

  private void markUnknown(int index, String reason) {
    if (unknownIndex < 0) {
      unknownIndex = index;
      unknownReason = reason;
    }
  }

  private void markIn(int index, String column) {
    if (inIndex < 0) {
      inIndex = index;
      inColumn = column;
    }
    markUnknown(index, "restricts partition-key column " + column + " with IN");
  }

  /** The partition of statement {@code index} as a table's partition: [table, key values...]. */
  List<Object> tablePartition(int index) {
    List<Object> key = keys.get(index);
    List<Object> out = new ArrayList<>(key.size());
    out.add(tables.get(index));
    out.addAll(key.subList(1, key.size()));
    return out;
  }

  /**
   * The number of mutations the server makes, one per keyspace and partition key (tables of one
   * keyspace sharing a key share a mutation), or -1 when some keys are unknown.
   */
  int mutations() {
    if (unknownIndex >= 0) {
      return -1;
    }
    return new HashSet<>(keys).size();
  }

  int keyspaceCount() {
    Set<String> keyspaces = new HashSet<>();
    for (Table table : tables) {
      keyspaces.add(String.valueOf(table.keyspace));
    }
    return keyspaces.size();
  }

  /** The key values of statement {@code index}, for a message. */
  String render(int index) {
    List<Object> key = keys.get(index);
    if (MessageValues.shown()) {
      return MessageValues.describeAll(key.subList(1, key.size()));
    }
    // types only: those of the values given, not of their normalized form
    Map<String, Object> bindings = children.get(index).bindings();
    List<Object> given = new ArrayList<>();
    for (String column : infos.get(index).partitionKey()) {
      given.add(bindings.get(column));
    }
    return MessageValues.describeAll(given);
  }
}
