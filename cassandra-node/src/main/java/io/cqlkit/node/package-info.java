/**
 * A real Apache Cassandra 5.0 node for integration tests, benchmarks and examples: {@link
 * io.cqlkit.node.CassandraNode} starts one in its own JVM from Maven Central jars, and {@link
 * io.cqlkit.node.CassandraNodeExtension} shares one node across a JUnit 5 run.
 */
package io.cqlkit.node;
