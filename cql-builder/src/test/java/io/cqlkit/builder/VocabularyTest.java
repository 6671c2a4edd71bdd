package io.cqlkit.builder;

import static io.cqlkit.builder.Cql.deleteFrom;
import static io.cqlkit.builder.Cql.insertInto;
import static io.cqlkit.builder.Cql.selectFrom;
import static io.cqlkit.builder.Cql.update;
import static io.cqlkit.builder.Selector.column;
import static io.cqlkit.builder.Selector.element;
import static io.cqlkit.builder.Selector.field;
import static io.cqlkit.builder.Selector.function;
import static io.cqlkit.builder.Selector.range;
import static io.cqlkit.builder.assertj.CqlAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The CQL vocabulary beyond plain columns and values: arithmetic, user-defined type fields,
 * element and slice selectors, collection, tuple and UDT literals, type hints, selected values and
 * function names that keep their case.
 */
class VocabularyTest {

  private static <K, V> Map<K, V> ordered(K k1, V v1, K k2, V v2) {
    Map<K, V> map = new LinkedHashMap<>();
    map.put(k1, v1);
    map.put(k2, v2);
    return map;
  }

  private static Term i(Object value) {
    return Term.typeHint("int", value);
  }

  @Test
  void should_write_arithmetic_in_terms_with_parentheses_only_where_precedence_needs_them() {
    assertThat(
            update("ks", "v")
                .set("a", Term.add(i(1), i(2)))
                .set("b", Term.multiply(Term.add(i(1), i(2)), i(3)))
                .set("c", Term.subtract(i(4), Term.negate(i(5))))
                .where("pk", 1)
                .where("ck", 2)
                .build())
        .hasCql(
            "UPDATE ks.v SET a = (int) ? + (int) ?, b = ((int) ? + (int) ?) * (int) ?,"
                + " c = (int) ? - -(int) ? WHERE pk = ? AND ck = ?")
        .hasParams(1, 2, 1, 2, 3, 4, 5, 1, 2)
        .isIdempotent();
    assertThat(
            update("ks", "v")
                .set("a", Term.divide(Term.multiply(i(6), i(2)), Term.remainder(i(7), i(4))))
                .set("b", Term.subtract(Term.add(i(1), Term.literal(2)), Term.subtract(i(3), i(4))))
                .where("pk", 1)
                .where("ck", 2)
                .build())
        .hasCql(
            "UPDATE ks.v SET a = (int) ? * (int) ? / ((int) ? % (int) ?), b = (int) ? + 2 -"
                + " ((int) ? - (int) ?) WHERE pk = ? AND ck = ?")
        .hasParams(6, 2, 7, 4, 1, 3, 4, 1, 2);
  }

  @Test
  void should_refuse_a_bind_marker_without_a_type_in_arithmetic() {
    assertThatThrownBy(() -> Term.add(i(1), 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the operand ? of + is a bind marker without a type: Cassandra cannot infer it"
                + " (\"Ambiguous '+' operation ... use type hint to disambiguate\"); give it a type"
                + " hint, e.g. typeHint(\"int\", value)");
    assertThatThrownBy(() -> Term.negate(Term.marker("n")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("the operand :n of - is a bind marker without a type");
  }

  @Test
  void should_refuse_a_value_selected_alone_without_a_type() {
    assertThatThrownBy(() -> selectFrom("ks", "v").select(Selector.term(Term.literal("x")).as("k")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "'x' AS k cannot be selected without a type: Cassandra cannot infer the type of a value"
                + " selected alone (\"Cannot infer type for term ... in selection clause\"); give it"
                + " a type hint, e.g. term(Term.typeHint(\"text\", value))");
  }

  @Test
  void should_take_expressions_as_function_arguments() {
    assertThat(
            insertInto("ks", "v")
                .value("pk", 1)
                .value("ck", 2)
                .value("a", Term.call("abs", Term.subtract(i(3), i(10))))
                .build())
        .hasCql("INSERT INTO ks.v (pk, ck, a) VALUES (?, ?, abs((int) ? - (int) ?))")
        .hasParams(1, 2, 3, 10);
  }

  @Test
  void should_write_collection_tuple_and_udt_literals() {
    assertThat(
            insertInto("ks", "v")
                .value("pk", 1)
                .value("ck", 2)
                .value("l", Term.listOf(1, 2))
                .value("s", Term.setOf(3, 4))
                .value("m", Term.mapOf(ordered(5, "five", 6, "six")))
                .value("t", Term.tuple(7, "seven"))
                .value("addr", Term.udtOf(ordered("street", "Main", "City", "Springfield")))
                .build())
        .hasCql(
            "INSERT INTO ks.v (pk, ck, l, s, m, t, addr) VALUES (?, ?, [1, 2], {3, 4},"
                + " {5: 'five', 6: 'six'}, (?, ?), {street: ?, \"City\": ?})")
        .hasParams(1, 2, 7, "seven", "Main", "Springfield");
    assertThat(
            update("ks", "v")
                .set("l", Term.listOf())
                .set("s", Term.setOf())
                .where("pk", 1)
                .where("ck", 2)
                .build())
        .hasCql("UPDATE ks.v SET l = [], s = {} WHERE pk = ? AND ck = ?");
  }

  @Test
  void should_refuse_a_marker_inside_a_collection_literal() {
    String message =
        "%s element %s holds a bind marker: Cassandra refuses bind markers inside collection"
            + " literals (\"bind variables are not supported inside collection literals\"); bind"
            + " the whole collection as one value, e.g. set(\"l\", List.of(...))";
    assertThatThrownBy(() -> Term.listOf(1, Term.marker()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(String.format(message, "listOf(...)", "?"));
    assertThatThrownBy(() -> Term.setOf(Term.call("abs", 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(String.format(message, "setOf(...)", "abs(?)"));
    assertThatThrownBy(() -> Term.mapOf(Map.of(1, Term.marker("v"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(String.format(message, "mapOf(...)", ":v"));
  }

  @Test
  void should_write_type_hints() {
    assertThat(
            update("ks", "v")
                .set("a", Term.typeHint("INT", 1))
                .set("m", Term.typeHint("map<int,text>", Map.of(1, "one")))
                .set("b", Term.typeHint("int", Term.add(i(1), i(2))))
                .where("pk", 1)
                .where("ck", 2)
                .build())
        .hasCql(
            "UPDATE ks.v SET a = (int) ?, m = (map<int, text>) ?, b = (int) ((int) ? + (int) ?)"
                + " WHERE pk = ? AND ck = ?")
        .hasParams(1, Map.of(1, "one"), 1, 2, 1, 2);
    assertThat(Term.typeHint("frozen<tuple<int, Text>>", 1).toString())
        .isEqualTo("(frozen<tuple<int, text>>) ?");
    assertThat(Term.typeHint("ks.Address", 1).toString()).isEqualTo("(ks.\"Address\") ?");
    assertThat(Term.typeHint("vector<float,3>", 1).toString()).isEqualTo("(vector<float, 3>) ?");
  }

  @Test
  void should_refuse_what_is_not_a_type() {
    String message =
        "\"%s\" is not a CQL type: write a native type (int, text...), a collection (list<int>,"
            + " map<text, int>), frozen<...>, tuple<...>, vector<float, 3> or a user-defined"
            + " type's name (address, ks.address)";
    for (String type : List.of("map<int>", "list<int", "int) ?; DROP TABLE x; --", "list<>", "1x")) {
      assertThatThrownBy(() -> Term.typeHint(type, 1))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(String.format(message, type));
    }
  }

  @Test
  void should_refuse_an_empty_map_or_udt_literal() {
    assertThatThrownBy(() -> Term.mapOf(Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "mapOf(...) needs at least one entry: CQL reads {} as an empty set; bind an empty map"
                + " as a value instead");
    assertThatThrownBy(() -> Term.udtOf(Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("udtOf(...) needs at least one field, e.g. udtOf(Map.of(\"city\", city))");
  }

  @Test
  void should_select_arithmetic_on_selectors() {
    assertThat(
            selectFrom("ks", "v")
                .select(
                    Selector.add(column("a"), column("b")).as("s"),
                    Selector.multiply(Selector.add(column("a"), column("b")), column("c")).as("x"),
                    Selector.negate(column("a")),
                    Selector.remainder(column("a"), Selector.term(Term.typeHint("int", 2))),
                    Selector.divide(column("d"), Selector.term(Term.literal(2.0))))
                .where("pk", 1)
                .build())
        .hasCql(
            "SELECT a + b AS s, (a + b) * c AS x, -a, a % (int) ?, d / 2.0 FROM ks.v WHERE pk = ?")
        .hasParams(2, 1);
  }

  @Test
  void should_select_values_literals_and_type_hints() {
    assertThat(
            selectFrom("ks", "v")
                .select(
                    Selector.term(Term.typeHint("text", Term.literal("x"))).as("k"),
                    Selector.term(Term.typeHint("int", 5)),
                    Selector.typeHint("bigint", column("a")),
                    function("writetime", column("b")))
                .where("pk", 1)
                .build())
        .hasCql("SELECT (text) 'x' AS k, (int) ?, (bigint) a, writetime(b) FROM ks.v WHERE pk = ?")
        .hasParams(5, 1);
  }

  @Test
  void should_select_udt_fields_elements_and_slices() {
    assertThat(
            selectFrom("ks", "v")
                .select(
                    field("addr", "city"),
                    field("addr", "City").as("c"),
                    element("m", 1),
                    element("mm", 1).element(2),
                    range("s", 1, 5),
                    range("s", 1, null),
                    range("m", null, 9),
                    column("l").element(0))
                .where("pk", 1)
                .build())
        .hasCql(
            "SELECT addr.city, addr.\"City\" AS c, m[?], mm[?][?], s[? .. ?], s[? ..], m[.. ?],"
                + " l[?] FROM ks.v WHERE pk = ?")
        .hasParams(1, 1, 2, 1, 5, 1, 9, 0, 1);
  }

  @Test
  void should_refuse_a_slice_without_bounds_and_parts_of_an_alias() {
    assertThatThrownBy(() -> range("s", null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "range(null, null) of s is the whole collection: select the column itself, or give a"
                + " bound");
    assertThatThrownBy(() -> column("a").as("x").field("f"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "a AS x has no field: a field is taken from a column or an expression of a"
                + " user-defined type");
    assertThatThrownBy(() -> Selector.add(column("a").as("x"), column("b")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a AS x cannot be an operand of +: give the alias to the whole expression");
  }

  @Test
  void should_set_delete_and_test_udt_fields() {
    assertThat(
            update("ks", "v")
                .setField("addr", "city", "Springfield")
                .where("pk", 1)
                .where("ck", 2)
                .onlyIf(field("addr", "zip").eq(12345))
                .build())
        .hasCql("UPDATE ks.v SET addr.city = ? WHERE pk = ? AND ck = ? IF addr.zip = ?")
        .hasParams("Springfield", 1, 2, 12345);
    assertThat(deleteFrom("ks", "v").field("addr", "city").where("pk", 1).where("ck", 2).build())
        .hasCql("DELETE addr.city FROM ks.v WHERE pk = ? AND ck = ?")
        .hasParams(1, 2);
    assertThat(
            deleteFrom("ks", "v")
                .where("pk", 1)
                .where("ck", 2)
                .onlyIf(field("addr", "city").in(List.of("a", "b")))
                .build())
        .hasCql("DELETE FROM ks.v WHERE pk = ? AND ck = ? IF addr.city IN ?");
  }

  @Test
  void should_refuse_a_udt_field_in_where() {
    assertThatThrownBy(() -> selectFrom("ks", "v").where(field("addr", "city").eq("x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "addr.city = ? is not a WHERE relation: CQL takes a user-defined type's field only in"
                + " IF conditions (use onlyIf(...))");
  }

  @Test
  void should_keep_the_case_of_a_function_called_by_name() {
    assertThat(
            selectFrom("ks", "v")
                .select(
                    function("MyKs.MyFn", column("a")),
                    function("myks.myfn", column("a")),
                    function("ks.Select", column("a")),
                    function("toJson", column("a")),
                    function("blobAsText", function("textAsBlob", column("b"))))
                .where(column("a").eq(Term.call("Fn", 1)))
                .allowFiltering()
                .build())
        .hasCql(
            "SELECT \"MyKs\".\"MyFn\"(a), myks.myfn(a), ks.\"Select\"(a), tojson(a),"
                + " blobastext(textasblob(b)) FROM ks.v WHERE a = \"Fn\"(?) ALLOW FILTERING");
    assertThat(Term.call("my fn\"", 1).toString()).isEqualTo("\"my fn\"\"\"(?)");
    assertThat(Term.call("system.toTimestamp", Term.now()).toString())
        .isEqualTo("system.totimestamp(now())");
  }

  @Test
  void should_refuse_a_function_name_with_an_empty_part() {
    for (String name : List.of(".f", "ks.")) {
      assertThatThrownBy(() -> Term.call(name))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "\"" + name + "\" is not a function name: write name or keyspace.name, neither part"
                  + " empty");
    }
  }

  @Test
  void should_insert_json_with_default_null_or_unset() {
    assertThat(insertInto("ks", "v").json("{\"pk\": 1, \"ck\": 2}").defaultUnset().build())
        .hasCql("INSERT INTO ks.v JSON ? DEFAULT UNSET")
        .hasParams("{\"pk\": 1, \"ck\": 2}");
    assertThat(
            insertInto("ks", "v").json("{}").defaultNull().ifNotExists().usingTtl(60).build())
        .hasCql("INSERT INTO ks.v JSON ? DEFAULT NULL IF NOT EXISTS USING TTL ?")
        .hasParams("{}", 60);
  }

  @Test
  void should_refuse_a_json_default_without_json() {
    assertThatThrownBy(() -> insertInto("ks", "v").value("pk", 1).defaultUnset().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "INSERT INTO ks.v has defaultUnset() without json(...): DEFAULT NULL and DEFAULT UNSET"
                + " belong to a JSON insert; call json(...) or remove the default");
  }

  @Test
  void should_write_scylladb_timeouts_on_writes_with_ttl_and_timestamp() {
    java.time.Duration half = java.time.Duration.ofMillis(500);
    assertThat(
            insertInto("ks", "v")
                .value("pk", 1)
                .usingTtl(60)
                .usingTimestamp(7L)
                .usingTimeout(half)
                .build())
        .hasCql("INSERT INTO ks.v (pk) VALUES (?) USING TTL ? AND TIMESTAMP ? AND TIMEOUT 500ms")
        .hasParams(1, 60, 7L);
    assertThat(insertInto("ks", "v").value("pk", 1).usingTimeout(Term.marker()).template().cql())
        .isEqualTo("INSERT INTO ks.v (pk) VALUES (?) USING TIMEOUT ?");
    assertThat(
            update("ks", "v")
                .set("a", Term.marker("a"))
                .where("pk", Term.marker("pk"))
                .where("ck", Term.marker("ck"))
                .usingTtl(Term.marker("ttl"))
                .usingTimeout(Term.marker("t"))
                .template()
                .cql())
        .isEqualTo(
            "UPDATE ks.v USING TTL :ttl AND TIMEOUT :t SET a = :a WHERE pk = :pk AND ck = :ck");
    assertThat(update("ks", "v").set("a", 1).where("pk", 1).usingTimeout(half).build())
        .hasCql("UPDATE ks.v USING TIMEOUT 500ms SET a = ? WHERE pk = ?");
    assertThat(
            deleteFrom("ks", "v").where("pk", 1).usingTimestamp(7L).usingTimeout(half).build())
        .hasCql("DELETE FROM ks.v USING TIMESTAMP ? AND TIMEOUT 500ms WHERE pk = ?")
        .hasParams(7L, 1);
    assertThat(deleteFrom("ks", "v").where("pk", 1).usingTimeout(Term.marker()).template().cql())
        .isEqualTo("DELETE FROM ks.v USING TIMEOUT ? WHERE pk = ?");
    assertThat(selectFrom("ks", "v").where("pk", 1).usingTimeout(Term.marker()).template().cql())
        .isEqualTo("SELECT * FROM ks.v WHERE pk = ? USING TIMEOUT ?");
  }

  @Test
  void should_refuse_a_timeout_that_is_not_a_duration_or_a_marker() {
    assertThatThrownBy(() -> update("ks", "v").usingTimeout(Term.literal("1s")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "usingTimeout(...) takes a Duration (USING TIMEOUT 500ms) or a marker (USING TIMEOUT"
                + " ?), not '1s'");
    assertThatThrownBy(() -> deleteFrom("ks", "v").usingTimeout(java.time.Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a timeout must be positive, not PT-1S");
  }

  @Test
  void should_group_by_a_time_bucket_on_the_last_clustering_column() {
    Selector bucket =
        function("floor", column("ts"), Selector.term(Term.literal(java.time.Duration.ofHours(1))));
    assertThat(
            selectFrom("ks", "e")
                .columns("pk")
                .select(bucket, Selector.count())
                .where("pk", 1)
                .groupBy("pk")
                .groupBy(bucket)
                .build())
        .hasCql(
            "SELECT pk, floor(ts, 1h), count(*) FROM ks.e WHERE pk = ? GROUP BY pk, floor(ts, 1h)")
        .hasParams(1);
  }

  @Test
  void should_refuse_an_alias_in_group_by() {
    assertThatThrownBy(() -> selectFrom("ks", "e").groupBy(column("ts").as("t")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("groupBy(...) takes a column or a function of a column, not ts AS t");
  }

  /** The statements of the "The whole vocabulary" block of docs/cql-format.md, in its order. */
  private static List<String> vocabularyExamples() {
    List<String> cql = new ArrayList<>();
    cql.add(update("ks", "v").set("a", Term.add(i(1), i(2)))
        .set("b", Term.multiply(Term.add(i(1), i(2)), i(3)))
        .set("c", Term.subtract(i(4), Term.negate(i(5)))).where("pk", 1).where("ck", 2).build().cql());
    cql.add(insertInto("ks", "v").value("pk", 1).value("ck", 2)
        .value("a", Term.call("abs", Term.subtract(i(3), i(10)))).build().cql());
    cql.add(insertInto("ks", "v").value("pk", 1).value("ck", 2).value("l", Term.listOf(1, 2))
        .value("s", Term.setOf(3, 4)).value("m", Term.mapOf(ordered(5, "five", 6, "six")))
        .value("t", Term.tuple(7, "seven"))
        .value("addr", Term.udtOf(ordered("street", "Main", "City", "Springfield"))).build().cql());
    cql.add(update("ks", "v").set("a", Term.typeHint("INT", 1))
        .set("m", Term.typeHint("map<int,text>", Map.of(1, "one")))
        .set("b", Term.typeHint("int", Term.add(i(1), i(2)))).where("pk", 1).where("ck", 2)
        .build().cql());
    cql.add(selectFrom("ks", "v").select(Selector.add(column("a"), column("b")).as("s"),
        Selector.multiply(Selector.add(column("a"), column("b")), column("c")).as("x"),
        Selector.negate(column("a")),
        Selector.remainder(column("a"), Selector.term(Term.typeHint("int", 2))),
        Selector.divide(column("d"), Selector.term(Term.literal(2.0)))).where("pk", 1).build().cql());
    cql.add(selectFrom("ks", "v").select(Selector.term(Term.typeHint("text", Term.literal("x"))).as("k"),
        Selector.term(Term.typeHint("int", 5)), Selector.typeHint("bigint", column("a")),
        function("writetime", column("b"))).where("pk", 1).build().cql());
    cql.add(selectFrom("ks", "v").select(field("addr", "city"), field("addr", "City").as("c"),
        element("m", 1), element("mm", 1).element(2), range("s", 1, 5), range("s", 1, null),
        range("m", null, 9), column("l").element(0)).where("pk", 1).build().cql());
    cql.add(update("ks", "v").setField("addr", "city", "Springfield").where("pk", 1).where("ck", 2)
        .onlyIf(field("addr", "zip").eq(12345)).build().cql());
    cql.add(deleteFrom("ks", "v").field("addr", "city").where("pk", 1).where("ck", 2).build().cql());
    cql.add(deleteFrom("ks", "v").where("pk", 1).where("ck", 2)
        .onlyIf(field("addr", "city").in(List.of("a", "b"))).build().cql());
    cql.add(insertInto("ks", "v").json("{}").defaultUnset().build().cql());
    cql.add(insertInto("ks", "v").json("{}").defaultNull().ifNotExists().usingTtl(60).build().cql());
    Selector bucket =
        function("floor", column("ts"), Selector.term(Term.literal(java.time.Duration.ofHours(1))));
    cql.add(selectFrom("ks", "e").columns("pk").select(bucket, Selector.count()).where("pk", 1)
        .groupBy("pk").groupBy(bucket).build().cql());
    cql.add(selectFrom("ks", "v").select(function("MyKs.MyFn", column("a")),
        function("myks.myfn", column("a")), function("ks.Select", column("a")),
        function("toJson", column("a")), function("blobAsText", function("textAsBlob", column("b"))))
        .where(column("a").eq(Term.call("Fn", 1))).allowFiltering().build().cql());
    cql.add(io.cqlkit.builder.schema.Schema.createFunction("ks", "plus")
        .withParameter("a", io.cqlkit.builder.schema.DataType.INT)
        .withParameter("b", io.cqlkit.builder.schema.DataType.INT).returnsNullOnNullInput()
        .returns(io.cqlkit.builder.schema.DataType.INT).language("java").as("return a + b;")
        .build().cql());
    cql.add(io.cqlkit.builder.schema.Schema.createAggregate("ks", "total")
        .withArgumentType(io.cqlkit.builder.schema.DataType.INT).stateFunction("plus")
        .stateType(io.cqlkit.builder.schema.DataType.INT).initialCondition(0).build().cql());
    cql.add(io.cqlkit.builder.schema.Schema.dropFunction("ks", "plus",
        io.cqlkit.builder.schema.DataType.INT, io.cqlkit.builder.schema.DataType.INT).ifExists()
        .build().cql());
    cql.add(io.cqlkit.builder.schema.Schema.dropAggregate("ks", "total",
        io.cqlkit.builder.schema.DataType.INT).build().cql());
    cql.add(io.cqlkit.builder.schema.Schema.createTable("ks", "t")
        .withPartitionKey("pk", io.cqlkit.builder.schema.DataType.INT)
        .withOption("extensions", Map.of("b", java.nio.ByteBuffer.wrap(new byte[] {1}),
            "a", new byte[] {(byte) 0xca, (byte) 0xfe})).build().cql());
    return cql;
  }

  @Test
  void should_render_every_example_of_the_vocabulary_section_of_cql_format_md() throws Exception {
    String doc = Files.readString(Path.of("..", "docs", "cql-format.md"));
    String section = doc.substring(doc.indexOf("## The whole vocabulary"));
    int start = section.indexOf("```\n") + 4;
    String block = section.substring(start, section.indexOf("\n```", start));

    assertThat(List.of(block.split("\n"))).containsExactlyElementsOf(vocabularyExamples());
  }

  @Test
  void should_write_a_custom_index_expression() {
    assertThat(
            selectFrom("ks", "v")
                .where("pk", 1)
                .where(Relation.expr("Lucene_idx", "{filter: {type: \"match\"}}"))
                .build())
        .hasCql("SELECT * FROM ks.v WHERE pk = ? AND expr(\"Lucene_idx\", ?)")
        .hasParams(1, "{filter: {type: \"match\"}}");
    assertThatThrownBy(() -> update("ks", "v").onlyIf(Relation.expr("idx", 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("expr(idx, ?) is not an IF condition");
  }

  @Test
  void should_refuse_a_type_hint_where_the_grammar_wants_a_bare_marker() {
    assertThatThrownBy(() -> Selector.columns("a", "b").in(Term.tuple(i(1), 2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "(a, b) IN ((int) ?, ?) does not parse: a tuple of columns takes IN with one marker, a"
                + " tuple of markers or a tuple of tuples; pass a List of tuple values (bound as ?),"
                + " or Term.tuple(Term.tuple(...), ...)");
  }
}
