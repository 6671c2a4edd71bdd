package io.cqlkit.builder;

import static io.cqlkit.builder.Cql.insertInto;
import static io.cqlkit.builder.Cql.update;
import static io.cqlkit.builder.Term.literal;
import static io.cqlkit.builder.assertj.CqlAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

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
}
