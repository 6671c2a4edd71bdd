package io.cqlkit.builder.assertj;

import static io.cqlkit.builder.Cql.insertInto;
import static io.cqlkit.builder.Cql.update;
import static io.cqlkit.builder.assertj.CqlAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cqlkit.builder.ConditionKind;
import io.cqlkit.builder.CqlStatement;
import io.cqlkit.builder.StatementKind;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class CqlStatementAssertTest {
  private static final CqlStatement INSERT = insertInto("ks", "t").value("pk", 1).value("a", "x").build();
  private static final CqlStatement COUNTER = update("c").increment("n", 1).where("pk", 1).build();

  @Test
  void should_pass_on_matching_statement() {
    assertThat(INSERT)
        .hasCql("INSERT INTO ks.t (pk, a) VALUES (?, ?)")
        .hasParams(1, "x")
        .hasKind(StatementKind.INSERT)
        .isNotConditional()
        .hasConditionKind(ConditionKind.NONE)
        .isIdempotent();
    assertThat(COUNTER).isNotIdempotent();
    assertThat(insertInto("t").value("pk", 1).ifNotExists().build()).isConditional();
  }

  @Test
  void should_show_expected_and_actual_cql() {
    assertThatThrownBy(() -> assertThat(INSERT).hasCql("INSERT INTO ks.t (pk) VALUES (?)"))
        .isInstanceOf(AssertionFailedError.class)
        .hasMessage(
            "%nExpecting CQL:%n  INSERT INTO ks.t (pk) VALUES (?)%nbut was:%n  INSERT INTO ks.t (pk,"
                + " a) VALUES (?, ?)%n",
            new Object[0])
        .satisfies(e -> org.assertj.core.api.Assertions.assertThat(((AssertionFailedError) e).getActual().getValue())
            .isEqualTo("INSERT INTO ks.t (pk, a) VALUES (?, ?)"));
  }

  @Test
  void should_show_expected_and_actual_params() {
    assertThatThrownBy(() -> assertThat(INSERT).hasParams(1, "y"))
        .isInstanceOf(AssertionFailedError.class)
        .hasMessage(
            "%nExpecting params:%n  [1, y]%nbut were:%n  [1, x]%nof:%n  INSERT INTO ks.t (pk, a)"
                + " VALUES (?, ?)%n",
            new Object[0]);
  }

  @Test
  void should_fail_on_params_when_none_expected() {
    assertThatThrownBy(() -> assertThat(INSERT).hasNoParams())
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "%nExpecting no params but were:%n  [1, x]%nof:%n  INSERT INTO ks.t (pk, a) VALUES (?, ?)",
            new Object[0]);
  }

  @Test
  void should_fail_on_wrong_facts() {
    assertThatThrownBy(() -> assertThat(INSERT).isConditional())
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "%nExpecting a conditional statement but was not:%n  INSERT INTO ks.t (pk, a) VALUES (?, ?)",
            new Object[0]);
    assertThatThrownBy(() -> assertThat(COUNTER).isIdempotent())
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "%nExpecting an idempotent statement but was not:%n  UPDATE c SET n = n + ? WHERE pk = ?",
            new Object[0]);
    assertThatThrownBy(() -> assertThat(INSERT).isNotIdempotent())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting a statement that is not idempotent but was:");
    assertThatThrownBy(() -> assertThat(INSERT).hasKind(StatementKind.UPDATE))
        .isInstanceOf(AssertionFailedError.class)
        .hasMessage(
            "%nExpecting kind UPDATE but was INSERT:%n  INSERT INTO ks.t (pk, a) VALUES (?, ?)",
            new Object[0]);
  }
}
