package io.cqlkit.builder;

import io.cqlkit.builder.internal.Sink;
import java.util.Arrays;
import javax.annotation.CheckForNull;

/**
 * A collection or user-defined type literal whose elements are terms: {@code [?, ?]},
 * {@code {?, ?}}, {@code {?: ?}}, {@code {field: ?}}.
 */
final class CollectionTerm extends Term {
  enum Kind {
    LIST('[', ']'),
    SET('{', '}'),
    MAP('{', '}'),
    UDT('{', '}');

    final char open;
    final char close;

    Kind(char open, char close) {
      this.open = open;
      this.close = close;
    }
  }

  private final Kind kind;
  /** The keys of a map, or null. */
  @CheckForNull private final Term[] keys;
  /** The field names of a user-defined type, or null. */
  @CheckForNull private final String[] fields;
  private final Term[] values;

  CollectionTerm(Kind kind, @CheckForNull Term[] keys, @CheckForNull String[] fields, Term[] values) {
    this.kind = kind;
    this.keys = keys;
    this.fields = fields;
    this.values = values;
  }

  @Override
  void render(Sink sink) {
    StringBuilder sb = sink.sb;
    sb.append(kind.open);
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        sb.append(", ");
      }
      if (keys != null) {
        keys[i].render(sink);
        sb.append(": ");
      } else if (fields != null) {
        CqlIdentifier.appendName(sb, fields[i]);
        sb.append(": ");
      }
      values[i].render(sink);
    }
    sb.append(kind.close);
  }

  @Override
  int paramCount() {
    return (keys == null ? 0 : paramCount(keys)) + paramCount(values);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CollectionTerm
        && ((CollectionTerm) o).kind == kind
        && Arrays.equals(((CollectionTerm) o).keys, keys)
        && Arrays.equals(((CollectionTerm) o).fields, fields)
        && Arrays.equals(((CollectionTerm) o).values, values);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * kind.hashCode() + Arrays.hashCode(keys)) + Arrays.hashCode(values)
        + Arrays.hashCode(fields);
  }
}
