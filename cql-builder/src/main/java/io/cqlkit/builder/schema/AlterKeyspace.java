package io.cqlkit.builder.schema;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import com.google.errorprone.annotations.CheckReturnValue;
import io.cqlkit.builder.CqlIdentifier;
import io.cqlkit.builder.CqlStatement;
import javax.annotation.CheckForNull;

/**
 * {@code ALTER KEYSPACE [IF EXISTS] ks WITH ...}: new replication or durable_writes.
 *
 * <pre>{@code
 * alterKeyspace("ks").withReplication(Replication.networkTopologyStrategy(Map.of("dc1", 3))).build();
 * // ALTER KEYSPACE ks WITH replication = {'class': 'NetworkTopologyStrategy', 'dc1': 3}
 * }</pre>
 */
@CheckReturnValue
public final class AlterKeyspace implements SchemaStatementBuilder, KeyspaceOptions<AlterKeyspace> {
  private final CqlIdentifier keyspace;
  private final boolean ifExists;
  @CheckForNull private final Replication replication;
  private final Chain<Option> options;

  private AlterKeyspace(
      CqlIdentifier keyspace,
      boolean ifExists,
      @CheckForNull Replication replication,
      Chain<Option> options) {
    this.keyspace = keyspace;
    this.ifExists = ifExists;
    this.replication = replication;
    this.options = options;
  }

  static AlterKeyspace of(String keyspace) {
    return new AlterKeyspace(Names.of(keyspace, "keyspace"), false, null, Chain.empty());
  }

  /** Adds {@code IF EXISTS}: no error when the keyspace does not exist. */
  public AlterKeyspace ifExists() {
    return new AlterKeyspace(keyspace, true, replication, options);
  }

  @Override
  public AlterKeyspace withReplication(Replication replication) {
    checkArgument(
        replication != null,
        "the replication must not be null: pass e.g. Replication.simpleStrategy(3)");
    return new AlterKeyspace(keyspace, ifExists, replication, options);
  }

  @Override
  public AlterKeyspace withOption(String name, Object value) {
    return new AlterKeyspace(
        keyspace, ifExists, replication, options.add(KeyspaceRendering.option(name, value)));
  }

  @Override
  public CqlStatement build() {
    checkState(
        replication != null || !options.isEmpty(),
        "ALTER KEYSPACE %s changes nothing: call withReplication(...), withDurableWrites(...) or"
            + " withOption(...)",
        keyspace);
    StringBuilder sb = new StringBuilder("ALTER KEYSPACE ");
    if (ifExists) {
      sb.append("IF EXISTS ");
    }
    keyspace.appendTo(sb);
    Statements.appendWith(sb, KeyspaceRendering.properties(keyspace, replication, options));
    return Statements.ddl(sb, keyspace.name(), null);
  }

  /** The CQL, or why it cannot build yet. */
  @Override
  public String toString() {
    return Statements.describe(this);
  }
}
