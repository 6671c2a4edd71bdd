package io.cqlkit.builder.schema;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import io.cqlkit.builder.CqlIdentifier;
import io.cqlkit.builder.CqlSnippet;
import java.util.List;
import javax.annotation.CheckForNull;

/** The WITH clause of CREATE and ALTER KEYSPACE. */
final class KeyspaceRendering {
  private KeyspaceRendering() {}

  static Option option(String name, Object value) {
    checkArgument(
        !"replication".equals(name),
        "set the replication with withReplication(Replication...), not withOption");
    return Option.of(name, value);
  }

  static List<CqlSnippet> properties(
      CqlIdentifier keyspace, @CheckForNull Replication replication, Chain<Option> options) {
    ImmutableList.Builder<CqlSnippet> properties = ImmutableList.builder();
    if (replication != null) {
      checkState(
          !replication.lacksDatacenters(),
          "NetworkTopologyStrategy for keyspace %s names no datacenter: add at least one, as in"
              + " Replication.networkTopologyStrategy().withDatacenter(\"dc1\", 3)",
          keyspace);
      properties.add(sb -> replication.appendTo(sb.append("replication = ")));
    }
    properties.addAll(Option.latest(options));
    return properties.build();
  }
}
