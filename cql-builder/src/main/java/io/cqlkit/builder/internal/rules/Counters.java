package io.cqlkit.builder.internal.rules;

import io.cqlkit.builder.CqlStatement;
import io.cqlkit.builder.StatementKind;
import io.cqlkit.builder.rules.TableInfo;
import javax.annotation.CheckForNull;

/**
 * Whether a statement is a counter statement, as the server decides it: an increment is one, an
 * INSERT or a plain SET is not, and a DELETE — or an UPDATE made from text by {@code Cql.raw},
 * whose SET cqlkit does not read — is one exactly when its table is a counter table, which only
 * table facts can tell.
 */
final class Counters {
  enum Kind {
    COUNTER,
    NOT_COUNTER,
    /** A DELETE on a table not known to be, or not to be, a counter table. */
    UNKNOWN
  }

  private Counters() {}

  static Kind kind(CqlStatement statement, @CheckForNull TableInfo table) {
    if (statement.isCounter()) {
      return Kind.COUNTER;
    }
    if (!tableDecides(statement)) {
      return Kind.NOT_COUNTER;
    }
    if (table == null || table.isCounter().isEmpty()) {
      return Kind.UNKNOWN;
    }
    return table.isCounter().get() ? Kind.COUNTER : Kind.NOT_COUNTER;
  }

  /** True when only the table's facts tell whether {@code statement} is a counter statement. */
  static boolean tableDecides(CqlStatement statement) {
    return statement.kind() == StatementKind.DELETE
        || (statement.isRaw() && statement.kind() == StatementKind.UPDATE);
  }

  static String words(Kind kind) {
    return kind == Kind.COUNTER ? "a counter statement" : "not a counter statement";
  }
}
