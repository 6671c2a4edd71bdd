package io.cqlkit.builder;

import java.util.Set;
import java.util.stream.Collectors;

/** The operator of a relation or condition, with its canonical text (a space on each side). */
enum Operator {
  EQ("="),
  NE("!="),
  LT("<"),
  LTE("<="),
  GT(">"),
  GTE(">="),
  IN("IN"),
  CONTAINS("CONTAINS"),
  CONTAINS_KEY("CONTAINS KEY"),
  LIKE("LIKE"),
  /** {@code expr(index, value)}: the index's name is the left side, the value the right. */
  EXPR(",");

  final String cql;
  final String spaced;

  Operator(String cql) {
    this.cql = cql;
    this.spaced = cql.equals(",") ? ", " : ' ' + cql + ' ';
  }

  /** The operators as CQL, for messages: {@code =, <, IN}. */
  static String describe(Set<Operator> operators) {
    return operators.stream().map(o -> o.cql).collect(Collectors.joining(", "));
  }
}
