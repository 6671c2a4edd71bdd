package io.cqlkit.executor;

import io.cqlkit.builder.BatchType;
import io.cqlkit.builder.ConditionKind;
import io.cqlkit.builder.CqlStatement;
import io.cqlkit.builder.CqlStatementBuilder;
import io.cqlkit.builder.StatementKind;
import java.util.List;

/**
 * Statements the builders refuse to build (they check these rules themselves), made directly with
 * chosen facts so the engine's own checks can be tested: a statement built by other means, or by
 * an older builder, must still be refused before it is sent.
 */
public final class RuleBreakers {
  private RuleBreakers() {}

  /** {@code UPDATE ks.t USING TIMESTAMP ? SET v = ? WHERE pk = ? AND ck = ? IF EXISTS}. */
  public static CqlStatement conditionalUpdateWithTimestamp() {
    return update(
        "UPDATE ks.t USING TIMESTAMP ? SET v = ? WHERE pk = ? AND ck = ? IF EXISTS",
        ConditionKind.IF_EXISTS, true);
  }

  /** {@code UPDATE ks.counters USING TTL ? SET views = views + ? WHERE page = ?}. */
  public static CqlStatement counterUpdateWithTtl() {
    return counter("UPDATE ks.counters USING TTL ? SET views = views + ? WHERE page = ?", ConditionKind.NONE, true, false);
  }

  /** {@code UPDATE ks.counters USING TIMESTAMP ? SET views = views + ? WHERE page = ?}. */
  public static CqlStatement counterUpdateWithTimestamp() {
    return counter("UPDATE ks.counters USING TIMESTAMP ? SET views = views + ? WHERE page = ?", ConditionKind.NONE, false, true);
  }

  /** {@code UPDATE ks.counters SET views = views + ? WHERE page = ? IF EXISTS}. */
  public static CqlStatement conditionalCounterUpdate() {
    return counter("UPDATE ks.counters SET views = views + ? WHERE page = ? IF EXISTS", ConditionKind.IF_EXISTS, false, false);
  }

  /** {@code UPDATE ks.t SET v = ? WHERE pk = ? AND ck = ? IF NOT EXISTS}. */
  public static CqlStatement updateIfNotExists() {
    return update(
        "UPDATE ks.t SET v = ? WHERE pk = ? AND ck = ? IF NOT EXISTS",
        ConditionKind.IF_NOT_EXISTS, false);
  }

  /** {@code INSERT INTO ks.t (pk, ck, v) VALUES (?, ?, ?) IF EXISTS}. */
  public static CqlStatement insertIfExists() {
    return CqlStatement.builder(
            StatementKind.INSERT, "INSERT INTO ks.t (pk, ck, v) VALUES (?, ?, ?) IF EXISTS")
        .table("ks", "t")
        .condition(ConditionKind.IF_EXISTS)
        .params(1, 2, "x")
        .binding("pk", 0)
        .binding("ck", 1)
        .binding("v", 2)
        .build();
  }

  /** A LOGGED batch of {@code children} with a batch-level {@code USING TTL}. */
  public static CqlStatement batchWithTtl(List<CqlStatement> children) {
    return CqlStatement.batchBuilder(BatchType.LOGGED, children)
        .condition(ConditionKind.NONE)
        .counter(false)
        .idempotent(true)
        .ttl(true)
        .build();
  }

  private static CqlStatement update(String cql, ConditionKind condition, boolean timestamp) {
    CqlStatementBuilder update =
        CqlStatement.builder(StatementKind.UPDATE, cql)
            .table("ks", "t")
            .condition(condition)
            .timestamp(timestamp);
    return timestamp
        ? update.params(1L, "v", 1, 2).binding("pk", 2).binding("ck", 3).build()
        : update.params("v", 1, 2).binding("pk", 1).binding("ck", 2).build();
  }

  private static CqlStatement counter(String cql, ConditionKind condition, boolean ttl, boolean timestamp) {
    boolean option = ttl || timestamp;
    CqlStatementBuilder counter =
        CqlStatement.builder(StatementKind.UPDATE, cql)
            .table("ks", "counters")
            .condition(condition)
            .counter(true)
            .ttl(ttl)
            .timestamp(timestamp)
            .idempotent(false);
    return option
        ? counter.params(60, 1L, "home").binding("page", 2).build()
        : counter.params(1L, "home").binding("page", 1).build();
  }
}
