package io.cqlkit.builder;

/** The arithmetic operators of CQL terms and selectors, with the grammar's precedence. */
enum Arithmetic {
  ADD("+", 1),
  SUBTRACT("-", 1),
  MULTIPLY("*", 2),
  DIVIDE("/", 2),
  REMAINDER("%", 2),
  NEGATE("-", 3);

  /** The precedence of something that needs no parentheses: a value, a call, a literal. */
  static final int ATOM = 4;

  final String symbol;
  final int precedence;

  Arithmetic(String symbol, int precedence) {
    this.symbol = symbol;
    this.precedence = precedence;
  }
}
