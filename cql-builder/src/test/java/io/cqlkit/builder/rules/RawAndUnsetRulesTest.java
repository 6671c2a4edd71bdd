package io.cqlkit.builder.rules;

import static io.cqlkit.builder.Cql.insertInto;
import static io.cqlkit.builder.Cql.raw;
import static io.cqlkit.builder.Cql.update;
import static io.cqlkit.builder.Term.marker;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cqlkit.builder.BatchType;
import io.cqlkit.builder.Cql;
import io.cqlkit.builder.CqlStatement;
import io.cqlkit.builder.StatementKind;
import io.cqlkit.builder.Unset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Raw statements are checked as far as their text tells (a raw UPDATE is a counter update exactly
 * when its table is a counter table), and an UNSET primary-key value is refused like a null one.
 */
class RawAndUnsetRulesTest {
  private static final TableFacts FACTS =
      (keyspace, table) ->
          Optional.ofNullable(
              Map.of(
                      "t", TableInfo.of(List.of("pk")).withClustering(List.of("ck")).withCounter(false),
                      "counts", TableInfo.of(List.of("page")).withClustering(List.of()).withCounter(true))
                  .get(table));
  private static final RuleContext WITH_FACTS = RuleContext.of(BatchTransport.PROTOCOL, FACTS, "ks");
  private static final CqlValidator VALIDATOR = CqlValidator.cassandra();

  private static CqlStatement rawIncrement(String page) {
    return raw("UPDATE ks.counts SET views = views + ? WHERE page = ?", 1L, page);
  }

  @Test
  void should_accept_a_raw_increment_in_a_counter_batch_when_the_table_is_a_counter_table() {
    CqlStatement batch = Cql.batch(BatchType.COUNTER).add(rawIncrement("home")).build();
    assertThat(VALIDATOR.check(batch, WITH_FACTS)).isEmpty();
    CqlStatement beside =
        Cql.batch(BatchType.UNLOGGED)
            .add(rawIncrement("home"))
            .add(update("ks", "counts").increment("views", 1).where("page", "about").build())
            .build();
    assertThat(VALIDATOR.check(beside, WITH_FACTS)).isEmpty();
  }

  @Test
  void should_refuse_a_raw_update_of_a_plain_table_in_a_counter_batch() {
    CqlStatement batch =
        Cql.batch(BatchType.COUNTER)
            .add(raw("UPDATE ks.t SET v = ? WHERE pk = ? AND ck = ?", 1, 2, 3))
            .build();
    assertThatThrownBy(() -> VALIDATOR.check(batch, WITH_FACTS))
        .isInstanceOfSatisfying(
            CqlRuleViolationException.class,
            e -> assertThat(e.rule()).isEqualTo(CqlRule.COUNTER_BATCH_ONLY_COUNTERS))
        .hasMessageStartingWith(
            "COUNTER_BATCH_ONLY_COUNTERS: statement 0 (UPDATE ks.t SET v = ? WHERE pk = ? AND ck = ?)"
                + " is not a counter statement");
  }

  @Test
  void should_leave_a_raw_update_of_an_unknown_table_to_the_server_and_say_so() {
    CqlStatement batch = Cql.batch(BatchType.COUNTER).add(rawIncrement("home")).build();
    assertThat(VALIDATOR.check(batch, RuleContext.of(BatchTransport.PROTOCOL, TableFacts.none(), "ks")))
        .singleElement()
        .asString()
        .startsWith("TABLE_KIND_UNKNOWN: statement 0 (UPDATE ks.counts SET views = views + ? WHERE page = ?)")
        .endsWith("(left to the server; a strict validator refuses)");
    assertThatThrownBy(
            () ->
                VALIDATOR
                    .withStrictPartitions(true)
                    .check(batch, RuleContext.of(BatchTransport.PROTOCOL, TableFacts.none(), "ks")))
        .isInstanceOf(CqlRuleViolationException.class)
        .hasMessageStartingWith("TABLE_KIND_UNKNOWN: statement 0");
  }

  @Test
  void should_apply_the_statement_rules_to_what_a_raw_text_shows() {
    CqlStatement lwtWithTimestamp =
        raw("INSERT INTO ks.t (pk, ck) VALUES (?, ?) IF NOT EXISTS USING TIMESTAMP ?", 1, 2, 3L);
    assertThatThrownBy(() -> VALIDATOR.check(lwtWithTimestamp, WITH_FACTS))
        .isInstanceOfSatisfying(
            CqlRuleViolationException.class,
            e -> assertThat(e.rule()).isEqualTo(CqlRule.CONDITIONAL_WITH_TIMESTAMP));
    CqlStatement counterWithTtl = raw("UPDATE ks.counts USING TTL 5 SET views = views + 1 WHERE page = ?", "a");
    assertThatThrownBy(() -> VALIDATOR.check(counterWithTtl, WITH_FACTS))
        .isInstanceOfSatisfying(
            CqlRuleViolationException.class, e -> assertThat(e.rule()).isEqualTo(CqlRule.COUNTER_TTL));
    assertThat(VALIDATOR.check(raw("UPDATE ks.t USING TTL 5 SET v = 1 WHERE pk = ? AND ck = ?", 1, 2), WITH_FACTS))
        .isEmpty();
  }

  @Test
  void should_refuse_an_unset_primary_key_value_and_accept_an_unset_regular_one() {
    CqlStatement unsetKey = insertInto("ks", "t").value("pk", 1).value("ck", Unset.UNSET).value("v", 2).build();
    assertThatThrownBy(() -> VALIDATOR.check(unsetKey, WITH_FACTS))
        .isInstanceOfSatisfying(
            CqlRuleViolationException.class, e -> assertThat(e.rule()).isEqualTo(CqlRule.UNSET_KEY_VALUE))
        .hasMessage(
            "UNSET_KEY_VALUE: the statement (INSERT INTO ks.t (pk, ck, v) VALUES (?, ?, ?)) gives"
                + " primary-key column ck of ks.t the UNSET value, which the server refuses: a key"
                + " cannot be left untouched; give every primary-key column a value");
    // a template refuses this at bind; a statement a test kit makes reaches the rule engine
    CqlStatement unsetWhere =
        CqlStatement.builder(StatementKind.UPDATE, "UPDATE ks.t SET v = ? WHERE pk = ? AND ck = ?")
            .table("ks", "t")
            .params(1, Unset.UNSET, 2)
            .binding("pk", 1)
            .binding("ck", 2)
            .build();
    assertThatThrownBy(() -> VALIDATOR.check(unsetWhere, WITH_FACTS))
        .isInstanceOfSatisfying(
            CqlRuleViolationException.class, e -> assertThat(e.rule()).isEqualTo(CqlRule.UNSET_KEY_VALUE));
    CqlStatement unsetValue = insertInto("ks", "t").value("pk", 1).value("ck", 2).value("v", Unset.UNSET).build();
    assertThat(VALIDATOR.check(unsetValue, WITH_FACTS)).isEmpty();
  }

  @Test
  void should_refuse_unset_in_a_where_relation_at_the_step() {
    assertThatThrownBy(() -> update("ks", "t").set("v", 1).where("pk", Unset.UNSET))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "WHERE pk = UNSET: a WHERE relation needs a value (the server refuses UNSET there:"
                + " \"Invalid unset value for column pk\" on a primary-key column, \"Unsupported"
                + " unset value for column pk\" on another); pass a value, or marker() to bind one"
                + " later");
    assertThatThrownBy(() -> Cql.selectFrom("ks", "t").all().where(io.cqlkit.builder.Relation.gt("ck", Unset.UNSET)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("WHERE ck > UNSET: a WHERE relation needs a value");
  }
}
