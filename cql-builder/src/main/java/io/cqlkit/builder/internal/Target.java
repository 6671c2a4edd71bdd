package io.cqlkit.builder.internal;

import io.cqlkit.builder.CqlIdentifier;
import io.cqlkit.builder.CqlSnippet;
import javax.annotation.CheckForNull;

/**
 * The table a statement reads or writes: an optional keyspace and a table name. Immutable; the
 * targets of recently used names are shared (a small bounded table), so naming a table used
 * before allocates nothing.
 */
public final class Target implements CqlSnippet {
  private static final Target[] RECENT = new Target[256];

  public @CheckForNull final String keyspace;
  public final String table;
  public final int hash;

  private Target(@CheckForNull String keyspace, String table) {
    this.keyspace = keyspace;
    this.table = table;
    this.hash = 31 * (keyspace == null ? 0 : keyspace.hashCode()) + table.hashCode();
  }

  /** True if both name the same table the same way. */
  public boolean sameAs(Target other) {
    return this == other
        || (hash == other.hash
            && table.equals(other.table)
            && java.util.Objects.equals(keyspace, other.keyspace));
  }

  public static Target of(String keyspace, String table) {
    if (keyspace != null && table != null) {
      Target recent = RECENT[slot(31 * keyspace.hashCode() + table.hashCode())];
      if (recent != null
          && (recent.keyspace == keyspace || keyspace.equals(recent.keyspace))
          && (recent.table == table || table.equals(recent.table))) {
        return recent;
      }
    }
    return remember(
        new Target(
            CqlIdentifier.checkName(keyspace, "keyspace"), CqlIdentifier.checkName(table, "table")));
  }

  public static Target of(String table) {
    if (table != null) {
      Target recent = RECENT[slot(table.hashCode())];
      if (recent != null
          && recent.keyspace == null
          && (recent.table == table || table.equals(recent.table))) {
        return recent;
      }
    }
    return remember(new Target(null, CqlIdentifier.checkName(table, "table")));
  }

  private static int slot(int hash) {
    return (hash ^ (hash >>> 16)) & (RECENT.length - 1);
  }

  private static Target remember(Target target) {
    RECENT[slot(target.hash)] = target;
    return target;
  }

  /** For the one-call entry points, where a null keyspace means the session's keyspace. */
  public static Target ofNullableKeyspace(@CheckForNull String keyspace, String table) {
    return keyspace == null ? of(table) : of(keyspace, table);
  }

  /** A rough size of the rendered name, for sizing the statement's buffer. */
  public int length() {
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
