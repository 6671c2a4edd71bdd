package io.cqlkit.builder;

import static com.google.common.base.Preconditions.checkArgument;

import io.cqlkit.builder.internal.Sink;

/** A list of column names, as {@code token(...)} and a tuple of columns take and render it. */
final class ColumnNames {
  private ColumnNames() {}

  /** The column names of {@code what}: at least one, each checked, in a copy of the array. */
  static String[] check(String[] columns, String what) {
    checkArgument(
        columns != null && columns.length > 0, "%s needs at least one column name", what);
    for (String column : columns) {
      CqlIdentifier.checkName(column, "column");
    }
    return columns.clone();
  }

  /** {@code a, b, c}, each name quoted when it needs it. */
  static void render(Sink sink, String[] names) {
    for (int i = 0; i < names.length; i++) {
      if (i > 0) {
        sink.sb.append(", ");
      }
      CqlIdentifier.appendName(sink.sb, names[i]);
    }
  }
}
