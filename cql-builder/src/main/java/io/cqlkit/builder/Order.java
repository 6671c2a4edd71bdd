package io.cqlkit.builder;

/** The direction of an ORDER BY column. */
public enum Order {
  /** Ascending. */
  ASC,
  /** Descending. */
  DESC
}
