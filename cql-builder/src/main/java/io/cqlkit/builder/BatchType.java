package io.cqlkit.builder;

/** The three kinds of CQL batch. LOGGED is the default, as in CQL itself. */
public enum BatchType {
  /** {@code BEGIN BATCH}: all or nothing, through the batch log. */
  LOGGED(""),
  /** {@code BEGIN UNLOGGED BATCH}: no batch log. */
  UNLOGGED("UNLOGGED "),
  /** {@code BEGIN COUNTER BATCH}: counter updates only. */
  COUNTER("COUNTER ");

  private final String keyword;

  BatchType(String keyword) {
    this.keyword = keyword;
  }

  /** The words between {@code BEGIN } and {@code BATCH}, with a trailing space, or empty. */
  public String keyword() {
    return keyword;
  }
}
