package io.cqlkit.builder;

import static io.cqlkit.builder.Cql.update;
import static io.cqlkit.builder.Relation.eq;
import static io.cqlkit.builder.Relation.gt;
import static io.cqlkit.builder.Relation.gte;
import static io.cqlkit.builder.Relation.in;
import static io.cqlkit.builder.Relation.like;
import static io.cqlkit.builder.Relation.lt;
import static io.cqlkit.builder.Relation.lte;
import static io.cqlkit.builder.Relation.ne;
import static io.cqlkit.builder.Selector.element;
import static io.cqlkit.builder.Selector.token;
import static io.cqlkit.builder.Term.marker;
import static io.cqlkit.builder.assertj.CqlAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cqlkit.builder.rules.CqlRuleViolationException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UpdateTest {

  @Test
  void should_render_every_collection_assignment() {
    assertThat(
            update("ks", "t")
                .removeFromList("l", List.of(1))
                .addToSet("s", Set.of(2))
                .removeFromSet("s", Set.of(3))
                .putAll("m", Map.of(4, "four"))
                .removeKeys("m", Set.of(5))
                .where("pk", 1)
                .where("ck", 2)
                .build())
        .hasKind(StatementKind.UPDATE)
        .hasCql(
            "UPDATE ks.t SET l = l - ?, s = s + ?, s = s - ?, m = m + ?, m = m - ? WHERE pk = ?"
                + " AND ck = ?")
        .hasParams(List.of(1), Set.of(2), Set.of(3), Map.of(4, "four"), Set.of(5), 1, 2);
  }

  @Test
  void should_render_ttl_and_timestamp_before_set() {
    assertThat(update("t").set("a", 1).where("pk", 2).usingTtl(3).usingTimestamp(4L).build())
        .hasCql("UPDATE t USING TTL ? AND TIMESTAMP ? SET a = ? WHERE pk = ?")
        .hasParams(3, 4L, 1, 2);
  }

  @Test
  void should_render_timestamp_alone() {
    assertThat(update("t").set("a", 1).where("pk", 2).usingTimestamp(4L).build())
        .hasCql("UPDATE t USING TIMESTAMP ? SET a = ? WHERE pk = ?")
        .hasParams(4L, 1, 2);
  }

  @Test
  void should_render_counter_decrement() {
    assertThat(update("ks", "counters").decrement("views", 3).where("page", "p").build())
        .hasCql("UPDATE ks.counters SET views = views - ? WHERE page = ?")
        .hasParams(3L, "p")
        .isNotIdempotent();
  }

  @Test
  void should_render_every_condition_operator() {
    assertThat(
            update("ks", "t")
                .set("v", "x")
                .where("pk", 1)
                .onlyIf(ne("a", 1))
                .onlyIf(lt("b", 2))
                .onlyIf(lte("c", 3))
                .onlyIf(gt("d", 4))
                .onlyIf(gte("e", 5))
                .onlyIf(element("m", 6).ne("y"))
                .onlyIf(Relation.contains("tags", "t"))
                .onlyIf(Relation.containsKey("m", 7))
                .build())
        .hasCql(
            "UPDATE ks.t SET v = ? WHERE pk = ? IF a != ? AND b < ? AND c <= ? AND d > ? AND e >= ?"
                + " AND m[?] != ? AND tags CONTAINS ? AND m CONTAINS KEY ?")
        .hasParams("x", 1, 1, 2, 3, 4, 5, 6, "y", "t", 7)
        .isConditional();
  }

  @Test
  void should_restrict_with_in_and_ranges() {
    assertThat(update("t").set("a", 1).where(in("pk", List.of(1, 2))).where(eq("ck", 3)).build())
        .hasCql("UPDATE t SET a = ? WHERE pk IN ? AND ck = ?")
        .hasParams(1, List.of(1, 2), 3);
  }

  @Test
  void should_show_the_text_so_far_in_to_string() {
    assertThat(update("ks", "t").set("a", 1).toString()).isEqualTo("UPDATE ks.t SET a = ?");
  }

  @Test
  void should_refuse_an_update_without_set() {
    assertThatThrownBy(() -> update("ks", "t").where("pk", 1).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "UPDATE ks.t has nothing to set: add set(column, value) or another assignment");
  }

  @Test
  void should_refuse_an_update_without_where() {
    assertThatThrownBy(() -> update("ks", "t").set("a", 1).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "UPDATE ks.t has no WHERE clause: add where(column, value) for each primary-key"
                + " column");
  }

  @Test
  void should_refuse_ttl_on_a_counter_update() {
    assertThatThrownBy(
            () -> update("ks", "c").increment("n", 1).where("pk", 1).usingTtl(5).build())
        .isInstanceOf(CqlRuleViolationException.class)
        .hasMessage(
            "COUNTER_TTL: the statement (UPDATE ks.c) is a counter update with USING TTL, but counter"
                + " updates take no TTL; remove the TTL");
  }

  @Test
  void should_refuse_a_timestamp_on_a_counter_update() {
    assertThatThrownBy(
            () -> update("ks", "c").increment("n", 1).where("pk", 1).usingTimestamp(5L).build())
        .isInstanceOf(CqlRuleViolationException.class)
        .hasMessage(
            "COUNTER_TIMESTAMP: the statement (UPDATE ks.c) is a counter statement with USING"
                + " TIMESTAMP, but counter statements take no custom timestamp; remove the timestamp");
  }

  @Test
  void should_refuse_conditions_on_a_counter_update() {
    assertThatThrownBy(
            () -> update("ks", "c").increment("n", 1).where("pk", 1).ifExists().build())
        .isInstanceOf(CqlRuleViolationException.class)
        .hasMessage(
            "COUNTER_CONDITION: the statement (UPDATE ks.c) is a counter statement with a condition"
                + " (IF EXISTS), but conditions on counters are not supported; remove the condition");
  }

  @Test
  void should_refuse_counter_and_other_assignments_together() {
    assertThatThrownBy(
            () -> update("ks", "c").increment("n", 1).set("a", 2).where("pk", 1).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "UPDATE ks.c mixes counter increments with other assignments: a counter table takes"
                + " only increment/decrement (Cassandra: \"Cannot mix counter and non counter"
                + " columns in the same update\"); update the other columns in another statement");
  }

  @Test
  void should_refuse_a_conditional_update_with_a_timestamp() {
    assertThatThrownBy(
            () ->
                update("ks", "t").set("a", 1).where("pk", 1).onlyIf(eq("a", 0)).usingTimestamp(1L).build())
        .isInstanceOf(CqlRuleViolationException.class)
        .hasMessage(
            "CONDITIONAL_WITH_TIMESTAMP: the statement (UPDATE ks.t) is conditional (IF conditions) and"
                + " has USING TIMESTAMP, which a lightweight transaction cannot take; remove the"
                + " timestamp: Paxos assigns one");
  }

  @Test
  void should_refuse_if_exists_with_conditions() {
    assertThatThrownBy(
            () -> update("ks", "t").set("a", 1).where("pk", 1).ifExists().onlyIf(eq("a", 0)).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "UPDATE ks.t has both IF EXISTS and IF conditions: CQL takes one or the other; drop"
                + " ifExists() or the onlyIf(...) conditions");
  }

  @Test
  void should_refuse_a_where_relation_that_is_only_a_condition() {
    assertThatThrownBy(() -> update("t").where(ne("a", 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "a != ? is not a WHERE relation: CQL takes != only in IF conditions (use onlyIf(...))");
  }

  @Test
  void should_refuse_a_condition_that_is_only_a_where_relation() {
    assertThatThrownBy(() -> update("t").onlyIf(token("pk").gt(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "token(pk) > ? is not an IF condition: a condition is column, m[key] or udt.field with =, !=, <,"
                + " <=, >, >=, IN, CONTAINS or CONTAINS KEY");
    assertThatThrownBy(() -> update("t").onlyIf(like("a", "x%")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("a LIKE ? is not an IF condition");
  }

  @Test
  void should_refuse_a_null_relation_and_a_null_amount() {
    assertThatThrownBy(() -> update("t").where((Relation) null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a relation must not be null");
    assertThatThrownBy(() -> update("t").increment("n", (Term) null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the amount must not be null: pass a value or marker()");
  }

  @Test
  void should_bind_a_counter_amount_from_a_template() {
    CqlTemplate template =
        update("ks", "c").increment("n", marker()).where("pk", marker()).template();
    assertThat(template.bind(5L, "p"))
        .hasCql("UPDATE ks.c SET n = n + ? WHERE pk = ?")
        .hasParams(5L, "p");
  }

  @Test
  void should_refuse_a_column_set_and_assigned_again() {
    String message =
        "UPDATE ks.t sets column %s and assigns it again: a plain set(...) cannot be combined with"
            + " another assignment of the same column (Cassandra: \"Multiple incompatible setting"
            + " of column %s\"); give the column one set(...), or only collection steps such as"
            + " append(...) and put(...)";
    assertThatThrownBy(() -> update("ks", "t").set("a", 1).set("a", 2).where("pk", 1).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(String.format(message, "a", "a"));
    assertThatThrownBy(
            () -> update("ks", "t").set("l", List.of()).append("l", List.of(2)).where("pk", 1).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(String.format(message, "l", "l"));
    assertThatThrownBy(
            () -> update("ks", "t").put("M", 1, "x").set("M", null).where("pk", 1).template())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(String.format(message, "\"M\"", "\"M\""));
  }

  @Test
  void should_accept_several_collection_steps_on_one_column() {
    assertThat(
            update("ks", "t")
                .append("l", List.of(1))
                .prepend("l", List.of(0))
                .addToSet("s", Set.of(1))
                .removeFromSet("s", Set.of(2))
                .put("m", 1, "x")
                .put("m", 2, "y")
                .putAll("m", Map.of(3, "z"))
                .set("a", 1)
                .where("pk", 1)
                .build())
        .hasCql(
            "UPDATE ks.t SET l = l + ?, l = ? + l, s = s + ?, s = s - ?, m[?] = ?, m[?] = ?,"
                + " m = m + ?, a = ? WHERE pk = ?");
  }

  @Test
  void should_refuse_a_ttl_or_timestamp_that_is_neither_a_marker_nor_an_integer_literal() {
    assertThatThrownBy(
            () -> update("ks", "t").usingTimestamp(Term.call("toUnixTimestamp", Term.now())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the timestamp must be a marker or an integer literal, not tounixtimestamp(now()) (CQL"
                + " takes nothing else there): pass a number, marker(), marker(name) or"
                + " literal(n)");
    assertThatThrownBy(() -> update("ks", "t").usingTtl(Term.literal("60")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the TTL must be a marker or an integer literal, not '60' (CQL takes nothing else"
                + " there): pass a number, marker(), marker(name) or literal(n)");
    assertThat(
            update("ks", "t")
                .usingTtl(Term.literal(60L))
                .usingTimestamp(marker())
                .set("a", 1)
                .where("pk", 1)
                .template()
                .cql())
        .isEqualTo("UPDATE ks.t USING TTL 60 AND TIMESTAMP ? SET a = ? WHERE pk = ?");
  }

  @Test
  void should_refuse_an_in_value_that_is_neither_a_marker_nor_a_tuple() {
    assertThatThrownBy(() -> update("ks", "t").onlyIf(in("b", Term.literal(List.of(1)))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "b IN [1] does not parse: IN takes one marker or a tuple; pass the values as one List"
                + " or Set (bound as ?), or Term.tuple(...) for IN (?, ?)");
    assertThat(
            update("ks", "t")
                .set("a", 1)
                .where("pk", 1)
                .onlyIf(element("m", 1).in(Term.tuple("x", "y")))
                .build())
        .hasCql("UPDATE ks.t SET a = ? WHERE pk = ? IF m[?] IN (?, ?)");
  }
}
