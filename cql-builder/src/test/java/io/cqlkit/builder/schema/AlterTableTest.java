package io.cqlkit.builder.schema;

import static io.cqlkit.builder.schema.DataType.INT;
import static io.cqlkit.builder.schema.DataType.TEXT;
import static io.cqlkit.builder.schema.DataType.listOf;
import static io.cqlkit.builder.schema.Schema.alterTable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cqlkit.builder.CqlStatement;
import io.cqlkit.builder.StatementKind;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlterTableTest {

  @Test
  void should_add_one_column_without_parentheses() {
    CqlStatement statement = alterTable("ks", "t").addColumn("a", INT).build();

    assertThat(statement.cql()).isEqualTo("ALTER TABLE ks.t ADD a int");
    assertThat(statement.kind()).isEqualTo(StatementKind.DDL);
    assertThat(statement.keyspace()).contains("ks");
    assertThat(statement.table()).contains("t");
  }

  @Test
  void should_add_several_columns_in_parentheses_with_static_ones() {
    String cql =
        alterTable("ks", "t")
            .addColumn("a", INT)
            .addStaticColumn("owner", TEXT)
            .addColumn("l", listOf(TEXT))
            .build()
            .cql();

    assertThat(cql).isEqualTo("ALTER TABLE ks.t ADD (a int, owner text STATIC, l list<text>)");
  }

  @Test
  void should_add_columns_if_not_exists_on_a_table_if_exists() {
    String cql =
        alterTable("ks", "t").ifExists().ifColumnNotExists().addColumn("a", INT).build().cql();

    assertThat(cql).isEqualTo("ALTER TABLE IF EXISTS ks.t ADD IF NOT EXISTS a int");
  }

  @Test
  void should_drop_one_or_several_columns() {
    assertThat(alterTable("ks", "t").dropColumn("a").build().cql())
        .isEqualTo("ALTER TABLE ks.t DROP a");
    assertThat(
            alterTable("ks", "t")
                .ifColumnExists()
                .dropColumn("a")
                .dropColumn("Select")
                .build()
                .cql())
        .isEqualTo("ALTER TABLE ks.t DROP IF EXISTS (a, \"Select\")");
  }

  @Test
  void should_rename_primary_key_columns_joined_by_and() {
    assertThat(alterTable("ks", "t").renameColumn("ck", "ts").build().cql())
        .isEqualTo("ALTER TABLE ks.t RENAME ck TO ts");
    assertThat(
            alterTable("t")
                .ifColumnExists()
                .renameColumn("ck", "ts")
                .renameColumn("pk", "id")
                .build()
                .cql())
        .isEqualTo("ALTER TABLE t RENAME IF EXISTS ck TO ts AND pk TO id");
  }

  @Test
  void should_change_options() {
    String cql =
        alterTable("ks", "t")
            .withComment("hot")
            .withDefaultTimeToLive(86400)
            .withCompaction(Map.of("class", "TimeWindowCompactionStrategy"))
            .build()
            .cql();

    assertThat(cql)
        .isEqualTo(
            "ALTER TABLE ks.t WITH comment = 'hot' AND default_time_to_live = 86400 AND"
                + " compaction = {'class': 'TimeWindowCompactionStrategy'}");
  }

  @Test
  void should_refuse_alter_table_without_change() {
    assertThatThrownBy(() -> alterTable("ks", "t").ifExists().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "ALTER TABLE ks.t has no change: call addColumn, dropColumn, renameColumn or an"
                + " option such as withComment");
  }

  @Test
  void should_refuse_two_kinds_of_change_in_one_statement() {
    assertThatThrownBy(
            () ->
                alterTable("ks", "t").addColumn("a", INT).withComment("x").dropColumn("b").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "ALTER TABLE ks.t can make one kind of change per statement, but got [ADD, DROP,"
                + " WITH]: build one ALTER TABLE for each");
  }

  @Test
  void should_refuse_a_column_named_twice() {
    assertThatThrownBy(() -> alterTable("ks", "t").addColumn("a", INT).addColumn("a", TEXT).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("ALTER TABLE ks.t ADD names column a twice: name each column once");
    assertThatThrownBy(
            () -> alterTable("ks", "t").renameColumn("a", "b").renameColumn("c", "b").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("ALTER TABLE ks.t RENAME names column b twice: name each column once");
  }

  @Test
  void should_refuse_column_conditions_that_do_not_match_the_change() {
    assertThatThrownBy(() -> alterTable("ks", "t").ifColumnNotExists().dropColumn("a").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "ifColumnNotExists() goes with addColumn, but ALTER TABLE ks.t makes DROP changes:"
                + " remove it");
    assertThatThrownBy(() -> alterTable("ks", "t").ifColumnExists().addColumn("a", INT).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "ifColumnExists() goes with dropColumn or renameColumn, but ALTER TABLE ks.t makes"
                + " ADD changes: remove it");
  }

  @Test
  void should_refuse_null_or_empty_column_names() {
    assertThatThrownBy(() -> alterTable("ks", "t").dropColumn(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the column name must not be null or empty, but was null: pass the exact column name");
    assertThatThrownBy(() -> alterTable("ks", "t").renameColumn("a", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the new column name must not be null or empty, but was \"\": pass the exact new"
                + " column name");
  }

  @Test
  void should_not_change_a_shared_partial_builder() {
    AlterTable base = alterTable("ks", "t").addColumn("a", INT);

    AlterTable more = base.addColumn("b", INT);

    assertThat(base.build().cql()).isEqualTo("ALTER TABLE ks.t ADD a int");
    assertThat(more.build().cql()).isEqualTo("ALTER TABLE ks.t ADD (a int, b int)");
  }

  @Test
  void should_check_generic_options_as_their_named_steps() {
    assertThatThrownBy(() -> alterTable("ks", "t").withOption("default_time_to_live", -5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "default_time_to_live must be between 0 (no expiry) and 630720000 seconds (20 years),"
                + " but was -5");
    assertThatThrownBy(() -> alterTable("ks", "t").withDefaultTimeToLive(-5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "default_time_to_live must be between 0 (no expiry) and 630720000 seconds (20 years),"
                + " but was -5");
    assertThatThrownBy(() -> alterTable("ks", "t").withOption("gc_grace_seconds", -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("gc_grace_seconds must be 0 or more seconds, but was -1");
  }
}
