package io.cqlkit.builder.schema;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import com.google.errorprone.annotations.Immutable;
import io.cqlkit.builder.CqlLiteral;
import io.cqlkit.builder.CqlSnippet;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A keyspace's replication: the value of its {@code replication} option, rendered as a CQL map with
 * {@code 'class'} first and the other keys sorted.
 *
 * <pre>{@code
 * Replication.simpleStrategy(3);
 *     // {'class': 'SimpleStrategy', 'replication_factor': 3}
 * Replication.networkTopologyStrategy().withDatacenter("dc1", 3).withDatacenter("dc2", 2);
 *     // {'class': 'NetworkTopologyStrategy', 'dc1': 3, 'dc2': 2}
 * }</pre>
 */
@Immutable
public final class Replication implements CqlSnippet {
  static final String SIMPLE = "SimpleStrategy";
  static final String NETWORK_TOPOLOGY = "NetworkTopologyStrategy";

  private final String strategyClass;

  @SuppressWarnings("Immutable") // an ImmutableMap of strings and integers
  private final ImmutableMap<String, Object> options;

  private Replication(String strategyClass, ImmutableMap<String, Object> options) {
    this.strategyClass = strategyClass;
    this.options = options;
  }

  /** SimpleStrategy: {@code replicationFactor} copies, placed without regard to datacenters. */
  public static Replication simpleStrategy(int replicationFactor) {
    checkFactor(replicationFactor, "SimpleStrategy");
    return new Replication(SIMPLE, ImmutableMap.of("replication_factor", replicationFactor));
  }

  /**
   * NetworkTopologyStrategy without datacenters yet: add them with {@link #withDatacenter}. A
   * keyspace statement refuses to build until at least one is given.
   */
  public static Replication networkTopologyStrategy() {
    return new Replication(NETWORK_TOPOLOGY, ImmutableMap.of());
  }

  /**
   * NetworkTopologyStrategy with a replication factor per datacenter, e.g. {@code Map.of("dc1",
   * 3)}.
   */
  public static Replication networkTopologyStrategy(Map<String, Integer> factorsByDatacenter) {
    checkArgument(
        factorsByDatacenter != null,
        "the datacenters must not be null: pass a map of datacenter name to replication factor");
    Replication replication = networkTopologyStrategy();
    for (Map.Entry<String, Integer> entry : factorsByDatacenter.entrySet()) {
      checkArgument(
          entry.getValue() != null,
          "the replication factor of datacenter %s must not be null: pass a positive number",
          entry.getKey());
      replication = replication.withDatacenter(entry.getKey(), entry.getValue());
    }
    return replication;
  }

  /**
   * This NetworkTopologyStrategy with {@code replicationFactor} copies in {@code datacenter}
   * (replacing an earlier factor for it). To stop replicating to a datacenter, leave it out.
   */
  public Replication withDatacenter(String datacenter, int replicationFactor) {
    checkArgument(
        strategyClass.equals(NETWORK_TOPOLOGY),
        "datacenters belong to NetworkTopologyStrategy, not %s: start from"
            + " Replication.networkTopologyStrategy()",
        strategyClass);
    checkArgument(
        datacenter != null && !datacenter.isEmpty(),
        "the datacenter name must not be null or empty, but was %s: pass its exact name",
        datacenter == null ? "null" : "\"\"");
    checkArgument(
        !datacenter.equals("class"),
        "\"class\" cannot be a datacenter name: it is the key of the strategy class");
    checkFactor(replicationFactor, "datacenter " + datacenter);
    Map<String, Object> merged = new LinkedHashMap<>(options);
    merged.put(datacenter, replicationFactor);
    return new Replication(NETWORK_TOPOLOGY, Option.canonicalMap("option replication", merged));
  }

  /**
   * Another strategy by class name with its options, e.g. ScyllaDB's {@code EverywhereStrategy}
   * with no options. The options are strings or numbers.
   */
  public static Replication of(String strategyClass, Map<String, ?> options) {
    checkArgument(
        strategyClass != null && !strategyClass.isEmpty(),
        "the replication strategy class must not be null or empty: pass e.g."
            + " \"NetworkTopologyStrategy\"");
    checkArgument(
        options != null, "the replication options must not be null: pass an empty map for none");
    checkArgument(
        !options.containsKey("class"),
        "pass the strategy class as the first argument, not as option \"class\"");
    ImmutableMap<String, Object> checked = Option.canonicalMap("option replication", options);
    if (strategyClass.equals(SIMPLE) || strategyClass.equals(NETWORK_TOPOLOGY)) {
      checked.forEach(
          (key, value) ->
              checkArgument(
                  !(value instanceof Integer) || (Integer) value > 0,
                  "the replication factor of %s must be positive, but was %s: pass 1 or more",
                  key,
                  value));
    }
    return new Replication(strategyClass, checked);
  }

  private static void checkFactor(int factor, String where) {
    checkArgument(
        factor > 0,
        "the replication factor of %s must be positive, but was %s: pass 1 or more",
        where,
        factor);
  }

  /** The strategy class as written in CQL, e.g. {@code NetworkTopologyStrategy}. */
  public String strategyClass() {
    return strategyClass;
  }

  /** The strategy's options without {@code class}, in rendering order. */
  public Map<String, Object> options() {
    return options;
  }

  /** True for a NetworkTopologyStrategy that names no datacenter yet. */
  boolean lacksDatacenters() {
    return strategyClass.equals(NETWORK_TOPOLOGY) && options.isEmpty();
  }

  /** The replication map: {@code class} first, then the options sorted by key. */
  ImmutableMap<String, Object> asMap() {
    Map<String, Object> all = new LinkedHashMap<>();
    all.put("class", strategyClass);
    all.putAll(options);
    return Option.canonicalMap("option replication", all);
  }

  /**
   * Appends the CQL map literal, e.g. {@code {'class': 'SimpleStrategy', 'replication_factor': 1}}.
   */
  @Override
  public void appendTo(StringBuilder sb) {
    CqlLiteral.appendTo(sb, asMap());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Replication
        && ((Replication) o).strategyClass.equals(strategyClass)
        && ((Replication) o).options.equals(options);
  }

  @Override
  public int hashCode() {
    return 31 * strategyClass.hashCode() + options.hashCode();
  }

  /** The CQL map literal. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    appendTo(sb);
    return sb.toString();
  }
}
