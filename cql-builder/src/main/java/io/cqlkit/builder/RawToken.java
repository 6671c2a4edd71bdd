package io.cqlkit.builder;

import java.util.Locale;
import javax.annotation.CheckForNull;

/**
 * One token of a raw CQL text, as {@link RawCql} reads it: a word (a keyword or an unquoted name),
 * a quoted name, a bind marker, a literal, or a symbol.
 */
final class RawToken {
  enum Type {
    WORD,
    QUOTED,
    MARKER,
    LITERAL,
    SYMBOL
  }

  static final RawToken MARKER = new RawToken(Type.MARKER, null, null, (char) 0);
  static final RawToken LITERAL = new RawToken(Type.LITERAL, null, null, (char) 0);

  final Type type;
  /** For a word: the word in upper case, to compare with keywords. */
  @CheckForNull final String keyword;
  /** For a word or a quoted name: the name it stands for (an unquoted name in lower case). */
  @CheckForNull final String name;
  /** For a symbol: its character. */
  final char symbol;

  private RawToken(Type type, @CheckForNull String keyword, @CheckForNull String name, char symbol) {
    this.type = type;
    this.keyword = keyword;
    this.name = name;
    this.symbol = symbol;
  }

  static RawToken word(String word) {
    return new RawToken(
        Type.WORD, word.toUpperCase(Locale.ROOT), word.toLowerCase(Locale.ROOT), (char) 0);
  }

  static RawToken quoted(String name) {
    return new RawToken(Type.QUOTED, null, name, (char) 0);
  }

  static RawToken symbol(char c) {
    return new RawToken(Type.SYMBOL, null, null, c);
  }

  /** True for the unquoted word {@code keyword} (upper case). */
  boolean is(String keyword) {
    return type == Type.WORD && keyword.equals(this.keyword);
  }

  /** True for a word or a quoted name: something that can name a table. */
  boolean isName() {
    return type == Type.WORD || type == Type.QUOTED;
  }

  boolean isSymbol(char c) {
    return type == Type.SYMBOL && symbol == c;
  }
}
