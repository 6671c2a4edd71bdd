package io.cqlkit.builder.schema;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import com.google.errorprone.annotations.CheckReturnValue;
import io.cqlkit.builder.CqlIdentifier;
import io.cqlkit.builder.CqlStatement;
import javax.annotation.CheckForNull;

/**
 * {@code CREATE KEYSPACE [IF NOT EXISTS] ks WITH replication = {...} [AND durable_writes = ...]}.
 *
 * <pre>{@code
 * createKeyspace("ks").ifNotExists().withReplication(Replication.simpleStrategy(1)).build().cql();
 * // CREATE KEYSPACE IF NOT EXISTS ks WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}
 * }</pre>
 */
@CheckReturnValue
public final class CreateKeyspace
    implements SchemaStatementBuilder, KeyspaceOptions<CreateKeyspace> {
  private final CqlIdentifier keyspace;
  private final boolean ifNotExists;
  @CheckForNull private final Replication replication;
  private final Chain<Option> options;

  private CreateKeyspace(
      CqlIdentifier keyspace,
      boolean ifNotExists,
      @CheckForNull Replication replication,
      Chain<Option> options) {
    this.keyspace = keyspace;
    this.ifNotExists = ifNotExists;
    this.replication = replication;
    this.options = options;
  }

  static CreateKeyspace of(String keyspace) {
    return new CreateKeyspace(Names.newKeyspace(keyspace), false, null, Chain.empty());
  }

  /** Adds {@code IF NOT EXISTS}: no error when the keyspace already exists. */
  public CreateKeyspace ifNotExists() {
    return new CreateKeyspace(keyspace, true, replication, options);
  }

  @Override
  public CreateKeyspace withReplication(Replication replication) {
    checkArgument(
        replication != null,
        "the replication must not be null: pass e.g. Replication.simpleStrategy(3)");
    return new CreateKeyspace(keyspace, ifNotExists, replication, options);
  }

  @Override
  public CreateKeyspace withOption(String name, Object value) {
    return new CreateKeyspace(
        keyspace, ifNotExists, replication, options.add(KeyspaceRendering.option(name, value)));
  }

  @Override
  public CqlStatement build() {
    checkState(
        replication != null,
        "CREATE KEYSPACE %s needs a replication strategy: call"
            + " withReplication(Replication.simpleStrategy(1)) or"
            + " withReplication(Replication.networkTopologyStrategy(Map.of(\"dc1\", 3)))",
        keyspace);
    StringBuilder sb = new StringBuilder("CREATE KEYSPACE ");
    if (ifNotExists) {
      sb.append("IF NOT EXISTS ");
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
