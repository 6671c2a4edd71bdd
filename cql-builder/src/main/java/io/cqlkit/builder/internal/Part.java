package io.cqlkit.builder.internal;

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
 * hold the object that renders them ({@link Assignment}, {@link Relation}, {@link Selector}...).
 */
public final class Part {
  public static final int SET = 1 << 8;
  public static final int WHERE = 2 << 8;
  public static final int IF = 3 << 8;
  /** Selected (or deleted) plain columns: the subject is a String[]; no param. */
  public static final int COLUMNS = 4 << 8;
  public static final int GROUP_BY = 5 << 8;
  /** {@code column ASC|DESC}: the low bits are the {@link Order} ordinal; no param. */
  public static final int ORDER_BY = 6 << 8;
  /** A selector of a SELECT or DELETE that is not a plain column: the subject is the Selector. */
  public static final int SELECTOR = 7 << 8;

  private static final int CLAUSE = 0xF00;
  /** Set when the subject is the object that renders the part: its text depends on more. */
  public static final int ITEM = 0x1000;

  /** Clause, {@link #ITEM} flag, and in the low bits an Assignment.Kind or Operator ordinal. */
  public final int code;
  /** A column (plain part), a String[] of columns, or the rendering object of an item. */
  public final Object subject;
  /** The plain value of a plain SET, WHERE or IF part, bound as one {@code ?}. */
  public @CheckForNull final Object value;

  public @CheckForNull final Part previous;
  /**
   * The hash of the codes and subjects of this part and those before it, or 0 when one of them
   * is an item: computed by the step (in O(1)), so a build finds its shape key at once.
   */
  private final int shapeHash;

  private Part(int code, Object subject, @CheckForNull Object value, @CheckForNull Part previous) {
    this.code = code;
    this.subject = subject;
    this.value = value;
    this.previous = previous;
    int before = previous == null ? 1 : previous.shapeHash;
    if (before == 0 || (code & ITEM) != 0) {
      this.shapeHash = 0;
    } else {
      int hash =
          31 * (31 * before + code)
              + (subject instanceof String ? subject.hashCode() : Arrays.hashCode((String[]) subject));
      this.shapeHash = hash == 0 ? 1 : hash;
    }
  }

  /** {@code parts} with a plain part added: {@code column op ?}, or selected columns. */
  public static Part plain(
      @CheckForNull Part parts, int clause, int op, Object subject, @CheckForNull Object value) {
    return new Part(clause | op, subject, value, parts);
  }

  /** {@code parts} with an item added: an Assignment, Relation, Selector or ordering. */
  public static Part item(@CheckForNull Part parts, int clause, Object item) {
    return new Part(clause | ITEM, item, null, parts);
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

  /** The shape-key hash of the parts, or 0 when some part is an item (its text depends on more). */
  public static int shapeHash(@CheckForNull Part parts) {
    return parts == null ? 1 : parts.shapeHash;
  }

  /** The number of parts of a clause. */
  public static int count(@CheckForNull Part parts, int clause) {
    int n = 0;
    for (Part p = parts; p != null; p = p.previous) {
      n += p.clause() == clause ? 1 : 0;
    }
    return n;
  }

  /**
   * Writes the values of plain parts into {@code params} in one pass, each clause's in step order
   * and ending just before the given index (SET, WHERE, IF; the other clauses have no params).
   */
  public static void fill(
      @CheckForNull Part parts, Object[] params, int setEnd, int whereEnd, int conditionEnd) {
    for (Part p = parts; p != null; p = p.previous) {
      switch (p.clause()) {
        case SET:
          params[--setEnd] = p.value;
          break;
        case WHERE:
          params[--whereEnd] = p.value;
          break;
        case IF:
          params[--conditionEnd] = p.value;
          break;
        default:
          break;
      }
    }
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

  /** True if plain parts have exactly these codes and subjects (newest first). */
  public static boolean matches(@CheckForNull Part parts, int[] codes, Object[] subjects) {
    int i = 0;
    for (Part p = parts; p != null; p = p.previous, i++) {
      if (i == codes.length || p.code != codes[i]) {
        return false;
      }
      Object mine = p.subject;
      Object theirs = subjects[i];
      if (mine != theirs
          && !(mine instanceof String
              ? mine.equals(theirs)
              : theirs instanceof String[] && Arrays.equals((String[]) mine, (String[]) theirs))) {
        return false;
      }
    }
    return i == codes.length;
  }
}
