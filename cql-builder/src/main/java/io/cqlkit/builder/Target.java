package io.cqlkit.builder;

import com.google.errorprone.annotations.Immutable;
import javax.annotation.CheckForNull;

/** The table a statement reads or writes: an optional keyspace and a table name. */
@Immutable
final class Target implements CqlSnippet {
  @CheckForNull final String keyspace;
  final String table;
  final int hash;

  private Target(@CheckForNull String keyspace, String table) {
    this.keyspace = keyspace;
    this.table = table;
    this.hash = 31 * (keyspace == null ? 0 : keyspace.hashCode()) + table.hashCode();
  }

  /** True if both name the same table the same way. */
  boolean sameAs(Target other) {
    return this == other
        || (hash == other.hash
            && table.equals(other.table)
            && java.util.Objects.equals(keyspace, other.keyspace));
  }

  static Target of(String keyspace, String table) {
    return new Target(CqlIdentifier.checkName(keyspace, "keyspace"), CqlIdentifier.checkName(table, "table"));
  }

  static Target of(String table) {
    return new Target(null, CqlIdentifier.checkName(table, "table"));
  }

  /** For the one-call entry points, where a null keyspace means the session's keyspace. */
  static Target ofNullableKeyspace(@CheckForNull String keyspace, String table) {
    return keyspace == null ? of(table) : of(keyspace, table);
  }

  /** A rough size of the rendered name, for sizing the statement's buffer. */
  int length() {
    return (keyspace == null ? 0 : keyspace.length() + 1) + table.length();
  }

  @Override
  public void appendTo(StringBuilder sb) {
    if (keyspace != null) {
      CqlIdentifier.appendName(sb, keyspace);
      sb.append('.');
    }
    CqlIdentifier.appendName(sb, table);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    appendTo(sb);
    return sb.toString();
  }
}
