/**
 * The batch and lightweight-transaction rules of cql-rules.md, in one place: one constant, one
 * wording and one exception type per rule. The statement builders call them at {@code build()}
 * for what a statement shows by itself; the executor-spi engine calls them with what only it
 * knows (schema facts, sizes, the executor's capabilities).
 */
package io.cqlkit.builder.rules;
