/**
 * Driver-free CQL builders that produce {@link io.cqlkit.builder.CqlStatement}s: the text, its
 * bound values in marker order, and the facts an executor needs (kind, table, conditions,
 * counters, TTL/timestamp, partition bindings, idempotence).
 *
 * <p>Start from {@link io.cqlkit.builder.Cql} ({@code insertInto}, {@code update},
 * {@code deleteFrom}, {@code selectFrom}, the batches and the one-call {@code build*} methods);
 * restrict rows with {@link io.cqlkit.builder.Relation}s, select expressions with
 * {@link io.cqlkit.builder.Selector}s, and write markers, literals and function calls with
 * {@link io.cqlkit.builder.Term}s. Every plain value is bound as {@code ?}, so the text depends
 * only on the statement's shape; its canonical form is a documented contract (cql-format.md).
 *
 * <p>Builders are immutable: each step returns a new builder in O(1) (nothing is copied), so a
 * partial builder can be a shared constant used from many threads. A statement is rendered once,
 * in one pass; {@code template()} renders it once for many {@link io.cqlkit.builder.CqlTemplate#bind
 * binds}. Bad input fails at the step ({@link java.lang.IllegalArgumentException}) or at
 * {@code build()} ({@link java.lang.IllegalStateException}) with a message that says how to fix it.
 */
package io.cqlkit.builder;
