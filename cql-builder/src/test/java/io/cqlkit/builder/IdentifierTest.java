package io.cqlkit.builder;

import static io.cqlkit.builder.Cql.insertInto;
import static io.cqlkit.builder.Cql.selectFrom;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Names of any content render so that they end exactly where the name ends (no injection). */
class IdentifierTest {
  private static final String[] PIECES = {
    "a", "Z", "_", "0", "9", "\"", "\"\"", "'", ";", "--", "/*", "*/", " ", "\n", "\t", ".",
    "(", ")", ",", "?", ":", "$$", "\\", "select", "FROM", "drop table ks.t", "APPLY BATCH",
    "é", "日本", "\uD83D\uDE00", "ß", "\u0000"
  };

  @Test
  void should_leave_simple_lower_case_names_bare() {
    assertThat(render("user_id")).isEqualTo("user_id");
    assertThat(render("a1")).isEqualTo("a1");
  }

  @Test
  void should_quote_upper_case_keywords_and_odd_names() {
    assertThat(render("Events")).isEqualTo("\"Events\"");
    assertThat(render("select")).isEqualTo("\"select\"");
    assertThat(render("token")).isEqualTo("\"token\"");
    assertThat(render("a\"b")).isEqualTo("\"a\"\"b\"");
    assertThat(render("1a")).isEqualTo("\"1a\"");
    assertThat(render("_a")).isEqualTo("\"_a\"");
    assertThat(render("a b")).isEqualTo("\"a b\"");
  }

  @Test
  void should_render_random_names_that_unquote_back_to_exactly_the_input() {
    Random random = new Random(20240101);
    for (int i = 0; i < 5_000; i++) {
      String name = randomName(random);
      String rendered = render(name);
      assertThat(unquote(rendered)).as("rendered %s", rendered).isEqualTo(name);
      assertThat(CqlIdentifier.of(name).asCql()).isEqualTo(rendered);
    }
  }

  @Test
  void should_render_random_names_the_same_way_inside_statements() {
    Random random = new Random(7);
    for (int i = 0; i < 1_000; i++) {
      String table = randomName(random);
      String column = randomName(random);
      String t = render(table);
      String c = render(column);
      assertThat(insertInto("ks", table).value(column, 1).build().cql())
          .isEqualTo("INSERT INTO ks." + t + " (" + c + ") VALUES (?)");
      assertThat(selectFrom(table).columns(column).where(column, 1).build().cql())
          .isEqualTo("SELECT " + c + " FROM " + t + " WHERE " + c + " = ?");
    }
  }

  private static String render(String name) {
    StringBuilder sb = new StringBuilder();
    CqlIdentifier.appendName(sb, name);
    return sb.toString();
  }

  private static String randomName(Random random) {
    StringBuilder sb = new StringBuilder();
    int pieces = 1 + random.nextInt(6);
    for (int i = 0; i < pieces; i++) {
      sb.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return sb.toString();
  }

  /**
   * Reads one identifier token the way CQL's lexer does and fails if anything follows it: a bare
   * name is [a-z][a-z0-9_]* and not reserved; a quoted name ends at the first lone {@code "}.
   */
  static String unquote(String rendered) {
    if (rendered.charAt(0) != '"') {
      assertThat(rendered).matches("[a-z][a-z0-9_]*");
      assertThat(CqlIdentifier.isReservedKeyword(rendered)).as("reserved %s", rendered).isFalse();
      return rendered;
    }
    StringBuilder name = new StringBuilder();
    int i = 1;
    while (i < rendered.length()) {
      char c = rendered.charAt(i);
      if (c == '"') {
        if (i + 1 < rendered.length() && rendered.charAt(i + 1) == '"') {
          name.append('"');
          i += 2;
          continue;
        }
        if (i != rendered.length() - 1) {
          fail("the quoted name ends at %s, before the end of %s", i, rendered);
        }
        return name.toString();
      }
      name.append(c);
      i++;
    }
    return fail("no closing quote in %s", rendered);
  }

  @Test
  void should_quote_the_boolean_literals_true_and_false() {
    assertThat(CqlIdentifier.of("true").asCql()).isEqualTo("\"true\"");
    assertThat(CqlIdentifier.of("false").asCql()).isEqualTo("\"false\"");
    assertThat(CqlIdentifier.of("TRUE").asCql()).isEqualTo("\"TRUE\"");
    assertThat(CqlIdentifier.isReservedKeyword("False")).isTrue();
    assertThat(insertInto("ks", "false").value("true", 1).build().cql())
        .isEqualTo("INSERT INTO ks.\"false\" (\"true\") VALUES (?)");
    assertThat(CqlIdentifier.of("truex").asCql()).isEqualTo("truex");
  }
}
