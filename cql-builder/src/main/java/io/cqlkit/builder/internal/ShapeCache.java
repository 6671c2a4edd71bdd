package io.cqlkit.builder.internal;

import java.util.Objects;
import javax.annotation.CheckForNull;

/**
 * The shapes of statements made of plain parts, by shape key: the text of such a statement
 * depends only on its kind, table, options and the codes and columns of its parts, so a builder
 * whose key is cached skips rendering and checking (the shape passed them) and fills only its
 * params.
 *
 * <p>The param order is written once, by the render pass: before each param it tells the
 * {@link Sink} where the value comes from (the n-th part of a clause, or one of two option slots
 * such as TTL and timestamp), and the entry turns that plan into a slot per part. The cached path
 * replays the plan with one generic fill ({@link Entry#params(Part, Object, Object)}), so a
 * builder has no second walk of its own.
 *
 * <p>A small direct-mapped table: bounded, and without locks, as entries are immutable (final
 * fields) and replaced whole, so a thread sees a whole entry or an older one.
 */
public final class ShapeCache {
  /** The source of the first option param of a statement (TTL; PER PARTITION LIMIT). */
  public static final int FIRST_OPTION = 1;
  /** The source of the second option param of a statement (timestamp; LIMIT). */
  public static final int SECOND_OPTION = 2;

  /** Parts of one clause beyond this many are not cached (their source would not fit). */
  private static final int MAX_ORDINAL = 0xFFFF;

  private static final Entry[] SLOTS = new Entry[512];

  private ShapeCache() {}

  /** The source of the param of the {@code ordinal}-th part (oldest first) of a clause. */
  public static int source(int clause, int ordinal) {
    return ordinal > MAX_ORDINAL ? 0 : clause << 16 | ordinal;
  }

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

  /**
   * The entry cached for this key, or null; the caller checks its parts while it fills the params
   * ({@link Entry#paramsIfSame}, or {@link Entry#putIfSame} for an INSERT, whose columns are a chain
   * of its own).
   */
  @CheckForNull
  public static Entry find(int hash, Target target, int options, @CheckForNull Object extra) {
    Entry e = SLOTS[slot(hash)];
    return e != null
            && e.hash == hash
            && e.options == options
            && e.target.sameAs(target)
            && Objects.equals(e.extra, extra)
        ? e
        : null;
  }

  /** Caches the shape rendered into {@code sink} for this key (a non-zero {@link #hash}). */
  public static void remember(
      int hash,
      Target target,
      int options,
      @CheckForNull Object extra,
      @CheckForNull Part parts,
      Shape shape,
      Sink sink) {
    int size = Part.size(parts);
    remember(
        hash, target, options, extra, Part.codes(parts, size), Part.subjects(parts, size), shape,
        sink);
  }

  /**
   * Caches a shape whose parts have these codes and subjects, newest first (an INSERT gives its
   * columns with the code {@link Part#VALUES}). Not cached when a param has no known source.
   */
  public static void remember(
      int hash,
      Target target,
      int options,
      @CheckForNull Object extra,
      int[] codes,
      Object[] subjects,
      Shape shape,
      Sink sink) {
    int[] sources = sink.sources();
    int[] slots = slots(codes, sources);
    if (slots != null) {
      SLOTS[slot(hash)] =
          new Entry(shape, sources, slots, hash, target, options, extra, codes, subjects);
    }
  }

  private static int slot(int hash) {
    return (hash ^ (hash >>> 16)) & (SLOTS.length - 1);
  }

  /**
   * For each part (newest first), the index of its param, or -1 when it has none; null when some
   * param's source is unknown or names no part (then the shape is not cached).
   */
  @CheckForNull
  private static int[] slots(int[] codes, int[] sources) {
    int[] slots = new int[codes.length];
    int[] ordinals = new int[16];
    int found = 0;
    for (int i = codes.length - 1; i >= 0; i--) {
      int clause = codes[i] & Part.CLAUSE;
      int source = source(clause, ordinals[clause >>> 8]++);
      slots[i] = indexOf(sources, source);
      found += slots[i] >= 0 ? 1 : 0;
    }
    int options = 0;
    for (int source : sources) {
      if (source == 0) {
        return null;
      }
      options += source == FIRST_OPTION || source == SECOND_OPTION ? 1 : 0;
    }
    return found + options == sources.length ? slots : null;
  }

  private static int indexOf(int[] sources, int source) {
    for (int i = 0; i < sources.length; i++) {
      if (sources[i] == source) {
        return i;
      }
    }
    return -1;
  }

  /** A cached shape and the plan of its params: where each part's and option's value goes. */
  public static final class Entry {
    public final Shape shape;

    private final int hash;
    private final Target target;
    private final int options;
    @CheckForNull private final Object extra;
    /** The codes and subjects of the parts, newest first, to recognize the same parts. */
    private final int[] codes;

    private final Object[] subjects;
    private final int params;
    /** For each part, newest first: the index of its value in params, or -1. */
    private final int[] slots;

    private final int first;
    private final int second;

    private Entry(
        Shape shape,
        int[] sources,
        int[] slots,
        int hash,
        Target target,
        int options,
        @CheckForNull Object extra,
        int[] codes,
        Object[] subjects) {
      this.hash = hash;
      this.target = target;
      this.options = options;
      this.extra = extra;
      this.codes = codes;
      this.subjects = subjects;
      this.shape = shape;
      this.params = sources.length;
      this.slots = slots;
      this.first = indexOf(sources, FIRST_OPTION);
      this.second = indexOf(sources, SECOND_OPTION);
    }

    /** The number of parts of the cached shape. */
    public int size() {
      return codes.length;
    }

    /**
     * Puts {@code value}, the value of part {@code i} (newest first), where the plan says, if the
     * cached shape's part {@code i} has this code and subject (its column, or columns); false
     * (nothing put) if it has not.
     */
    public boolean putIfSame(
        Object[] params, int i, int code, Object subject, @CheckForNull Object value) {
      if (i >= codes.length || codes[i] != code || !Part.sameSubject(subject, subjects[i])) {
        return false;
      }
      int slot = slots[i];
      if (slot >= 0) {
        params[slot] = value;
      }
      return true;
    }

    /**
     * The params of a statement of this shape: the option values where the plan has them
     * (ignored where it has not), the values of the parts to be filled with {@link #putIfSame}.
     */
    public Object[] params(@CheckForNull Object firstOption, @CheckForNull Object secondOption) {
      Object[] out = new Object[params];
      if (first >= 0) {
        out[first] = firstOption;
      }
      if (second >= 0) {
        out[second] = secondOption;
      }
      return out;
    }


    /**
     * The params of a statement of this shape made of {@code parts} and these option values, or
     * null when {@code parts} are not the cached parts (codes and subjects, newest first).
     */
    @CheckForNull
    public Object[] paramsIfSame(
        @CheckForNull Part parts,
        @CheckForNull Object firstOption,
        @CheckForNull Object secondOption) {
      int[] codes = this.codes; // locals: the loop is the hottest of a build
      Object[] subjects = this.subjects;
      int[] slots = this.slots;
      Object[] out = params(firstOption, secondOption);
      int i = 0;
      for (Part p = parts; p != null; p = p.previous, i++) {
        if (i == codes.length || p.code != codes[i] || !Part.sameSubject(p.subject, subjects[i])) {
          return null;
        }
        int slot = slots[i];
        if (slot >= 0) {
          out[slot] = p.plainValue;
        }
      }
      return i == codes.length ? out : null;
    }
  }
}
