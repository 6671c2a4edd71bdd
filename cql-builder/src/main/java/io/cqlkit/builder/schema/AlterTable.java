package io.cqlkit.builder.schema;

import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.CheckReturnValue;
import io.cqlkit.builder.CqlIdentifier;
import io.cqlkit.builder.CqlSnippet;
import io.cqlkit.builder.CqlStatement;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code ALTER TABLE [IF EXISTS] ks.t} with one kind of change, as CQL allows: ADD columns, DROP
 * columns, RENAME primary key columns, or WITH options.
 *
 * <pre>{@code
 * alterTable("ks", "t").addColumn("a", INT).addColumn("b", TEXT).build().cql();
 * // ALTER TABLE ks.t ADD (a int, b text)
 * alterTable("ks", "t").renameColumn("ck", "ts").build().cql();
 * // ALTER TABLE ks.t RENAME ck TO ts
 * }</pre>
 */
@CheckReturnValue
public final class AlterTable implements SchemaStatementBuilder, TableOptions<AlterTable> {

  /** The kinds of change; one ALTER TABLE makes changes of one kind. */
  private enum Kind {
    ADD,
    DROP,
    RENAME,
    WITH
  }

  /** One column change: its kind, the column names it uses, and its text. */
  private static final class Change {
    final Kind kind;
    final ImmutableList<CqlIdentifier> columns;
    final CqlSnippet snippet;

    Change(Kind kind, ImmutableList<CqlIdentifier> columns, CqlSnippet snippet) {
      this.kind = kind;
      this.columns = columns;
      this.snippet = snippet;
    }
  }

  private final QualifiedName table;
  private final boolean ifExists;
  private final boolean ifColumnExists;
  private final boolean ifColumnNotExists;
  private final Chain<Change> changes;
  private final Chain<Option> options;

  private AlterTable(
      QualifiedName table,
      boolean ifExists,
      boolean ifColumnExists,
      boolean ifColumnNotExists,
      Chain<Change> changes,
      Chain<Option> options) {
    this.table = table;
    this.ifExists = ifExists;
    this.ifColumnExists = ifColumnExists;
    this.ifColumnNotExists = ifColumnNotExists;
    this.changes = changes;
    this.options = options;
  }

  static AlterTable of(QualifiedName table) {
    return new AlterTable(table, false, false, false, Chain.empty(), Chain.empty());
  }

  /** Adds {@code IF EXISTS} after TABLE: no error when the table does not exist. */
  public AlterTable ifExists() {
    return new AlterTable(table, true, ifColumnExists, ifColumnNotExists, changes, options);
  }

  /** {@code ADD IF NOT EXISTS}: no error for added columns that already exist. */
  public AlterTable ifColumnNotExists() {
    return new AlterTable(table, ifExists, ifColumnExists, true, changes, options);
  }

  /** {@code DROP IF EXISTS} / {@code RENAME IF EXISTS}: no error for missing columns. */
  public AlterTable ifColumnExists() {
    return new AlterTable(table, ifExists, true, ifColumnNotExists, changes, options);
  }

  /** Adds a regular column: {@code ADD a int}, or {@code ADD (a int, b text)} for several. */
  public AlterTable addColumn(String column, DataType type) {
    Column added = Column.of(column, type, Column.Role.REGULAR);
    return with(Kind.ADD, ImmutableList.of(added.name), added);
  }

  /** Adds a static column ({@code ADD s int STATIC}); the table needs a clustering column. */
  public AlterTable addStaticColumn(String column, DataType type) {
    Column added = Column.of(column, type, Column.Role.STATIC);
    return with(Kind.ADD, ImmutableList.of(added.name), added);
  }

  /** Drops a column: {@code DROP a}, or {@code DROP (a, b)} for several. */
  public AlterTable dropColumn(String column) {
    CqlIdentifier dropped = Names.of(column, "column");
    return with(Kind.DROP, ImmutableList.of(dropped), dropped);
  }

  /**
   * Renames a primary key column ({@code RENAME a TO b}; several are joined by AND). Cassandra
   * renames only partition key and clustering columns.
   */
  public AlterTable renameColumn(String from, String to) {
    Rename rename = Rename.of(from, to, "column");
    return with(Kind.RENAME, ImmutableList.of(rename.from, rename.to), rename);
  }

  @Override
  public AlterTable withOption(String name, Object value) {
    return new AlterTable(
        table,
        ifExists,
        ifColumnExists,
        ifColumnNotExists,
        changes,
        options.add(Option.of(name, value)));
  }

  private AlterTable with(Kind kind, ImmutableList<CqlIdentifier> columns, CqlSnippet snippet) {
    return new AlterTable(
        table,
        ifExists,
        ifColumnExists,
        ifColumnNotExists,
        changes.add(new Change(kind, columns, snippet)),
        options);
  }

  @Override
  public CqlStatement build() {
    checkState(
        !changes.isEmpty() || !options.isEmpty(),
        "ALTER TABLE %s has no change: call addColumn, dropColumn, renameColumn or an option"
            + " such as withComment",
        table);
    ImmutableList<Change> all = changes.toList();
    Set<Kind> kinds = new LinkedHashSet<>();
    for (Change change : all) {
      kinds.add(change.kind);
    }
    if (!options.isEmpty()) {
      kinds.add(Kind.WITH);
    }
    Kind kind = kinds.iterator().next();
    checkState(
        kinds.size() == 1,
        "ALTER TABLE %s can make one kind of change per statement, but got %s: build one ALTER"
            + " TABLE for each",
        table,
        kinds);
    checkState(
        !ifColumnNotExists || kind == Kind.ADD,
        "ifColumnNotExists() goes with addColumn, but ALTER TABLE %s makes %s changes: remove it",
        table,
        kind);
    checkState(
        !ifColumnExists || kind == Kind.DROP || kind == Kind.RENAME,
        "ifColumnExists() goes with dropColumn or renameColumn, but ALTER TABLE %s makes %s"
            + " changes: remove it",
        table,
        kind);

    StringBuilder sb = new StringBuilder("ALTER TABLE ");
    if (ifExists) {
      sb.append("IF EXISTS ");
    }
    table.appendTo(sb);
    if (kind == Kind.WITH) {
      Statements.appendWith(sb, Option.latest(options));
    } else {
      checkDistinct(all, kind);
      sb.append(' ').append(kind.name());
      if (kind == Kind.ADD && ifColumnNotExists) {
        sb.append(" IF NOT EXISTS");
      } else if (kind != Kind.ADD && ifColumnExists) {
        sb.append(" IF EXISTS");
      }
      List<CqlSnippet> snippets = snippets(all);
      if (kind == Kind.RENAME) {
        CqlSnippet.join(sb, snippets, " ", " AND ", "");
      } else if (snippets.size() == 1) {
        snippets.get(0).appendTo(sb.append(' '));
      } else {
        CqlSnippet.join(sb, snippets, " (", ", ", ")");
      }
    }
    return Statements.ddl(sb, table.keyspaceName(), table.name());
  }

  private void checkDistinct(List<Change> all, Kind kind) {
    Set<CqlIdentifier> seen = new HashSet<>();
    for (Change change : all) {
      for (CqlIdentifier column : change.columns) {
        checkState(
            seen.add(column),
            "ALTER TABLE %s %s names column %s twice: name each column once",
            table,
            kind,
            column);
      }
    }
  }

  private static List<CqlSnippet> snippets(List<Change> all) {
    ImmutableList.Builder<CqlSnippet> out = ImmutableList.builderWithExpectedSize(all.size());
    for (Change change : all) {
      out.add(change.snippet);
    }
    return out.build();
  }

  /** The CQL, or why it cannot build yet. */
  @Override
  public String toString() {
    return Statements.describe(this);
  }
}
