/**
 * Schema (DDL) builders: CREATE, ALTER and DROP of keyspaces, tables, indexes, materialized views
 * and user types, and TRUNCATE, rendered as canonical Cassandra 5.0 CQL.
 *
 * <p>Start from {@link io.cqlkit.builder.schema.Schema} and {@link
 * io.cqlkit.builder.schema.DataType}, both made to be static-imported:
 *
 * <pre>{@code
 * import static io.cqlkit.builder.schema.ClusteringOrder.DESC;
 * import static io.cqlkit.builder.schema.DataType.*;
 * import static io.cqlkit.builder.schema.Schema.*;
 *
 * CqlStatement keyspace =
 *     createKeyspace("ks").ifNotExists().withReplication(Replication.simpleStrategy(1)).build();
 * // CREATE KEYSPACE IF NOT EXISTS ks WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}
 *
 * CqlStatement table =
 *     createTable("ks", "events").ifNotExists()
 *         .withPartitionKey("user_id", UUID)
 *         .withClusteringColumn("ts", TIMESTAMP)
 *         .withColumn("event_type", TEXT)
 *         .withClusteringOrder("ts", DESC)
 *         .build();
 * // CREATE TABLE IF NOT EXISTS ks.events (user_id uuid, ts timestamp, event_type text,
 * //     PRIMARY KEY ((user_id), ts)) WITH CLUSTERING ORDER BY (ts DESC)
 *
 * CqlStatement index = createIndex().onTable("ks", "items").column("embedding").usingSai().build();
 * // CREATE INDEX ON ks.items (embedding) USING 'sai'
 * }</pre>
 *
 * <p>The builders are immutable: each step returns a new builder in constant time, so a partial
 * builder can be a shared constant. {@code build()} checks the whole statement, refusing what
 * Cassandra would refuse with an {@link java.lang.IllegalStateException} that says how to fix it (a
 * bad argument to a step fails at once with an {@link java.lang.IllegalArgumentException}), and
 * returns a {@link io.cqlkit.builder.CqlStatement} of kind DDL (TRUNCATE for {@code truncate})
 * naming the keyspace and table it changes.
 *
 * <p>The text is canonical: keywords in upper case, types in lower case, single spaces, lists
 * separated by {@code ", "}, options joined by {@code " AND "} in the order first set, no trailing
 * semicolon. Names render bare when they can and double-quoted otherwise. DDL has no bind markers:
 * option values are CQL literals, and map options render with {@code 'class'} first and the other
 * keys sorted, so the text never depends on a map's iteration order. The partition key always sits
 * in its own parentheses: {@code PRIMARY KEY ((id))}.
 */
package io.cqlkit.builder.schema;
