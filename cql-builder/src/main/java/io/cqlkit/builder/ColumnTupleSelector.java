package io.cqlkit.builder;

import static com.google.common.base.Preconditions.checkArgument;

import io.cqlkit.builder.internal.Sink;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

final class ColumnTupleSelector extends Selector {
  private static final Set<Operator> OPERATORS =
      EnumSet.of(
          Operator.EQ, Operator.LT, Operator.LTE, Operator.GT, Operator.GTE, Operator.IN);
  private final String[] columns;

  ColumnTupleSelector(String[] columns) {
    this.columns = columns;
  }

  @Override
  Set<Operator> operators() {
    return OPERATORS;
  }

  @Override
  void render(Sink sink) {
    sink.sb.append('(');
    ColumnNames.render(sink, columns);
    sink.sb.append(')');
  }

  @Override
  int paramCount() {
    return 0;
  }

  @Override
  String[] restrictedColumns() {
    return columns.clone();
  }

  @Override
  Term checkRight(Operator operator, Term right) {
    if (operator == Operator.IN) {
      checkArgument(
          right.isSingleMarker() || right.isTupleOfMarkersOrOfTuples(),
          "%s IN %s does not parse: a tuple of columns takes IN with one marker, a tuple of"
              + " markers or a tuple of tuples; pass a List of tuple values (bound as ?), or"
              + " Term.tuple(Term.tuple(...), ...)",
          this,
          right);
    } else {
      checkArgument(
          right.isSingleMarker() || right.isTuple(),
          "%s %s %s does not parse: a tuple of columns compares with a tuple or a marker; pass"
              + " Term.tuple(...) or a tuple value (bound as ?)",
          this,
          operator.cql,
          right);
    }
    return right;
  }

  @Override
  boolean isSelectable() {
    return false;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ColumnTupleSelector && Arrays.equals(((ColumnTupleSelector) o).columns, columns);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(columns);
  }
}
