package io.cqlkit.conformance;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.apache.cassandra.cql3.CqlParser;

/**
 * Names and strings for generated statements, from a seeded random source: plain names, every
 * keyword of Cassandra's grammar, mixed case, and hostile text (quotes, {@code ;}, comments,
 * newlines, statement keywords, unicode including emoji and right-to-left text, backslashes,
 * invisible whitespace) that must stay inside its quotes.
 */
final class RandomNames {
  /** Pieces of hostile names and strings: each tries to end a name, a string or a statement. */
  static final ImmutableList<String> HOSTILE_FRAGMENTS = ImmutableList.of(
      "\"", "\"\"", "'", "''", ";", "; ", "--", "-- comment", "/*", "*/", "/* x */", "//", "\n", "\r\n",
      "\r", "\t", " ", "  ", "SELECT", "select * from ks.t", "DROP TABLE ks.t", "DROP KEYSPACE ks",
      "APPLY BATCH", "BEGIN BATCH", "IF EXISTS", "); DROP TABLE ks.t; --", "' OR '1'='1",
      "\" OR \"1\"=\"1", "é", "ß", "Ω", "中文", "日本語", "😀", "👩‍💻", "🏳️‍🌈", "مرحبا", "שלום",
      "\u202E", "\u202D", "\u200B", "\u200F", "\u00A0", "\u3000", "\uFEFF", "\\", "\\'", "\\\"",
      "\\n", "$$", "$$ x $$", "?", ":name", ":\"x\"", "%s", "%n", "{}", "[]", "(", ")", ",", ".",
      "ks.t", "NULL", "null", "true", "0x00", "1e10", "-", "=", "*", "`", "#", "\u0007");

  /** Letters Cassandra folds into lower case in an unquoted name, and digits. */
  private static final String WORD = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_";

  private static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
  private static final String LOWER_TAIL = "abcdefghijklmnopqrstuvwxyz0123456789_";

  /** Words a user type cannot be named bare: selector keywords and native types. */
  private static final ImmutableList<String> TYPE_KEYWORDS = ImmutableList.of(
      "cast", "count", "distinct", "json", "maxwritetime", "ttl", "writetime", "text", "int", "true");

  /** Every keyword of Cassandra 5.0's CQL grammar, in lower case. */
  static final ImmutableList<String> KEYWORDS = keywords();

  private final SplittableRandom random;

  RandomNames(SplittableRandom random) {
    this.random = random;
  }

  /** A name of any kind: mostly plain, sometimes a keyword, mixed case, or hostile. */
  String name() {
    int pick = random.nextInt(100);
    if (pick < 55) {
      return plain();
    } else if (pick < 75) {
      return keyword();
    } else if (pick < 88) {
      return word();
    }
    return hostile();
  }

  /** {@code [a-z][a-z0-9_]*}: renders bare unless it is a reserved keyword. */
  String plain() {
    StringBuilder sb = new StringBuilder().append(LOWER.charAt(random.nextInt(LOWER.length())));
    int length = random.nextInt(9);
    for (int i = 0; i < length; i++) {
      sb.append(LOWER_TAIL.charAt(random.nextInt(LOWER_TAIL.length())));
    }
    return sb.toString();
  }

  /** A keyword of Cassandra's grammar, reserved or not, as a name. */
  String keyword() {
    String keyword = KEYWORDS.get(random.nextInt(KEYWORDS.size()));
    return random.nextInt(4) == 0 ? keyword.toUpperCase(Locale.ROOT) : keyword;
  }

  /** Letters, digits and underscores in any case: what Cassandra allows for objects it creates. */
  String word() {
    if (random.nextInt(4) == 0) {
      return keyword();
    }
    StringBuilder sb = new StringBuilder();
    int length = 1 + random.nextInt(12);
    for (int i = 0; i < length; i++) {
      sb.append(WORD.charAt(random.nextInt(WORD.length())));
    }
    return sb.toString();
  }

  /** A non-empty string built from hostile fragments, sometimes with letters between them. */
  String hostile() {
    StringBuilder sb = new StringBuilder();
    int parts = 1 + random.nextInt(4);
    for (int i = 0; i < parts; i++) {
      sb.append(HOSTILE_FRAGMENTS.get(random.nextInt(HOSTILE_FRAGMENTS.size())));
      if (random.nextInt(3) == 0) {
        sb.append(plain());
      }
    }
    return sb.toString();
  }

  /** A user type's name: any name, sometimes a keyword the grammar refuses as a bare type name. */
  String typeName() {
    return random.nextInt(10) == 0 ? TYPE_KEYWORDS.get(random.nextInt(TYPE_KEYWORDS.size())) : name();
  }

  /** A string value: mostly text, sometimes hostile, sometimes empty. */
  String text() {
    int pick = random.nextInt(10);
    if (pick == 0) {
      return "";
    } else if (pick < 5) {
      return hostile();
    }
    return name();
  }

  /** {@code count} distinct names. */
  List<String> distinct(int count) {
    List<String> names = new ArrayList<>(count);
    while (names.size() < count) {
      String name = name();
      if (!names.contains(name)) {
        names.add(name);
      }
    }
    return names;
  }

  private static ImmutableList<String> keywords() {
    ImmutableList.Builder<String> out = ImmutableList.builder();
    for (String token : CqlParser.tokenNames) {
      if (token.startsWith("K_")) {
        out.add(token.substring(2).toLowerCase(Locale.ROOT));
      }
    }
    return out.build();
  }
}
