package io.cqlkit.builder;

import io.cqlkit.builder.internal.Sink;
import javax.annotation.CheckForNull;

/** One assignment of an UPDATE's SET clause. */
final class Assignment {
  /** What the assignment does; the CQL differs only in where the column and value go. */
  enum Kind {
    /** {@code c = ?} */
    SET(true, false),
    /** {@code l = l + ?}: appending to a list is not idempotent. */
    APPEND(false, false),
    /** {@code l = ? + l} */
    PREPEND(false, false),
    /** {@code l = l - ?}: removing list elements by value is not idempotent. */
    REMOVE_FROM_LIST(false, false),
    /** {@code s = s + ?}, {@code m = m + ?}: adding to a set or a map. */
    ADD(true, false),
    /** {@code s = s - ?}, {@code m = m - ?}: removing set elements or map keys. */
    REMOVE(true, false),
    /** {@code m[?] = ?}, {@code l[?] = ?} */
    PUT(true, false),
    /** {@code address.city = ?}: one field of a user-defined type value. */
    SET_FIELD(true, false),
    /** {@code c = c + ?} on a counter. */
    INCREMENT(false, true),
    /** {@code c = c - ?} on a counter. */
    DECREMENT(false, true);

    final boolean idempotent;
    final boolean counter;

    Kind(boolean idempotent, boolean counter) {
      this.idempotent = idempotent;
      this.counter = counter;
    }
  }

  final String column;
  final Kind kind;
  @CheckForNull private final Term key;
  /** The field of a {@link Kind#SET_FIELD}, or null. */
  @CheckForNull private final String field;
  private final Term value;

  Assignment(String column, Kind kind, @CheckForNull Term key, Term value) {
    this(column, kind, key, null, value);
  }

  private Assignment(
      String column, Kind kind, @CheckForNull Term key, @CheckForNull String field, Term value) {
    this.column = CqlIdentifier.checkName(column, "column");
    this.kind = kind;
    this.key = key;
    this.field = field;
    this.value = value;
  }

  /** {@code column.field = value}. */
  static Assignment field(String column, String field, Term value) {
    return new Assignment(
        column, Kind.SET_FIELD, null, CqlIdentifier.checkName(field, "field"), value);
  }

  void render(Sink sink) {
    StringBuilder sb = sink.sb;
    CqlIdentifier.appendName(sb, column);
    switch (kind) {
      case SET:
        sb.append(" = ");
        value.render(sink);
        break;
      case APPEND:
      case ADD:
      case INCREMENT:
        sb.append(" = ");
        CqlIdentifier.appendName(sb, column);
        sb.append(" + ");
        value.render(sink);
        break;
      case PREPEND:
        sb.append(" = ");
        value.render(sink);
        sb.append(" + ");
        CqlIdentifier.appendName(sb, column);
        break;
      case REMOVE_FROM_LIST:
      case REMOVE:
      case DECREMENT:
        sb.append(" = ");
        CqlIdentifier.appendName(sb, column);
        sb.append(" - ");
        value.render(sink);
        break;
      case SET_FIELD:
        sb.append('.');
        CqlIdentifier.appendName(sb, field);
        sb.append(" = ");
        value.render(sink);
        break;
      case PUT:
        sb.append('[');
        key.render(sink);
        sb.append("] = ");
        value.render(sink);
        break;
    }
  }

  int paramCount() {
    return (key == null ? 0 : key.paramCount()) + value.paramCount();
  }

  boolean isIdempotent() {
    return kind.idempotent;
  }
}
