/**
 * AssertJ assertions for golden-string tests of {@link io.cqlkit.builder.CqlStatement}s:
 * {@code assertThat(statement).hasCql("...").hasParams(...)}. Needs assertj-core on the test
 * classpath (an optional dependency of cql-builder).
 */
package io.cqlkit.builder.assertj;
