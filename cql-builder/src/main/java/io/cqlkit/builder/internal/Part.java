package io.cqlkit.builder.internal;

import static com.google.common.base.Preconditions.checkState;

import java.util.Arrays;
import javax.annotation.CheckForNull;

/**
 * One part a builder step adds to a statement (a SET assignment, a WHERE relation, an IF
 * condition, selected columns, a GROUP BY or ORDER BY column), in a persistent list newest first:
 * a step adds one node in O(1) and shares the rest. An empty list is {@code null}.
 *
 * <p>The common parts are <em>plain</em>: a column with a plain value bound as {@code ?} keeps
 * only its column and value (no term, relation or assignment object), and its text depends only on
 * its code (clause and operator) and column. A statement made of plain parts has a shape key that
 * is cheap to compute, so its text and shape can come from the {@link ShapeCache}. Other parts
 * hold the object that renders them (an assignment, relation, selector or ordering of the API
 * package, which this package does not know: the clause says which, so the owner casts).
 *
 * <p>Three kinds, a sealed hierarchy: {@link Column} (a column and its plain value), {@link Names}
 * (selected or grouped columns) and {@link Item} (the rendering object).
 */
public abstract sealed class Part permits Part.Column, Part.Names, Part.Item {
  public static final int SET = 1 << 8;
  public static final int WHERE = 2 << 8;
  public static final int IF = 3 << 8;
  /** Selected (or deleted) plain columns, a {@link Names} part; no param. */
  public static final int COLUMNS = 4 << 8;
  public static final int GROUP_BY = 5 << 8;
  /** {@code column ASC|DESC}: the low bits are the Order ordinal; no param. */
  public static final int ORDER_BY = 6 << 8;
  /** A selector of a SELECT or DELETE that is not a plain column: an {@link Item}. */
  public static final int SELECTOR = 7 << 8;
  /** {@code USING TIMEOUT} of an UPDATE (ScyllaDB): an {@link Item} holding the term. */
  public static final int TIMEOUT = 8 << 8;

  /**
   * An INSERT's column and its value: not a part (an INSERT keeps its columns in a chain of its
   * own), the code under which the {@link ShapeCache} keeps them.
   */
  public static final int VALUES = 8 << 8;

  static final int CLAUSE = 0xF00;
  /** Set for an {@link Item}, whose object renders the part: its text depends on more. */
  public static final int ITEM = 0x1000;

  /** The code's low 16 bits: clause, {@link #ITEM} flag, and an Assignment.Kind or Operator ordinal. */
  private static final int BASE = 0xFFFF;

  /**
   * Clause, {@link #ITEM} flag, and in the low bits an Assignment.Kind or Operator ordinal; in the
   * high 16 bits a one-bit-per-hash filter of the columns WHERE restricts in this part and those
   * before it (see {@link #mayRestrict}).
   */
  public final int code;
  public @CheckForNull final Part previous;
  /**
   * The hash of the codes and subjects of this part and those before it, or 0 when one of them
   * is an item: computed by the step (in O(1)), so a build finds its shape key at once.
   */
  private final int shapeHash;
  /**
   * What a cached shape keeps to recognize this part (its column, its columns, or its item) and
   * the plain value bound as its {@code ?} (null for other parts): fields of the base class, so
   * the shape cache reads them without a virtual call on its hottest path.
   */
  final Object subject;

  @CheckForNull final Object plainValue;

  private Part(
      int code,
      Object subject,
      @CheckForNull Object plainValue,
      int subjectHash,
      @CheckForNull Part previous,
      int whereBits) {
    int before = previous == null ? 0 : previous.code >>> 16;
    this.code = code | (before | whereBits) << 16;
    this.previous = previous;
    this.subject = subject;
    this.plainValue = plainValue;
    int hashBefore = previous == null ? 1 : previous.shapeHash;
    if (hashBefore == 0 || (code & ITEM) != 0) {
      this.shapeHash = 0;
    } else {
      int hash = 31 * (31 * hashBefore + code) + subjectHash;
      this.shapeHash = hash == 0 ? 1 : hash;
    }
  }

  /** The column of a plain SET, WHERE, IF or ORDER BY part. */
  public final String column() {
    checkState(this instanceof Column, "not a column part: %s", code);
    return (String) subject;
  }

  /** The plain value of a plain SET, WHERE or IF part, bound as one {@code ?}. */
  @CheckForNull
  public final Object value() {
    checkState(this instanceof Column, "not a column part: %s", code);
    return plainValue;
  }

  /** The columns of a {@link #COLUMNS} or {@link #GROUP_BY} part (an array no one may change). */
  public final String[] names() {
    checkState(this instanceof Names, "not a names part: %s", code);
    return (String[]) subject;
  }

  /** The rendering object of an {@link #ITEM} part; its clause says what it is. */
  public final Object item() {
    checkState(this instanceof Item, "not an item part: %s", code);
    return subject;
  }

  /** This part on top of {@code previous} instead of its own previous parts. */
  public abstract Part on(@CheckForNull Part previous);

  /**
   * True if {@code theirs}, the subject of a cached part with the same code, is {@code mine}: a
   * column compares as a String, selected or grouped columns as a String[] (an item is never
   * cached, so it compares by identity).
   */
  static boolean sameSubject(Object mine, Object theirs) {
    if (mine == theirs) {
      return true;
    }
    if (mine instanceof String) {
      return mine.equals(theirs);
    }
    return mine instanceof String[] && Arrays.equals((String[]) mine, (String[]) theirs);
  }

  /** {@code parts} with a plain part added: {@code column op ?} (or ORDER BY column). */
  public static Part plain(
      @CheckForNull Part parts, int clause, int op, String column, @CheckForNull Object value) {
    return new Column(clause | op, column, value, parts);
  }

  /** {@code parts} with selected or grouped columns added (the caller gives up {@code names}). */
  public static Part names(@CheckForNull Part parts, int clause, String[] names) {
    return new Names(clause, names, parts);
  }

  /** {@code parts} with an item added: an assignment, relation, selector or ordering. */
  public static Part item(@CheckForNull Part parts, int clause, Object item) {
    return new Item(clause | ITEM, item, parts);
  }

  public int clause() {
    return code & CLAUSE;
  }

  public boolean isItem() {
    return (code & ITEM) != 0;
  }

  /** The low bits: an Assignment.Kind, Operator or Order ordinal. */
  public int op() {
    return code & 0xFF;
  }

  /** True if some part is of this clause. */
  public static boolean has(@CheckForNull Part parts, int clause) {
    for (Part p = parts; p != null; p = p.previous) {
      if (p.clause() == clause) {
        return true;
      }
    }
    return false;
  }

  /** The parts of one clause, oldest first. */
  public static Part[] of(@CheckForNull Part parts, int clause) {
    int n = 0;
    for (Part p = parts; p != null; p = p.previous) {
      n += p.clause() == clause ? 1 : 0;
    }
    Part[] out = new Part[n];
    for (Part p = parts; p != null; p = p.previous) {
      if (p.clause() == clause) {
        out[--n] = p;
      }
    }
    return out;
  }

  /**
   * False when no WHERE relation among {@code parts} restricts {@code column}, answered without a
   * walk; true when one may (then walk them to know).
   */
  public static boolean mayRestrict(@CheckForNull Part parts, String column) {
    return parts != null && (parts.code >>> 16 & whereBit(column)) != 0;
  }

  private static int whereBit(String column) {
    return 1 << (column.hashCode() & 15);
  }

  /** The shape-key hash of the parts, or 0 when some part is an item (its text depends on more). */
  public static int shapeHash(@CheckForNull Part parts) {
    return parts == null ? 1 : parts.shapeHash;
  }

  /** What a cached shape keeps of plain parts to recognize them: codes and subjects, newest first. */
  public static int[] codes(@CheckForNull Part parts, int size) {
    int[] out = new int[size];
    int i = 0;
    for (Part p = parts; p != null; p = p.previous) {
      out[i++] = p.code;
    }
    return out;
  }

  public static Object[] subjects(@CheckForNull Part parts, int size) {
    Object[] out = new Object[size];
    int i = 0;
    for (Part p = parts; p != null; p = p.previous) {
      out[i++] = p.subject; // a String, or a String[] that no one else may change
    }
    return out;
  }

  public static int size(@CheckForNull Part parts) {
    int n = 0;
    for (Part p = parts; p != null; p = p.previous) {
      n++;
    }
    return n;
  }

  /** A column with its plain value (SET, WHERE, IF), or an ORDER BY column: bound as one ?. */
  static final class Column extends Part {
    Column(int code, String column, @CheckForNull Object value, @CheckForNull Part previous) {
      super(
          code, column, value, column.hashCode(), previous,
          (code & CLAUSE) == WHERE ? whereBit(column) : 0);
    }

    @Override
    public Part on(@CheckForNull Part previous) {
      return new Column(code & BASE, (String) subject, plainValue, previous);
    }
  }

  /** Selected or grouped columns, rendered as a list; no param. */
  static final class Names extends Part {
    Names(int code, String[] names, @CheckForNull Part previous) {
      super(code, names, null, Arrays.hashCode(names), previous, 0);
    }

    @Override
    public Part on(@CheckForNull Part previous) {
      return new Names(code & BASE, (String[]) subject, previous);
    }
  }

  /** The object that renders the part; its text depends on more than the code. */
  static final class Item extends Part {
    Item(int code, Object item, @CheckForNull Part previous) {
      // a relation's column is not known here: every bit, so a later WHERE step walks
      super(code, item, null, 0, previous, (code & CLAUSE) == WHERE ? BASE : 0);
    }

    @Override
    public Part on(@CheckForNull Part previous) {
      return new Item(code & BASE, subject, previous);
    }
  }
}
