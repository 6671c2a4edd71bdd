package io.cqlkit.builder.internal.rules;

import io.cqlkit.builder.CqlStatement;
import io.cqlkit.builder.StatementKind;
import io.cqlkit.builder.rules.TableInfo;
import javax.annotation.CheckForNull;

/**
 * Whether a statement is a counter statement, as the server decides it: an increment is one, an
 * INSERT or a plain SET is not, and a DELETE is one exactly when its table is a counter table —
 * which only table facts can tell.
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
    if (statement.kind() != StatementKind.DELETE) {
      return Kind.NOT_COUNTER;
    }
    if (table == null || table.isCounter().isEmpty()) {
      return Kind.UNKNOWN;
    }
    return table.isCounter().get() ? Kind.COUNTER : Kind.NOT_COUNTER;
  }

  static String words(Kind kind) {
    return kind == Kind.COUNTER ? "a counter statement" : "not a counter statement";
  }
}
