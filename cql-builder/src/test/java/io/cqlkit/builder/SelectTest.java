package io.cqlkit.builder;

import static io.cqlkit.builder.Cql.selectFrom;
import static io.cqlkit.builder.Relation.gte;
import static io.cqlkit.builder.Relation.in;
import static io.cqlkit.builder.Relation.like;
import static io.cqlkit.builder.Relation.lt;
import static io.cqlkit.builder.Relation.lte;
import static io.cqlkit.builder.Selector.avg;
import static io.cqlkit.builder.Selector.column;
import static io.cqlkit.builder.Selector.columns;
import static io.cqlkit.builder.Selector.count;
import static io.cqlkit.builder.Selector.element;
import static io.cqlkit.builder.Selector.function;
import static io.cqlkit.builder.Selector.max;
import static io.cqlkit.builder.Selector.min;
import static io.cqlkit.builder.Selector.sum;
import static io.cqlkit.builder.Selector.token;
import static io.cqlkit.builder.Term.literal;
import static io.cqlkit.builder.Term.tuple;
import static io.cqlkit.builder.assertj.CqlAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SelectTest {

  @Test
  void should_select_star_by_default_and_with_all() {
    assertThat(selectFrom("t").build()).hasKind(StatementKind.SELECT).hasCql("SELECT * FROM t").hasNoParams();
    assertThat(selectFrom("ks", "t").all().build()).hasCql("SELECT * FROM ks.t");
  }

  @Test
  void should_render_aggregates_and_any_function() {
    assertThat(
            selectFrom("ks", "t")
                .select(count("a"), min("b"), max("b"), sum("c"), avg("c"))
                .select(function("toJson", column("m")).as("j"), function("blobAsText", function("textAsBlob", column("a"))))
                .build())
        .hasCql(
            "SELECT count(a), min(b), max(b), sum(c), avg(c), tojson(m) AS j,"
                + " blobastext(textasblob(a)) FROM ks.t")
        .hasNoParams();
  }

  @Test
  void should_alias_the_last_selected_column() {
    assertThat(selectFrom("t").columns("a", "b").as("Bee").select(count()).as("n").build())
        .hasCql("SELECT a, b AS \"Bee\", count(*) AS n FROM t");
  }

  @Test
  void should_select_a_collection_element_with_a_bound_key() {
    assertThat(selectFrom("t").select(element("m", "k")).where("pk", 1).build())
        .hasCql("SELECT m[?] FROM t WHERE pk = ?")
        .hasParams("k", 1);
  }

  @Test
  void should_render_json_distinct_together() {
    assertThat(selectFrom("t").distinct().json().columns("pk").build())
        .hasCql("SELECT JSON DISTINCT pk FROM t");
  }

  @Test
  void should_render_ranges_like_and_token_ranges() {
    assertThat(
            selectFrom("t")
                .where(token("pk1", "pk2").gte(-10L))
                .where(token("pk1", "pk2").lt(10L))
                .where(like("name", "Jo%"))
                .where(lte("age", 40))
                .build())
        .hasCql(
            "SELECT * FROM t WHERE token(pk1, pk2) >= ? AND token(pk1, pk2) < ? AND name LIKE ?"
                + " AND age <= ?")
        .hasParams(-10L, 10L, "Jo%", 40);
  }

  @Test
  void should_render_tuple_relations() {
    assertThat(
            selectFrom("t")
                .where("pk", 1)
                .where(columns("ck1", "ck2").in(List.of(List.of(1, 2), List.of(3, 4))))
                .build())
        .hasCql("SELECT * FROM t WHERE pk = ? AND (ck1, ck2) IN ?")
        .hasParams(1, List.of(List.of(1, 2), List.of(3, 4)));
    assertThat(
            selectFrom("t")
                .where("pk", 1)
                .where(columns("ck1", "ck2").gte(tuple(1, literal(2))))
                .where(columns("ck1").lt(tuple(9)))
                .build())
        .hasCql("SELECT * FROM t WHERE pk = ? AND (ck1, ck2) >= (?, 2) AND (ck1) < (?)")
        .hasParams(1, 1, 9);
  }

  @Test
  void should_render_in_with_a_tuple_of_markers() {
    assertThat(selectFrom("t").where(in("pk", tuple(1, 2, 3))).build())
        .hasCql("SELECT * FROM t WHERE pk IN (?, ?, ?)")
        .hasParams(1, 2, 3);
  }

  @Test
  void should_render_group_by_and_several_orderings() {
    assertThat(
            selectFrom("t")
                .where("pk", 1)
                .groupBy("pk", "ck1")
                .orderBy("ck1", Order.ASC)
                .orderBy("ck2", Order.DESC)
                .build())
        .hasCql("SELECT * FROM t WHERE pk = ? GROUP BY pk, ck1 ORDER BY ck1 ASC, ck2 DESC");
  }

  /** ScyllaDB-only syntax: golden strings, not verified against a Cassandra server. */
  @Test
  void should_render_scylla_bypass_cache_and_timeout() {
    assertThat(
            selectFrom("ks", "t")
                .where("pk", 1)
                .limit(5)
                .allowFiltering()
                .bypassCache()
                .usingTimeout(Duration.ofMillis(500))
                .build())
        .hasCql(
            "SELECT * FROM ks.t WHERE pk = ? LIMIT ? ALLOW FILTERING BYPASS CACHE USING TIMEOUT"
                + " 500ms")
        .hasParams(1, 5);
    assertThat(selectFrom("t").usingTimeout(Duration.ofSeconds(90).plusNanos(1_500)).build())
        .hasCql("SELECT * FROM t USING TIMEOUT 1m30s1us500ns");
    assertThat(selectFrom("t").usingTimeout(Duration.ofHours(2)).build())
        .hasCql("SELECT * FROM t USING TIMEOUT 2h");
  }

  @Test
  void should_show_the_text_so_far_in_to_string() {
    assertThat(selectFrom("t").columns("a").where(gte("ck", 1)).toString())
        .isEqualTo("SELECT a FROM t WHERE ck >= ?");
  }

  @Test
  void should_refuse_a_limit_that_is_not_positive() {
    assertThatThrownBy(() -> selectFrom("t").limit(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("limit(...) takes a positive number of rows, not 0");
    assertThatThrownBy(() -> selectFrom("t").perPartitionLimit(-2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("perPartitionLimit(...) takes a positive number of rows, not -2");
  }

  @Test
  void should_refuse_all_with_columns() {
    assertThatThrownBy(() -> selectFrom("ks", "t").all().columns("a").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "SELECT FROM ks.t has both all() and chosen columns: select * or the columns, not"
                + " both");
  }

  @Test
  void should_refuse_an_alias_before_any_selector() {
    assertThatThrownBy(() -> selectFrom("t").as("x"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "as(\"x\") names the last selected column or expression, but nothing is selected yet:"
                + " call columns(...) or select(...) first");
    assertThatThrownBy(() -> selectFrom("t").columns("a").as("x").as("y"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a AS x already has an alias: alias a selector once");
  }

  @Test
  void should_refuse_ann_with_other_orderings_or_without_limit() {
    assertThatThrownBy(
            () -> selectFrom("ks", "items").orderBy("id", Order.ASC).orderByAnn("v", List.of(1f)).limit(1).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "SELECT FROM ks.items orders by ANN OF and by other columns: an ANN ordering stands"
                + " alone");
    assertThatThrownBy(() -> selectFrom("ks", "items").orderByAnn("v", List.of(1f)).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "SELECT FROM ks.items orders by ANN OF without a LIMIT: add limit(n) (the server"
                + " requires one for vector search)");
  }

  @Test
  void should_refuse_relations_a_selector_cannot_take() {
    assertThatThrownBy(() -> token("pk").in(List.of(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("token(pk) cannot be restricted with IN: it takes =, <, <=, >, >=");
    assertThatThrownBy(() -> count().eq(1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "count(*) cannot be restricted with =: it takes no relation (restrict a column,"
                + " token(...), a tuple of columns or an element)");
    assertThatThrownBy(() -> selectFrom("t").select(columns("a", "b")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("(a, b) cannot be selected: select its columns one by one");
  }

  @Test
  void should_quote_any_function_name_and_refuse_bad_type_names() {
    // An exact name, quoted: the server looks up a function of that name; nothing can escape.
    assertThat(function("drop table x;", column("a")).toString())
        .isEqualTo("\"drop table x;\"(a)");
    assertThatThrownBy(() -> Selector.cast(column("a"), "text) FROM x; --"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "cast(...) converts to a native type (ascii, bigint, blob, boolean, counter, date,"
                + " decimal, double, duration, float, inet, int, smallint, text, time, timestamp,"
                + " timeuuid, tinyint, uuid, varchar, varint), not \"text) FROM x; --\"");
  }

  @Test
  void should_refuse_a_timeout_that_is_not_positive() {
    assertThatThrownBy(() -> selectFrom("t").usingTimeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a timeout must be positive, not PT0S");
  }

  @Test
  void should_quote_function_names_the_grammar_reads_as_keywords() {
    assertThat(
            selectFrom("ks", "t")
                .select(
                    function("key", column("a")),
                    function("Select", column("a")),
                    function("select.f", column("a")),
                    function("ks.ttl", column("a")),
                    function("DISTINCT", column("a")),
                    function("toJson", column("a")))
                .where(column("a").eq(Term.call("json", 1)))
                .build())
        .hasCql(
            "SELECT \"key\"(a), \"Select\"(a), \"select\".f(a), ks.\"ttl\"(a), \"DISTINCT\"(a),"
                + " tojson(a) FROM ks.t WHERE a = \"json\"(?)");
  }

  @Test
  void should_render_writetime_and_ttl_of_one_column_as_the_built_in_selectors() {
    assertThat(
            selectFrom("ks", "t")
                .select(
                    function("WRITETIME", column("a")),
                    function("maxwritetime", column("a")),
                    function("ttl", element("m", 1)),
                    function("ttl", count()))
                .build())
        .hasCql("SELECT writetime(a), maxwritetime(a), ttl(m[?]), \"ttl\"(count(*)) FROM ks.t");
  }

  @Test
  void should_refuse_cast_as_a_plain_function() {
    String message =
        "cast is not a plain function: CQL writes cast(selector AS type); use"
            + " Selector.cast(selector, type) in a SELECT";
    assertThatThrownBy(() -> function("CAST", column("a")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
    assertThatThrownBy(() -> Term.call("cast", 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
    assertThat(function("ks.cast", column("a")).toString()).isEqualTo("ks.\"cast\"(a)");
  }

  @Test
  void should_cast_only_to_native_types() {
    assertThat(Selector.cast(column("a"), "VARCHAR").toString()).isEqualTo("cast(a AS varchar)");
    assertThatThrownBy(() -> Selector.cast(column("a"), "vector"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "cast(...) converts to a native type (ascii, bigint, blob, boolean, counter, date,"
                + " decimal, double, duration, float, inet, int, smallint, text, time, timestamp,"
                + " timeuuid, tinyint, uuid, varchar, varint), not \"vector\"");
  }

  @Test
  void should_refuse_a_limit_that_is_neither_a_marker_nor_an_integer_literal() {
    assertThatThrownBy(() -> selectFrom("ks", "t").limit(literal(1.5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the limit must be a marker or an integer literal, not 1.5 (CQL takes nothing else"
                + " there): pass a number, marker(), marker(name) or literal(n)");
    assertThatThrownBy(() -> selectFrom("ks", "t").perPartitionLimit(tuple(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the per-partition limit must be a marker or an integer literal, not (?) (CQL takes"
                + " nothing else there): pass a number, marker(), marker(name) or literal(n)");
    assertThat(
            selectFrom("ks", "t").perPartitionLimit(literal(2)).limit(Term.marker("n")).template())
        .extracting(CqlTemplate::cql)
        .isEqualTo("SELECT * FROM ks.t PER PARTITION LIMIT 2 LIMIT :n");
  }

  @Test
  void should_refuse_an_in_value_that_is_neither_a_marker_nor_a_tuple() {
    assertThatThrownBy(() -> in("a", literal(List.of(1, 2))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "a IN [1, 2] does not parse: IN takes one marker or a tuple; pass the values as one"
                + " List or Set (bound as ?), or Term.tuple(...) for IN (?, ?)");
    assertThatThrownBy(() -> in("a", Term.now()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "a IN now() does not parse: IN takes one marker or a tuple; pass the values as one"
                + " List or Set (bound as ?), or Term.tuple(...) for IN (?, ?)");
    assertThat(selectFrom("ks", "t").where(in("a", List.of(1, 2))).where(in("b", tuple(1, 2))).build())
        .hasCql("SELECT * FROM ks.t WHERE a IN ? AND b IN (?, ?)")
        .hasParams(List.of(1, 2), 1, 2);
  }

  @Test
  void should_refuse_a_multi_column_value_that_is_neither_a_tuple_nor_a_marker() {
    assertThatThrownBy(() -> columns("a", "b").gt(literal(5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "(a, b) > 5 does not parse: a tuple of columns compares with a tuple or a marker; pass"
                + " Term.tuple(...) or a tuple value (bound as ?)");
    assertThatThrownBy(() -> columns("a", "b").in(tuple(literal(1), literal(2))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "(a, b) IN (1, 2) does not parse: a tuple of columns takes IN with one marker, a tuple"
                + " of markers or a tuple of tuples; pass a List of tuple values (bound as ?), or"
                + " Term.tuple(Term.tuple(...), ...)");
    assertThatThrownBy(() -> columns("a", "b").in(tuple(tuple(1, 2), Term.marker())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("(a, b) IN ((?, ?), ?) does not parse:");
    assertThat(
            selectFrom("ks", "t")
                .where(columns("a", "b").eq(List.of(1, 2)))
                .where(columns("c", "d").in(tuple(tuple(1, 2), tuple(3, 4))))
                .where(columns("e", "f").in(tuple(Term.marker(), Term.marker())))
                .where(columns("g", "h").gte(tuple(1, Term.now())))
                .template()
                .cql())
        .isEqualTo(
            "SELECT * FROM ks.t WHERE (a, b) = ? AND (c, d) IN ((?, ?), (?, ?)) AND (e, f) IN"
                + " (?, ?) AND (g, h) >= (?, now())");
  }

  @Test
  void should_refuse_an_element_in_relation_in_where() {
    assertThatThrownBy(() -> selectFrom("ks", "t").where(element("m", 1).in(List.of(1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "m[?] IN ? is not a WHERE relation: CQL takes IN on a collection element only in IF"
                + " conditions (use onlyIf(...))");
  }
}
