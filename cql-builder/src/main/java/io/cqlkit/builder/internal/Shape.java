package io.cqlkit.builder.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.cqlkit.builder.ConditionKind;
import io.cqlkit.builder.StatementKind;
import javax.annotation.CheckForNull;

/**
 * The value-independent part of a statement: its text and the facts an engine needs. One shape is
 * shared by every statement bound from the same template, so binding allocates only the params.
 */
public final class Shape {
  /** The rendered text; null only for a batch, whose text is rendered on first use. */
  public @CheckForNull final String cql;

  public final StatementKind kind;
  public @CheckForNull final String keyspace;
  public @CheckForNull final String table;
  public final ConditionKind condition;
  public final boolean counter;
  public final boolean ttl;
  public final boolean timestamp;
  public final boolean idempotent;
  /** Names of the markers in text order when the statement uses {@code :name} markers, else empty. */
  public final ImmutableList<String> markerNames;
  /** Columns bound by equality (INSERT values, WHERE {@code col = ?}), with where to find each value. */
  public final String[] bindingColumns;
  /**
   * For each binding column: the index of its value in params, or -1 to use bindingLiterals. May
   * be longer than bindingColumns (an INSERT shares one array {0, 1, 2...}); read only its first
   * bindingColumns.length entries.
   */
  public final int[] bindingParamIndexes;
  public final Object[] bindingLiterals;
  /** Columns restricted by {@code IN} in the WHERE clause. */
  public final ImmutableSet<String> inColumns;
  /** True for a statement made from text ({@code Cql.raw}): only what its text shows is known. */
  public final boolean raw;
  /**
   * The {@code USING TIMEOUT} term as written ({@code 500ms}, {@code ?}, {@code :t}), or null
   * (ScyllaDB only). A batch renders it into its text.
   */
  public @CheckForNull final String timeout;
  /**
   * The markers of the WHERE relations and of the IF conditions' right sides, which a bind must
   * not give a null or UNSET the server refuses there.
   */
  public final ImmutableList<RelationMarker> relationMarkers;

  /**
   * A shape: {@code raw} when made from text ({@code Cql.raw}), with its {@code USING TIMEOUT}
   * term's text or null, and the markers of its relations (none when the text was not rendered by a
   * builder).
   */
  public Shape(
      @CheckForNull String cql,
      StatementKind kind,
      @CheckForNull String keyspace,
      @CheckForNull String table,
      ConditionKind condition,
      boolean counter,
      boolean ttl,
      boolean timestamp,
      boolean idempotent,
      ImmutableList<String> markerNames,
      String[] bindingColumns,
      int[] bindingParamIndexes,
      Object[] bindingLiterals,
      ImmutableSet<String> inColumns,
      boolean raw,
      @CheckForNull String timeout,
      ImmutableList<RelationMarker> relationMarkers) {
    this.cql = cql;
    this.kind = kind;
    this.keyspace = keyspace;
    this.table = table;
    this.condition = condition;
    this.counter = counter;
    this.ttl = ttl;
    this.timestamp = timestamp;
    this.idempotent = idempotent;
    this.markerNames = markerNames;
    this.bindingColumns = bindingColumns;
    this.bindingParamIndexes = bindingParamIndexes;
    this.bindingLiterals = bindingLiterals;
    this.inColumns = inColumns;
    this.raw = raw;
    this.timeout = timeout;
    this.relationMarkers = relationMarkers;
  }
}
