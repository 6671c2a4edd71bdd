package io.cqlkit.builder;

import java.util.Collection;

/** The relations a {@link Selector} makes ({@code eq}, {@code in}...), checked to parse. */
final class SelectorRelations {
  private SelectorRelations() {}

  /** The relation {@code left operator value}, refused if CQL does not take it. */
  static Relation of(Selector left, Operator operator, Object value) {
    if (!left.operators().contains(operator)) {
      // Not checkArgument: the list of operators would be formatted on every call.
      throw new IllegalArgumentException(
          String.format(
              "%s cannot be restricted with %s: it takes %s",
              left,
              operator.cql,
              left.operators().isEmpty()
                  ? "no relation (restrict a column, token(...), a tuple of columns or an element)"
                  : Operator.describe(left.operators())));
    }
    if (operator == Operator.IN && !(value instanceof Term || value instanceof Collection)) {
      throw new IllegalArgumentException(
          String.format(
              "%s IN %s: IN takes the values as one List or Set (bound as one ?), not %s; pass"
                  + " List.of(...), or Term.tuple(...) for IN (?, ?)",
              left, value, value == null ? "null" : "a " + value.getClass().getName()));
    }
    return new Relation(left, operator, left.checkRight(operator, Term.of(value)));
  }
}
