package io.cqlkit.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The parser oracle refuses what is not exactly one valid statement, so injection tests can rely
 * on it: text with a second statement never passes as one.
 */
class CassandraParserRejectionTest {
  @ParameterizedTest
  @ValueSource(strings = {
      "garbage",
      "SELECT FROM ks.t",
      "INSERT INTO ks.t (a) VALUES (?",
      "UPDATE ks.t SET WHERE pk = ?",
      "SELECT * FROM ks.t WHERE pk = 'x''",
      ""})
  void should_reject_text_that_is_not_cql(String cql) {
    assertThat(CassandraParser.assertRejects(cql)).startsWith("Cassandra's parser rejects this CQL:\n  " + cql);
  }

  @Test
  void should_show_the_cql_and_the_parsers_message() {
    assertThat(CassandraParser.assertRejects("garbage"))
        .isEqualTo("Cassandra's parser rejects this CQL:\n  garbage\n"
            + "parser says: line 1:0 no viable alternative at input 'garbage' ([garbage])");
  }

  @Test
  void should_reject_two_statements_joined_by_a_semicolon() {
    assertThat(CassandraParser.assertRejects("SELECT * FROM ks.t WHERE pk = ?; DROP TABLE ks.t"))
        .isEqualTo("Cassandra's parser rejects this CQL:\n  SELECT * FROM ks.t WHERE pk = ?; DROP TABLE ks.t\n"
            + "parser says: line 1:33 mismatched input 'DROP' expecting EOF (... WHERE pk = ?; [DROP]...)");
  }

  @Test
  void should_reject_a_value_that_breaks_out_of_its_string_literal() {
    String injected = "SELECT * FROM ks.t WHERE a = 'x'; DROP TABLE ks.t; --'";

    assertThat(CassandraParser.assertRejects(injected)).contains("mismatched input 'DROP' expecting EOF");
  }

  @Test
  void should_accept_a_semicolon_inside_a_string_literal() {
    ParsedCql parsed = CassandraParser.parse("SELECT * FROM ks.t WHERE a = 'x; DROP TABLE ks.t' AND pk = ?");

    assertThat(parsed.markerCount()).isEqualTo(1);
  }

  @Test
  void should_reject_a_trailing_semicolon_that_cassandra_itself_tolerates() {
    assertThat(CassandraParser.assertRejects("SELECT * FROM ks.t WHERE pk = ?;"))
        .isEqualTo("CQL ends with ';' (canonical text is one statement without a trailing semicolon):\n"
            + "  SELECT * FROM ks.t WHERE pk = ?;");
  }

  @Test
  void should_fail_when_asked_to_reject_valid_cql() {
    AssertionErrorCatcher.assertFails(
        () -> CassandraParser.assertRejects("SELECT * FROM ks.t"),
        "expected Cassandra's parser to reject this CQL, but it parsed as SELECT:\n  SELECT * FROM ks.t");
  }
}
