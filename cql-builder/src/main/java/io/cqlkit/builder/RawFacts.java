package io.cqlkit.builder;

import java.util.List;
import javax.annotation.CheckForNull;

/**
 * What the text of a raw statement shows by itself, read from its tokens: the table it names, its
 * lightweight-transaction condition, and whether it carries {@code USING TTL} or {@code USING
 * TIMESTAMP}. {@code IF} and {@code USING} are reserved words in CQL, so outside literals, quoted
 * names and comments they are always the clauses.
 */
final class RawFacts {
  @CheckForNull final String keyspace;
  @CheckForNull final String table;
  final ConditionKind condition;
  final boolean ttl;
  final boolean timestamp;

  private RawFacts(
      @CheckForNull String keyspace,
      @CheckForNull String table,
      ConditionKind condition,
      boolean ttl,
      boolean timestamp) {
    this.keyspace = keyspace;
    this.table = table;
    this.condition = condition;
    this.ttl = ttl;
    this.timestamp = timestamp;
  }

  static RawFacts of(StatementKind kind, List<RawToken> tokens) {
    boolean write = kind.isModification();
    if (!write && kind != StatementKind.SELECT && kind != StatementKind.BATCH) {
      return new RawFacts(null, null, ConditionKind.NONE, false, false);
    }
    int name = tableIndex(kind, tokens);
    String keyspace = null;
    String table = null;
    if (name >= 0 && name < tokens.size() && tokens.get(name).isName()) {
      table = tokens.get(name).name;
      if (name + 2 < tokens.size()
          && tokens.get(name + 1).isSymbol('.')
          && tokens.get(name + 2).isName()) {
        keyspace = table;
        table = tokens.get(name + 2).name;
      }
    }
    ConditionKind condition = write || kind == StatementKind.BATCH ? condition(kind, tokens) : ConditionKind.NONE;
    boolean ttl = false;
    boolean timestamp = false;
    int using = write ? indexOf(tokens, "USING", 0) : kind == StatementKind.BATCH ? batchUsing(tokens) : -1;
    for (int i = using + 1; using >= 0 && i < tokens.size() && !endsUsing(tokens.get(i)); i++) {
      ttl |= tokens.get(i).is("TTL");
      timestamp |= tokens.get(i).is("TIMESTAMP");
    }
    return new RawFacts(keyspace, table, condition, ttl, timestamp);
  }

  /** Where the table's name starts: after INTO, after UPDATE, or after the first FROM. */
  private static int tableIndex(StatementKind kind, List<RawToken> tokens) {
    switch (kind) {
      case INSERT:
        return after(tokens, "INTO");
      case UPDATE:
        return after(tokens, "UPDATE");
      case DELETE:
      case SELECT:
        return after(tokens, "FROM");
      default:
        return -1;
    }
  }

  /** IF NOT EXISTS, IF EXISTS or IF conditions (any IF, for a batch). */
  private static ConditionKind condition(StatementKind kind, List<RawToken> tokens) {
    int at = indexOf(tokens, "IF", 0);
    if (at < 0) {
      return ConditionKind.NONE;
    }
    if (kind == StatementKind.BATCH) {
      return ConditionKind.IF_CONDITIONS;
    }
    if (at + 2 < tokens.size() && tokens.get(at + 1).is("NOT") && tokens.get(at + 2).is("EXISTS")) {
      return ConditionKind.IF_NOT_EXISTS;
    }
    if (at + 1 < tokens.size() && tokens.get(at + 1).is("EXISTS")) {
      return ConditionKind.IF_EXISTS;
    }
    return ConditionKind.IF_CONDITIONS;
  }

  /** The batch's own USING: right after {@code BEGIN [UNLOGGED | COUNTER] BATCH}. */
  private static int batchUsing(List<RawToken> tokens) {
    int batch = indexOf(tokens, "BATCH", 0);
    return batch >= 0 && batch + 1 < tokens.size() && tokens.get(batch + 1).is("USING")
        ? batch + 1
        : -1;
  }

  private static boolean endsUsing(RawToken token) {
    return token.is("SET")
        || token.is("WHERE")
        || token.is("IF")
        || token.is("INSERT")
        || token.is("UPDATE")
        || token.is("DELETE")
        || token.isSymbol(';');
  }

  private static int after(List<RawToken> tokens, String keyword) {
    int at = indexOf(tokens, keyword, 0);
    return at < 0 ? -1 : at + 1;
  }

  private static int indexOf(List<RawToken> tokens, String keyword, int from) {
    for (int i = from; i < tokens.size(); i++) {
      if (tokens.get(i).is(keyword)) {
        return i;
      }
    }
    return -1;
  }
}
