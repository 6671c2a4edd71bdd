package io.cqlkit.builder.internal;

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
public final class ShapeCache {
  private static final Entry[] SLOTS = new Entry[512];

  private ShapeCache() {}

  /**
   * The hash of a shape key; {@code partsHash} is {@link Part#shapeHash} (0: not cacheable, and
   * then so is this), {@code options} -1 when the options make it not cacheable.
   */
  public static int hash(int partsHash, Target target, int options, @CheckForNull Object extra) {
    if (partsHash == 0 || options < 0) {
      return 0;
    }
    int hash = (partsHash * 31 + target.hash) * 31 + options;
    hash = hash * 31 + (extra == null ? 0 : extra.hashCode());
    return hash == 0 ? 1 : hash;
  }

  /** The entry cached for this key, or null. */
  @CheckForNull
  public static Entry find(
      int hash, Target target, int options, @CheckForNull Object extra, @CheckForNull Part parts) {
    Entry e = SLOTS[(hash ^ (hash >>> 16)) & (SLOTS.length - 1)];
    return e != null
            && e.hash == hash
            && e.options == options
            && e.target.sameAs(target)
            && Objects.equals(e.extra, extra)
            && Part.matches(parts, e.codes, e.subjects)
        ? e
        : null;
  }

  /** Caches the shape rendered for this key (a non-zero {@link #hash}). */
  public static void remember(
      int hash,
      Target target,
      int options,
      @CheckForNull Object extra,
      @CheckForNull Part parts,
      Shape shape) {
    SLOTS[(hash ^ (hash >>> 16)) & (SLOTS.length - 1)] =
        new Entry(hash, target, options, extra, parts, shape);
  }

  /** A cached shape, with the number of params of each clause of its plain parts. */
  public static final class Entry {
    public final Shape shape;
    public final int sets;
    public final int where;
    public final int conditions;

    private final int hash;
    private final Target target;
    private final int options;
    @CheckForNull private final Object extra;
    /** The codes and subjects of the parts, newest first, to recognize the same parts. */
    private final int[] codes;

    private final Object[] subjects;

    private Entry(
        int hash,
        Target target,
        int options,
        @CheckForNull Object extra,
        @CheckForNull Part parts,
        Shape shape) {
      int size = Part.size(parts);
      this.hash = hash;
      this.target = target;
      this.options = options;
      this.extra = extra;
      this.codes = Part.codes(parts, size);
      this.subjects = Part.subjects(parts, size);
      this.sets = Part.count(parts, Part.SET);
      this.where = Part.count(parts, Part.WHERE);
      this.conditions = Part.count(parts, Part.IF);
      this.shape = shape;
    }
  }

  /**
   * The shapes of INSERTs of plain values, by table, options and columns: an INSERT keeps its
   * columns in a chain of its own rather than in parts, so it is recognized by its columns (the
   * caller compares them with {@link Shape#bindingColumns}). Same table discipline as above.
   */
  public static final class Columns {
    private static final Columns[] SLOTS = new Columns[256];

    private final int hash;
    public final int key;
    public final Target target;
    public final Shape shape;

    private Columns(int hash, int key, Target target, Shape shape) {
      this.hash = hash;
      this.key = key;
      this.target = target;
      this.shape = shape;
    }

    /** The entry cached for this hash, or null. */
    @CheckForNull
    public static Columns find(int hash) {
      Columns cached = SLOTS[hash & (SLOTS.length - 1)];
      return cached != null && cached.hash == hash ? cached : null;
    }

    /** Caches the shape of an INSERT of plain values; {@code key} says its options. */
    public static void remember(int hash, int key, Target target, Shape shape) {
      SLOTS[hash & (SLOTS.length - 1)] = new Columns(hash, key, target, shape);
    }
  }
}
