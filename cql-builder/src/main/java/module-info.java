/**
 * cqlkit's CQL builders: immutable, driver-free statement builders producing {@code (cql, params)}.
 * Exports only the API packages; {@code io.cqlkit.builder.internal} is the machinery behind them.
 */
module io.cqlkit.builder {
  requires transitive com.google.common;
  requires static com.google.errorprone.annotations;
  requires static jsr305;
  requires static org.assertj.core;

  exports io.cqlkit.builder;
  exports io.cqlkit.builder.schema;
  exports io.cqlkit.builder.assertj;
  exports io.cqlkit.builder.mapping;
  exports io.cqlkit.builder.rules;
}
