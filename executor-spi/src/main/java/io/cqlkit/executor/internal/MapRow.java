package io.cqlkit.executor.internal;

import io.cqlkit.executor.Row;
import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.CheckForNull;

/** A {@link Row} backed by a map; values may be null. */
public final class MapRow implements Row {
  private final Map<String, Object> values;
  private final ImmutableList<String> columns;

  private MapRow(Map<String, Object> values) {
    this.values = values;
    this.columns = ImmutableList.copyOf(values.keySet());
  }

  public static MapRow copyOf(Map<String, ?> values) {
    checkArgument(values != null, "row values must not be null");
    return new MapRow(Collections.unmodifiableMap(new LinkedHashMap<>(values)));
  }

  @Override
  public List<String> columnNames() {
    return columns;
  }

  @Override
  public boolean contains(String column) {
    return values.containsKey(column);
  }

  @Override
  @CheckForNull
  public Object getObject(String column) {
    Object value = values.get(column);
    if (value == null && !values.containsKey(column)) {
      throw new IllegalArgumentException(
          String.format("no column '%s' in this row; its columns are %s", column, columns));
    }
    return value;
  }

  @Override
  public Map<String, Object> asMap() {
    return values;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MapRow && ((MapRow) o).values.equals(values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return "Row" + values;
  }
}
