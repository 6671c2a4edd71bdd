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
    return EmptyBuilders.of(keyspace, table).insert();
  }

  /** {@code INSERT INTO table}, in the session's keyspace. */
  public static Insert insertInto(String table) {
    return EmptyBuilders.of(table).insert();
  }

  /** {@code UPDATE keyspace.table}. */
  public static Update update(String keyspace, String table) {
    return EmptyBuilders.of(keyspace, table).update();
  }

  /** {@code UPDATE table}, in the session's keyspace. */
  public static Update update(String table) {
    return EmptyBuilders.of(table).update();
  }

  /** {@code DELETE FROM keyspace.table}. */
  public static Delete deleteFrom(String keyspace, String table) {
    return EmptyBuilders.of(keyspace, table).delete();
  }

  /** {@code DELETE FROM table}, in the session's keyspace. */
  public static Delete deleteFrom(String table) {
    return EmptyBuilders.of(table).delete();
  }

  /** {@code SELECT ... FROM keyspace.table}; selects {@code *} unless columns are chosen. */
  public static Select selectFrom(String keyspace, String table) {
    return EmptyBuilders.of(keyspace, table).select();
  }

  /** {@code SELECT ... FROM table}, in the session's keyspace. */
  public static Select selectFrom(String table) {
    return EmptyBuilders.of(table).select();
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
   * map's iteration order.
   *
   * @param keyspace the keyspace, or null for the session's keyspace
   * @param values the columns and values: a map with a defined order (LinkedHashMap, SortedMap,
   *     Guava ImmutableMap, or one entry); a HashMap or {@code Map.of} of several entries is refused,
   *     as its order, and so the text, could change between JVMs
   */
  public static CqlStatement buildInsert(
      @CheckForNull String keyspace, String table, Map<String, ?> values) {
    return buildInsert(keyspace, table, values, InsertOptions.none());
  }

  /**
   * {@link #buildInsert(String, String, Map)} with options: {@code IF NOT EXISTS}, {@code USING
   * TTL}, {@code USING TIMESTAMP}, nulls as {@link Unset#UNSET}.
   *
   * <pre>{@code
   * buildInsert("ks", "events", ImmutableMap.of("user_id", uid, "ts", ts),
   *     InsertOptions.builder().ifNotExists().ttl(60).build());
   * // INSERT INTO ks.events (user_id, ts) VALUES (?, ?) IF NOT EXISTS USING TTL ?
   * }</pre>
   */
  public static CqlStatement buildInsert(
      @CheckForNull String keyspace, String table, Map<String, ?> values, InsertOptions options) {
    checkArgument(
        values != null && !values.isEmpty(),
        "buildInsert(...) needs at least one column value in the map");
    checkArgument(options != null, "options must not be null: pass InsertOptions.none()");
    OrderedMaps.checkOrdered(values, "buildInsert(...)", "values");
    Insert insert = EmptyBuilders.of(Target.ofNullableKeyspace(keyspace, table)).insert();
    for (Map.Entry<String, ?> e : values.entrySet()) {
      Object value = e.getValue();
      insert = insert.value(e.getKey(), value == null && options.nullsAsUnset() ? Unset.UNSET : value);
    }
    return options.applyTo(insert).build();
  }

  /**
   * {@code UPDATE keyspace.table SET a = ?, b = ? WHERE pk = ? AND ck = ?}: the {@code set} map's
   * columns are assigned and the {@code where} map's columns are matched by equality, each in its
   * map's iteration order (a map with a defined order, as for {@link #buildInsert(String, String,
   * Map)}).
   *
   * @param keyspace the keyspace, or null for the session's keyspace
   */
  public static CqlStatement buildUpdate(
      @CheckForNull String keyspace, String table, Map<String, ?> set, Map<String, ?> where) {
    return buildUpdate(keyspace, table, set, where, UpdateOptions.none());
  }

  /**
   * {@link #buildUpdate(String, String, Map, Map)} with options: more WHERE relations (any
   * operator), {@code IF EXISTS} or conditions, {@code USING TTL}, {@code USING TIMESTAMP}.
   *
   * <pre>{@code
   * buildUpdate("ks", "t", ImmutableMap.of("v", "new"), ImmutableMap.of("pk", 1, "ck", 2),
   *     UpdateOptions.builder().onlyIf(eq("v", "old")).build());
   * // UPDATE ks.t SET v = ? WHERE pk = ? AND ck = ? IF v = ?
   * }</pre>
   */
  public static CqlStatement buildUpdate(
      @CheckForNull String keyspace,
      String table,
      Map<String, ?> set,
      Map<String, ?> where,
      UpdateOptions options) {
    checkArgument(
        set != null && !set.isEmpty(), "buildUpdate(...) needs at least one column to set");
    checkArgument(options != null, "options must not be null: pass UpdateOptions.none()");
    checkArgument(
        where != null && (!where.isEmpty() || !options.where().isEmpty()),
        "buildUpdate(...) needs the primary-key columns in the where map");
    OrderedMaps.checkOrdered(set, "buildUpdate(...)", "set");
    OrderedMaps.checkOrdered(where, "buildUpdate(...)", "where");
    Update update = EmptyBuilders.of(Target.ofNullableKeyspace(keyspace, table)).update();
    for (Map.Entry<String, ?> e : set.entrySet()) {
      update = update.set(e.getKey(), e.getValue());
    }
    for (Map.Entry<String, ?> e : where.entrySet()) {
      update = update.where(e.getKey(), e.getValue());
    }
    return options.applyTo(update).build();
  }

  /**
   * {@code DELETE FROM keyspace.table WHERE pk = ? AND ck = ?}: the rows whose columns equal the
   * map's values, in the map's iteration order (a map with a defined order, as for {@link
   * #buildInsert(String, String, Map)}).
   *
   * @param keyspace the keyspace, or null for the session's keyspace
   */
  public static CqlStatement buildDelete(
      @CheckForNull String keyspace, String table, Map<String, ?> where) {
    return buildDelete(keyspace, table, where, DeleteOptions.none());
  }

  /**
   * {@link #buildDelete(String, String, Map)} with options: the columns to delete, more WHERE
   * relations (any operator), {@code IF EXISTS} or conditions, {@code USING TIMESTAMP}.
   *
   * <pre>{@code
   * buildDelete("ks", "t", ImmutableMap.of("pk", 1), DeleteOptions.builder().where(gte("ck", 10)).build());
   * // DELETE FROM ks.t WHERE pk = ? AND ck >= ?
   * }</pre>
   */
  public static CqlStatement buildDelete(
      @CheckForNull String keyspace, String table, Map<String, ?> where, DeleteOptions options) {
    checkArgument(options != null, "options must not be null: pass DeleteOptions.none()");
    checkArgument(
        where != null && (!where.isEmpty() || !options.where().isEmpty()),
        "buildDelete(...) needs at least the partition-key columns in the where map");
    OrderedMaps.checkOrdered(where, "buildDelete(...)", "where");
    Delete delete = EmptyBuilders.of(Target.ofNullableKeyspace(keyspace, table)).delete();
    for (Map.Entry<String, ?> e : where.entrySet()) {
      delete = delete.where(e.getKey(), e.getValue());
    }
    return options.applyTo(delete).build();
  }

  /**
   * {@code SELECT * FROM keyspace.table WHERE pk = ?}: the rows whose columns equal the map's
   * values, in the map's iteration order (an empty map selects every row; a map with a defined
   * order, as for {@link #buildInsert(String, String, Map)}).
   *
   * @param keyspace the keyspace, or null for the session's keyspace
   */
  public static CqlStatement buildSelect(
      @CheckForNull String keyspace, String table, Map<String, ?> where) {
    return buildSelect(keyspace, table, where, SelectOptions.none());
  }

  /**
   * {@link #buildSelect(String, String, Map)} with options: columns, {@code DISTINCT}, more WHERE
   * relations (any operator), {@code ORDER BY}, {@code PER PARTITION LIMIT}, {@code LIMIT}, {@code
   * ALLOW FILTERING}.
   *
   * <pre>{@code
   * buildSelect("ks", "t", ImmutableMap.of("pk", 1),
   *     SelectOptions.builder().where(in("ck", List.of(1, 2))).orderBy("ck", Order.DESC).limit(10).build());
   * // SELECT * FROM ks.t WHERE pk = ? AND ck IN ? ORDER BY ck DESC LIMIT ?
   * }</pre>
   */
  public static CqlStatement buildSelect(
      @CheckForNull String keyspace, String table, Map<String, ?> where, SelectOptions options) {
    checkArgument(where != null, "buildSelect(...) needs a where map (empty for every row)");
    checkArgument(options != null, "options must not be null: pass SelectOptions.none()");
    OrderedMaps.checkOrdered(where, "buildSelect(...)", "where");
    Select select = EmptyBuilders.of(Target.ofNullableKeyspace(keyspace, table)).select();
    for (Map.Entry<String, ?> e : where.entrySet()) {
      select = select.where(e.getKey(), e.getValue());
    }
    return options.applyTo(select).build();
  }

  /** A batch of the given type holding the statements, in order. */
  public static CqlStatement buildBatch(BatchType type, Iterable<CqlStatement> statements) {
    return buildBatch(type, statements, BatchOptions.none());
  }

  /** A batch of the given type holding the statements, in order, with options (batch timestamp). */
  public static CqlStatement buildBatch(
      BatchType type, Iterable<CqlStatement> statements, BatchOptions options) {
    checkArgument(options != null, "options must not be null: pass BatchOptions.none()");
    return options.applyTo(Batch.of(type).addAll(statements)).build();
  }

  /**
   * A statement from CQL text and its params, for what the builders cannot write. Its kind comes
   * from the first keyword ({@code BEGIN BATCH} is a batch), and its markers are counted outside
   * string literals, quoted names and comments: one param per {@code ?}, or per {@code :name} (a
   * name used twice takes two), in text order. The text is sent as given: it is outside the
   * canonical-text contract, and only what it shows by itself is known of it ({@link
   * CqlStatement#isRaw()}): its kind (so an engine refuses a raw SELECT in a batch), its table, its
   * {@code IF} condition and its {@code USING TTL}/{@code TIMESTAMP}, which the engine's rules
   * check. Whether a raw UPDATE is a counter update comes from its table's schema facts; its
   * partition is unknown (the server checks what depends on it). It is not idempotent unless it is
   * a SELECT.
   *
   * <pre>{@code
   * raw("UPDATE ks.t SET v = v + ? WHERE pk = ?", 1, 7);
   * raw("SELECT * FROM ks.t WHERE pk = :pk", 7);
   * }</pre>
   *
   * @throws IllegalArgumentException if the first keyword is not a statement's, named and
   *     positional markers are mixed, the text holds several statements, or the params do not
   *     match the markers
   */
  public static CqlStatement raw(String cql, Object... params) {
    return RawCql.statement(cql, params);
  }
}
