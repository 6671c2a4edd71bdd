package io.cqlkit.builder.rules;

/**
 * How a batch reaches the server, which decides some rules: a batch timestamp is a text rule
 * (rule 3), the statement limit and values bound by name are protocol-batch rules (rules 6, 7).
 * An executor declares it by the capabilities it offers; the engine passes it to the rules.
 */
public enum BatchTransport {
  /** Not known yet (a builder at {@code build()}): only the rules every transport shares apply. */
  UNKNOWN,
  /** As one {@code BEGIN BATCH … APPLY BATCH} text. */
  TEXT,
  /** As a native protocol batch whose statements' values are bound by position. */
  PROTOCOL,
  /** As a native protocol batch whose statements' values are bound by name. */
  PROTOCOL_BY_NAME;

  /** True for a native protocol batch. */
  public boolean isProtocol() {
    return this == PROTOCOL || this == PROTOCOL_BY_NAME;
  }
}
