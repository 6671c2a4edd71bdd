package io.cqlkit.builder.schema;

/** How a vector (SAI) index compares embeddings: its {@code similarity_function} option. */
public enum SimilarityFunction {
  /** Angle between vectors; the default of Cassandra 5. */
  COSINE,
  /** Dot product; for normalized vectors, the fastest equivalent of cosine. */
  DOT_PRODUCT,
  /** Straight-line distance. */
  EUCLIDEAN
}
