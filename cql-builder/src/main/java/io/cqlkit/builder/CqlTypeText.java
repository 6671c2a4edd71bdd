package io.cqlkit.builder;

import java.util.Locale;
import java.util.Set;

/**
 * Reads a CQL type written as text ({@code "map<text,int>"}, {@code "frozen<address>"},
 * {@code "ks.address"}) and writes it canonically: native types in lower case, {@code ", "}
 * between parameters, a user-defined type's name exact and quoted when needed.
 */
final class CqlTypeText {
  private static final Set<String> COLLECTIONS = Set.of("list", "set", "map", "frozen", "tuple", "vector");

  private final String text;
  private int at;

  private CqlTypeText(String text) {
    this.text = text;
  }

  /**
   * The canonical text of {@code type}.
   *
   * @throws IllegalArgumentException if it is not a CQL type
   */
  static String canonical(String type) {
    CqlIdentifier.checkName(type, "type");
    CqlTypeText reader = new CqlTypeText(type);
    StringBuilder sb = new StringBuilder(type.length() + 8);
    try {
      reader.type(sb);
      reader.skipSpaces();
      if (reader.at != type.length()) {
        throw reader.error();
      }
    } catch (StringIndexOutOfBoundsException e) {
      throw reader.error();
    }
    return sb.toString();
  }

  private void type(StringBuilder sb) {
    skipSpaces();
    String word = name();
    String lower = word.startsWith("\"") ? word : word.toLowerCase(Locale.ROOT);
    skipSpaces();
    if (!word.startsWith("\"") && COLLECTIONS.contains(lower)) {
      expect('<');
      sb.append(lower).append('<');
      int parameters = 0;
      do {
        if (parameters++ > 0) {
          sb.append(", ");
        }
        skipSpaces();
        if (lower.equals("vector") && parameters == 2) {
          int start = at;
          while (at < text.length() && Character.isDigit(text.charAt(at))) {
            at++;
          }
          if (start == at) {
            throw error();
          }
          sb.append(text, start, at);
        } else {
          type(sb);
        }
        skipSpaces();
      } while (accept(','));
      expect('>');
      sb.append('>');
      int expected =
          lower.equals("map") || lower.equals("vector") ? 2 : lower.equals("tuple") ? -1 : 1;
      if (expected > 0 && parameters != expected) {
        throw error();
      }
      return;
    }
    if (!word.startsWith("\"") && CqlIdentifier.isNativeType(lower)) {
      sb.append(lower);
      return;
    }
    String name = unquote(word);
    if (accept('.')) {
      skipSpaces();
      CqlIdentifier.appendName(sb, name);
      sb.append('.');
      sb.append(CqlIdentifier.of(unquote(name())).asTypeCql());
    } else {
      sb.append(CqlIdentifier.of(name).asTypeCql());
    }
  }

  private String name() {
    int start = at;
    if (text.charAt(at) == '"') {
      at++;
      while (true) {
        if (text.charAt(at) == '"') {
          if (at + 1 < text.length() && text.charAt(at + 1) == '"') {
            at += 2;
            continue;
          }
          at++;
          return text.substring(start, at);
        }
        at++;
      }
    }
    while (at < text.length()
        && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_')) {
      at++;
    }
    if (start == at || !Character.isLetter(text.charAt(start))) {
      throw error();
    }
    return text.substring(start, at);
  }

  private static String unquote(String word) {
    return word.startsWith("\"") ? word.substring(1, word.length() - 1).replace("\"\"", "\"") : word;
  }

  private void skipSpaces() {
    while (at < text.length() && text.charAt(at) == ' ') {
      at++;
    }
  }

  private boolean accept(char c) {
    if (at < text.length() && text.charAt(at) == c) {
      at++;
      return true;
    }
    return false;
  }

  private void expect(char c) {
    if (!accept(c)) {
      throw error();
    }
  }

  private IllegalArgumentException error() {
    return new IllegalArgumentException(
        String.format(
            "\"%s\" is not a CQL type: write a native type (int, text...), a collection"
                + " (list<int>, map<text, int>), frozen<...>, tuple<...>, vector<float, 3> or a"
                + " user-defined type's name (address, ks.address)",
            text));
  }
}
