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
