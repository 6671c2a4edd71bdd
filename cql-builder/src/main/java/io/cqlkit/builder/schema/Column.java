package io.cqlkit.builder.schema;

import static com.google.common.base.Preconditions.checkArgument;

import io.cqlkit.builder.CqlIdentifier;
import io.cqlkit.builder.CqlSnippet;

/** A column declaration {@code name type[ STATIC]} and its role in the table. */
final class Column implements CqlSnippet {

  enum Role {
    PARTITION_KEY("partition key column"),
    CLUSTERING("clustering column"),
    REGULAR("column"),
    STATIC("static column");

    final String description;

    Role(String description) {
      this.description = description;
    }

    boolean isPrimaryKey() {
      return this == PARTITION_KEY || this == CLUSTERING;
    }
  }

  final CqlIdentifier name;
  final DataType type;
  final Role role;

  private Column(CqlIdentifier name, DataType type, Role role) {
    this.name = name;
    this.type = type;
    this.role = role;
  }

  static Column of(String name, DataType type, Role role) {
    CqlIdentifier id = Names.of(name, "column");
    checkArgument(type != null, "the type of column %s must not be null: pass a DataType", name);
    if (role.isPrimaryKey()) {
      checkArgument(
          type.isAllowedInPrimaryKey(),
          "%s %s cannot be of type %s: Cassandra refuses counter, duration and non-frozen"
              + " collection or user types in a primary key; %s",
          role.description,
          name,
          type,
          type.isMultiCell() ? "wrap the type in frozen(...)" : "use another type");
    }
    return new Column(id, type, role);
  }

  @Override
  public void appendTo(StringBuilder sb) {
    name.appendTo(sb);
    sb.append(' ');
    type.appendTo(sb);
    if (role == Role.STATIC) {
      sb.append(" STATIC");
    }
  }
}
