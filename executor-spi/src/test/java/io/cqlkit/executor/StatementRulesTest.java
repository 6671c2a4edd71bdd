package io.cqlkit.executor;

import io.cqlkit.builder.rules.CqlValidator;
import io.cqlkit.builder.rules.CqlRuleViolationException;
import io.cqlkit.builder.rules.CqlRule;
import static io.cqlkit.builder.Cql.insertInto;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cqlkit.builder.CqlStatement;
import io.cqlkit.executor.testing.RecordingExecutor;
import org.junit.jupiter.api.Test;

/** The LWT and counter rules on single statements, checked by the engine before sending. */
class StatementRulesTest {
  private final RecordingExecutor executor = RecordingExecutor.create();
  private final CqlEngine engine = CqlEngine.of(executor);

  private void assertRefused(CqlStatement statement, CqlRule rule, String message) {
    assertThatThrownBy(() -> engine.execute(statement))
        .isInstanceOfSatisfying(
            CqlRuleViolationException.class,
            e -> {
              assertThat(e.rule()).isEqualTo(rule);
              assertThat(e.statementIndex()).isEmpty();
            })
        .hasMessage(message);
    executor.assertNothingSent();
  }

  @Test
  void should_refuse_if_not_exists_on_an_update() {
    assertRefused(
        RuleBreakers.updateIfNotExists(),
        CqlRule.IF_NOT_EXISTS_ONLY_ON_INSERT,
        "IF_NOT_EXISTS_ONLY_ON_INSERT: the statement (UPDATE ks.t SET v = ? WHERE pk = ? AND ck = ?"
            + " IF NOT EXISTS) is an UPDATE with IF NOT EXISTS, which only INSERT takes; use IF"
            + " EXISTS or column conditions");
  }

  @Test
  void should_refuse_if_exists_on_an_insert() {
    assertRefused(
        RuleBreakers.insertIfExists(),
        CqlRule.INSERT_ONLY_IF_NOT_EXISTS,
        "INSERT_ONLY_IF_NOT_EXISTS: the statement (INSERT INTO ks.t (pk, ck, v) VALUES (?, ?, ?) IF"
            + " EXISTS) is an INSERT with IF EXISTS, but INSERT takes only IF NOT EXISTS; use IF NOT"
            + " EXISTS, or an UPDATE with conditions");
  }

  @Test
  void should_refuse_a_timestamp_on_a_conditional_statement() {
    assertRefused(
        RuleBreakers.conditionalUpdateWithTimestamp(),
        CqlRule.CONDITIONAL_WITH_TIMESTAMP,
        "CONDITIONAL_WITH_TIMESTAMP: the statement (UPDATE ks.t USING TIMESTAMP ? SET v = ? WHERE"
            + " pk = ? AND ck = ? IF EXISTS) is conditional (IF EXISTS) and has USING TIMESTAMP,"
            + " which a lightweight transaction cannot take; remove the timestamp: Paxos assigns"
            + " one");
  }

  @Test
  void should_refuse_a_condition_on_a_counter_update() {
    assertRefused(
        RuleBreakers.conditionalCounterUpdate(),
        CqlRule.COUNTER_CONDITION,
        "COUNTER_CONDITION: the statement (UPDATE ks.counters SET views = views + ? WHERE page = ? IF"
            + " EXISTS) is a counter statement with a condition (IF EXISTS), but conditions on"
            + " counters are not supported; remove the condition");
  }

  @Test
  void should_refuse_a_ttl_on_a_counter_update() {
    assertRefused(
        RuleBreakers.counterUpdateWithTtl(),
        CqlRule.COUNTER_TTL,
        "COUNTER_TTL: the statement (UPDATE ks.counters USING TTL ? SET views = views + ? WHERE page"
            + " = ?) is a counter update with USING TTL, but counter updates take no TTL; remove the"
            + " TTL");
  }

  @Test
  void should_refuse_a_timestamp_on_a_counter_update() {
    assertRefused(
        RuleBreakers.counterUpdateWithTimestamp(),
        CqlRule.COUNTER_TIMESTAMP,
        "COUNTER_TIMESTAMP: the statement (UPDATE ks.counters USING TIMESTAMP ? SET views = views +"
            + " ? WHERE page = ?) is a counter statement with USING TIMESTAMP, but counter"
            + " statements take no custom timestamp; remove the timestamp");
  }

  @Test
  void should_refuse_the_same_rules_in_concurrent_execution_as_that_statement_failure() {
    CqlStatement good = insertInto("ks", "t").value("pk", 1).build();
    var results =
        engine.concurrently().collectAll()
            .execute(java.util.List.of(good, RuleBreakers.counterUpdateWithTtl(), good));

    assertThat(results).extracting(ExecutionResult::isSuccess).containsExactly(true, false, true);
    assertThat(results.get(1).error()).get().isInstanceOf(CqlRuleViolationException.class);
    assertThat(executor.statements()).containsExactly(good, good);
  }

  @Test
  void should_check_a_statement_with_the_validator_directly() {
    CqlStatement good = insertInto("ks", "t").value("pk", 1).ifNotExists().build();

    assertThat(CqlValidator.cassandra().check(good)).isEmpty();
    assertThatThrownBy(() -> CqlValidator.scylla().check(RuleBreakers.counterUpdateWithTtl()))
        .isInstanceOf(CqlRuleViolationException.class)
        .hasMessageStartingWith("COUNTER_TTL: the statement");
  }
}
