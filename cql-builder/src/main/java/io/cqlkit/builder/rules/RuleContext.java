package io.cqlkit.builder.rules;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.base.MoreObjects;
import javax.annotation.CheckForNull;

/**
 * What the sender of a statement knows that the statement does not show: how a batch travels, what
 * is known of the tables, and the keyspace that unqualified tables refer to. The executor engine
 * makes one from the executor's capabilities and the execution options.
 *
 * <pre>{@code
 * validator.check(batch, RuleContext.of(BatchTransport.PROTOCOL, schemaFacts, "ks"));
 * }</pre>
 */
public final class RuleContext {
  private static final RuleContext UNKNOWN =
      new RuleContext(BatchTransport.UNKNOWN, TableFacts.none(), null);

  private final BatchTransport transport;
  private final TableFacts facts;
  @CheckForNull private final String keyspace;

  private RuleContext(BatchTransport transport, TableFacts facts, @CheckForNull String keyspace) {
    this.transport = transport;
    this.facts = facts;
    this.keyspace = keyspace;
  }

  /**
   * A context.
   *
   * @param facts what is known of tables ({@link TableFacts#none()} for nothing)
   * @param keyspace the keyspace unqualified tables refer to, or null
   */
  public static RuleContext of(BatchTransport transport, TableFacts facts, @CheckForNull String keyspace) {
    checkArgument(transport != null, "transport must not be null: pass BatchTransport.UNKNOWN if unknown");
    checkArgument(facts != null, "facts must not be null: pass TableFacts.none()");
    return new RuleContext(transport, facts, keyspace);
  }

  /** Nothing known: transport unknown, no table facts (what a builder knows at {@code build()}). */
  public static RuleContext unknown() {
    return UNKNOWN;
  }

  /** How a batch reaches the server. */
  public BatchTransport transport() {
    return transport;
  }

  /** What is known of tables. */
  public TableFacts facts() {
    return facts;
  }

  /** The keyspace unqualified tables refer to, or null. */
  @CheckForNull
  public String keyspace() {
    return keyspace;
  }

  @Override
  public String toString() {
    return MoreObjects.toStringHelper("RuleContext")
        .add("transport", transport)
        .add("facts", facts)
        .add("keyspace", keyspace)
        .toString();
  }
}
