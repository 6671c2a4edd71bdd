package io.cqlkit.builder.schema;

import static com.google.common.base.Preconditions.checkArgument;

import io.cqlkit.builder.CqlIdentifier;
import io.cqlkit.builder.CqlSnippet;

/** A user type's field {@code name type}. */
final class Field implements CqlSnippet {
  final CqlIdentifier name;
  final DataType type;

  private Field(CqlIdentifier name, DataType type) {
    this.name = name;
    this.type = type;
  }

  static Field of(String name, DataType type) {
    CqlIdentifier id = Names.of(name, "field");
    checkArgument(type != null, "the type of field %s must not be null: pass a DataType", name);
    checkArgument(
        !type.isCounter(),
        "field %s cannot be a counter: a user type cannot contain counters",
        name);
    checkArgument(
        !(type.isMultiCell() && !type.isCollection()),
        "field %s cannot be the non-frozen user type %s: a user type cannot contain non-frozen"
            + " user types; wrap it in frozen(...)",
        name,
        type);
    return new Field(id, type);
  }

  @Override
  public void appendTo(StringBuilder sb) {
    name.appendTo(sb);
    sb.append(' ');
    type.appendTo(sb);
  }
}
