package io.cqlkit.builder.internal;

import javax.annotation.CheckForNull;

/**
 * The markers of a statement's WHERE relations and of the right sides of its IF conditions, with
 * each one's relation (its text, column and operator): a template refuses a null or UNSET bound
 * there where a builder step refuses it.
 */
public final class RelationMarkers {
  public static final RelationMarkers NONE =
      new RelationMarkers(new int[0], new String[0], new String[0], new int[0]);

  /** Added to an operator's ordinal for the marker of an IF condition. */
  static final int CONDITION = 1 << 16;

  private final int[] indexes;
  private final String[] relations;
  private final String[] columns;

  /** The operator's ordinal, plus {@link #CONDITION} for the marker of an IF condition. */
  private final int[] operators;

  RelationMarkers(int[] indexes, String[] relations, String[] columns, int[] operators) {
    this.indexes = indexes;
    this.relations = relations;
    this.columns = columns;
    this.operators = operators;
  }

  public int size() {
    return indexes.length;
  }

  /** The index in the params of the {@code i}-th marker. */
  public int index(int i) {
    return indexes[i];
  }

  /** The relation of the {@code i}-th marker as rendered, such as {@code pk = ?}. */
  public String relation(int i) {
    return relations[i];
  }

  /** The operator (its ordinal) of the {@code i}-th marker's relation. */
  public int operator(int i) {
    return operators[i] & ~CONDITION;
  }

  /** True if the {@code i}-th marker is the right side of an IF condition, not in WHERE. */
  public boolean isCondition(int i) {
    return (operators[i] & CONDITION) != 0;
  }

  /** The column of the {@code i}-th marker's relation, or null (a token, tuple or element). */
  @CheckForNull
  public String column(int i) {
    return columns[i];
  }
}
