package io.cqlkit.builder.schema;

import static io.cqlkit.builder.schema.Schema.alterKeyspace;
import static io.cqlkit.builder.schema.Schema.createKeyspace;
import static io.cqlkit.builder.schema.Schema.dropKeyspace;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableMap;
import io.cqlkit.builder.CqlStatement;
import io.cqlkit.builder.StatementKind;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeyspaceTest {

  @Test
  void should_create_keyspace_with_simple_strategy_if_not_exists() {
    CqlStatement statement =
        createKeyspace("ks").ifNotExists().withReplication(Replication.simpleStrategy(1)).build();

    assertThat(statement.cql())
        .isEqualTo(
            "CREATE KEYSPACE IF NOT EXISTS ks WITH replication = {'class': 'SimpleStrategy',"
                + " 'replication_factor': 1}");
    assertThat(statement.kind()).isEqualTo(StatementKind.DDL);
    assertThat(statement.keyspace()).contains("ks");
    assertThat(statement.table()).isEmpty();
    assertThat(statement.params()).isEmpty();
    assertThat(statement.isConditional()).isFalse();
  }

  @Test
  void should_create_keyspace_with_network_topology_datacenters_sorted_and_durable_writes() {
    Map<String, Integer> factors = new LinkedHashMap<>();
    factors.put("dc2", 2);
    factors.put("dc1", 3);

    String cql =
        createKeyspace("ks")
            .withReplication(Replication.networkTopologyStrategy(factors))
            .withDurableWrites(false)
            .build()
            .cql();

    assertThat(cql)
        .isEqualTo(
            "CREATE KEYSPACE ks WITH replication = {'class': 'NetworkTopologyStrategy', 'dc1': 3,"
                + " 'dc2': 2} AND durable_writes = false");
  }

  @Test
  void should_render_the_same_text_whatever_the_order_datacenters_were_given_in() {
    Replication stepwise =
        Replication.networkTopologyStrategy().withDatacenter("b", 1).withDatacenter("a", 2);
    Replication fromMap = Replication.networkTopologyStrategy(ImmutableMap.of("a", 2, "b", 1));

    assertThat(stepwise).isEqualTo(fromMap).hasSameHashCodeAs(fromMap);
    assertThat(stepwise.toString())
        .isEqualTo("{'class': 'NetworkTopologyStrategy', 'a': 2, 'b': 1}");
  }

  @Test
  void should_replace_a_datacenter_factor_given_twice() {
    Replication replication =
        Replication.networkTopologyStrategy().withDatacenter("dc1", 1).withDatacenter("dc1", 3);

    assertThat(replication.options()).containsExactly(Map.entry("dc1", 3));
  }

  @Test
  void should_render_another_strategy_with_its_options() {
    String cql =
        createKeyspace("ks")
            .withReplication(Replication.of("EverywhereStrategy", Map.of()))
            .withOption("tablets", Map.of("enabled", false))
            .build()
            .cql();

    assertThat(cql)
        .isEqualTo(
            "CREATE KEYSPACE ks WITH replication = {'class': 'EverywhereStrategy'} AND tablets ="
                + " {'enabled': false}");
  }

  @Test
  void should_quote_a_keyspace_name_that_needs_it() {
    String cql =
        createKeyspace("MyKs").withReplication(Replication.simpleStrategy(3)).build().cql();

    assertThat(cql)
        .isEqualTo(
            "CREATE KEYSPACE \"MyKs\" WITH replication = {'class': 'SimpleStrategy',"
                + " 'replication_factor': 3}");
  }

  @Test
  void should_alter_keyspace_replication_and_durable_writes() {
    CqlStatement statement =
        alterKeyspace("ks")
            .ifExists()
            .withReplication(Replication.networkTopologyStrategy(Map.of("dc1", 3)))
            .withDurableWrites(true)
            .build();

    assertThat(statement.cql())
        .isEqualTo(
            "ALTER KEYSPACE IF EXISTS ks WITH replication = {'class': 'NetworkTopologyStrategy',"
                + " 'dc1': 3} AND durable_writes = true");
    assertThat(statement.keyspace()).contains("ks");
  }

  @Test
  void should_alter_keyspace_durable_writes_only() {
    assertThat(alterKeyspace("ks").withDurableWrites(false).build().cql())
        .isEqualTo("ALTER KEYSPACE ks WITH durable_writes = false");
  }

  @Test
  void should_keep_the_last_value_of_an_option_set_twice_in_its_first_place() {
    String cql =
        alterKeyspace("ks")
            .withDurableWrites(false)
            .withOption("x", 1)
            .withDurableWrites(true)
            .build()
            .cql();

    assertThat(cql).isEqualTo("ALTER KEYSPACE ks WITH durable_writes = true AND x = 1");
  }

  @Test
  void should_drop_keyspace() {
    CqlStatement statement = dropKeyspace("ks").ifExists().build();

    assertThat(statement.cql()).isEqualTo("DROP KEYSPACE IF EXISTS ks");
    assertThat(statement.kind()).isEqualTo(StatementKind.DDL);
    assertThat(statement.keyspace()).contains("ks");
    assertThat(dropKeyspace("ks").build().cql()).isEqualTo("DROP KEYSPACE ks");
  }

  @Test
  void should_refuse_create_keyspace_without_replication() {
    assertThatThrownBy(() -> createKeyspace("ks").withDurableWrites(true).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "CREATE KEYSPACE ks needs a replication strategy: call"
                + " withReplication(Replication.simpleStrategy(1)) or"
                + " withReplication(Replication.networkTopologyStrategy(Map.of(\"dc1\", 3)))");
  }

  @Test
  void should_refuse_network_topology_strategy_without_datacenters() {
    CreateKeyspace create =
        createKeyspace("ks").withReplication(Replication.networkTopologyStrategy(Map.of()));

    assertThatThrownBy(create::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "NetworkTopologyStrategy for keyspace ks names no datacenter: add at least one, as in"
                + " Replication.networkTopologyStrategy().withDatacenter(\"dc1\", 3)");
    assertThatThrownBy(
            () ->
                alterKeyspace("ks").withReplication(Replication.networkTopologyStrategy()).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("NetworkTopologyStrategy for keyspace ks names no datacenter");
  }

  @Test
  void should_refuse_a_replication_factor_below_one() {
    assertThatThrownBy(() -> Replication.simpleStrategy(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the replication factor of SimpleStrategy must be positive, but was 0: pass 1 or"
                + " more");
    assertThatThrownBy(() -> Replication.networkTopologyStrategy().withDatacenter("dc1", -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the replication factor of datacenter dc1 must be positive, but was -1: pass 1 or"
                + " more");
    assertThatThrownBy(() -> Replication.networkTopologyStrategy(Map.of("dc1", 0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the replication factor of datacenter dc1 must be positive, but was 0: pass 1 or"
                + " more");
  }

  @Test
  void should_refuse_datacenters_on_simple_strategy() {
    assertThatThrownBy(() -> Replication.simpleStrategy(1).withDatacenter("dc1", 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "datacenters belong to NetworkTopologyStrategy, not SimpleStrategy: start from"
                + " Replication.networkTopologyStrategy()");
  }

  @Test
  void should_refuse_replication_as_a_plain_option() {
    assertThatThrownBy(() -> createKeyspace("ks").withOption("replication", Map.of("class", "x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("set the replication with withReplication(Replication...), not withOption");
  }

  @Test
  void should_refuse_alter_keyspace_without_change() {
    assertThatThrownBy(() -> alterKeyspace("ks").ifExists().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "ALTER KEYSPACE ks changes nothing: call withReplication(...), withDurableWrites(...)"
                + " or withOption(...)");
  }

  @Test
  void should_refuse_null_or_empty_keyspace_names() {
    assertThatThrownBy(() -> createKeyspace(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the keyspace name must not be null or empty, but was null: pass the exact keyspace"
                + " name");
    assertThatThrownBy(() -> alterKeyspace(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the keyspace name must not be null or empty, but was \"\": pass the exact keyspace"
                + " name");
    assertThatThrownBy(() -> dropKeyspace(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("the keyspace name must not be null or empty");
  }

  @Test
  void should_refuse_a_keyspace_name_cassandra_cannot_create() {
    assertThatThrownBy(() -> createKeyspace("my-ks"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the keyspace name \"my-ks\" may hold only letters, digits and underscores (Cassandra"
                + " refuses any other character): use a name like \"my_ks\"");
    String tooLong = "k".repeat(49);
    assertThatThrownBy(() -> createKeyspace(tooLong))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the keyspace name \""
                + tooLong
                + "\" is 49 characters long, but Cassandra allows at most 48: choose a shorter"
                + " name");
  }

  @Test
  void should_not_change_a_shared_partial_builder() {
    CreateKeyspace base = createKeyspace("ks").withReplication(Replication.simpleStrategy(1));

    CreateKeyspace withDurable = base.withDurableWrites(false);
    CreateKeyspace ifNotExists = base.ifNotExists();

    assertThat(base.build().cql())
        .isEqualTo(
            "CREATE KEYSPACE ks WITH replication = {'class': 'SimpleStrategy',"
                + " 'replication_factor': 1}");
    assertThat(withDurable.build().cql()).endsWith("AND durable_writes = false");
    assertThat(ifNotExists.build().cql()).startsWith("CREATE KEYSPACE IF NOT EXISTS ks WITH");
  }
}
