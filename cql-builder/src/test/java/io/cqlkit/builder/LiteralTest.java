package io.cqlkit.builder;

import static io.cqlkit.builder.Cql.insertInto;
import static io.cqlkit.builder.Cql.update;
import static io.cqlkit.builder.Term.literal;
import static io.cqlkit.builder.assertj.CqlAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Literals appear only when asked for, and no string can end the statement. */
class LiteralTest {
  private static final String[] PIECES = {
    "a", "'", "''", "\"", ";", "--", "/*", "*/", " ", "\n", "?", ":x", "$$", "\\", "); DROP TABLE t;",
    "APPLY BATCH", "é", "日本", "\uD83D\uDE00"
  };

  @Test
  void should_bind_plain_values_and_render_literals_only_when_asked() {
    assertThat(insertInto("t").value("a", "it's").value("b", literal("it's")).build())
        .hasCql("INSERT INTO t (a, b) VALUES (?, 'it''s')")
        .hasParams("it's");
  }

  @Test
  void should_render_literals_of_every_supported_kind() {
    UUID id = UUID.fromString("00000000-0000-0000-0000-000000000001");
    assertThat(
            update("t")
                .set("a", literal(1))
                .set("b", literal(2.5))
                .set("c", literal(true))
                .set("d", literal(id))
                .set("e", literal(List.of("x", "y'")))
                .set("f", literal(Map.of(1, "one")))
                .set("g", literal(null))
                .where("pk", literal(3L))
                .build())
        .hasCql(
            "UPDATE t SET a = 1, b = 2.5, c = true, d = 00000000-0000-0000-0000-000000000001,"
                + " e = ['x', 'y'''], f = {1: 'one'}, g = NULL WHERE pk = 3")
        .hasNoParams();
  }

  @Test
  void should_refuse_a_value_that_has_no_literal() {
    assertThatThrownBy(() -> literal(new Object() {}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("cannot render a ")
        .hasMessageContaining("as a CQL literal: bind it as a value (rendered ?) instead");
  }

  @Test
  void should_render_random_strings_that_read_back_to_exactly_the_input() {
    Random random = new Random(42);
    for (int i = 0; i < 5_000; i++) {
      StringBuilder value = new StringBuilder();
      for (int p = random.nextInt(7); p >= 0; p--) {
        value.append(PIECES[random.nextInt(PIECES.length)]);
      }
      String cql = insertInto("t").value("a", literal(value.toString())).build().cql();
      String prefix = "INSERT INTO t (a) VALUES (";
      assertThat(cql).startsWith(prefix).endsWith(")");
      String rendered = cql.substring(prefix.length(), cql.length() - 1);
      assertThat(readString(rendered)).isEqualTo(value.toString());
    }
  }

  /** Reads one string literal as CQL's lexer does, failing if anything follows it. */
  private static String readString(String rendered) {
    assertThat(rendered).startsWith("'");
    StringBuilder value = new StringBuilder();
    int i = 1;
    while (i < rendered.length()) {
      char c = rendered.charAt(i);
      if (c == '\'') {
        if (i + 1 < rendered.length() && rendered.charAt(i + 1) == '\'') {
          value.append('\'');
          i += 2;
          continue;
        }
        if (i != rendered.length() - 1) {
          fail("the literal ends at %s, before the end of %s", i, rendered);
        }
        return value.toString();
      }
      value.append(c);
      i++;
    }
    return fail("no closing quote in %s", rendered);
  }

  @Test
  void should_render_a_decimal_beyond_the_double_range_as_integer_digits() {
    assertThat(CqlLiteral.render(new BigDecimal("1E+400"))).isEqualTo("1" + "0".repeat(400));
    assertThat(CqlLiteral.render(new BigDecimal("-2.5E+999"))).isEqualTo("-25" + "0".repeat(998));
    assertThat(CqlLiteral.render(new BigDecimal("1.5E+10"))).isEqualTo("1.5E+10");
    assertThat(CqlLiteral.render(new BigDecimal("1E-400"))).isEqualTo("1E-400");
    assertThatThrownBy(() -> CqlLiteral.render(new BigDecimal("1" + "0".repeat(400) + ".5")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "cannot render the decimal 1" + "0".repeat(400) + ".5 as a CQL literal: beyond the"
                + " double range Cassandra's parser reads only an integer of at most 10000"
                + " digits; bind it as a value (rendered ?) instead");
    assertThatThrownBy(() -> CqlLiteral.render(new BigDecimal("1E+999999")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("cannot render the decimal 1E+999999 as a CQL literal");
  }

  @Test
  void should_refuse_an_instant_outside_the_years_1_to_9999() {
    assertThat(CqlLiteral.render(Instant.parse("0001-01-01T00:00:00Z")))
        .isEqualTo("'0001-01-01T00:00:00.000Z'");
    assertThat(CqlLiteral.render(Instant.parse("9999-12-31T23:59:59.999Z")))
        .isEqualTo("'9999-12-31T23:59:59.999Z'");
    assertThatThrownBy(() -> literal(Instant.parse("-0001-06-15T12:00:00Z")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "cannot render the instant -0001-06-15T12:00:00Z as a CQL literal: a timestamp literal"
                + " holds the years 0001 to 9999; bind it as a value (rendered ?) instead");
    assertThatThrownBy(() -> literal(Instant.parse("+10000-01-01T00:00:00Z")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("cannot render the instant +10000-01-01T00:00:00Z as a CQL literal");
  }
}
