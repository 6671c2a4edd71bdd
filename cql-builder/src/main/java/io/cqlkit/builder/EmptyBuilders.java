package io.cqlkit.builder;

import io.cqlkit.builder.internal.Target;
import javax.annotation.CheckForNull;

/**
 * The empty builders of recently used tables, for the entry points: builders are immutable, so
 * {@code update("ks", "t")} on a table used before allocates nothing. A small direct-mapped table
 * without locks; a race only makes a builder twice.
 */
final class EmptyBuilders {
  private static final EmptyBuilders[] RECENT = new EmptyBuilders[256];

  private final Target target;
  @CheckForNull private Insert insert;
  @CheckForNull private Update update;
  @CheckForNull private Delete delete;
  @CheckForNull private Select select;

  private EmptyBuilders(Target target) {
    this.target = target;
  }

  /** The empty builders of {@code keyspace.table}: one lookup by the names, Target's on a miss. */
  static EmptyBuilders of(String keyspace, String table) {
    EmptyBuilders recent = keyspace == null ? null : recent(keyspace, table);
    return recent != null ? recent : of(Target.of(keyspace, table));
  }

  /** The empty builders of {@code table} in the session's keyspace. */
  static EmptyBuilders of(String table) {
    EmptyBuilders recent = recent(null, table);
    return recent != null ? recent : of(Target.of(table));
  }

  @CheckForNull
  private static EmptyBuilders recent(@CheckForNull String keyspace, String table) {
    if (table == null) {
      return null;
    }
    int hash = 31 * (keyspace == null ? 0 : keyspace.hashCode()) + table.hashCode(); // Target's
    EmptyBuilders recent = RECENT[(hash ^ (hash >>> 16)) & (RECENT.length - 1)];
    if (recent == null) {
      return null;
    }
    Target t = recent.target;
    boolean same =
        (t.table == table || table.equals(t.table))
            && (t.keyspace == keyspace || (keyspace != null && keyspace.equals(t.keyspace)));
    return same ? recent : null;
  }

  static EmptyBuilders of(Target target) {
    int slot = (target.hash ^ (target.hash >>> 16)) & (RECENT.length - 1);
    EmptyBuilders recent = RECENT[slot];
    if (recent == null || recent.target != target) {
      RECENT[slot] = recent = new EmptyBuilders(target);
    }
    return recent;
  }

  Insert insert() {
    Insert empty = insert;
    if (empty == null) {
      insert = empty = Insert.into(target);
    }
    return empty;
  }

  Update update() {
    Update empty = update;
    if (empty == null) {
      update = empty = Update.into(target);
    }
    return empty;
  }

  Delete delete() {
    Delete empty = delete;
    if (empty == null) {
      delete = empty = Delete.from(target);
    }
    return empty;
  }

  Select select() {
    Select empty = select;
    if (empty == null) {
      select = empty = Select.from(target);
    }
    return empty;
  }
}
