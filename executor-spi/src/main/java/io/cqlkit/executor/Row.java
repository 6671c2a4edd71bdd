package io.cqlkit.executor;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.primitives.Primitives;
import java.util.List;
import java.util.Map;
import javax.annotation.CheckForNull;

/**
 * One row of a result, readable by column name: as an object, as a given Java type, or as a map.
 * Column names are as the server returns them (e.g. {@code [applied]} for LWT).
 *
 * <pre>{@code
 * UUID id = row.get("user_id", UUID.class);
 * }</pre>
 */
public interface Row {

  /**
   * The column names, in result order. Cheap to call: an executor should return one list shared by
   * every row of a page (a {@link RowMapper} resolves its columns once per list).
   */
  List<String> columnNames();

  /** True if the row has a column of this name. */
  boolean contains(String column);

  /**
   * The value of a column as its natural Java type, or null.
   *
   * @throws IllegalArgumentException if the row has no such column
   */
  @CheckForNull
  Object getObject(String column);

  /**
   * The value of a column as {@code type}, or null.
   *
   * @throws IllegalArgumentException if the row has no such column, or it cannot be read as {@code type}
   */
  @CheckForNull
  default <T> T get(String column, Class<T> type) {
    Object value = getObject(column);
    if (value == null) {
      return null;
    }
    Class<T> boxed = Primitives.wrap(type);
    checkArgument(
        boxed.isInstance(value),
        "column '%s' holds a %s, which cannot be read as %s",
        column,
        value.getClass().getName(),
        type.getName());
    return boxed.cast(value);
  }

  /** The row as an ordered, read-only map from column name to value (values may be null). */
  Map<String, Object> asMap();

  /** A row holding the given values, in the map's order; for tests and executors without rows of their own. */
  static Row of(Map<String, ?> values) {
    return CqlEngine.row(values);
  }
}
