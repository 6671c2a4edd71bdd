package io.cqlkit.conformance;

import io.cqlkit.builder.BatchType;
import io.cqlkit.builder.ConditionKind;
import io.cqlkit.builder.StatementKind;
import java.util.List;
import java.util.Optional;
import org.apache.cassandra.cql3.CQLStatement;

/**
 * What Cassandra's parser made of one CQL text: the raw statement and the facts a test compares
 * with a {@code CqlStatement} (markers, kind, target table, condition, batch type).
 */
public final class ParsedCql {
  private final String cql;
  private final CQLStatement.Raw statement;
  private final int markerCount;
  private final List<String> markerNames;
  private final StatementKind kind;
  private final String keyspace;
  private final String table;
  private final ConditionKind conditionKind;
  private final BatchType batchType;
  private final List<ParsedCql> children;

  ParsedCql(
      String cql,
      CQLStatement.Raw statement,
      int markerCount,
      List<String> markerNames,
      StatementKind kind,
      String keyspace,
      String table,
      ConditionKind conditionKind,
      BatchType batchType,
      List<ParsedCql> children) {
    this.cql = cql;
    this.statement = statement;
    this.markerCount = markerCount;
    this.markerNames = List.copyOf(markerNames);
    this.kind = kind;
    this.keyspace = keyspace;
    this.table = table;
    this.conditionKind = conditionKind;
    this.batchType = batchType;
    this.children = List.copyOf(children);
  }

  /** The text that was parsed. */
  public String cql() {
    return cql;
  }

  /** Cassandra's raw (unprepared) statement. */
  public CQLStatement.Raw statement() {
    return statement;
  }

  /** The number of bind markers ({@code ?} and {@code :name}), each occurrence counted; -1 for a batch child. */
  public int markerCount() {
    return markerCount;
  }

  /** The names of the {@code :name} markers in text order; empty when the markers are positional. */
  public List<String> markerNames() {
    return markerNames;
  }

  /** The kind of statement; empty for statements cqlkit does not build (USE, GRANT, ...). */
  public Optional<StatementKind> kind() {
    return Optional.ofNullable(kind);
  }

  /** The keyspace the statement names explicitly (for keyspace DDL: the keyspace itself). */
  public Optional<String> keyspace() {
    return Optional.ofNullable(keyspace);
  }

  /**
   * The table a DML or TRUNCATE statement targets; for DDL the object it changes: the table, view
   * or type, the indexed table of CREATE INDEX, the index of DROP INDEX; empty for keyspace DDL.
   */
  public Optional<String> table() {
    return Optional.ofNullable(table);
  }

  /** The condition of an INSERT, UPDATE or DELETE; empty for other statements. */
  public Optional<ConditionKind> conditionKind() {
    return Optional.ofNullable(conditionKind);
  }

  /** The batch type, for a batch. */
  public Optional<BatchType> batchType() {
    return Optional.ofNullable(batchType);
  }

  /** A batch's statements (their markers are counted by the batch: {@link #markerCount()} is -1 here). */
  public List<ParsedCql> children() {
    return children;
  }

  @Override
  public String toString() {
    return "ParsedCql{" + kind + " " + (table == null ? "" : keyspace + "." + table + " ")
        + markerCount + " markers: " + cql + "}";
  }
}
