package io.cqlkit.builder;

import static io.cqlkit.builder.Cql.deleteFrom;
import static io.cqlkit.builder.Cql.insertInto;
import static io.cqlkit.builder.Cql.selectFrom;
import static io.cqlkit.builder.Cql.update;
import static io.cqlkit.builder.Relation.eq;
import static io.cqlkit.builder.Relation.gt;
import static io.cqlkit.builder.Selector.token;
import static io.cqlkit.builder.Term.literal;
import static io.cqlkit.builder.Term.marker;
import static io.cqlkit.builder.assertj.CqlAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateTest {
  private static final CqlTemplate INSERT =
      insertInto("ks", "events")
          .value("user_id", marker())
          .value("ts", marker())
          .value("event_type", marker())
          .template();

  @Test
  void should_bind_by_position() {
    assertThat(INSERT.cql()).isEqualTo("INSERT INTO ks.events (user_id, ts, event_type) VALUES (?, ?, ?)");
    assertThat(INSERT.markerCount()).isEqualTo(3);
    assertThat(INSERT.markerNames()).isEmpty();
    assertThat(INSERT.kind()).isEqualTo(StatementKind.INSERT);
    assertThat(INSERT.bind(1, 2, "login"))
        .hasCql("INSERT INTO ks.events (user_id, ts, event_type) VALUES (?, ?, ?)")
        .hasParams(1, 2, "login");
  }

  @Test
  void should_share_the_shape_between_bound_statements() {
    CqlStatement first = INSERT.bind(1, 2, "a");
    CqlStatement second = INSERT.bind(3, 4, "b");
    assertThat(first.shape()).isSameAs(second.shape());
    assertThat(first.cql()).isSameAs(second.cql());
    assertThat(second.bindings()).containsExactly(
        Map.entry("user_id", 3), Map.entry("ts", 4), Map.entry("event_type", "b"));
  }

  @Test
  void should_copy_the_values_array() {
    Object[] values = {1, 2, "a"};
    CqlStatement statement = INSERT.bind(values);
    values[0] = 99;
    assertThat(statement).hasParams(1, 2, "a");
  }

  @Test
  void should_keep_fixed_values_between_markers() {
    CqlTemplate template =
        update("ks", "t").set("a", "fixed").set("b", marker()).where("pk", marker()).usingTtl(30).template();
    assertThat(template.markerCount()).isEqualTo(2);
    assertThat(template.bind("B", 7))
        .hasCql("UPDATE ks.t USING TTL ? SET a = ?, b = ? WHERE pk = ?")
        .hasParams(30, "fixed", "B", 7);
  }

  @Test
  void should_bind_named_markers_by_name_and_by_position() {
    CqlTemplate template =
        selectFrom("ks", "t")
            .where("pk", marker("pk"))
            .where(gt("ck", marker("from")))
            .limit(marker("n"))
            .template();
    assertThat(template.cql()).isEqualTo("SELECT * FROM ks.t WHERE pk = :pk AND ck > :\"from\" LIMIT :n");
    assertThat(template.markerNames()).containsExactly("pk", "from", "n");
    CqlStatement byName = template.bind(Map.of("n", 10, "from", 5, "pk", 1));
    assertThat(byName).hasParams(1, 5, 10);
    assertThat(byName.markerNames()).containsExactly("pk", "from", "n");
    assertThat(byName.hasNamedMarkers()).isTrue();
    assertThat(template.bind(1, 5, 10)).hasParams(1, 5, 10);
  }

  @Test
  void should_fill_every_use_of_a_name() {
    CqlTemplate template =
        update("ks", "t").set("a", marker("v")).set("b", marker("v")).where("pk", marker("Pk")).template();
    assertThat(template.cql()).isEqualTo("UPDATE ks.t SET a = :v, b = :v WHERE pk = :\"Pk\"");
    assertThat(template.bind(Map.of("v", "x", "Pk", 1))).hasParams("x", "x", 1);
  }

  @Test
  void should_bind_null_by_name() {
    Map<String, Object> values = new HashMap<>();
    values.put("pk", 1);
    values.put("v", null);
    CqlTemplate template = update("t").set("a", marker("v")).where("pk", marker("pk")).template();
    assertThat(template.bind(values)).hasParams(null, 1);
  }

  @Test
  void should_refuse_null_or_unset_for_a_where_marker_as_a_step_does() {
    CqlTemplate byKey =
        selectFrom("ks", "t").where("pk", marker()).where(gt("ck", marker())).template();
    assertThatThrownBy(() -> byKey.bind(null, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the marker of WHERE pk = ? gets null: a WHERE relation needs a value (the server"
                + " refuses null there: \"Invalid null value in condition for column pk\" on a"
                + " primary-key column, \"Unsupported null value for column pk\" on another); pass"
                + " a value, for: SELECT * FROM ks.t WHERE pk = ? AND ck > ?");
    assertThatThrownBy(() -> byKey.bind(1, Unset.UNSET))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "the marker of WHERE ck > ? gets UNSET: a WHERE relation needs a value (the server"
                + " refuses UNSET there: \"Invalid unset value for column ck\"");
    assertThatThrownBy(() -> byKey.withNullsAsUnset().bind(1, null))
        .hasMessageStartingWith("the marker of WHERE ck > ? gets UNSET");
    CqlTemplate byName = update("t").set("a", marker("v")).where("pk", marker("pk")).template();
    assertThatThrownBy(() -> byName.bindNamed(nullFor("pk", "v", 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("the marker of WHERE pk = :pk gets null");
    CqlTemplate byToken = selectFrom("ks", "t").where(token("pk").gt(marker())).template();
    assertThatThrownBy(() -> byToken.bind((Object) null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the marker of WHERE token(pk) > ? gets null: a WHERE relation needs a value (the"
                + " server refuses null there); pass a value, for: SELECT * FROM ks.t WHERE"
                + " token(pk) > ?");
    // a null bound of a range is an open bound on a clustering column: the server takes it
    assertThat(byKey.bind(1, null)).hasParams(1, null);
    assertThat(byName.bindNamed(nullFor("v", "pk", 1))).hasParams(null, 1);
  }

  @Test
  void should_refuse_null_or_unset_for_a_condition_marker_where_the_server_does() {
    CqlTemplate ifGreater =
        update("ks", "t").set("v", 1).where("pk", 1).onlyIf(gt("v", marker())).template();
    assertThatThrownBy(() -> ifGreater.bind((Object) null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "IF v > ? gets null, which the server refuses there (it says: Invalid comparison with"
                + " null for operator \">\"); pass a value, or drop the condition, for: UPDATE ks.t"
                + " SET v = ? WHERE pk = ? IF v > ?");
    CqlTemplate ifEqual =
        update("ks", "t").set("v", 1).where("pk", 1).onlyIf(eq("v", marker())).template();
    assertThat(ifEqual.bind((Object) null)).hasParams(1, 1, null);
    assertThatThrownBy(() -> ifEqual.bind(Unset.UNSET))
        .hasMessageStartingWith("IF v = ? gets UNSET, which the server refuses there");
  }

  private static Map<String, Object> nullFor(String nullName, String otherName, Object other) {
    Map<String, Object> values = new HashMap<>();
    values.put(nullName, null);
    values.put(otherName, other);
    return values;
  }

  @Test
  void should_allow_literals_with_named_markers() {
    CqlTemplate template = deleteFrom("t").where("pk", marker("pk")).where("ck", literal(3)).template();
    assertThat(template.bind(Map.of("pk", 1))).hasCql("DELETE FROM t WHERE pk = :pk AND ck = 3").hasParams(1);
  }

  @Test
  void should_refuse_to_build_with_unbound_markers() {
    assertThatThrownBy(() -> insertInto("ks", "t").value("pk", marker()).value("a", 1).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "INSERT INTO ks.t (pk, a) VALUES (?, ?) has 1 marker(s) without a value: build it with"
                + " template() instead of build(), then bind(...) the values");
  }

  @Test
  void should_refuse_mixed_named_and_positional_markers() {
    assertThatThrownBy(() -> insertInto("t").value("pk", marker("pk")).value("a", marker()).template())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "cannot mix named markers (1) with positional ones (1 ? from marker() or plain values)"
                + " in one statement: INSERT INTO t (pk, a) VALUES (:pk, ?). Give every value as"
                + " marker(\"name\") (or literal(...)), or use positional markers only");
    assertThatThrownBy(() -> selectFrom("t").where("pk", marker("pk")).limit(10).template())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("cannot mix named markers (1) with positional ones (1 ?");
  }

  @Test
  void should_refuse_a_wrong_number_of_values() {
    assertThatThrownBy(() -> INSERT.bind(1, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "expected 3 values (one per marker, in text order), but received 2, for: INSERT INTO"
                + " ks.events (user_id, ts, event_type) VALUES (?, ?, ?)");
  }

  @Test
  void should_refuse_missing_and_unknown_names() {
    CqlTemplate template = deleteFrom("t").where("pk", marker("pk")).where("ck", marker("ck")).template();
    assertThatThrownBy(() -> template.bind(Map.of("pk", 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "no value for marker :ck: DELETE FROM t WHERE pk = :pk AND ck = :ck needs values for"
                + " [pk, ck]");
    assertThatThrownBy(() -> template.bind(Map.of("pk", 1, "ck", 2, "cc", 3)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "[cc] are not markers of DELETE FROM t WHERE pk = :pk AND ck = :ck: it has [pk, ck]");
  }

  @Test
  void should_refuse_binding_positional_markers_by_name() {
    assertThatThrownBy(() -> INSERT.bind(Map.of("user_id", 1)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "the markers of INSERT INTO ks.events (user_id, ts, event_type) VALUES (?, ?, ?) are"
                + " positional: bind them with bind(Object...), or name them with"
                + " marker(\"name\") or withNames(...)");
  }

  @Test
  void should_refuse_an_empty_marker_name() {
    assertThatThrownBy(() -> marker(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a marker name must not be null or empty, but was \"\": pass the exact marker name");
  }
}
