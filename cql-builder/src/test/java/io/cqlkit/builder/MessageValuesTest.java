package io.cqlkit.builder;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MessageValuesTest {

  @AfterEach
  void hideAgain() {
    MessageValues.show(false);
  }

  @Test
  void should_hide_values_and_show_their_types_by_default() {
    assertThat(MessageValues.shown()).isFalse();
    assertThat(MessageValues.describe("ada@example.com")).isEqualTo("a java.lang.String");
    assertThat(MessageValues.describe(null)).isEqualTo("null");
    assertThat(MessageValues.describeAll(Arrays.asList("ada@example.com", 42, null)))
        .isEqualTo("[java.lang.String, java.lang.Integer, null]");
  }

  @Test
  void should_show_values_when_asked() {
    MessageValues.show(true);

    assertThat(MessageValues.describe("ada@example.com")).isEqualTo("a java.lang.String (ada@example.com)");
    assertThat(MessageValues.describeAll(new Object[] {"ada", 42, new byte[] {1, 2}}))
        .isEqualTo("[ada, 42, [1, 2]]");
  }

  @Test
  void should_show_only_types_in_a_statement_unless_asked() {
    CqlStatement insert = Cql.insertInto("ks", "users").value("id", 7).value("email", "ada@example.com").build();

    assertThat(insert.toString())
        .isEqualTo("CqlStatement{cql=INSERT INTO ks.users (id, email) VALUES (?, ?),"
            + " params=[java.lang.Integer, java.lang.String]}");
    MessageValues.show(true);
    assertThat(insert.toString())
        .isEqualTo("CqlStatement{cql=INSERT INTO ks.users (id, email) VALUES (?, ?), params=[7, ada@example.com]}");
  }
}
