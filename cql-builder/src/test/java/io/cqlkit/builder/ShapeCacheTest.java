package io.cqlkit.builder;

import static io.cqlkit.builder.Cql.deleteFrom;
import static io.cqlkit.builder.Cql.insertInto;
import static io.cqlkit.builder.Cql.loggedBatch;
import static io.cqlkit.builder.Cql.selectFrom;
import static io.cqlkit.builder.Cql.unloggedBatch;
import static io.cqlkit.builder.Cql.update;
import static io.cqlkit.builder.Relation.eq;
import static io.cqlkit.builder.Relation.in;
import static io.cqlkit.builder.Relation.lt;
import static io.cqlkit.builder.Term.literal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Statements of one shape share a cached text and shape: a second build gives exactly what a fresh
 * render gives, and statements of other shapes never get it.
 */
class ShapeCacheTest {

  @Test
  void should_share_the_shape_of_updates_of_the_same_shape_with_the_facts_of_a_fresh_render() {
    CqlStatement first = conditionalUpdate(1, "a");
    CqlStatement second = conditionalUpdate(2, "b");
    assertThat(second.shape()).isSameAs(first.shape());
    assertThat(second.cql())
        .isEqualTo(
            "UPDATE ks.t USING TTL ? SET v = ?, n = n + ? WHERE pk = ? AND ck IN ? IF w = ?");
    assertThat(second.params()).containsExactly(60, "b", Map.of("k", 2), 2, List.of(1, 2), "b");
    assertThat(second.bindings()).containsExactly(Map.entry("pk", 2));
    assertThat(second.inColumns()).containsExactly("ck");
    assertThat(second.conditionKind()).isEqualTo(ConditionKind.IF_CONDITIONS);
    assertThat(second.hasTtl()).isTrue();
    assertThat(second.isIdempotent()).isFalse();
  }

  private static CqlStatement conditionalUpdate(int pk, String v) {
    return update("ks", "t")
        .set("v", v)
        .where("pk", pk)
        .usingTtl(60)
        .putAll("n", Map.of("k", pk))
        .where(in("ck", List.of(1, 2)))
        .onlyIf(eq("w", v))
        .build();
  }

  @Test
  void should_share_the_shape_of_inserts_of_the_same_columns_and_options_through_the_same_cache() {
    CqlStatement first =
        insertInto("ks", "t").value("pk", 1).value("v", "a").ifNotExists().usingTtl(60).build();
    CqlStatement second =
        insertInto("ks", "t").value("pk", 2).value("v", "b").ifNotExists().usingTtl(70).build();
    assertThat(second.shape()).isSameAs(first.shape());
    assertThat(second.cql()).isEqualTo("INSERT INTO ks.t (pk, v) VALUES (?, ?) IF NOT EXISTS USING TTL ?");
    assertThat(second.params()).containsExactly(2, "b", 70);
    assertThat(second.bindings()).containsExactly(Map.entry("pk", 2), Map.entry("v", "b"));

    CqlStatement timestamped =
        insertInto("ks", "t").value("pk", 3).value("v", "c").usingTimestamp(5L).usingTtl(9).build();
    assertThat(timestamped.cql())
        .isEqualTo("INSERT INTO ks.t (pk, v) VALUES (?, ?) USING TTL ? AND TIMESTAMP ?");
    assertThat(insertInto("ks", "t").value("pk", 4).value("v", "d").usingTtl(8).usingTimestamp(6L).build())
        .satisfies(s -> assertThat(s.shape()).isSameAs(timestamped.shape()))
        .satisfies(s -> assertThat(s.params()).containsExactly(4, "d", 8, 6L));
    CqlStatement reordered = insertInto("ks", "t").value("v", "e").value("pk", 5).usingTtl(8).usingTimestamp(6L).build();
    assertThat(reordered.cql())
        .isEqualTo("INSERT INTO ks.t (v, pk) VALUES (?, ?) USING TTL ? AND TIMESTAMP ?");
    assertThat(reordered.params()).containsExactly("e", 5, 8, 6L);
    assertThat(insertInto("ks", "u").value("pk", 1).value("v", "a").ifNotExists().usingTtl(60).build().cql())
        .isEqualTo("INSERT INTO ks.u (pk, v) VALUES (?, ?) IF NOT EXISTS USING TTL ?");
  }

  @Test
  void should_share_the_shape_of_selects_and_deletes_of_the_same_shape() {
    Supplier<Select> select =
        () ->
            selectFrom("ks", "t")
                .columns("a", "b")
                .where("pk", 1)
                .orderBy("ck", Order.DESC)
                .limit(5)
                .usingTimeout(Duration.ofMillis(500));
    CqlStatement first = select.get().build();
    CqlStatement second = select.get().where(lt("ck", 9)).build();
    CqlStatement third = select.get().where(lt("ck", 7)).build();
    assertThat(third.shape()).isSameAs(second.shape()).isNotSameAs(first.shape());
    assertThat(third.cql())
        .isEqualTo(
            "SELECT a, b FROM ks.t WHERE pk = ? AND ck < ? ORDER BY ck DESC LIMIT ? USING TIMEOUT"
                + " 500ms");
    assertThat(third.params()).containsExactly(1, 7, 5);

    CqlStatement delete = deleteFrom("ks", "t").columns("a").where("pk", 1).usingTimestamp(3L).build();
    CqlStatement again = deleteFrom("ks", "t").columns("a").where("pk", 2).usingTimestamp(4L).build();
    assertThat(again.shape()).isSameAs(delete.shape());
    assertThat(again.cql()).isEqualTo("DELETE a FROM ks.t USING TIMESTAMP ? WHERE pk = ?");
    assertThat(again.params()).containsExactly(4L, 2);
  }

  @Test
  void should_render_statements_whose_parts_differ_in_clause_operator_kind_or_order() {
    assertThat(update("t").set("a", 1).where("b", 2).build().cql())
        .isEqualTo("UPDATE t SET a = ? WHERE b = ?");
    assertThat(update("t").set("b", 1).where("a", 2).build().cql())
        .isEqualTo("UPDATE t SET b = ? WHERE a = ?");
    assertThat(update("t").addToSet("b", Set.of(1)).where("a", 2).build().cql())
        .isEqualTo("UPDATE t SET b = b + ? WHERE a = ?");
    assertThat(update("t").set("b", 1).where(lt("a", 2)).build().cql())
        .isEqualTo("UPDATE t SET b = ? WHERE a < ?");
    assertThat(update("t").set("b", 1).where("a", 2).ifExists().build().cql())
        .isEqualTo("UPDATE t SET b = ? WHERE a = ? IF EXISTS");
    assertThat(update("ks", "t").set("b", 1).where("a", 2).build().cql())
        .isEqualTo("UPDATE ks.t SET b = ? WHERE a = ?");
    assertThat(deleteFrom("t").where("b", 1).where("a", 2).build().cql())
        .isEqualTo("DELETE FROM t WHERE b = ? AND a = ?");
    assertThat(selectFrom("t").where("b", 1).where("a", 2).build().cql())
        .isEqualTo("SELECT * FROM t WHERE b = ? AND a = ?");
    assertThat(selectFrom("t").where("b", 1).orderBy("a", Order.ASC).build().cql())
        .isEqualTo("SELECT * FROM t WHERE b = ? ORDER BY a ASC");
    assertThat(selectFrom("t").distinct().where("b", 1).build().cql())
        .isEqualTo("SELECT DISTINCT * FROM t WHERE b = ?");
    assertThat(selectFrom("t").where("b", 1).perPartitionLimit(2).build().cql())
        .isEqualTo("SELECT * FROM t WHERE b = ? PER PARTITION LIMIT ?");
  }

  @Test
  void should_render_statements_whose_columns_differ_but_hash_the_same() {
    assertThat("Aa".hashCode()).isEqualTo("BB".hashCode()); // so both keys fall in one slot
    assertThat(update("t").set("Aa", 1).where("pk", 2).build().cql())
        .isEqualTo("UPDATE t SET \"Aa\" = ? WHERE pk = ?");
    CqlStatement bb = update("t").set("BB", 3).where("pk", 4).build();
    assertThat(bb.cql()).isEqualTo("UPDATE t SET \"BB\" = ? WHERE pk = ?");
    assertThat(bb.params()).containsExactly(3, 4);
    assertThat(selectFrom("t").columns("Aa", "x").where("pk", 1).build().cql())
        .isEqualTo("SELECT \"Aa\", x FROM t WHERE pk = ?");
    assertThat(selectFrom("t").columns("BB", "x").where("pk", 1).build().cql())
        .isEqualTo("SELECT \"BB\", x FROM t WHERE pk = ?");
    assertThat(insertInto("t").value("Aa", 1).value("pk", 2).build().cql())
        .isEqualTo("INSERT INTO t (\"Aa\", pk) VALUES (?, ?)");
    assertThat(insertInto("t").value("BB", 1).value("pk", 2).build().cql())
        .isEqualTo("INSERT INTO t (\"BB\", pk) VALUES (?, ?)");
  }

  @Test
  void should_render_each_literal_of_a_using_or_limit_clause_on_its_own() {
    assertThat(update("t").set("a", 1).where("pk", 2).usingTtl(literal(5)).build().cql())
        .isEqualTo("UPDATE t USING TTL 5 SET a = ? WHERE pk = ?");
    assertThat(update("t").set("a", 1).where("pk", 2).usingTtl(literal(6)).build().cql())
        .isEqualTo("UPDATE t USING TTL 6 SET a = ? WHERE pk = ?");
    assertThat(deleteFrom("t").where("pk", 2).usingTimestamp(literal(5L)).build().cql())
        .isEqualTo("DELETE FROM t USING TIMESTAMP 5 WHERE pk = ?");
    assertThat(deleteFrom("t").where("pk", 2).usingTimestamp(literal(6L)).build().cql())
        .isEqualTo("DELETE FROM t USING TIMESTAMP 6 WHERE pk = ?");
    assertThat(selectFrom("t").where("pk", 2).limit(literal(5)).build().cql())
        .isEqualTo("SELECT * FROM t WHERE pk = ? LIMIT 5");
    assertThat(selectFrom("t").where("pk", 2).limit(literal(6)).build().cql())
        .isEqualTo("SELECT * FROM t WHERE pk = ? LIMIT 6");
    assertThat(selectFrom("t").where("pk", literal(1)).build().cql())
        .isEqualTo("SELECT * FROM t WHERE pk = 1");
    assertThat(selectFrom("t").where("pk", literal(2)).build().cql())
        .isEqualTo("SELECT * FROM t WHERE pk = 2");
  }

  @Test
  void should_alias_the_last_selected_column_after_other_steps() {
    assertThat(selectFrom("t").columns("a", "b").where("pk", 1).as("x").build().cql())
        .isEqualTo("SELECT a, b AS x FROM t WHERE pk = ?");
    assertThat(selectFrom("t").columns("a", "b").where("pk", 1).build().cql())
        .isEqualTo("SELECT a, b FROM t WHERE pk = ?");
  }

  @Test
  void should_still_refuse_a_null_keyspace_for_a_table_used_without_one() {
    assertThat(update("t").set("a", 1).where("pk", 2).build().keyspace()).isEmpty();
    assertThatThrownBy(() -> update(null, "t"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a keyspace name must not be null or empty, but was null: pass the exact keyspace name");
  }

  @Test
  void should_find_the_builders_of_a_table_by_its_names_never_those_of_another_keyspace() {
    String table = new String("t"); // equal names that are other objects
    assertThat(update("t").set("a", 1).where("pk", 2).build().cql())
        .isEqualTo("UPDATE t SET a = ? WHERE pk = ?");
    assertThat(update(new String("ks"), table).set("a", 1).where("pk", 2).build().cql())
        .isEqualTo("UPDATE ks.t SET a = ? WHERE pk = ?");
    assertThat(update("ks2", "t").set("a", 1).where("pk", 2).build().cql())
        .isEqualTo("UPDATE ks2.t SET a = ? WHERE pk = ?");
    assertThat(selectFrom(table).all().build().cql()).isEqualTo("SELECT * FROM t");
    assertThat(deleteFrom("ks", new String("t")).where("pk", 1).build().cql())
        .isEqualTo("DELETE FROM ks.t WHERE pk = ?");
    assertThat(insertInto("ks", "t").value("pk", 1).build().cql())
        .isEqualTo("INSERT INTO ks.t (pk) VALUES (?)");
  }

  @Test
  void should_share_the_text_of_batches_of_the_same_statement_texts_only() {
    CqlStatement a = insertInto("ks", "t").value("pk", 1).build();
    CqlStatement b = update("ks", "t").set("v", 1).where("pk", 1).build();
    CqlStatement first = loggedBatch().add(a).add(b).build();
    CqlStatement second = loggedBatch().add(a).add(b).build();
    assertThat(second.cql()).isSameAs(first.cql());
    assertThat(loggedBatch().add(b).add(a).build().cql())
        .isEqualTo(
            "BEGIN BATCH\n  UPDATE ks.t SET v = ? WHERE pk = ?;\n  INSERT INTO ks.t (pk) VALUES (?);\n"
                + "APPLY BATCH");
    assertThat(unloggedBatch().add(a).add(b).build().cql()).startsWith("BEGIN UNLOGGED BATCH\n");
    assertThat(loggedBatch().usingTimestamp(5L).add(a).add(b).build().cql())
        .startsWith("BEGIN BATCH USING TIMESTAMP ?\n");
  }
}
