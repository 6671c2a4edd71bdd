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
 * {@code ALTER TYPE [IF EXISTS] ks.name} with one change, as CQL allows: ADD one field, or RENAME
 * fields.
 *
 * <pre>{@code
 * alterType("ks", "address").addField("country", TEXT).build().cql();
 * // ALTER TYPE ks.address ADD country text
 * alterType("ks", "address").renameField("zip", "postcode").build().cql();
 * // ALTER TYPE ks.address RENAME zip TO postcode
 * }</pre>
 */
@CheckReturnValue
public final class AlterType implements SchemaStatementBuilder {
  private final QualifiedName type;
  private final boolean ifExists;
  private final boolean ifFieldExists;
  private final boolean ifFieldNotExists;
  private final Chain<Field> added;
  private final Chain<Rename> renames;

  private AlterType(
      QualifiedName type,
      boolean ifExists,
      boolean ifFieldExists,
      boolean ifFieldNotExists,
      Chain<Field> added,
      Chain<Rename> renames) {
    this.type = type;
    this.ifExists = ifExists;
    this.ifFieldExists = ifFieldExists;
    this.ifFieldNotExists = ifFieldNotExists;
    this.added = added;
    this.renames = renames;
  }

  static AlterType of(QualifiedName type) {
    return new AlterType(type, false, false, false, Chain.empty(), Chain.empty());
  }

  /** Adds {@code IF EXISTS} after TYPE: no error when the type does not exist. */
  public AlterType ifExists() {
    return new AlterType(type, true, ifFieldExists, ifFieldNotExists, added, renames);
  }

  /** {@code ADD IF NOT EXISTS}: no error when the added field already exists. */
  public AlterType ifFieldNotExists() {
    return new AlterType(type, ifExists, ifFieldExists, true, added, renames);
  }

  /** {@code RENAME IF EXISTS}: no error for renamed fields that do not exist. */
  public AlterType ifFieldExists() {
    return new AlterType(type, ifExists, true, ifFieldNotExists, added, renames);
  }

  /** {@code ADD field type}: one field per statement, as CQL allows. */
  public AlterType addField(String name, DataType fieldType) {
    return new AlterType(
        type,
        ifExists,
        ifFieldExists,
        ifFieldNotExists,
        added.add(Field.of(name, fieldType)),
        renames);
  }

  /** {@code RENAME from TO to}; several are joined by AND. */
  public AlterType renameField(String from, String to) {
    return new AlterType(
        type,
        ifExists,
        ifFieldExists,
        ifFieldNotExists,
        added,
        renames.add(Rename.of(from, to, "field")));
  }

  @Override
  public CqlStatement build() {
    checkState(
        !added.isEmpty() || !renames.isEmpty(),
        "ALTER TYPE %s has no change: call addField(name, type) or renameField(from, to)",
        type);
    checkState(
        added.isEmpty() || renames.isEmpty(),
        "ALTER TYPE %s can either add a field or rename fields, not both: build one statement"
            + " for each",
        type);
    checkState(
        added.size() <= 1,
        "ALTER TYPE %s adds one field per statement, but got %s: build one ALTER TYPE per field",
        type,
        added.size());
    checkState(
        !ifFieldNotExists || !added.isEmpty(),
        "ifFieldNotExists() goes with addField, but ALTER TYPE %s renames fields: remove it",
        type);
    checkState(
        !ifFieldExists || !renames.isEmpty(),
        "ifFieldExists() goes with renameField, but ALTER TYPE %s adds a field: remove it",
        type);
    StringBuilder sb = new StringBuilder("ALTER TYPE ");
    if (ifExists) {
      sb.append("IF EXISTS ");
    }
    type.appendTo(sb);
    if (!added.isEmpty()) {
      sb.append(ifFieldNotExists ? " ADD IF NOT EXISTS " : " ADD ");
      added.toList().get(0).appendTo(sb);
    } else {
      List<Rename> all = renames.toList();
      Set<CqlIdentifier> seen = new HashSet<>();
      for (Rename rename : all) {
        for (CqlIdentifier field : new CqlIdentifier[] {rename.from, rename.to}) {
          checkState(
              seen.add(field),
              "ALTER TYPE %s RENAME names field %s twice: name each field once",
              type,
              field);
        }
      }
      CqlSnippet.join(sb, all, ifFieldExists ? " RENAME IF EXISTS " : " RENAME ", " AND ", "");
    }
    return Statements.ddl(sb, type.keyspaceName(), type.name());
  }

  /** The CQL, or why it cannot build yet. */
  @Override
  public String toString() {
    return Statements.describe(this);
  }
}
