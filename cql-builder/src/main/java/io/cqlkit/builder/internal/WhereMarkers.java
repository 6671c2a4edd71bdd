package io.cqlkit.builder.internal;

import javax.annotation.CheckForNull;

/**
 * The markers of a statement's WHERE relations, with each one's relation (its text, column and
 * operator): a template refuses a null or UNSET bound there where a builder step refuses it.
 */
public final class WhereMarkers {
  public static final WhereMarkers NONE =
      new WhereMarkers(new int[0], new String[0], new String[0], new int[0]);

  private final int[] indexes;
  private final String[] relations;
  private final String[] columns;
  private final int[] operators;

  WhereMarkers(int[] indexes, String[] relations, String[] columns, int[] operators) {
    this.indexes = indexes;
    this.relations = relations;
    this.columns = columns;
    this.operators = operators;
  }

  public int size() {
    return indexes.length;
  }

  /** The index in the params of the {@code i}-th WHERE marker. */
  public int index(int i) {
    return indexes[i];
  }

  /** The relation of the {@code i}-th WHERE marker as rendered, such as {@code pk = ?}. */
  public String relation(int i) {
    return relations[i];
  }

  /** The operator (its ordinal) of the {@code i}-th WHERE marker's relation. */
  public int operator(int i) {
    return operators[i];
  }

  /** The column of the {@code i}-th WHERE marker's relation, or null (a token or tuple relation). */
  @CheckForNull
  public String column(int i) {
    return columns[i];
  }
}
