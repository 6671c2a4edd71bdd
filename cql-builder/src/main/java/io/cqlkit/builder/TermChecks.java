package io.cqlkit.builder;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigInteger;
import javax.annotation.CheckForNull;

/**
 * The terms CQL takes in one form only, checked where a step takes them: a TTL, a timestamp, a
 * LIMIT or PER PARTITION LIMIT, a timeout, a counter's amount.
 */
final class TermChecks {
  /** Cassandra's largest TTL: 20 years, in seconds. */
  static final int MAX_TTL = 630_720_000;

  private TermChecks() {}

  static Term ttl(int seconds) {
    checkTtl(seconds);
    return Term.of(seconds);
  }

  /** A TTL term: a marker, or an integer literal in the range {@link #ttl(int)} checks. */
  static Term ttl(@CheckForNull Term seconds) {
    Term term = intValue(seconds, "the TTL");
    if (term.isLiteral()) {
      checkTtl(((Number) term.literalValue()).longValue());
    }
    return term;
  }

  /** The TTL rule, for every form that takes a TTL (steps, one-call options). */
  static long checkTtl(long seconds) {
    checkArgument(
        seconds >= 0 && seconds <= MAX_TTL,
        "a TTL is 0 (no expiry) to %s seconds (20 years), not %s",
        MAX_TTL,
        seconds);
    return seconds;
  }

  /** A LIMIT or PER PARTITION LIMIT: a positive number of rows; {@code what} names the step. */
  static Term rows(int rows, String what) {
    return Term.of((int) checkRows(rows, what));
  }

  /** A limit term: a marker, or an integer literal in the range {@link #rows(int, String)} checks. */
  static Term rows(@CheckForNull Term rows, String what) {
    Term term = intValue(rows, what.equals("limit") ? "the limit" : "the per-partition limit");
    if (term.isLiteral()) {
      checkRows(((Number) term.literalValue()).longValue(), what);
    }
    return term;
  }

  /** The LIMIT rule; {@code what} names the step, such as {@code "limit"}. */
  static long checkRows(long rows, String what) {
    checkArgument(rows > 0, "%s(...) takes a positive number of rows, not %s", what, rows);
    return rows;
  }

  /**
   * A counter's amount: a marker, a function call, or an integer literal (a counter adds a
   * bigint; {@code views = views + 'x'} does not parse as one).
   */
  static Term counterAmount(@CheckForNull Term amount) {
    Term term = Clauses.term(amount, "the amount");
    checkArgument(
        !term.isLiteral() || isInteger(term.literalValue()),
        "a counter amount is an integer, not %s: pass a long, marker() or literal(n)",
        term);
    return term;
  }

  /**
   * Checks a TTL, timestamp or limit: the grammar takes only a marker or an integer literal there
   * (its {@code intValue}), so a function call, a tuple or another literal would not parse.
   */
  static Term intValue(@CheckForNull Term term, String what) {
    Clauses.term(term, what);
    checkArgument(
        term.isSingleMarker() || (term.isLiteral() && isInteger(term.literalValue())),
        "%s must be a marker or an integer literal, not %s (CQL takes nothing else there): pass"
            + " a number, marker(), marker(name) or literal(n)",
        what,
        term);
    return term;
  }

  private static boolean isInteger(@CheckForNull Object value) {
    return value instanceof Integer
        || value instanceof Long
        || value instanceof Short
        || value instanceof Byte
        || value instanceof BigInteger;
  }

  /** A timeout as a duration literal ({@code 1s500ms}), checked to be positive. */
  static Term timeout(java.time.Duration timeout) {
    positiveTimeout(timeout);
    StringBuilder sb = new StringBuilder();
    OrderByItem.appendDuration(sb, timeout);
    return new LiteralTerm(timeout, sb.toString());
  }

  /** A timeout's value (a literal's, or a marker's), checked to be positive. */
  static java.time.Duration positiveTimeout(@CheckForNull java.time.Duration timeout) {
    checkArgument(
        timeout != null && !timeout.isNegative() && !timeout.isZero(),
        "a timeout must be positive, not %s",
        timeout);
    return timeout;
  }

  /** A timeout marker, {@code ?} or {@code :name}, bound as a CQL duration. */
  static Term timeoutMarker(Term timeout) {
    checkArgument(
        timeout instanceof MarkerTerm || timeout instanceof NamedMarkerTerm,
        "usingTimeout(...) takes a Duration (USING TIMEOUT 500ms) or a marker (USING TIMEOUT ?),"
            + " not %s",
        timeout);
    return timeout;
  }
}
