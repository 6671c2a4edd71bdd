package io.cqlkit.builder.assertj;

import io.cqlkit.builder.ConditionKind;
import io.cqlkit.builder.CqlStatement;
import io.cqlkit.builder.StatementKind;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;

/** AssertJ assertions on a {@link CqlStatement}; failures show the expected and actual values. */
public final class CqlStatementAssert extends AbstractAssert<CqlStatementAssert, CqlStatement> {

  CqlStatementAssert(CqlStatement actual) {
    super(actual, CqlStatementAssert.class);
  }

  /** The text is exactly {@code expected}. */
  public CqlStatementAssert hasCql(String expected) {
    isNotNull();
    String cql = actual.cql();
    if (!cql.equals(expected)) {
      throw failureWithActualExpected(
          cql,
          expected,
          "%nExpecting CQL:%n  %s%nbut was:%n  %s%n",
          expected.replace("\n", "\n  "),
          cql.replace("\n", "\n  "));
    }
    return this;
  }

  /** The params are exactly these values, in this order (arrays compared by content). */
  public CqlStatementAssert hasParams(Object... expected) {
    isNotNull();
    List<Object> params = actual.params();
    Object[] actualParams = params.toArray();
    if (!Arrays.deepEquals(actualParams, expected)) {
      throw failureWithActualExpected(
          Arrays.deepToString(actualParams),
          Arrays.deepToString(expected),
          "%nExpecting params:%n  %s%nbut were:%n  %s%nof:%n  %s%n",
          Arrays.deepToString(expected),
          Arrays.deepToString(actualParams),
          actual.cql());
    }
    return this;
  }

  /** The statement has no markers and so no params. */
  public CqlStatementAssert hasNoParams() {
    isNotNull();
    if (actual.paramCount() != 0) {
      failWithMessage(
          "%nExpecting no params but were:%n  %s%nof:%n  %s", actual.params(), actual.cql());
    }
    return this;
  }

  /** The statement is a lightweight transaction (or a batch holding one). */
  public CqlStatementAssert isConditional() {
    isNotNull();
    if (!actual.isConditional()) {
      failWithMessage("%nExpecting a conditional statement but was not:%n  %s", actual.cql());
    }
    return this;
  }

  /** The statement is not a lightweight transaction. */
  public CqlStatementAssert isNotConditional() {
    isNotNull();
    if (actual.isConditional()) {
      failWithMessage(
          "%nExpecting a statement without condition but was %s:%n  %s",
          actual.conditionKind(),
          actual.cql());
    }
    return this;
  }

  /** The statement's condition is {@code expected}. */
  public CqlStatementAssert hasConditionKind(ConditionKind expected) {
    isNotNull();
    if (actual.conditionKind() != expected) {
      throw failureWithActualExpected(
          actual.conditionKind(),
          expected,
          "%nExpecting condition %s but was %s:%n  %s",
          expected,
          actual.conditionKind(),
          actual.cql());
    }
    return this;
  }

  /** The statement may be retried safely. */
  public CqlStatementAssert isIdempotent() {
    isNotNull();
    if (!actual.isIdempotent()) {
      failWithMessage("%nExpecting an idempotent statement but was not:%n  %s", actual.cql());
    }
    return this;
  }

  /** The statement may not be retried safely. */
  public CqlStatementAssert isNotIdempotent() {
    isNotNull();
    if (actual.isIdempotent()) {
      failWithMessage("%nExpecting a statement that is not idempotent but was:%n  %s", actual.cql());
    }
    return this;
  }

  /** The statement is of kind {@code expected}. */
  public CqlStatementAssert hasKind(StatementKind expected) {
    isNotNull();
    if (!Objects.equals(actual.kind(), expected)) {
      throw failureWithActualExpected(
          actual.kind(),
          expected,
          "%nExpecting kind %s but was %s:%n  %s",
          expected,
          actual.kind(),
          actual.cql());
    }
    return this;
  }
}
