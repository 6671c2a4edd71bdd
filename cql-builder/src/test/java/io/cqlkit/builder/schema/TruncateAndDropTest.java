package io.cqlkit.builder.schema;

import static io.cqlkit.builder.schema.Schema.dropTable;
import static io.cqlkit.builder.schema.Schema.truncate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cqlkit.builder.CqlStatement;
import io.cqlkit.builder.StatementKind;
import org.junit.jupiter.api.Test;

class TruncateAndDropTest {

  @Test
  void should_truncate_a_table_as_a_truncate_statement() {
    CqlStatement statement = truncate("ks", "events").build();

    assertThat(statement.cql()).isEqualTo("TRUNCATE TABLE ks.events");
    assertThat(statement.kind()).isEqualTo(StatementKind.TRUNCATE);
    assertThat(statement.keyspace()).contains("ks");
    assertThat(statement.table()).contains("events");
    assertThat(statement.params()).isEmpty();
  }

  @Test
  void should_truncate_a_table_of_the_session_keyspace() {
    CqlStatement statement = truncate("Events").build();

    assertThat(statement.cql()).isEqualTo("TRUNCATE TABLE \"Events\"");
    assertThat(statement.keyspace()).isEmpty();
    assertThat(statement.table()).contains("Events");
  }

  @Test
  void should_drop_a_table_if_exists() {
    CqlStatement statement = dropTable("ks", "events").ifExists().build();

    assertThat(statement.cql()).isEqualTo("DROP TABLE IF EXISTS ks.events");
    assertThat(statement.kind()).isEqualTo(StatementKind.DDL);
    assertThat(statement.keyspace()).contains("ks");
    assertThat(statement.table()).contains("events");
  }

  @Test
  void should_drop_a_table_with_a_quoted_name() {
    assertThat(dropTable("ks", "Users").build().cql()).isEqualTo("DROP TABLE ks.\"Users\"");
    assertThat(dropTable("select").toString()).isEqualTo("DROP TABLE \"select\"");
  }

  @Test
  void should_accept_existing_names_cassandra_would_not_create() {
    assertThat(dropTable("ks", "old-table").build().cql()).isEqualTo("DROP TABLE ks.\"old-table\"");
  }

  @Test
  void should_refuse_null_or_empty_names() {
    assertThatThrownBy(() -> truncate("ks", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the table name must not be null or empty, but was \"\": pass the exact table name");
    assertThatThrownBy(() -> dropTable(null, "t"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the keyspace name must not be null or empty, but was null: pass the exact keyspace"
                + " name");
  }
}
