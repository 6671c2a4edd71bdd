package io.cqlkit.builder;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.errorprone.annotations.CheckReturnValue;
import io.cqlkit.builder.internal.Target;
import java.util.Map;
import javax.annotation.CheckForNull;

/**
 * Where every statement starts: static-import it and write CQL in Java.
 *
 * <pre>{@code
 * import static io.cqlkit.builder.Cql.*;
 * import static io.cqlkit.builder.Relation.*;
 * import static io.cqlkit.builder.Term.*;
 *
 * insertInto("ks", "events").value("user_id", uid).value("ts", ts).usingTtl(60).build();
 * update("ks", "counters").increment("views", 1).where("page", page).build();
 * deleteFrom("ks", "t").where("pk", pk).where(gte("ck", from)).build();
 * selectFrom("ks", "t").columns("a", "b").where("pk", pk).limit(10).build();
 * loggedBatch().add(first).add(second).build();
 * }</pre>
 *
 * <p>Every plain value becomes a bound {@code ?} whose value is in {@link CqlStatement#params()},
 * so the text depends only on the statement's shape. Relations come from {@link Relation}, value
 * terms (markers, literals, function calls) from {@link Term}, and selectors (functions, aliases,
 * {@code token}, elements) from {@link Selector}. The {@code build*} methods are one-call shortcuts
 * over the same builders, for code that holds its values in maps.
 */
@CheckReturnValue
public final class Cql {
  private Cql() {}

  /** {@code INSERT INTO keyspace.table}. */
  public static Insert insertInto(String keyspace, String table) {
    return EmptyBuilders.of(Target.of(keyspace, table)).insert();
  }

  /** {@code INSERT INTO table}, in the session's keyspace. */
  public static Insert insertInto(String table) {
    return EmptyBuilders.of(Target.of(table)).insert();
  }

  /** {@code UPDATE keyspace.table}. */
  public static Update update(String keyspace, String table) {
    return EmptyBuilders.of(Target.of(keyspace, table)).update();
  }

  /** {@code UPDATE table}, in the session's keyspace. */
  public static Update update(String table) {
    return EmptyBuilders.of(Target.of(table)).update();
  }

  /** {@code DELETE FROM keyspace.table}. */
  public static Delete deleteFrom(String keyspace, String table) {
    return EmptyBuilders.of(Target.of(keyspace, table)).delete();
  }

  /** {@code DELETE FROM table}, in the session's keyspace. */
  public static Delete deleteFrom(String table) {
    return EmptyBuilders.of(Target.of(table)).delete();
  }

  /** {@code SELECT ... FROM keyspace.table}; selects {@code *} unless columns are chosen. */
  public static Select selectFrom(String keyspace, String table) {
    return EmptyBuilders.of(Target.of(keyspace, table)).select();
  }

  /** {@code SELECT ... FROM table}, in the session's keyspace. */
  public static Select selectFrom(String table) {
    return EmptyBuilders.of(Target.of(table)).select();
  }

  /** A batch of the given type. */
  public static Batch batch(BatchType type) {
    return Batch.of(type);
  }

  /** {@code BEGIN BATCH}: all or nothing, through the batch log. */
  public static Batch loggedBatch() {
    return Batch.of(BatchType.LOGGED);
  }

  /** {@code BEGIN UNLOGGED BATCH}: no batch log; best for statements on one partition. */
  public static Batch unloggedBatch() {
    return Batch.of(BatchType.UNLOGGED);
  }

  /** {@code BEGIN COUNTER BATCH}: counter updates only. */
  public static Batch counterBatch() {
    return Batch.of(BatchType.COUNTER);
  }

  /**
   * {@code INSERT INTO keyspace.table (c1, c2) VALUES (?, ?)} with one column per map entry, in the
   * map's iteration order (use a LinkedHashMap or ImmutableMap for a stable text).
   *
   * @param keyspace the keyspace, or null for the session's keyspace
   */
  public static CqlStatement buildInsert(
      @CheckForNull String keyspace, String table, Map<String, ?> values) {
    checkArgument(
        values != null && !values.isEmpty(),
        "buildInsert(...) needs at least one column value in the map");
    Insert insert = EmptyBuilders.of(Target.ofNullableKeyspace(keyspace, table)).insert();
    for (Map.Entry<String, ?> e : values.entrySet()) {
      insert = insert.value(e.getKey(), e.getValue());
    }
    return insert.build();
  }

  /**
   * {@code UPDATE keyspace.table SET a = ?, b = ? WHERE pk = ? AND ck = ?}: the {@code set} map's
   * columns are assigned and the {@code where} map's columns are matched by equality, each in its
   * map's iteration order.
   *
   * @param keyspace the keyspace, or null for the session's keyspace
   */
  public static CqlStatement buildUpdate(
      @CheckForNull String keyspace, String table, Map<String, ?> set, Map<String, ?> where) {
    checkArgument(
        set != null && !set.isEmpty(), "buildUpdate(...) needs at least one column to set");
    checkArgument(
        where != null && !where.isEmpty(),
        "buildUpdate(...) needs the primary-key columns in the where map");
    Update update = EmptyBuilders.of(Target.ofNullableKeyspace(keyspace, table)).update();
    for (Map.Entry<String, ?> e : set.entrySet()) {
      update = update.set(e.getKey(), e.getValue());
    }
    for (Map.Entry<String, ?> e : where.entrySet()) {
      update = update.where(e.getKey(), e.getValue());
    }
    return update.build();
  }

  /**
   * {@code DELETE FROM keyspace.table WHERE pk = ? AND ck = ?}: the rows whose columns equal the
   * map's values, in the map's iteration order.
   *
   * @param keyspace the keyspace, or null for the session's keyspace
   */
  public static CqlStatement buildDelete(
      @CheckForNull String keyspace, String table, Map<String, ?> where) {
    checkArgument(
        where != null && !where.isEmpty(),
        "buildDelete(...) needs at least the partition-key columns in the where map");
    Delete delete = EmptyBuilders.of(Target.ofNullableKeyspace(keyspace, table)).delete();
    for (Map.Entry<String, ?> e : where.entrySet()) {
      delete = delete.where(e.getKey(), e.getValue());
    }
    return delete.build();
  }

  /**
   * {@code SELECT * FROM keyspace.table WHERE pk = ?}: the rows whose columns equal the map's
   * values (an empty map selects every row).
   *
   * @param keyspace the keyspace, or null for the session's keyspace
   */
  public static CqlStatement buildSelect(
      @CheckForNull String keyspace, String table, Map<String, ?> where) {
    checkArgument(where != null, "buildSelect(...) needs a where map (empty for every row)");
    Select select = EmptyBuilders.of(Target.ofNullableKeyspace(keyspace, table)).select();
    for (Map.Entry<String, ?> e : where.entrySet()) {
      select = select.where(e.getKey(), e.getValue());
    }
    return select.build();
  }

  /** A batch of the given type holding the statements, in order. */
  public static CqlStatement buildBatch(BatchType type, Iterable<CqlStatement> statements) {
    return Batch.of(type).addAll(statements).build();
  }
}
