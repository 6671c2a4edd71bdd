package io.cqlkit.builder.assertj;

import io.cqlkit.builder.CqlStatement;

/**
 * Entry point of the golden-string assertions: static-import {@code assertThat} next to AssertJ's.
 *
 * <pre>{@code
 * assertThat(statement).hasCql("SELECT * FROM ks.t WHERE pk = ?").hasParams(42);
 * }</pre>
 */
public final class CqlAssertions {
  private CqlAssertions() {}

  /** Assertions on a statement's text, params and facts. */
  public static CqlStatementAssert assertThat(CqlStatement actual) {
    return new CqlStatementAssert(actual);
  }
}
