package io.cqlkit.builder;

import static io.cqlkit.builder.Cql.counterBatch;
import static io.cqlkit.builder.Cql.deleteFrom;
import static io.cqlkit.builder.Cql.insertInto;
import static io.cqlkit.builder.Cql.loggedBatch;
import static io.cqlkit.builder.Cql.selectFrom;
import static io.cqlkit.builder.Cql.update;
import static io.cqlkit.builder.Relation.eq;
import static io.cqlkit.builder.Relation.gt;
import static io.cqlkit.builder.Relation.in;
import static io.cqlkit.builder.Selector.columns;
import static io.cqlkit.builder.Term.call;
import static io.cqlkit.builder.Term.literal;
import static io.cqlkit.builder.Term.marker;
import static io.cqlkit.builder.Term.now;
import static io.cqlkit.builder.Term.uuid;
import static io.cqlkit.builder.assertj.CqlAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ShapeFactsTest {

  @Test
  void should_give_one_binding_by_column_as_the_bindings_map_does() {
    CqlStatement s =
        update("ks", "t").set("v", 1).where("pk", 7).where("ck", literal(3)).where(gt("x", 2)).build();
    org.assertj.core.api.Assertions.assertThat(s.binding("pk")).contains(7);
    org.assertj.core.api.Assertions.assertThat(s.binding("ck")).isEqualTo(java.util.Optional.ofNullable(s.bindings().get("ck")));
    org.assertj.core.api.Assertions.assertThat(s.binding("x")).isEmpty();
    org.assertj.core.api.Assertions.assertThat(s.binding("v")).isEmpty();
  }

  @Test
  void should_describe_an_insert() {
    CqlStatement s = insertInto("ks", "t").value("pk", 1).value("a", "x").usingTtl(5).usingTimestamp(6L).build();
    assertThat(s.kind()).isEqualTo(StatementKind.INSERT);
    assertThat(s.keyspace()).contains("ks");
    assertThat(s.table()).contains("t");
    assertThat(s.conditionKind()).isEqualTo(ConditionKind.NONE);
    assertThat(s.isCounter()).isFalse();
    assertThat(s.hasTtl()).isTrue();
    assertThat(s.hasTimestamp()).isTrue();
    assertThat(s.isIdempotent()).isTrue();
    assertThat(s.bindings()).containsExactly(Map.entry("pk", 1), Map.entry("a", "x"));
    assertThat(s.inColumns()).isEmpty();
    assertThat(s.paramCount()).isEqualTo(4);
  }

  @Test
  void should_bind_insert_literals_and_skip_function_calls() {
    CqlStatement s = insertInto("t").value("pk", literal(7)).value("id", uuid()).value("a", "x").build();
    assertThat(s.keyspace()).isEmpty();
    assertThat(s.bindings()).containsExactly(Map.entry("pk", 7), Map.entry("a", "x"));
  }

  @Test
  void should_bind_only_where_equalities_of_an_update() {
    CqlStatement s =
        update("ks", "t").set("a", "x").where("pk", 1).where(in("ck", List.of(2, 3))).where(gt("c", 4)).build();
    assertThat(s.bindings()).containsExactly(Map.entry("pk", 1));
    assertThat(s.inColumns()).containsExactly("ck");
    assertThat(s.hasTtl()).isFalse();
    assertThat(s.hasTimestamp()).isFalse();
  }

  @Test
  void should_not_count_if_conditions_as_bindings() {
    CqlStatement update =
        update("ks", "t").set("v", "new").where("pk", 1).where("ck", 2)
            .onlyIf(eq("v", "old")).onlyIf(in("w", List.of("a", "b"))).build();
    CqlStatement delete = deleteFrom("ks", "t").where("pk", 1).onlyIf(eq("owner", "me")).build();

    assertThat(update.bindings()).containsExactly(Map.entry("pk", 1), Map.entry("ck", 2));
    assertThat(update.inColumns()).isEmpty();
    assertThat(delete.bindings()).containsExactly(Map.entry("pk", 1));
  }

  @Test
  void should_name_every_column_of_a_tuple_in() {
    CqlStatement s =
        selectFrom("t").where("pk", 1).where(columns("ck1", "ck2").in(List.of(List.of(1, 2)))).build();
    assertThat(s.inColumns()).containsExactly("ck1", "ck2");
    assertThat(s.bindings()).containsExactly(Map.entry("pk", 1));
  }

  @Test
  void should_read_bindings_of_a_template_from_each_bound_statement() {
    CqlTemplate template = deleteFrom("t").where("pk", marker()).where("ck", literal(2)).template();
    assertThat(template.bind(9).bindings()).containsExactly(Map.entry("pk", 9), Map.entry("ck", 2));
  }

  @Test
  void should_describe_conditions() {
    assertThat(insertInto("t").value("pk", 1).ifNotExists().build().conditionKind())
        .isEqualTo(ConditionKind.IF_NOT_EXISTS);
    assertThat(update("t").set("a", 1).where("pk", 1).ifExists().build().conditionKind())
        .isEqualTo(ConditionKind.IF_EXISTS);
    assertThat(deleteFrom("t").where("pk", 1).onlyIf(eq("a", 1)).build().conditionKind())
        .isEqualTo(ConditionKind.IF_CONDITIONS);
  }

  @Test
  void should_mark_what_is_not_idempotent() {
    assertThat(update("c").increment("n", 1).where("pk", 1).build()).isNotIdempotent();
    assertThat(update("t").append("l", List.of(1)).where("pk", 1).build()).isNotIdempotent();
    assertThat(update("t").prepend("l", List.of(1)).where("pk", 1).build()).isNotIdempotent();
    assertThat(update("t").removeFromList("l", List.of(1)).where("pk", 1).build()).isNotIdempotent();
    assertThat(insertInto("t").value("pk", 1).ifNotExists().build()).isNotIdempotent();
    assertThat(update("t").set("a", 1).where("pk", 1).ifExists().build()).isNotIdempotent();
    assertThat(insertInto("t").value("pk", now()).build()).isNotIdempotent();
    assertThat(insertInto("t").value("pk", call("toTimestamp", now())).build()).isNotIdempotent();
    assertThat(update("t").set("a", uuid()).where("pk", 1).build()).isNotIdempotent();
    assertThat(update("t").put("m", 1, call("currentTimestamp")).where("pk", 1).build()).isNotIdempotent();
  }

  @Test
  void should_mark_the_rest_idempotent() {
    assertThat(insertInto("t").value("pk", 1).value("at", call("toTimestamp", 5)).build()).isIdempotent();
    assertThat(update("t").set("a", 1).addToSet("s", Set.of(1)).removeFromSet("s", Set.of(2))
            .put("m", 1, "x").putAll("m", Map.of(2, "y")).removeKeys("m", Set.of(3)).setElement("l", 0, 1)
            .where("pk", 1).build())
        .isIdempotent();
    assertThat(deleteFrom("t").element("m", 1).where("pk", 1).build()).isIdempotent();
    assertThat(selectFrom("t").where("pk", 1).build()).isIdempotent();
  }

  @Test
  void should_describe_a_counter_update() {
    CqlStatement s = update("c").increment("n", 1).decrement("m", 2).where("pk", 1).build();
    assertThat(s.isCounter()).isTrue();
    assertThat(update("t").set("a", 1).where("pk", 1).build().isCounter()).isFalse();
  }

  @Test
  void should_describe_a_batch_from_its_children() {
    CqlStatement plain = insertInto("ks", "t").value("pk", 1).build();
    CqlStatement conditional = update("ks", "t").set("a", 1).where("pk", 1).ifExists().build();
    CqlStatement batch = loggedBatch().add(plain).add(conditional).build();
    assertThat(batch.kind()).isEqualTo(StatementKind.BATCH);
    assertThat(batch.keyspace()).isEmpty();
    assertThat(batch.table()).isEmpty();
    assertThat(batch.conditionKind()).isEqualTo(ConditionKind.IF_CONDITIONS);
    assertThat(batch.isIdempotent()).isFalse();
    assertThat(batch.isCounter()).isFalse();
    assertThat(batch.hasTimestamp()).isFalse();
    assertThat(batch.batchTimestamp()).isEmpty();
    assertThat(batch.bindings()).isEmpty();

    CqlStatement timed = loggedBatch().add(plain).usingTimestamp(5L).build();
    assertThat(timed.hasTimestamp()).isTrue();
    assertThat(timed.isIdempotent()).isTrue();
    assertThat(timed.conditionKind()).isEqualTo(ConditionKind.NONE);

    CqlStatement counters = counterBatch().add(update("c").increment("n", 1).where("pk", 1).build()).build();
    assertThat(counters.isCounter()).isTrue();
    assertThat(counters.isIdempotent()).isFalse();
  }

  @Test
  void should_describe_a_select() {
    CqlStatement s = selectFrom("ks", "t").where("pk", 1).limit(3).build();
    assertThat(s).hasKind(StatementKind.SELECT).isNotConditional().isIdempotent();
    assertThat(s.bindings()).containsExactly(Map.entry("pk", 1));
  }
}
