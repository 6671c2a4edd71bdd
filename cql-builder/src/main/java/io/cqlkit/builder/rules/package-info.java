/**
 * The rules real servers enforce on statements and batches (cql-rules.md), in one place: {@link
 * io.cqlkit.builder.rules.CqlRule} (one constant and one wording per rule), {@link
 * io.cqlkit.builder.rules.CqlRuleViolationException} (the one exception type) and {@link
 * io.cqlkit.builder.rules.CqlValidator} (the rule engine, called by the builders at {@code build()}
 * and by the executor engine before sending, with a {@link io.cqlkit.builder.rules.RuleContext}).
 * The implementation lives in {@code io.cqlkit.builder.internal.rules}.
 */
package io.cqlkit.builder.rules;
