package io.cqlkit.builder.schema;

import static io.cqlkit.builder.schema.DataType.ASCII;
import static io.cqlkit.builder.schema.DataType.BIGINT;
import static io.cqlkit.builder.schema.DataType.BLOB;
import static io.cqlkit.builder.schema.DataType.BOOLEAN;
import static io.cqlkit.builder.schema.DataType.COUNTER;
import static io.cqlkit.builder.schema.DataType.DATE;
import static io.cqlkit.builder.schema.DataType.DECIMAL;
import static io.cqlkit.builder.schema.DataType.DOUBLE;
import static io.cqlkit.builder.schema.DataType.DURATION;
import static io.cqlkit.builder.schema.DataType.FLOAT;
import static io.cqlkit.builder.schema.DataType.INET;
import static io.cqlkit.builder.schema.DataType.INT;
import static io.cqlkit.builder.schema.DataType.SMALLINT;
import static io.cqlkit.builder.schema.DataType.TEXT;
import static io.cqlkit.builder.schema.DataType.TIME;
import static io.cqlkit.builder.schema.DataType.TIMESTAMP;
import static io.cqlkit.builder.schema.DataType.TIMEUUID;
import static io.cqlkit.builder.schema.DataType.TINYINT;
import static io.cqlkit.builder.schema.DataType.UUID;
import static io.cqlkit.builder.schema.DataType.VARCHAR;
import static io.cqlkit.builder.schema.DataType.VARINT;
import static io.cqlkit.builder.schema.DataType.frozen;
import static io.cqlkit.builder.schema.DataType.listOf;
import static io.cqlkit.builder.schema.DataType.mapOf;
import static io.cqlkit.builder.schema.DataType.setOf;
import static io.cqlkit.builder.schema.DataType.tupleOf;
import static io.cqlkit.builder.schema.DataType.udt;
import static io.cqlkit.builder.schema.DataType.vectorOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DataTypeTest {

  @Test
  void should_render_every_native_type_by_its_cql_name() {
    List<DataType> natives =
        List.of(
            ASCII, BIGINT, BLOB, BOOLEAN, COUNTER, DATE, DECIMAL, DOUBLE, DURATION, FLOAT, INET,
            INT, SMALLINT, TEXT, TIME, TIMESTAMP, TIMEUUID, TINYINT, UUID, VARCHAR, VARINT);

    assertThat(DataType.nativeTypes()).isEqualTo(natives);
    assertThat(natives.stream().map(DataType::asCql).collect(Collectors.joining(" ")))
        .isEqualTo(
            "ascii bigint blob boolean counter date decimal double duration float inet int"
                + " smallint text time timestamp timeuuid tinyint uuid varchar varint");
  }

  @Test
  void should_render_collections_tuples_and_frozen_types() {
    assertThat(listOf(TEXT).asCql()).isEqualTo("list<text>");
    assertThat(setOf(frozen(tupleOf(INT, TEXT))).asCql())
        .isEqualTo("set<frozen<tuple<int, text>>>");
    assertThat(mapOf(TEXT, frozen(listOf(INT))).asCql()).isEqualTo("map<text, frozen<list<int>>>");
    assertThat(tupleOf(INT, listOf(TEXT), DURATION).asCql())
        .isEqualTo("tuple<int, list<text>, duration>");
    assertThat(frozen(mapOf(INT, TEXT)).asCql()).isEqualTo("frozen<map<int, text>>");
  }

  @Test
  void should_render_vectors() {
    assertThat(vectorOf(FLOAT, 3).asCql()).isEqualTo("vector<float, 3>");
    assertThat(vectorOf(frozen(listOf(INT)), 2).asCql()).isEqualTo("vector<frozen<list<int>>, 2>");
    assertThat(vectorOf(listOf(INT), 2).asCql()).isEqualTo("vector<list<int>, 2>");
    assertThat(frozen(vectorOf(FLOAT, 2)).asCql()).isEqualTo("frozen<vector<float, 2>>");
  }

  @Test
  void should_render_user_types_quoted_as_needed() {
    assertThat(udt("address").asCql()).isEqualTo("address");
    assertThat(udt("Address").asCql()).isEqualTo("\"Address\"");
    assertThat(udt("ks", "address").asCql()).isEqualTo("ks.address");
    assertThat(udt("text").asCql()).isEqualTo("\"text\"");
    assertThat(udt("ks", "frozen").asCql()).isEqualTo("ks.\"frozen\"");
    assertThat(udt("select").asCql()).isEqualTo("\"select\"");
    assertThat(frozen(udt("a\"b")).asCql()).isEqualTo("frozen<\"a\"\"b\">");
  }

  @Test
  void should_be_equal_when_the_cql_is_equal() {
    assertThat(mapOf(TEXT, INT)).isEqualTo(mapOf(TEXT, INT)).hasSameHashCodeAs(mapOf(TEXT, INT));
    assertThat(udt("text")).isNotEqualTo(TEXT);
    assertThat(frozen(listOf(INT))).isNotEqualTo(listOf(INT));
    assertThat(mapOf(TEXT, INT)).hasToString("map<text, int>");
  }

  @Test
  void should_describe_itself() {
    assertThat(COUNTER.isCounter()).isTrue();
    assertThat(INT.isCounter()).isFalse();
    assertThat(frozen(listOf(INT)).isFrozen()).isTrue();
    assertThat(listOf(INT).isFrozen()).isFalse();
    assertThat(setOf(INT).isCollection()).isTrue();
    assertThat(tupleOf(INT).isCollection()).isFalse();
    assertThat(mapOf(TEXT, INT).parameters()).containsExactly(TEXT, INT);
    assertThat(vectorOf(FLOAT, 3).parameters()).containsExactly(FLOAT);
    assertThat(INT.parameters()).isEmpty();
  }

  @Test
  void should_return_a_frozen_type_unchanged_when_frozen_again() {
    DataType frozenList = frozen(listOf(INT));

    assertThat(frozen(frozenList)).isSameAs(frozenList);
  }

  @Test
  void should_refuse_a_vector_dimension_below_one() {
    assertThatThrownBy(() -> vectorOf(FLOAT, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "a vector needs a positive dimension, but was 0: pass its number of elements, e.g."
                + " vectorOf(FLOAT, 3)");
    assertThatThrownBy(() -> vectorOf(FLOAT, -3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("a vector needs a positive dimension, but was -3");
  }

  @Test
  void should_refuse_counters_inside_other_types() {
    assertThatThrownBy(() -> listOf(COUNTER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "counters are not allowed inside collections (list<counter>): use a counter column");
    assertThatThrownBy(() -> mapOf(TEXT, COUNTER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "counters are not allowed inside collections (map<text, counter>): use a counter"
                + " column");
    assertThatThrownBy(() -> tupleOf(INT, COUNTER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("counters are not allowed inside tuples: use another type");
    assertThatThrownBy(() -> vectorOf(COUNTER, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("counters are not allowed inside vectors: use another type");
  }

  @Test
  void should_refuse_non_frozen_collections_and_user_types_inside_collections() {
    assertThatThrownBy(() -> listOf(listOf(INT)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "non-frozen collections are not allowed inside collections (list<list<int>>): wrap"
                + " list<int> in frozen(...), as in list<frozen<list<int>>>");
    assertThatThrownBy(() -> setOf(udt("address")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "non-frozen user types are not allowed inside collections (set<address>): wrap"
                + " address in frozen(...), as in set<frozen<address>>");
    assertThatThrownBy(() -> mapOf(TEXT, mapOf(TEXT, INT)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "non-frozen collections are not allowed inside collections (map<text, map<text,"
                + " int>>): wrap map<text, int> in frozen(...), as in map<text, frozen<map<text,"
                + " int>>>");
  }

  @Test
  void should_refuse_durations_in_sets_and_as_map_keys() {
    assertThatThrownBy(() -> setOf(DURATION))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "durations are not allowed inside sets (set<duration>), since they have no order:"
                + " use listOf(DURATION)");
    assertThatThrownBy(() -> mapOf(DURATION, INT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "durations are not allowed as map keys (map<duration, int>), since they have no"
                + " order: use another key type");
    assertThat(mapOf(INT, DURATION).asCql()).isEqualTo("map<int, duration>");
  }

  @Test
  void should_refuse_frozen_around_native_types() {
    assertThatThrownBy(() -> frozen(INT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "frozen<> is only allowed on collections, tuples, vectors and user-defined types, not"
                + " on int: use int as it is");
    assertThatThrownBy(() -> frozen(COUNTER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith("not on counter: use counter as it is");
  }

  @Test
  void should_refuse_null_and_empty_arguments() {
    assertThatThrownBy(() -> listOf(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the list element type must not be null: pass a DataType");
    assertThatThrownBy(() -> mapOf(TEXT, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the map value type must not be null: pass a DataType");
    assertThatThrownBy(DataType::tupleOf)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "a tuple needs at least one element type: pass them in order, e.g. tupleOf(INT,"
                + " TEXT)");
    assertThatThrownBy(() -> tupleOf(INT, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tuple element 1 must not be null: pass a DataType");
    assertThatThrownBy(() -> udt(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the user type name must not be null or empty, but was \"\": pass the exact user"
                + " type name");
    assertThatThrownBy(() -> vectorOf(null, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the vector element type must not be null: pass e.g. FLOAT");
  }
}
