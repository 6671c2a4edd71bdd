package io.cqlkit.builder;

import static io.cqlkit.builder.Cql.insertInto;
import static io.cqlkit.builder.Term.call;
import static io.cqlkit.builder.Term.literal;
import static io.cqlkit.builder.Term.marker;
import static io.cqlkit.builder.Term.now;
import static io.cqlkit.builder.assertj.CqlAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Map;
import io.cqlkit.builder.rules.CqlRuleViolationException;
import org.junit.jupiter.api.Test;

class InsertTest {

  @Test
  void should_insert_into_a_table_without_keyspace() {
    assertThat(insertInto("events").value("id", 1).build())
        .hasKind(StatementKind.INSERT)
        .hasCql("INSERT INTO events (id) VALUES (?)")
        .hasParams(1);
  }

  @Test
  void should_bind_null_as_a_value() {
    assertThat(insertInto("ks", "t").value("pk", 1).value("a", null).build())
        .hasCql("INSERT INTO ks.t (pk, a) VALUES (?, ?)")
        .hasParams(1, null);
  }

  @Test
  void should_render_literals_and_function_calls_in_the_text() {
    assertThat(
            insertInto("ks", "t")
                .value("pk", literal(1))
                .value("a", literal("it's"))
                .value("at", call("toTimestamp", now()))
                .value("b", "bound")
                .build())
        .hasCql("INSERT INTO ks.t (pk, a, at, b) VALUES (1, 'it''s', totimestamp(now()), ?)")
        .hasParams("bound");
  }

  @Test
  void should_bind_function_arguments() {
    assertThat(insertInto("ks", "t").value("pk", 1).value("at", call("fn", 5, literal(6))).build())
        .hasCql("INSERT INTO ks.t (pk, at) VALUES (?, fn(?, 6))")
        .hasParams(1, 5);
  }

  @Test
  void should_render_timestamp_alone() {
    assertThat(insertInto("ks", "t").value("pk", 1).usingTimestamp(5L).build())
        .hasCql("INSERT INTO ks.t (pk) VALUES (?) USING TIMESTAMP ?")
        .hasParams(1, 5L);
  }

  @Test
  void should_keep_options_set_before_the_values() {
    assertThat(insertInto("ks", "t").usingTtl(10).ifNotExists().value("pk", 1).build())
        .hasCql("INSERT INTO ks.t (pk) VALUES (?) IF NOT EXISTS USING TTL ?")
        .hasParams(1, 10)
        .isConditional();
  }

  @Test
  void should_take_a_marker_for_ttl_and_timestamp() {
    CqlTemplate template =
        insertInto("ks", "t").value("pk", marker()).usingTtl(marker()).usingTimestamp(marker()).template();
    assertThat(template.cql())
        .isEqualTo("INSERT INTO ks.t (pk) VALUES (?) USING TTL ? AND TIMESTAMP ?");
    assertThat(template.bind(1, 60, 7L)).hasParams(1, 60, 7L);
  }

  @Test
  void should_render_many_columns() {
    Insert insert = insertInto("ks", "wide");
    Object[] values = new Object[100];
    StringBuilder columns = new StringBuilder();
    for (int i = 0; i < 100; i++) {
      insert = insert.value("c" + i, i);
      values[i] = i;
      columns.append(i == 0 ? "" : ", ").append("c").append(i);
    }
    String markers = String.join(", ", java.util.Collections.nCopies(100, "?"));
    assertThat(insert.build())
        .hasCql("INSERT INTO ks.wide (" + columns + ") VALUES (" + markers + ")")
        .hasParams(values);
  }

  @Test
  void should_show_the_text_so_far_in_to_string() {
    assertThat(insertInto("ks", "t").value("pk", 1).value("Name", "x").toString())
        .isEqualTo("INSERT INTO ks.t (pk, \"Name\") VALUES (?, ?)");
  }

  @Test
  void should_refuse_an_insert_without_values() {
    assertThatThrownBy(() -> insertInto("ks", "t").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "INSERT INTO ks.t has no values: add value(column, value) for each column, or"
                + " json(...)");
  }

  @Test
  void should_refuse_a_duplicate_column() {
    assertThatThrownBy(() -> insertInto("ks", "t").value("pk", 1).value("a", 2).value("pk", 3).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("INSERT INTO ks.t sets column pk twice: give each column one value(...)");
  }

  @Test
  void should_refuse_a_duplicate_column_among_many() {
    Insert insert = insertInto("ks", "t");
    for (int i = 0; i < 50; i++) {
      insert = insert.value("c" + i, i);
    }
    Insert duplicated = insert.value("Col", 1).value("Col", 2);
    assertThatThrownBy(duplicated::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("INSERT INTO ks.t sets column \"Col\" twice: give each column one value(...)");
  }

  @Test
  void should_refuse_json_with_values() {
    assertThatThrownBy(() -> insertInto("ks", "t").value("pk", 1).json("{}").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "INSERT INTO ks.t has both json(...) and value(...) steps: a JSON insert takes the"
                + " whole row as one JSON string; use one or the other");
  }

  @Test
  void should_refuse_if_not_exists_with_a_timestamp() {
    assertThatThrownBy(
            () -> insertInto("ks", "t").value("pk", 1).ifNotExists().usingTimestamp(1L).build())
        .isInstanceOf(CqlRuleViolationException.class)
        .hasMessage(
            "CONDITIONAL_WITH_TIMESTAMP: the statement (INSERT INTO ks.t) is conditional (IF NOT"
                + " EXISTS) and has USING TIMESTAMP, which a lightweight transaction cannot take;"
                + " remove the timestamp: Paxos assigns one");
  }

  @Test
  void should_refuse_null_and_empty_names() {
    assertThatThrownBy(() -> insertInto(null, "t"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a keyspace name must not be null or empty, but was null: pass the exact"
            + " keyspace name");
    assertThatThrownBy(() -> insertInto("ks", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a table name must not be null or empty, but was \"\": pass the exact table"
            + " name");
    assertThatThrownBy(() -> insertInto("t").value(null, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a column name must not be null or empty, but was null: pass the exact"
            + " column name");
  }

  @Test
  void should_refuse_a_ttl_out_of_range() {
    assertThatThrownBy(() -> insertInto("t").usingTtl(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a TTL is 0 (no expiry) to 630720000 seconds (20 years), not -1");
  }

  @Test
  void should_refuse_a_snippet_that_is_not_a_value() {
    assertThatThrownBy(() -> insertInto("t").value("a", Selector.column("b")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "b is not a value: give a plain value, or a Term (marker(), literal(...), call(...))");
  }

  @Test
  void should_not_share_state_between_branches_of_a_shared_builder() {
    Insert base = insertInto("ks", "t").value("pk", 1);
    CqlStatement a = base.value("a", "x").build();
    CqlStatement b = base.value("b", "y").usingTtl(5).build();
    assertThat(a).hasCql("INSERT INTO ks.t (pk, a) VALUES (?, ?)").hasParams(1, "x");
    assertThat(b).hasCql("INSERT INTO ks.t (pk, b) VALUES (?, ?) USING TTL ?").hasParams(1, "y", 5);
    assertThat(base.build()).hasCql("INSERT INTO ks.t (pk) VALUES (?)").hasParams(1);
  }

  @Test
  void should_reuse_the_shape_of_an_insert_with_the_same_table_columns_and_options() {
    CqlStatement first = insertInto("ks", "cached").value("pk", 1).value("a", "x").usingTtl(5).build();
    CqlStatement second =
        insertInto("ks", "cached").value(new String("pk"), 2).value("a", "y").usingTtl(6).build();
    assertThat(second.shape()).isSameAs(first.shape());
    assertThat(second)
        .hasCql("INSERT INTO ks.cached (pk, a) VALUES (?, ?) USING TTL ?")
        .hasParams(2, "y", 6);
    assertThat(second.bindings()).containsExactly(Map.entry("pk", 2), Map.entry("a", "y"));
  }

  @Test
  void should_not_reuse_a_shape_whose_text_differs() {
    CqlStatement plain = insertInto("ks", "cached2").value("pk", 1).build();
    assertThat(insertInto("ks", "cached2").value("pk", 1).usingTimestamp(3L).build())
        .hasCql("INSERT INTO ks.cached2 (pk) VALUES (?) USING TIMESTAMP ?")
        .hasParams(1, 3L);
    assertThat(insertInto("ks", "cached2").value("pk", 1).ifNotExists().build())
        .hasCql("INSERT INTO ks.cached2 (pk) VALUES (?) IF NOT EXISTS")
        .isConditional();
    assertThat(insertInto("other", "cached2").value("pk", 1).build())
        .hasCql("INSERT INTO other.cached2 (pk) VALUES (?)");
    assertThat(insertInto("cached2").value("pk", 1).build()).hasCql("INSERT INTO cached2 (pk) VALUES (?)");
    assertThat(insertInto("ks", "cached2").value("Pk", 1).build())
        .hasCql("INSERT INTO ks.cached2 (\"Pk\") VALUES (?)");
    assertThat(insertInto("ks", "cached2").value("pk", literal(1)).build())
        .hasCql("INSERT INTO ks.cached2 (pk) VALUES (1)")
        .hasNoParams();
    assertThat(insertInto("ks", "cached2").value("pk", 1).build()).hasCql(plain.cql());
  }

  @Test
  void should_render_right_however_many_shapes_share_the_cache() {
    for (int round = 0; round < 2; round++) {
      for (int i = 0; i < 2_000; i++) {
        assertThat(insertInto("ks", "t" + i).value("c" + (i % 13), i).value("d", i).build())
            .hasCql("INSERT INTO ks.t" + i + " (c" + (i % 13) + ", d) VALUES (?, ?)")
            .hasParams(i, i);
      }
    }
  }

  @Test
  void should_copy_nothing_the_caller_can_change() {
    Object[] values = {1, 2};
    CqlStatement statement = insertInto("t").value("a", values[0]).value("b", values[1]).build();
    Arrays.fill(values, 0);
    assertThat(statement).hasParams(1, 2);
  }

  @Test
  void should_refuse_a_null_or_unset_json_row() {
    assertThatThrownBy(() -> insertInto("ks", "t").json(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "json(null): a JSON insert needs the row (the server refuses null: \"Got null for"
                + " INSERT JSON values\"); pass the JSON text, or marker() to bind it later");
    assertThatThrownBy(() -> insertInto("ks", "t").json(Unset.UNSET))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("json(UNSET): a JSON insert needs the row");
  }

  @Test
  void should_refuse_a_json_value_that_is_neither_a_string_nor_a_marker() {
    assertThatThrownBy(() -> insertInto("ks", "t").json(literal(5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "json(...) takes the row as a JSON string (bound as ?), a marker or a string literal,"
                + " not 5: pass the JSON text");
    assertThatThrownBy(() -> insertInto("ks", "t").json(now()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "json(...) takes the row as a JSON string (bound as ?), a marker or a string literal,"
                + " not now(): pass the JSON text");
    assertThatThrownBy(() -> insertInto("ks", "t").json(5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "json(...) takes the row as a JSON string (bound as ?), a marker or a string literal,"
                + " not a java.lang.Integer: pass the JSON text");
    assertThat(insertInto("ks", "t").json(literal("{\"a\": 1}")).build())
        .hasCql("INSERT INTO ks.t JSON '{\"a\": 1}'");
    assertThat(insertInto("ks", "t").json("{\"a\": 1}").build())
        .hasCql("INSERT INTO ks.t JSON ?")
        .hasParams("{\"a\": 1}");
    assertThat(insertInto("ks", "t").json(marker("row")).template().cql())
        .isEqualTo("INSERT INTO ks.t JSON :row");
  }

  @Test
  void should_refuse_a_ttl_that_is_neither_a_marker_nor_an_integer_literal() {
    assertThatThrownBy(() -> insertInto("ks", "t").usingTtl(now()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the TTL must be a marker or an integer literal, not now() (CQL takes nothing else"
                + " there): pass a number, marker(), marker(name) or literal(n)");
    assertThatThrownBy(() -> insertInto("ks", "t").usingTimestamp(call("f")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the timestamp must be a marker or an integer literal, not f() (CQL takes nothing"
                + " else there): pass a number, marker(), marker(name) or literal(n)");
  }
}
