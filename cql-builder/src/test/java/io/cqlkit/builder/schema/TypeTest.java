package io.cqlkit.builder.schema;

import static io.cqlkit.builder.schema.DataType.COUNTER;
import static io.cqlkit.builder.schema.DataType.INT;
import static io.cqlkit.builder.schema.DataType.TEXT;
import static io.cqlkit.builder.schema.DataType.frozen;
import static io.cqlkit.builder.schema.DataType.mapOf;
import static io.cqlkit.builder.schema.DataType.udt;
import static io.cqlkit.builder.schema.Schema.alterType;
import static io.cqlkit.builder.schema.Schema.createType;
import static io.cqlkit.builder.schema.Schema.dropType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cqlkit.builder.CqlStatement;
import io.cqlkit.builder.StatementKind;
import org.junit.jupiter.api.Test;

class TypeTest {

  @Test
  void should_create_a_type_with_fields_in_order() {
    CqlStatement statement =
        createType("ks", "address")
            .ifNotExists()
            .withField("street", TEXT)
            .withField("zip", INT)
            .withField("phones", mapOf(TEXT, TEXT))
            .withField("previous", frozen(udt("old_address")))
            .build();

    assertThat(statement.cql())
        .isEqualTo(
            "CREATE TYPE IF NOT EXISTS ks.address (street text, zip int, phones map<text, text>,"
                + " previous frozen<old_address>)");
    assertThat(statement.kind()).isEqualTo(StatementKind.DDL);
    assertThat(statement.keyspace()).contains("ks");
    assertThat(statement.table()).contains("address");
  }

  @Test
  void should_quote_a_type_name_that_reads_as_a_type_keyword() {
    assertThat(createType("ks", "text").withField("a", INT).build().cql())
        .isEqualTo("CREATE TYPE ks.\"text\" (a int)");
    assertThat(createType("Address").withField("Street", TEXT).build().cql())
        .isEqualTo("CREATE TYPE \"Address\" (\"Street\" text)");
    assertThat(dropType("ks", "map").build().cql()).isEqualTo("DROP TYPE ks.\"map\"");
  }

  @Test
  void should_add_one_field() {
    assertThat(alterType("ks", "address").addField("country", TEXT).build().cql())
        .isEqualTo("ALTER TYPE ks.address ADD country text");
    assertThat(
            alterType("ks", "address")
                .ifExists()
                .ifFieldNotExists()
                .addField("country", TEXT)
                .build()
                .cql())
        .isEqualTo("ALTER TYPE IF EXISTS ks.address ADD IF NOT EXISTS country text");
  }

  @Test
  void should_rename_fields_joined_by_and() {
    assertThat(alterType("ks", "address").renameField("zip", "postcode").build().cql())
        .isEqualTo("ALTER TYPE ks.address RENAME zip TO postcode");
    assertThat(
            alterType("address")
                .ifFieldExists()
                .renameField("zip", "postcode")
                .renameField("street", "road")
                .build()
                .cql())
        .isEqualTo("ALTER TYPE address RENAME IF EXISTS zip TO postcode AND street TO road");
  }

  @Test
  void should_drop_a_type() {
    CqlStatement statement = dropType("ks", "address").ifExists().build();

    assertThat(statement.cql()).isEqualTo("DROP TYPE IF EXISTS ks.address");
    assertThat(statement.table()).contains("address");
  }

  @Test
  void should_refuse_a_type_without_fields_or_with_a_field_twice() {
    assertThatThrownBy(() -> createType("ks", "address").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "CREATE TYPE ks.address has no fields: declare at least one with"
                + " withField(\"name\", type)");
    assertThatThrownBy(
            () -> createType("ks", "address").withField("a", INT).withField("a", TEXT).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("field a is declared twice in type ks.address: declare each field once");
  }

  @Test
  void should_refuse_counter_and_non_frozen_user_type_fields() {
    assertThatThrownBy(() -> createType("ks", "t").withField("c", COUNTER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("field c cannot be a counter: a user type cannot contain counters");
    assertThatThrownBy(() -> alterType("ks", "t").addField("u", udt("other")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "field u cannot be the non-frozen user type other: a user type cannot contain"
                + " non-frozen user types; wrap it in frozen(...)");
  }

  @Test
  void should_refuse_alter_type_without_change_or_with_mixed_changes() {
    assertThatThrownBy(() -> alterType("ks", "t").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "ALTER TYPE ks.t has no change: call addField(name, type) or renameField(from, to)");
    assertThatThrownBy(() -> alterType("ks", "t").addField("a", INT).renameField("b", "c").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "ALTER TYPE ks.t can either add a field or rename fields, not both: build one"
                + " statement for each");
    assertThatThrownBy(() -> alterType("ks", "t").addField("a", INT).addField("b", INT).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "ALTER TYPE ks.t adds one field per statement, but got 2: build one ALTER TYPE per"
                + " field");
    assertThatThrownBy(
            () -> alterType("ks", "t").renameField("a", "b").renameField("a", "c").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("ALTER TYPE ks.t RENAME names field a twice: name each field once");
  }

  @Test
  void should_refuse_field_conditions_that_do_not_match_the_change() {
    assertThatThrownBy(() -> alterType("ks", "t").ifFieldNotExists().renameField("a", "b").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "ifFieldNotExists() goes with addField, but ALTER TYPE ks.t renames fields: remove"
                + " it");
    assertThatThrownBy(() -> alterType("ks", "t").ifFieldExists().addField("a", INT).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "ifFieldExists() goes with renameField, but ALTER TYPE ks.t adds a field: remove it");
  }

  @Test
  void should_refuse_null_or_empty_type_names() {
    assertThatThrownBy(() -> createType("ks", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the user type name must not be null or empty, but was \"\": pass the exact user"
                + " type name");
    assertThatThrownBy(() -> createType("ks", "t").withField(null, INT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the field name must not be null or empty, but was null: pass the exact field name");
  }

  @Test
  void should_quote_a_user_type_named_like_a_selector_keyword() {
    for (String name :
        new String[] {"cast", "count", "distinct", "json", "maxwritetime", "ttl", "writetime"}) {
      assertThat(dropType("ks", name).build().cql())
          .isEqualTo(String.format("DROP TYPE ks.\"%s\"", name));
    }
    assertThat(createType("ks", "ttl").withField("a", INT).build().cql())
        .isEqualTo("CREATE TYPE ks.\"ttl\" (a int)");
    assertThat(udt("ks", "writetime").toString()).isEqualTo("ks.\"writetime\"");
    assertThat(frozen(udt("json")).toString()).isEqualTo("frozen<\"json\">");
    assertThat(dropType("ks", "true").build().cql()).isEqualTo("DROP TYPE ks.\"true\"");
    assertThat(dropType("ks", "key").build().cql()).isEqualTo("DROP TYPE ks.key");
  }
}
