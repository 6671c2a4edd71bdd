package io.cqlkit.builder;

import java.util.Objects;
import javax.annotation.CheckForNull;

/**
 * The shapes of statements made of plain {@link Part}s, by shape key: the text of such a statement
 * depends only on its kind, table, options and the codes and columns of its parts, so a builder
 * whose key is cached skips rendering and checking (the shape passed them) and fills only its
 * params.
 *
 * <p>A small direct-mapped table: bounded, and without locks, as entries are immutable (final
 * fields) and replaced whole, so a thread sees a whole entry or an older one.
 */
final class ShapeCache {
  private static final Entry[] SLOTS = new Entry[512];

  private ShapeCache() {}

  /**
   * The hash of a shape key; {@code partsHash} is {@link Part#shapeHash} (0: not cacheable, and
   * then so is this).
   */
  static int hash(int partsHash, Target target, int options, @CheckForNull Object extra) {
    if (partsHash == 0) {
      return 0;
    }
    int hash = (partsHash * 31 + target.hash) * 31 + options;
    hash = hash * 31 + (extra == null ? 0 : extra.hashCode());
    return hash == 0 ? 1 : hash;
  }

  /** The shape cached for this key, or null. */
  @CheckForNull
  static Shape find(
      int hash, Target target, int options, @CheckForNull Object extra, @CheckForNull Part parts) {
    Entry e = SLOTS[hash & (SLOTS.length - 1)];
    return e != null
            && e.hash == hash
            && e.options == options
            && e.target.sameAs(target)
            && Objects.equals(e.extra, extra)
            && Part.matches(parts, e.codes, e.subjects)
        ? e.shape
        : null;
  }

  /** Caches the shape rendered for this key (a non-zero {@link #hash}). */
  static void remember(
      int hash,
      Target target,
      int options,
      @CheckForNull Object extra,
      @CheckForNull Part parts,
      Shape shape) {
    int size = Part.size(parts);
    SLOTS[hash & (SLOTS.length - 1)] =
        new Entry(
            hash,
            target,
            options,
            extra,
            Part.codes(parts, size),
            Part.subjects(parts, size),
            shape);
  }

  private static final class Entry {
    final int hash;
    final Target target;
    final int options;
    @CheckForNull final Object extra;
    final int[] codes;
    final Object[] subjects;
    final Shape shape;

    Entry(
        int hash,
        Target target,
        int options,
        @CheckForNull Object extra,
        int[] codes,
        Object[] subjects,
        Shape shape) {
      this.hash = hash;
      this.target = target;
      this.options = options;
      this.extra = extra;
      this.codes = codes;
      this.subjects = subjects;
      this.shape = shape;
    }
  }
}
