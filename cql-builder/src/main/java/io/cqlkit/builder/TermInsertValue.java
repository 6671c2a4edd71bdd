package io.cqlkit.builder;

import io.cqlkit.builder.internal.Sink;

/** A value step with a {@link Term}: a marker, a literal, a function call. */
final class TermInsertValue extends Insert {
  private final Term value;

  TermInsertValue(InsertClauses options, Insert previous, String column, Term value, int columnsHash) {
    super(options, previous, column, columnsHash);
    this.value = value;
  }

  @Override
  Insert withOptions(InsertClauses changed) {
    return new TermInsertValue(changed, previous, column, value, columnsHash);
  }

  @Override
  void renderValue(Sink sink) {
    value.render(sink);
  }

  @Override
  Term valueTerm() {
    return value;
  }

  @Override
  int paramCount() {
    return value.paramCount();
  }

  @Override
  boolean isPlain() {
    return false;
  }

  @Override
  Object plainValue() {
    throw new AssertionError("not a plain value: " + value);
  }

}
