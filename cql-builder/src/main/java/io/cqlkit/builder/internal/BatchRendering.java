package io.cqlkit.builder.internal;

import io.cqlkit.builder.BatchType;
import io.cqlkit.builder.CqlStatement;
import java.util.Objects;
import javax.annotation.CheckForNull;

/**
 * Renders a batch's multi-line text from its children (see cql-format.md). The text depends only
 * on the batch type, the batch timestamp's presence, the timeout's text and the children's texts,
 * so the texts of recent batches are kept by those (a small bounded table without locks: entries
 * are immutable and replaced whole); batches of cached statement shapes then share one text.
 */
public final class BatchRendering {
  /** Larger batches are rendered each time: comparing their children would cost as much. */
  private static final int MAX_CACHED_CHILDREN = 64;

  private static final Entry[] SLOTS = new Entry[128];

  private BatchRendering() {}

  /**
   * The text of a batch of these children (an array the caller owns and does not change).
   *
   * @param timeout the {@code USING TIMEOUT} term's text (ScyllaDB), or null
   */
  public static String render(
      BatchType type, boolean timestamp, @CheckForNull String timeout, CqlStatement[] children) {
    int size = children.length;
    if (size > MAX_CACHED_CHILDREN) {
      return renderText(type, timestamp, timeout, children);
    }
    int hash = 31 * (type.ordinal() * 2 + (timestamp ? 1 : 0)) + Objects.hashCode(timeout);
    for (int i = 0; i < size; i++) {
      hash = 31 * hash + children[i].cql().hashCode();
    }
    int slot = (hash ^ (hash >>> 16)) & (SLOTS.length - 1);
    Entry cached = SLOTS[slot];
    if (cached != null && cached.matches(hash, type, timestamp, timeout, children)) {
      return cached.text;
    }
    String text = renderText(type, timestamp, timeout, children);
    String[] texts = new String[size];
    for (int i = 0; i < size; i++) {
      texts[i] = children[i].cql();
    }
    SLOTS[slot] = new Entry(hash, type, timestamp, timeout, texts, text);
    return text;
  }

  private static String renderText(
      BatchType type, boolean timestamp, @CheckForNull String timeout, CqlStatement[] children) {
    int length = 64;
    for (CqlStatement child : children) {
      length += child.cql().length() + 4;
    }
    StringBuilder sb = new StringBuilder(length);
    sb.append("BEGIN ").append(type.keyword()).append("BATCH");
    if (timestamp) {
      sb.append(" USING TIMESTAMP ?");
    }
    if (timeout != null) {
      sb.append(timestamp ? " AND TIMEOUT " : " USING TIMEOUT ").append(timeout);
    }
    sb.append('\n');
    for (CqlStatement child : children) {
      sb.append("  ").append(child.cql()).append(";\n");
    }
    return sb.append("APPLY BATCH").toString();
  }

  private static final class Entry {
    final int hash;
    final BatchType type;
    final boolean timestamp;
    @CheckForNull final String timeout;
    final String[] texts;
    final String text;

    Entry(
        int hash,
        BatchType type,
        boolean timestamp,
        @CheckForNull String timeout,
        String[] texts,
        String text) {
      this.hash = hash;
      this.type = type;
      this.timestamp = timestamp;
      this.timeout = timeout;
      this.texts = texts;
      this.text = text;
    }

    boolean matches(
        int hash,
        BatchType type,
        boolean timestamp,
        @CheckForNull String timeout,
        CqlStatement[] children) {
      if (this.hash != hash
          || this.type != type
          || this.timestamp != timestamp
          || !Objects.equals(this.timeout, timeout)
          || texts.length != children.length) {
        return false;
      }
      for (int i = 0; i < texts.length; i++) {
        String mine = texts[i];
        String theirs = children[i].cql();
        if (mine != theirs && !mine.equals(theirs)) {
          return false;
        }
      }
      return true;
    }
  }
}
