package io.cqlkit.builder.schema;

import static com.google.common.base.Preconditions.checkState;

import com.google.errorprone.annotations.CheckReturnValue;
import io.cqlkit.builder.CqlStatement;

/**
 * {@code ALTER MATERIALIZED VIEW [IF EXISTS] ks.v WITH ...}: changes a view's options.
 *
 * <pre>{@code
 * alterMaterializedView("ks", "v").withComment("by type").build().cql();
 * // ALTER MATERIALIZED VIEW ks.v WITH comment = 'by type'
 * }</pre>
 */
@CheckReturnValue
public final class AlterMaterializedView
    implements SchemaStatementBuilder, TableOptions<AlterMaterializedView> {
  private final QualifiedName view;
  private final boolean ifExists;
  private final Chain<Option> options;

  private AlterMaterializedView(QualifiedName view, boolean ifExists, Chain<Option> options) {
    this.view = view;
    this.ifExists = ifExists;
    this.options = options;
  }

  static AlterMaterializedView of(QualifiedName view) {
    return new AlterMaterializedView(view, false, Chain.empty());
  }

  /** Adds {@code IF EXISTS}: no error when the view does not exist. */
  public AlterMaterializedView ifExists() {
    return new AlterMaterializedView(view, true, options);
  }

  /** An option of the view; {@code default_time_to_live} is refused, as by Cassandra. */
  @Override
  public AlterMaterializedView withOption(String name, Object value) {
    return new AlterMaterializedView(
        view, ifExists, options.add(CreateMaterializedView.viewOption(name, value)));
  }

  @Override
  public CqlStatement build() {
    checkState(
        !options.isEmpty(),
        "ALTER MATERIALIZED VIEW %s changes nothing: set an option, e.g. withComment(\"...\")",
        view);
    StringBuilder sb = new StringBuilder("ALTER MATERIALIZED VIEW ");
    if (ifExists) {
      sb.append("IF EXISTS ");
    }
    view.appendTo(sb);
    Statements.appendWith(sb, Option.latest(options));
    return Statements.ddl(sb, view.keyspaceName(), view.name());
  }

  /** The CQL, or why it cannot build yet. */
  @Override
  public String toString() {
    return Statements.describe(this);
  }
}
