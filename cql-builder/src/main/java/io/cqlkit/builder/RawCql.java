package io.cqlkit.builder;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.annotation.CheckForNull;

/**
 * Reads what {@link Cql#raw} needs from a CQL text without parsing it: the statement kind from its
 * first keyword, and its bind markers ({@code ?} or {@code :name}) outside string literals
 * ({@code '...'}, {@code $$...$$}), quoted identifiers ({@code "..."}) and comments ({@code --},
 * {@code //}, {@code /* *}{@code /}).
 */
final class RawCql {
  final StatementKind kind;
  final int positional;
  final ImmutableList<String> names;
  /** The words, quoted names, markers and symbols outside literals and comments, in text order. */
  final ImmutableList<RawToken> tokens;

  private RawCql(
      StatementKind kind, int positional, ImmutableList<String> names, List<RawToken> tokens) {
    this.kind = kind;
    this.positional = positional;
    this.names = names;
    this.tokens = ImmutableList.copyOf(tokens);
  }

  /** The markers of each kind in {@code cql}; the total count when one kind only. */
  int markers() {
    return positional + names.size();
  }

  /**
   * Scans {@code cql}.
   *
   * @throws IllegalArgumentException if the text is empty, its first keyword is not one cqlkit
   *     knows, it mixes named and positional markers, holds several statements, or leaves a string,
   *     quoted name or comment open
   */
  static RawCql scan(String cql) {
    checkArgument(cql != null && !cql.isBlank(), "Cql.raw(...) needs a CQL text, but received %s",
        cql == null ? "null" : "an empty text");
    int n = cql.length();
    int positional = 0;
    List<String> names = new ArrayList<>();
    List<RawToken> tokens = new ArrayList<>();
    boolean semicolon = false;
    boolean trailing = false;
    int i = 0;
    while (i < n) {
      char c = cql.charAt(i);
      char next = i + 1 < n ? cql.charAt(i + 1) : 0;
      boolean comment = (c == '-' && next == '-') || (c == '/' && (next == '/' || next == '*'));
      if (semicolon && !comment && c != ';' && !Character.isWhitespace(c)) {
        trailing = true;
      }
      if (c == '\'') {
        i = skipQuoted(cql, i, '\'', "a string literal");
        tokens.add(RawToken.LITERAL);
      } else if (c == '"') {
        int end = skipQuoted(cql, i, '"', "a quoted identifier");
        tokens.add(RawToken.quoted(cql.substring(i + 1, end - 1).replace("\"\"", "\"")));
        i = end;
      } else if (c == '$' && i + 1 < n && cql.charAt(i + 1) == '$') {
        int end = cql.indexOf("$$", i + 2);
        checkArgument(end >= 0, "the $$ string starting at offset %s of `%s` is not closed", i, cql);
        i = end + 2;
        tokens.add(RawToken.LITERAL);
      } else if ((c == '-' && i + 1 < n && cql.charAt(i + 1) == '-')
          || (c == '/' && i + 1 < n && cql.charAt(i + 1) == '/')) {
        int end = cql.indexOf('\n', i);
        i = end < 0 ? n : end + 1;
      } else if (c == '/' && i + 1 < n && cql.charAt(i + 1) == '*') {
        int end = cql.indexOf("*/", i + 2);
        checkArgument(end >= 0, "the comment starting at offset %s of `%s` is not closed", i, cql);
        i = end + 2;
      } else if (c == '?') {
        positional++;
        tokens.add(RawToken.MARKER);
        i++;
      } else if (c == ':' && i + 1 < n && isNameStart(cql.charAt(i + 1))) {
        int end = i + 1;
        while (end < n && isNamePart(cql.charAt(end))) {
          end++;
        }
        names.add(cql.substring(i + 1, end).toLowerCase(Locale.ROOT));
        tokens.add(RawToken.MARKER);
        i = end;
      } else if (c == ':' && i + 1 < n && cql.charAt(i + 1) == '"') {
        int end = skipQuoted(cql, i + 1, '"', "a quoted marker name");
        names.add(cql.substring(i + 2, end - 1).replace("\"\"", "\""));
        tokens.add(RawToken.MARKER);
        i = end;
      } else if (isNameStart(c)) {
        int end = i + 1;
        while (end < n && isNamePart(cql.charAt(end))) {
          end++;
        }
        tokens.add(RawToken.word(cql.substring(i, end)));
        i = end;
      } else if (c >= '0' && c <= '9') {
        int end = i + 1;
        while (end < n && (isNamePart(cql.charAt(end)) || cql.charAt(end) == '.')) {
          end++;
        }
        tokens.add(RawToken.LITERAL);
        i = end;
      } else {
        semicolon |= c == ';';
        if (!Character.isWhitespace(c)) {
          tokens.add(RawToken.symbol(c));
        }
        i++;
      }
    }
    StatementKind kind = kindOf(keywords(tokens, 3), cql);
    checkArgument(
        kind == StatementKind.BATCH || !trailing,
        "Cql.raw(...) takes one statement, but `%s` holds more after its ';': make one statement"
            + " of each, or a batch",
        cql);
    checkArgument(
        positional == 0 || names.isEmpty(),
        "`%s` mixes %s positional (?) and %s named (:name) markers: use one kind only",
        cql,
        positional,
        names.size());
    return new RawCql(kind, positional, ImmutableList.copyOf(names), tokens);
  }

  /** The first {@code max} words of the text, in upper case. */
  private static List<String> keywords(List<RawToken> tokens, int max) {
    List<String> words = new ArrayList<>(max);
    for (int i = 0; i < tokens.size() && words.size() < max; i++) {
      if (tokens.get(i).type == RawToken.Type.WORD) {
        words.add(tokens.get(i).keyword);
      }
    }
    return words;
  }

  private static StatementKind kindOf(List<String> words, String cql) {
    String first = words.isEmpty() ? "" : words.get(0);
    switch (first) {
      case "SELECT":
        return StatementKind.SELECT;
      case "INSERT":
        return StatementKind.INSERT;
      case "UPDATE":
        return StatementKind.UPDATE;
      case "DELETE":
        return StatementKind.DELETE;
      case "TRUNCATE":
        return StatementKind.TRUNCATE;
      case "CREATE":
      case "ALTER":
      case "DROP":
      case "GRANT":
      case "REVOKE":
        return StatementKind.DDL;
      case "BEGIN":
        {
          String second = words.size() > 1 ? words.get(1) : "";
          String batch =
              second.equals("UNLOGGED") || second.equals("COUNTER")
                  ? (words.size() > 2 ? words.get(2) : "")
                  : second;
          if (batch.equals("BATCH")) {
            return StatementKind.BATCH;
          }
          break;
        }
      default:
        break;
    }
    throw new IllegalArgumentException(
        String.format(
            "Cql.raw(...) cannot tell what `%s` does: it must start with SELECT, INSERT, UPDATE,"
                + " DELETE, BEGIN [UNLOGGED | COUNTER] BATCH, TRUNCATE, CREATE, ALTER, DROP,"
                + " GRANT or REVOKE",
            cql));
  }

  /** The offset after the closing quote of the quoted text starting at {@code start}. */
  private static int skipQuoted(String cql, int start, char quote, String what) {
    int i = start + 1;
    int n = cql.length();
    while (i < n) {
      if (cql.charAt(i) == quote) {
        if (i + 1 < n && cql.charAt(i + 1) == quote) {
          i += 2;
          continue;
        }
        return i + 1;
      }
      i++;
    }
    throw new IllegalArgumentException(
        String.format("%s starting at offset %s of `%s` is not closed", capitalize(what), start, cql));
  }

  private static String capitalize(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static boolean isNameStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
  }

  private static boolean isNamePart(char c) {
    return isNameStart(c) || (c >= '0' && c <= '9');
  }

  /** The statement of {@code cql} and {@code params}, with what its text tells. */
  static CqlStatement statement(String cql, @CheckForNull Object[] params) {
    RawCql raw = scan(cql);
    Object[] values = params == null ? new Object[] {null} : params.clone();
    int markers = raw.markers();
    if (values.length != markers) {
      throw new IllegalArgumentException(
          String.format(
              "`%s` has %s %s marker(s), but received %s param(s): give one value per marker, in"
                  + " text order%s",
              cql,
              markers,
              raw.names.isEmpty() ? "positional" : "named",
              values.length,
              raw.names.isEmpty() ? "" : " (a name used twice takes two values)"));
    }
    for (int i = 0; i < values.length; i++) {
      values[i] = Values.bindable(values[i]);
    }
    // A raw batch is one text: kind BATCH, but no batch type and no children (sent as it is).
    CqlStatementBuilder builder =
        raw.kind == StatementKind.BATCH
            ? new CqlStatementBuilder(raw.kind, cql, null, ImmutableList.of())
            : CqlStatement.builder(raw.kind, cql);
    RawFacts facts = RawFacts.of(raw.kind, raw.tokens);
    if (facts.table != null) {
      builder.table(facts.keyspace, facts.table);
    }
    return builder
        .raw()
        .condition(facts.condition)
        .counter(false)
        .ttl(facts.ttl)
        .timestamp(facts.timestamp)
        .idempotent(raw.kind == StatementKind.SELECT)
        .params(values)
        .markerNames(raw.names.toArray(new String[0]))
        .build();
  }
}
