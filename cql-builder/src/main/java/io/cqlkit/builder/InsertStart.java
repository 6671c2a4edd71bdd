package io.cqlkit.builder;

import io.cqlkit.builder.internal.Sink;

/** The builder before any value step. */
final class InsertStart extends Insert {
  InsertStart(InsertClauses options) {
    super(options, null, null, 1); // no column yet: the columns hash starts at 1
  }

  @Override
  Insert withOptions(InsertClauses changed) {
    return new InsertStart(changed);
  }

  @Override
  void renderValue(Sink sink) {
    throw new AssertionError("no value before the first value step");
  }

  @Override
  Term valueTerm() {
    throw new AssertionError("no value before the first value step");
  }

  @Override
  int paramCount() {
    return 0;
  }

  @Override
  boolean isPlain() {
    return false;
  }

  @Override
  Object plainValue() {
    throw new AssertionError("no value before the first value step");
  }

}
