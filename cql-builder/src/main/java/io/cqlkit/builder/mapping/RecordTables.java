package io.cqlkit.builder.mapping;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.annotation.CheckForNull;

/** The {@link TableModel} of a record class: its annotated key components, then every column. */
final class RecordTables {
  private RecordTables() {}

  /** See {@link TableModel#of(String, String, Class)}. */
  static TableModel model(
      @CheckForNull String keyspace, String table, Class<? extends Record> record) {
    RecordModel<?> model = RecordModel.of(record);
    List<RecordModel.Component> components = model.components();
    List<RecordModel.Component> pk = new ArrayList<>();
    List<RecordModel.Component> ck = new ArrayList<>();
    TableModel.Builder builder = TableModel.builder(keyspace, table);
    for (RecordModel.Component c : components) {
      var rc = record.getRecordComponents()[c.index()];
      if (rc.isAnnotationPresent(PartitionKey.class)) {
        pk.add(c);
      } else if (rc.isAnnotationPresent(ClusteringColumn.class)) {
        ck.add(c);
      }
    }
    checkArgument(
        !pk.isEmpty(),
        "record %s marks no partition-key component: annotate at least one with @PartitionKey",
        record.getName());
    pk.sort(
        Comparator.comparingInt(
            c -> record.getRecordComponents()[c.index()].getAnnotation(PartitionKey.class).value()));
    ck.sort(
        Comparator.comparingInt(
            c -> record.getRecordComponents()[c.index()].getAnnotation(ClusteringColumn.class).value()));
    pk.forEach(c -> builder.partitionKey(c.columnName()));
    ck.forEach(c -> builder.clusteringColumns(c.columnName()));
    components.forEach(c -> builder.columns(c.columnName()));
    return builder.build();
  }
}
