package io.cqlkit.builder.schema;

/** The order rows are stored in within a partition, per clustering column. */
public enum ClusteringOrder {
  /** Ascending: the default. */
  ASC,
  /** Descending: newest first for a time column. */
  DESC
}
