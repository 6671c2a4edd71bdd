package io.cqlkit.builder;

import static io.cqlkit.builder.Cql.deleteFrom;
import static io.cqlkit.builder.Cql.insertInto;
import static io.cqlkit.builder.Cql.selectFrom;
import static io.cqlkit.builder.Cql.update;
import static io.cqlkit.builder.Relation.contains;
import static io.cqlkit.builder.Relation.eq;
import static io.cqlkit.builder.Relation.gt;
import static io.cqlkit.builder.Relation.in;
import static io.cqlkit.builder.Relation.ne;
import static io.cqlkit.builder.Selector.element;
import static io.cqlkit.builder.Term.literal;
import static io.cqlkit.builder.Term.marker;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the server or the driver would refuse is refused at the builder step, with a message. */
class RefusedAtTheStepTest {

  @Test
  void should_refuse_a_null_in_a_where_relation_where_the_server_refuses_it() {
    assertThatThrownBy(() -> selectFrom("ks", "t").where("pk", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "WHERE pk = null: a WHERE relation needs a value (the server refuses null there:"
                + " \"Invalid null value in condition for column pk\" on a primary-key column,"
                + " \"Unsupported null value for column pk\" on another); pass a value, or marker()"
                + " to bind one later");
    assertThatThrownBy(() -> selectFrom("ks", "t").where("pk", 1).where(contains("s", null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "WHERE s CONTAINS null: a WHERE relation needs a value (the server refuses null there:"
                + " \"Unsupported null value for column s\"); pass a value, or marker() to bind one"
                + " later");
    // A null bound of a range: an open bound on a clustering column, which the server takes.
    CqlStatement openBound = deleteFrom("ks", "t").where("pk", 1).where(gt("ck", null)).build();
    assertThat(openBound.cql()).isEqualTo("DELETE FROM ks.t WHERE pk = ? AND ck > ?");
    assertThat(openBound.params()).containsExactly(1, null);
    // An IF condition may compare with null.
    assertThat(update("ks", "t").set("v", 1).where("pk", 1).onlyIf(eq("w", null)).build().cql())
        .isEqualTo("UPDATE ks.t SET v = ? WHERE pk = ? IF w = ?");
  }

  @Test
  void should_refuse_a_null_or_unset_in_a_condition_where_the_server_refuses_it() {
    Update row = update("ks", "t").set("v", 1).where("pk", 1);
    assertThatThrownBy(() -> row.onlyIf(gt("v", null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "IF v > ? gets null, which the server refuses there (it says: Invalid comparison with"
                + " null for operator \">\"); pass a value, or drop the condition");
    assertThatThrownBy(() -> row.onlyIf(eq("v", Unset.UNSET)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "IF v = ? gets UNSET, which the server refuses there (it says: Invalid 'unset' value in"
                + " condition); pass a value, or drop the condition");
    assertThatThrownBy(() -> row.onlyIf(element("m", null).eq(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "IF m[?] = ? gets a null map key, which the server refuses there (it says: Invalid null"
                + " value for map element access); pass a key");
    // what the server takes: = and != null, UNSET with CONTAINS, null or UNSET in an IN tuple
    assertThat(row.onlyIf(ne("v", null)).build().cql())
        .isEqualTo("UPDATE ks.t SET v = ? WHERE pk = ? IF v != ?");
    assertThat(row.onlyIf(contains("l", Unset.UNSET)).build().params()).contains(Unset.UNSET);
    assertThat(row.onlyIf(in("v", Term.tuple(1, null))).build().cql())
        .isEqualTo("UPDATE ks.t SET v = ? WHERE pk = ? IF v IN (?, ?)");
  }

  @Test
  void should_refuse_in_with_a_value_that_is_not_a_collection() {
    assertThatThrownBy(() -> selectFrom("ks", "t").where(in("pk", 5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "pk IN 5: IN takes the values as one List or Set (bound as one ?), not a"
                + " java.lang.Integer; pass List.of(...), or Term.tuple(...) for IN (?, ?)");
    assertThatThrownBy(() -> selectFrom("ks", "t").where(in("pk", null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "pk IN null: IN takes the values as one List or Set (bound as one ?), not null; pass"
                + " List.of(...), or Term.tuple(...) for IN (?, ?)");
  }

  @Test
  void should_refuse_a_column_restricted_by_equality_twice() {
    assertThatThrownBy(() -> selectFrom("ks", "t").where("pk", 1).where("pk", 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "WHERE restricts pk twice (pk = ? and pk = ?): the server refuses a column restricted"
                + " by = or IN and by another relation; keep one where(...) for pk");
    assertThatThrownBy(() -> update("ks", "t").where(in("pk", List.of(1))).where("pk", 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "WHERE restricts pk twice (pk IN ? and pk = ?): the server refuses a column restricted"
                + " by = or IN and by another relation; keep one where(...) for pk");
    // A range on both sides stays accepted.
    assertThat(
            deleteFrom("ks", "t").where("pk", 1).where(gt("ck", 1)).where(Relation.lt("ck", 5))
                .build().cql())
        .isEqualTo("DELETE FROM ks.t WHERE pk = ? AND ck > ? AND ck < ?");
  }

  @Test
  void should_tell_apart_columns_whose_hashes_share_the_where_filter_bit() {
    // the step skips its walk when no earlier WHERE column shares the new column's filter bit
    // (hash & 15): "a" and "q" share one, so the walk runs and must still tell them apart
    assertThat("a".hashCode() & 15).isEqualTo("q".hashCode() & 15);
    Select both = selectFrom("ks", "t").where("a", 1).where("q", 2);
    assertThat(both.build().cql()).isEqualTo("SELECT * FROM ks.t WHERE a = ? AND q = ?");
    assertThatThrownBy(() -> both.where("a", 3))
        .hasMessageStartingWith("WHERE restricts a twice (a = ? and a = ?)");
    assertThatThrownBy(() -> both.where(gt("q", 3)))
        .hasMessageStartingWith("WHERE restricts q twice (q = ? and q > ?)");
    // a column of plain relations only, restricted again after other columns, is refused too
    assertThatThrownBy(() -> update("ks", "t").set("v", 1).where("pk", 1).where("ck", 2).where("pk", 3))
        .hasMessageStartingWith("WHERE restricts pk twice (pk = ? and pk = ?)");
  }

  @Test
  void should_refuse_a_column_restricted_twice_whatever_stands_between_in_every_builder() {
    String[] others = {"a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n"};
    Select select = selectFrom("ks", "t").where("pk", 1);
    Update update = update("ks", "t").set("v", 1).where(eq("pk", 5));
    Delete delete = deleteFrom("ks", "t").where(in("pk", List.of(1)));
    for (String other : others) {
      select = select.where(gt(other, 1));
      update = update.set("x" + other, 1).where(other, 1);
      delete = delete.where(other, 1);
    }
    Select s = select;
    Update u = update;
    Delete d = delete;
    assertThatThrownBy(() -> s.where("pk", 2)).hasMessageStartingWith("WHERE restricts pk twice (pk = ? and pk = ?)");
    assertThatThrownBy(() -> u.where(in("pk", List.of(2)))).hasMessageStartingWith("WHERE restricts pk twice (pk = ? and pk IN ?)");
    assertThatThrownBy(() -> d.where(gt("pk", 2))).hasMessageStartingWith("WHERE restricts pk twice (pk IN ? and pk > ?)");
    // each column restricted once stays accepted
    assertThat(s.build().params()).hasSize(1 + others.length);
    assertThat(u.build().params()).hasSize(1 + 2 * others.length + 1);
    assertThat(d.build().params()).hasSize(1 + others.length);
  }

  @Test
  void should_refuse_a_column_ordered_twice() {
    assertThatThrownBy(
            () -> selectFrom("ks", "t").where("pk", 1).orderBy("ck", Order.ASC).orderBy("ck", Order.DESC))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "ORDER BY ck twice: order by each column once (the server refuses a column ordered"
                + " twice)");
  }

  @Test
  void should_refuse_order_by_without_where_but_not_ann() {
    assertThatThrownBy(() -> selectFrom("ks", "t").orderBy("ck", Order.DESC).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "SELECT FROM ks.t orders by ck without a WHERE clause: ORDER BY is only supported when"
                + " the partition key is restricted by = or IN; add where(partitionKey, value), or"
                + " drop orderBy(...)");
    assertThat(selectFrom("ks", "items").orderByAnn("embedding", List.of(1f, 2f, 3f)).limit(3).build().cql())
        .isEqualTo("SELECT * FROM ks.items ORDER BY embedding ANN OF ? LIMIT ?");
  }

  @Test
  void should_refuse_a_counter_amount_that_is_not_an_integer() {
    assertThatThrownBy(() -> update("ks", "counters").increment("views", literal("x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a counter amount is an integer, not 'x': pass a long, marker() or literal(n)");
    assertThat(update("ks", "counters").increment("views", literal(2)).where("page", "/").build().cql())
        .isEqualTo("UPDATE ks.counters SET views = views + 2 WHERE page = ?");
  }

  @Test
  void should_refuse_literal_ttl_and_limit_out_of_range_as_the_bound_forms() {
    assertThatThrownBy(() -> insertInto("ks", "t").usingTtl(literal(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a TTL is 0 (no expiry) to 630720000 seconds (20 years), not -1");
    assertThatThrownBy(() -> update("ks", "t").usingTtl(literal(630_720_001L)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a TTL is 0 (no expiry) to 630720000 seconds (20 years), not 630720001");
    assertThatThrownBy(() -> selectFrom("ks", "t").limit(literal(0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("limit(...) takes a positive number of rows, not 0");
    assertThatThrownBy(() -> selectFrom("ks", "t").perPartitionLimit(literal(-2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("perPartitionLimit(...) takes a positive number of rows, not -2");
    assertThatThrownBy(() -> selectFrom("ks", "t").limit(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("limit(...) takes a positive number of rows, not 0");
  }

  @Test
  void should_refuse_names_with_an_unpaired_surrogate() {
    assertThatThrownBy(() -> CqlIdentifier.of("a\uD800b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the name \"a\uD800b\" holds an unpaired UTF-16 surrogate (\\uD800 at index 1): it"
                + " would become '?' in UTF-8, so two names could collide; pass a well-formed"
                + " string");
    assertThatThrownBy(() -> insertInto("ks", "t").value("x\uDC00", 1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("the name \"x\uDC00\" holds an unpaired UTF-16 surrogate (\\uDC00 at index 1)");
    assertThat(CqlIdentifier.of("a\uD83D\uDE00").asCql()).isEqualTo("\"a\uD83D\uDE00\"");
  }

  @Test
  void should_give_a_message_for_null_arrays_and_maps_given_to_bind() {
    CqlTemplate positional = insertInto("ks", "t").value("pk", marker()).value("v", marker()).template();
    assertThatThrownBy(() -> positional.bind((Object[]) null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "bind((Object[]) null): pass 2 values, one per marker in text order, for: INSERT INTO"
                + " ks.t (pk, v) VALUES (?, ?) (to bind one null, write bind((Object) null))");
    CqlTemplate named = selectFrom("ks", "t").where("pk", marker("pk")).template();
    assertThatThrownBy(() -> named.bind((Map<String, ?>) null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "bind((Map) null): pass a map from marker name to value, with a value for each of [pk],"
                + " for: SELECT * FROM ks.t WHERE pk = :pk");
  }

  @Test
  void should_bind_a_map_to_the_one_positional_marker_and_by_name_with_bind_named() {
    CqlTemplate positional = update("ks", "t").set("m", marker()).where("pk", 1).template();
    assertThat(positional.bind(Map.of("a", 1)).params()).containsExactly(Map.of("a", 1), 1);
    CqlTemplate named = selectFrom("ks", "t").where("pk", marker("pk")).template();
    assertThat(named.bindNamed(Map.of("pk", 7)).params()).containsExactly(7);
    assertThat(named.bind(Map.of("pk", 7)).params()).containsExactly(7);
  }
}
