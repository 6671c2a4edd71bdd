package io.cqlkit.driver;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.cqlkit.executor.Row;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.CheckForNull;

/**
 * A row decoded from the driver: the values as the driver's default codecs read them ({@code
 * timestamp} as Instant, {@code list} as List, {@code udt} as UdtValue, ...), with the column names
 * shared by every row of a page.
 */
final class DriverRow implements Row {
  private final Columns columns;
  private final Object[] values;

  DriverRow(Columns columns, Object[] values) {
    this.columns = columns;
    this.values = values;
  }

  @Override
  public List<String> columnNames() {
    return columns.names;
  }

  @Override
  public boolean contains(String column) {
    return columns.indexes.containsKey(column);
  }

  @Override
  @CheckForNull
  public Object getObject(String column) {
    Integer index = columns.indexes.get(column);
    checkArgument(
        index != null, "no column '%s' in this row; its columns are %s", column, columns.names);
    return values[index];
  }

  @Override
  public Map<String, Object> asMap() {
    Map<String, Object> map = new LinkedHashMap<>(values.length * 2);
    for (int i = 0; i < values.length; i++) {
      map.putIfAbsent(columns.names.get(i), values[i]);
    }
    return Collections.unmodifiableMap(map);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DriverRow
        && ((DriverRow) o).columns.names.equals(columns.names)
        && Arrays.deepEquals(((DriverRow) o).values, values);
  }

  @Override
  public int hashCode() {
    return 31 * columns.names.hashCode() + Arrays.deepHashCode(values);
  }

  @Override
  public String toString() {
    return "Row" + asMap();
  }

  /** The column names of a page and where each is; the first of duplicate names wins. */
  static final class Columns {
    final ImmutableList<String> names;
    final ImmutableMap<String, Integer> indexes;

    Columns(List<String> names) {
      this.names = ImmutableList.copyOf(names);
      Map<String, Integer> indexes = new LinkedHashMap<>();
      for (int i = 0; i < names.size(); i++) {
        indexes.putIfAbsent(names.get(i), i);
      }
      this.indexes = ImmutableMap.copyOf(indexes);
    }
  }
}
