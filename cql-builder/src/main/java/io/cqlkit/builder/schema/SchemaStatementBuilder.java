package io.cqlkit.builder.schema;

import com.google.errorprone.annotations.CheckReturnValue;
import io.cqlkit.builder.CqlStatement;

/** A schema statement under construction: every builder of this package. */
public interface SchemaStatementBuilder {

  /**
   * Checks the statement and renders it: a {@link CqlStatement} of kind DDL (TRUNCATE for {@link
   * Truncate}) without markers, naming the keyspace and table it changes.
   *
   * @throws IllegalStateException if the statement is incomplete or contradicts itself; the message
   *     says what is wrong and how to fix it
   */
  @CheckReturnValue
  CqlStatement build();
}
