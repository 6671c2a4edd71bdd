package io.cqlkit.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every golden CQL text that cql-builder's own tests expect (string literals that start like a
 * statement, with their {@code +} continuations joined) parses with Cassandra 5.0.9's parser, so a
 * golden string cannot drift into text a server refuses. ScyllaDB-only options are the exception:
 * Cassandra must refuse those.
 *
 * <p>Reads {@code ../cql-builder/src/test/java} (Maven runs tests in the module's directory).
 */
class BuilderGoldenTextsTest {
  private static final Path BUILDER_TESTS = Paths.get("..", "cql-builder", "src", "test", "java");
  /** A Java string literal, then any {@code + "..."} continuations. */
  private static final Pattern LITERALS =
      Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"((?:\\s*\\+\\s*\"(?:[^\"\\\\\\n]|\\\\.)*\")*)");
  private static final Pattern CONTINUATION = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
  private static final Pattern STATEMENT = Pattern.compile(
      "(SELECT|INSERT INTO|UPDATE|DELETE|BEGIN (UNLOGGED |COUNTER )?BATCH|CREATE|ALTER|DROP|TRUNCATE) .*",
      Pattern.DOTALL);
  private static final Pattern PARTIAL = Pattern.compile(
      ".*(hasMessage|hasMessageContaining|hasMessageStartingWith|hasMessageEndingWith|withMessage"
          + "|startsWith|endsWith|contains|doesNotContain)\\($"
          // the text so far of an incomplete builder (toString), not a statement
          + "|.*toString\\(\\)\\)\\s*\\.isEqualTo\\($", Pattern.DOTALL);
  private static final Pattern SCYLLA_ONLY = Pattern.compile(".*(BYPASS CACHE|USING TIMEOUT|AND TIMEOUT).*", Pattern.DOTALL);

  static Set<String> goldenTexts() {
    Set<String> texts = new LinkedHashSet<>();
    try (Stream<Path> files = Files.walk(BUILDER_TESTS)) {
      // Cql.raw texts are the caller's own, outside the canonical-text contract (some are invalid on
      // purpose); RecordsConformanceTest checks raw marker counts against the parser instead.
      for (Path file : files.filter(f -> f.toString().endsWith(".java"))
          .filter(f -> !f.getFileName().toString().equals("RawStatementTest.java"))
          .collect(Collectors.toList())) {
        String source = Files.readString(file);
        Matcher m = LITERALS.matcher(source);
        while (m.find()) {
          StringBuilder text = new StringBuilder(unescape(m.group(1)));
          Matcher more = CONTINUATION.matcher(m.group(2));
          while (more.find()) {
            text.append(unescape(more.group(1)));
          }
          String cql = text.toString();
          if (STATEMENT.matcher(cql).matches() && !cql.contains("%s") && isWholeStatement(source, m.start())
              && !continuesWithAnExpression(source, m.end()) && !isPrefix(cql)) {
            texts.add(cql);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return texts;
  }

  /**
   * False for a literal that is an exception message, a piece of text ({@code hasMessage(...)},
   * {@code startsWith(...)}, ...) or an incomplete builder's {@code toString()}: those start like a
   * statement but are not one.
   */
  private static boolean isWholeStatement(String source, int literalStart) {
    String before = source.substring(Math.max(0, literalStart - 60), literalStart).stripTrailing();
    return !PARTIAL.matcher(before).matches();
  }

  /** True for a literal joined with a non-literal ({@code "INSERT INTO ks." + t + ...}): a piece of text. */
  private static boolean continuesWithAnExpression(String source, int literalEnd) {
    String after = source.substring(literalEnd).stripLeading();
    return after.startsWith("+");
  }

  /** True for the start of a statement that a test completes itself ({@code "... VALUES ("}). */
  private static boolean isPrefix(String cql) {
    return cql.endsWith("(");
  }

  private static String unescape(String javaLiteral) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < javaLiteral.length(); i++) {
      char c = javaLiteral.charAt(i);
      if (c != '\\') {
        sb.append(c);
        continue;
      }
      char next = javaLiteral.charAt(++i);
      switch (next) {
        case 'n': sb.append('\n'); break;
        case 't': sb.append('\t'); break;
        case 'r': sb.append('\r'); break;
        case 'u':
          sb.append((char) Integer.parseInt(javaLiteral.substring(i + 1, i + 5), 16));
          i += 4;
          break;
        default: sb.append(next);
      }
    }
    return sb.toString();
  }

  @Test
  void should_find_the_golden_texts_of_cql_builders_tests() {
    assertThat(goldenTexts())
        .hasSizeGreaterThan(60)
        .contains("INSERT INTO ks.events (user_id, ts, event_type) VALUES (?, ?, ?)");
  }

  @Test
  void should_parse_every_golden_text_of_cql_builders_tests() {
    List<String> failures = new ArrayList<>();
    int parsed = 0;
    for (String cql : goldenTexts()) {
      try {
        if (SCYLLA_ONLY.matcher(cql).matches()) {
          CassandraParser.assertRejects(cql);
        } else {
          CassandraParser.parse(cql);
          parsed++;
        }
      } catch (AssertionError e) {
        failures.add(e.getMessage());
      }
    }
    System.out.println("BuilderGoldenTextsTest: " + parsed + " golden texts of cql-builder's tests parsed");
    assertThat(failures).as(String.join("\n\n", failures)).isEmpty();
  }
}
