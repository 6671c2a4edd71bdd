package io.cqlkit.conformance;

import static io.cqlkit.builder.Cql.insertInto;
import static io.cqlkit.builder.Cql.selectFrom;
import static io.cqlkit.builder.Cql.update;
import static io.cqlkit.builder.Term.call;
import static io.cqlkit.builder.Term.marker;
import static io.cqlkit.builder.Term.literal;
import static io.cqlkit.builder.Term.now;
import static io.cqlkit.builder.Term.tuple;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cqlkit.builder.CqlStatement;
import io.cqlkit.builder.Relation;
import io.cqlkit.builder.Selector;
import io.cqlkit.builder.Term;
import io.cqlkit.builder.schema.DataType;
import io.cqlkit.builder.schema.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.apache.cassandra.serializers.TimestampSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Text the builders once produced that Cassandra 5.0.9's parser refuses (or that says something
 * else than what was given), found by the random and injection conformance tests. Each test states
 * the behaviour that is right now: the builder either renders text that parses as what was given,
 * or refuses the input before anything is rendered, with a clear message.
 */
class BuilderBugsTest {

  private static void assertRefused(Class<? extends RuntimeException> type, Supplier<?> build) {
    assertThatThrownBy(build::get).isInstanceOf(type).message().isNotBlank();
  }

  private static void assertRefused(Supplier<?> build) {
    assertRefused(IllegalArgumentException.class, build);
  }

  @ParameterizedTest
  @ValueSource(strings = {"true", "false", "TRUE", "False"})
  void should_quote_a_column_named_like_a_boolean_literal(String name) {
    CqlStatement insert = insertInto("ks", name).value(name, 1).value("b", 2).build(); // INSERT INTO ks."true" ("true", b) ...

    ParsedCql parsed = CassandraParser.assertParses(insert);

    assertThat(RawContents.of(parsed.statement()).names()).containsExactlyInAnyOrder("ks", name, "b");
    CassandraParser.assertParses(insertInto(name, "t").value("a", 1).build());
  }

  @ParameterizedTest
  @ValueSource(strings = {"cast", "count", "distinct", "json", "maxwritetime", "ttl", "writetime", "true", "text"})
  void should_quote_a_user_type_named_like_a_function_keyword(String name) {
    CassandraParser.assertParses(Schema.dropType("ks", name).build());
    CassandraParser.assertParses(Schema.createType("ks", name).withField("a", DataType.INT).build());
    CassandraParser.assertParses(Schema.alterType("ks", name).addField("b", DataType.INT).build());
    CassandraParser.assertParses(Schema.createTable("ks", "t").withPartitionKey("id", DataType.INT)
        .withColumn("a", DataType.udt(name)).withColumn("b", DataType.udt("ks", name))
        .withColumn("c", DataType.frozen(DataType.udt(name))).build());
  }

  @Test
  void should_refuse_an_update_that_sets_a_column_and_changes_it_again() {
    // Cassandra's parser: "Multiple incompatible setting of column a"
    assertRefused(IllegalStateException.class, () -> update("ks", "t").set("a", 1).set("a", 2).where("pk", 1).build());
    assertRefused(IllegalStateException.class,
        () -> update("ks", "t").set("l", List.of()).append("l", List.of(2)).where("pk", 1).build());
    assertRefused(IllegalStateException.class,
        () -> update("ks", "t").put("m", 1, "x").set("m", null).where("pk", 1).build());
    // several collection steps on one column parse
    CassandraParser.assertParses(update("ks", "t").append("l", List.of(1)).append("l", List.of(2))
        .prepend("l", List.of(0)).put("m", 1, "x").putAll("m", java.util.Map.of(2, "y"))
        .addToSet("s", java.util.Set.of(1)).removeFromSet("s", java.util.Set.of(2)).where("pk", 1).build());
  }

  @ParameterizedTest
  @ValueSource(strings = {"select", "from", "key", "ttl", "writetime", "maxwritetime", "json", "distinct", "true",
      "token", "select.f", "ks.select", "KEY", "from.ttl"})
  void should_quote_a_function_name_the_grammar_refuses_bare(String function) {
    CassandraParser.assertParses(insertInto("ks", "t").value("a", call(function, 1)).build());
    CassandraParser.assertParses(selectFrom("ks", "t").select(Selector.function(function, Selector.column("a"))).build());
    CassandraParser.assertParses(selectFrom("ks", "t")
        .select(Selector.function(function, Selector.function(function, Selector.column("a")))).build());
    CassandraParser.assertParses(selectFrom("ks", "t").where(Relation.eq("a", call(function))).build());
  }

  @Test
  void should_refuse_cast_as_a_plain_function() {
    assertRefused(() -> selectFrom("ks", "t").select(Selector.function("cast", Selector.column("a"))).build());
    assertRefused(() -> insertInto("ks", "t").value("a", call("CAST", 1)).build());
    CassandraParser.assertParses(selectFrom("ks", "t").select(Selector.function("ks.cast", Selector.column("a"))).build());
  }

  @Test
  void should_refuse_a_ttl_timestamp_or_limit_that_is_not_an_integer_or_a_marker() {
    assertRefused(() -> insertInto("ks", "t").value("a", 1).usingTtl(literal("x")).build());
    assertRefused(() -> insertInto("ks", "t").value("a", 1).usingTtl(now()).build());
    assertRefused(() -> update("ks", "t").set("a", 1).where("pk", 1)
        .usingTimestamp(call("toUnixTimestamp", now())).build());
    assertRefused(() -> selectFrom("ks", "t").limit(literal(1.5)).build());
    assertRefused(() -> selectFrom("ks", "t").limit(tuple(1)).build());
    assertRefused(() -> selectFrom("ks", "t").perPartitionLimit(Term.uuid()).build());
    CassandraParser.assertParses(insertInto("ks", "t").value("a", 1).usingTtl(literal(60)).usingTimestamp(literal(-5L)).build());
    CassandraParser.assertParses(selectFrom("ks", "t").perPartitionLimit(literal((short) 2))
        .limit(literal(new java.math.BigInteger("99999999999"))).build());
    CassandraParser.assertParses(selectFrom("ks", "t").perPartitionLimit(marker("p")).limit(marker("l")).template().bind(1, 2));
  }

  @Test
  void should_refuse_a_json_value_that_is_not_a_string_or_a_marker() {
    assertRefused(() -> insertInto("ks", "t").json(literal(5)).build()); // INSERT INTO ks.t JSON 5
    assertRefused(() -> insertInto("ks", "t").json(now()).build());
    assertRefused(() -> insertInto("ks", "t").json(literal(null)).build());
    CassandraParser.assertParses(insertInto("ks", "t").json(literal("{\"a\": 1}")).build());
  }

  @Test
  void should_refuse_an_in_value_that_is_neither_a_marker_nor_a_tuple() {
    // SELECT * FROM ks.t WHERE a IN [1, 2] / ... IF b IN [1]: "no viable alternative"
    assertRefused(() -> selectFrom("ks", "t").where(Relation.in("a", literal(List.of(1, 2)))).build());
    assertRefused(() -> selectFrom("ks", "t").where(Relation.in("a", now())).build());
    assertRefused(() -> update("ks", "t").set("a", 1).where("pk", 1)
        .onlyIf(Relation.in("b", literal(List.of(1)))).build());
    CassandraParser.assertParses(selectFrom("ks", "t").where(Relation.in("a", List.of(1, 2)))
        .where(Relation.in("b", tuple(literal(1), now(), 3))).build());
  }

  @Test
  void should_refuse_a_multi_column_relation_whose_value_is_not_a_tuple_or_a_marker() {
    // (a, b) > 5 / (a, b) = now() / (a, b) IN (1, 2) / (a, b) IN ((1, 2), ?): "no viable alternative"
    assertRefused(() -> selectFrom("ks", "t").where(Selector.columns("a", "b").gt(literal(5))).build());
    assertRefused(() -> selectFrom("ks", "t").where(Selector.columns("a", "b").eq(now())).build());
    assertRefused(() -> selectFrom("ks", "t")
        .where(Selector.columns("a", "b").in(tuple(literal(1), literal(2)))).build());
    assertRefused(() -> selectFrom("ks", "t")
        .where(Selector.columns("a", "b").in(tuple(tuple(1, 2), marker()))).build());
    CassandraParser.assertParses(selectFrom("ks", "t").where(Selector.columns("a", "b").eq(List.of(1, 2)))
        .where(Selector.columns("c", "d").in(tuple(tuple(1, 2), tuple(3, 4))))
        .where(Selector.columns("e", "f").in(tuple(List.of(1, 2), List.of(3, 4))))
        .where(Selector.columns("g", "h").gt(tuple(literal(1), now()))).build());
  }

  @Test
  void should_refuse_an_element_in_relation_in_a_where_clause() {
    // SELECT * FROM ks.t WHERE m[?] IN ?: "no viable alternative at input 'IN'"
    assertRefused(() -> selectFrom("ks", "t").where(Selector.element("m", 1).in(List.of(1))).build());
    CassandraParser.assertParses(update("ks", "t").set("a", 1).where("pk", 1)
        .onlyIf(Selector.element("m", 1).in(List.of(1))).build());
  }

  @ParameterizedTest
  @ValueSource(strings = {"foo", "list", "frozen", "vector", "tuple", "map"})
  void should_refuse_a_cast_to_a_type_that_is_not_native(String type) {
    assertRefused(() -> selectFrom("ks", "t").select(Selector.cast(Selector.column("a"), type)).build());
  }

  @ParameterizedTest
  @ValueSource(strings = {"ascii", "bigint", "blob", "boolean", "counter", "date", "decimal", "double", "duration",
      "float", "inet", "int", "smallint", "text", "time", "timestamp", "timeuuid", "tinyint", "uuid", "varchar",
      "varint", "TEXT"})
  void should_cast_to_every_native_type(String type) {
    CassandraParser.assertParses(selectFrom("ks", "t").select(Selector.cast(Selector.column("a"), type)).build());
  }

  @ParameterizedTest
  @ValueSource(strings = {"1E+400", "-2.5E+999", "1.7976931348623157E+308", "1.8E+308", "-1.8E+308", "1E-400",
      "123456789012345678901234567890.123456789"})
  void should_render_a_decimal_as_text_cassandra_parses(String decimal) {
    CassandraParser.assertParses(insertInto("ks", "t").value("a", literal(new BigDecimal(decimal))).build());
  }

  @Test
  void should_refuse_a_decimal_beyond_the_double_range_with_a_fraction() {
    assertRefused(() -> literal(new BigDecimal("1" + "0".repeat(400) + ".5")));
  }

  @Test
  void should_refuse_an_instant_outside_the_years_of_a_timestamp_literal() {
    assertRefused(() -> literal(Instant.parse("-0001-06-15T12:00:00Z")));
    assertRefused(() -> literal(Instant.parse("+10000-01-01T00:00:00Z")));
    for (String text : List.of("0001-01-01T00:00:00Z", "1969-12-31T23:59:59.999Z", "9999-12-31T23:59:59.999Z")) {
      Instant instant = Instant.parse(text);
      String rendered = literal(instant).toString();
      assertThat(TimestampSerializer.dateStringToTimestamp(rendered.substring(1, rendered.length() - 1)))
          .isEqualTo(instant.toEpochMilli());
    }
  }
}
