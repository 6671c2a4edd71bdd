package io.cqlkit.builder;

/** What a {@link CqlStatement} does, so an engine can apply its rules without re-parsing text. */
public enum StatementKind {
  /** {@code INSERT INTO ...}. */
  INSERT,
  /** {@code UPDATE ...}. */
  UPDATE,
  /** {@code DELETE ... FROM ...}. */
  DELETE,
  /** {@code SELECT ... FROM ...}. */
  SELECT,
  /** {@code BEGIN ... BATCH ... APPLY BATCH}. */
  BATCH,
  /** TRUNCATE: a data statement that is neither DML nor allowed in a batch. */
  TRUNCATE,
  /** Any schema statement: CREATE/ALTER/DROP of keyspaces, tables, types, indexes, views. */
  DDL;

  /** True for INSERT, UPDATE and DELETE: the only kinds a batch may hold. */
  public boolean isModification() {
    return this == INSERT || this == UPDATE || this == DELETE;
  }
}
