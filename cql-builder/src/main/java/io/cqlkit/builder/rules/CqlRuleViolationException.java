package io.cqlkit.builder.rules;

import java.util.OptionalInt;

/**
 * A statement or batch breaks a {@link CqlRule}; thrown before anything is sent. The message names
 * the rule, the statement's index in the batch and its CQL, and how to fix it.
 */
public final class CqlRuleViolationException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The broken rule. */
  private final CqlRule rule;

  /** The offending statement's index in the batch, or -1. */
  private final int statementIndex;

  CqlRuleViolationException(CqlRule rule, int statementIndex, String message) {
    super(message);
    this.rule = rule;
    this.statementIndex = statementIndex;
  }

  /** The rule that was broken. */
  public CqlRule rule() {
    return rule;
  }

  /** The index in the batch of the offending statement; empty when the batch as a whole breaks it. */
  public OptionalInt statementIndex() {
    return statementIndex >= 0 ? OptionalInt.of(statementIndex) : OptionalInt.empty();
  }
}
