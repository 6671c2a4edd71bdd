package io.cqlkit.builder;

import io.cqlkit.builder.internal.Sink;
import javax.annotation.CheckForNull;

/** A value step with a plain value, bound as {@code ?}: no term object is allocated for it. */
final class PlainInsertValue extends Insert {
  @CheckForNull private final Object value;

  PlainInsertValue(
      InsertClauses options, Insert previous, String column, @CheckForNull Object value, int columnsHash) {
    super(options, previous, column, columnsHash);
    this.value = value;
  }

  @Override
  Insert withOptions(InsertClauses changed) {
    return new PlainInsertValue(changed, previous, column, value, columnsHash);
  }

  @Override
  void renderValue(Sink sink) {
    sink.value(value);
  }

  @Override
  Term valueTerm() {
    return Term.of(value);
  }

  @Override
  int paramCount() {
    return 1;
  }

  @Override
  boolean isPlain() {
    return true;
  }

  @Override
  @CheckForNull
  Object plainValue() {
    return value;
  }

}
