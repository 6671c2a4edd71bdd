package io.cqlkit.builder.schema;

import static com.google.common.base.Preconditions.checkState;

import com.google.errorprone.annotations.CheckReturnValue;
import io.cqlkit.builder.CqlIdentifier;
import io.cqlkit.builder.CqlSnippet;
import io.cqlkit.builder.CqlStatement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code CREATE TYPE [IF NOT EXISTS] ks.name (field type, ...)}: a user-defined type.
 *
 * <pre>{@code
 * createType("ks", "address").withField("street", TEXT).withField("zip", INT).build().cql();
 * // CREATE TYPE ks.address (street text, zip int)
 * }</pre>
 */
@CheckReturnValue
public final class CreateType implements SchemaStatementBuilder {
  private final QualifiedName type;
  private final boolean ifNotExists;
  private final Chain<Field> fields;

  private CreateType(QualifiedName type, boolean ifNotExists, Chain<Field> fields) {
    this.type = type;
    this.ifNotExists = ifNotExists;
    this.fields = fields;
  }

  static CreateType of(QualifiedName type) {
    return new CreateType(type, false, Chain.empty());
  }

  /** Adds {@code IF NOT EXISTS}: no error (and no change) when the type already exists. */
  public CreateType ifNotExists() {
    return new CreateType(type, true, fields);
  }

  /**
   * Declares a field, in order. It cannot be a counter or a non-frozen user type; collections are
   * fine.
   */
  public CreateType withField(String name, DataType fieldType) {
    return new CreateType(type, ifNotExists, fields.add(Field.of(name, fieldType)));
  }

  @Override
  public CqlStatement build() {
    checkState(
        !fields.isEmpty(),
        "CREATE TYPE %s has no fields: declare at least one with withField(\"name\", type)",
        type);
    List<Field> all = fields.toList();
    Set<CqlIdentifier> seen = new HashSet<>();
    for (Field field : all) {
      checkState(
          seen.add(field.name),
          "field %s is declared twice in type %s: declare each field once",
          field.name,
          type);
    }
    StringBuilder sb = new StringBuilder("CREATE TYPE ");
    if (ifNotExists) {
      sb.append("IF NOT EXISTS ");
    }
    type.appendTo(sb);
    CqlSnippet.join(sb, all, " (", ", ", ")");
    return Statements.ddl(sb, type.keyspaceName(), type.name());
  }

  /** The CQL, or why it cannot build yet. */
  @Override
  public String toString() {
    return Statements.describe(this);
  }
}
