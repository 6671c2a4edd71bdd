package io.cqlkit.builder;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
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
        ConditionKind.IF_EXISTS, false, false, true);
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
        ConditionKind.IF_NOT_EXISTS, false, false, false);
  }

  /** {@code INSERT INTO ks.t (pk, ck, v) VALUES (?, ?, ?) IF EXISTS}. */
  public static CqlStatement insertIfExists() {
    return statement(
        "INSERT INTO ks.t (pk, ck, v) VALUES (?, ?, ?) IF EXISTS",
        StatementKind.INSERT, ConditionKind.IF_EXISTS, false, false, false,
        new Object[] {1, 2, "x"}, new String[] {"pk", "ck", "v"}, new int[] {0, 1, 2});
  }

  /** A LOGGED batch of {@code children} with a batch-level {@code USING TTL}. */
  public static CqlStatement batchWithTtl(List<CqlStatement> children) {
    Shape shape =
        new Shape(
            null, StatementKind.BATCH, null, null, ConditionKind.NONE, false, true, false, true,
            ImmutableList.of(), new String[0], new int[0], new Object[0], ImmutableSet.of());
    Object[] params = children.stream().flatMap(c -> c.params().stream()).toArray();
    return new CqlStatement(shape, params, ImmutableList.copyOf(children), BatchType.LOGGED);
  }

  private static CqlStatement update(
      String cql, ConditionKind condition, boolean counter, boolean ttl, boolean timestamp) {
    return statement(
        cql, StatementKind.UPDATE, condition, counter, ttl, timestamp,
        timestamp ? new Object[] {1L, "v", 1, 2} : new Object[] {"v", 1, 2},
        new String[] {"pk", "ck"}, timestamp ? new int[] {2, 3} : new int[] {1, 2});
  }

  private static CqlStatement counter(String cql, ConditionKind condition, boolean ttl, boolean timestamp) {
    boolean option = ttl || timestamp;
    return new CqlStatement(
        new Shape(
            cql, StatementKind.UPDATE, "ks", "counters", condition, true, ttl, timestamp, false,
            ImmutableList.of(), new String[] {"page"}, new int[] {option ? 2 : 1}, new Object[1],
            ImmutableSet.of()),
        option ? new Object[] {60, 1L, "home"} : new Object[] {1L, "home"});
  }

  private static CqlStatement statement(
      String cql, StatementKind kind, ConditionKind condition, boolean counter, boolean ttl,
      boolean timestamp, Object[] params, String[] bindingColumns, int[] bindingIndexes) {
    return new CqlStatement(
        new Shape(
            cql, kind, "ks", "t", condition, counter, ttl, timestamp, !condition.isConditional(),
            ImmutableList.of(), bindingColumns, bindingIndexes, new Object[bindingColumns.length],
            ImmutableSet.of()),
        params);
  }
}
