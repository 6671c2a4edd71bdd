package io.cqlkit.builder;

/** The three kinds of CQL batch. LOGGED is the default, as in CQL itself. */
public enum BatchType {
  LOGGED(""),
  UNLOGGED("UNLOGGED "),
  COUNTER("COUNTER ");

  private final String keyword;

  BatchType(String keyword) {
    this.keyword = keyword;
  }

  /** The words between {@code BEGIN } and {@code BATCH}, with a trailing space, or empty. */
  String keyword() {
    return keyword;
  }
}
