package io.cqlkit.builder.schema;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.errorprone.annotations.CheckReturnValue;
import java.util.Map;

/**
 * The WITH options of tables and materialized views, shared by {@link CreateTable}, {@link
 * AlterTable}, {@link CreateMaterializedView} and {@link AlterMaterializedView}. Each returns a new
 * builder; setting an option again replaces its value. Options render in the order first set,
 * joined by {@code AND}; map values render as CQL map literals with {@code 'class'} first.
 *
 * <pre>{@code
 * createTable("ks", "t").withPartitionKey("id", UUID)
 *     .withComment("users")
 *     .withCompaction(Map.of("class", "LeveledCompactionStrategy"))
 *     .withGcGraceSeconds(3600);
 *   // ... WITH comment = 'users' AND compaction = {'class': 'LeveledCompactionStrategy'} AND gc_grace_seconds = 3600
 * }</pre>
 *
 * @param <SelfT> the builder type
 */
@CheckReturnValue
public interface TableOptions<SelfT extends TableOptions<SelfT>> {

  /** Cassandra's largest TTL: 20 years, in seconds. */
  int MAX_TTL_SECONDS = 630_720_000;

  /**
   * Any option by name, with a string, number or boolean value, or a map of those, e.g. {@code
   * withOption("cdc", true)} or {@code withOption("memtable", "trie")}.
   */
  SelfT withOption(String name, Object value);

  /** {@code comment = '...'}: free text shown by DESCRIBE. */
  default SelfT withComment(String comment) {
    return withOption("comment", comment);
  }

  /**
   * {@code default_time_to_live}: seconds a written row lives unless it sets its own TTL (0 =
   * forever); checked as every option is (see {@link #withOption}).
   */
  default SelfT withDefaultTimeToLive(int seconds) {
    return withOption("default_time_to_live", seconds);
  }

  /** {@code gc_grace_seconds}: how long tombstones are kept before compaction drops them. */
  default SelfT withGcGraceSeconds(int seconds) {
    return withOption("gc_grace_seconds", seconds);
  }

  /**
   * {@code compaction = {...}}: the strategy's {@code class} and its sub-options, e.g. {@code
   * Map.of("class", "UnifiedCompactionStrategy")}.
   */
  default SelfT withCompaction(Map<String, ?> compaction) {
    checkArgument(
        compaction != null && compaction.containsKey("class"),
        "the compaction option needs its 'class', but got %s: pass e.g. Map.of(\"class\","
            + " \"SizeTieredCompactionStrategy\")",
        compaction);
    return withOption("compaction", compaction);
  }

  /**
   * {@code compression = {...}}, e.g. {@code Map.of("class", "LZ4Compressor", "chunk_length_in_kb",
   * 16)} or {@code Map.of("enabled", false)}.
   */
  default SelfT withCompression(Map<String, ?> compression) {
    return withOption("compression", compression);
  }

  /** {@code caching = {...}}, e.g. {@code Map.of("keys", "ALL", "rows_per_partition", "NONE")}. */
  default SelfT withCaching(Map<String, ?> caching) {
    return withOption("caching", caching);
  }

  /** {@code bloom_filter_fp_chance}: the wanted false-positive rate, above 0 and at most 1. */
  default SelfT withBloomFilterFpChance(double chance) {
    return withOption("bloom_filter_fp_chance", chance);
  }

  /**
   * {@code speculative_retry}, e.g. {@code '99p'}, {@code '50ms'}, {@code 'ALWAYS'} or {@code
   * 'NONE'}.
   */
  default SelfT withSpeculativeRetry(String policy) {
    checkArgument(
        policy != null && !policy.isEmpty(),
        "speculative_retry must not be null or empty: pass e.g. \"99p\", \"50ms\" or \"NONE\"");
    return withOption("speculative_retry", policy);
  }
}
