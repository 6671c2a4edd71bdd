package io.cqlkit.metrics;

import static io.cqlkit.metrics.MetricsExecutor.MULTIPLE;
import static io.cqlkit.metrics.MetricsExecutor.NONE;

import io.cqlkit.builder.CqlStatement;
import io.cqlkit.builder.StatementKind;
import io.cqlkit.executor.ExecutionOptions;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import javax.annotation.CheckForNull;

/**
 * Finds the {@link StatementMeters} of a statement for a {@link MetricsExecutor}: registered on
 * first use of a (kind, keyspace, table), then found by the statement's text in one lookup.
 */
final class StatementMeterCache {
  private static final StatementKind[] KINDS = StatementKind.values();
  /** How many distinct texts the fast path remembers; past that, statements take the map path. */
  private static final int MAX_TEXTS = 10_000;

  private final MeterRegistry registry;
  private final Tags commonTags;
  @CheckForNull private final double[] percentiles;
  private final boolean percentileHistogram;
  /** The meters of texts seen before (bounded by MAX_TEXTS). */
  private final ConcurrentHashMap<String, StatementMeters> byText = new ConcurrentHashMap<>();
  /** Per statement kind (by ordinal): keyspace → table → meters. */
  private final KindMeters[] byKind;

  StatementMeterCache(
      MeterRegistry registry, Tags commonTags, @CheckForNull double[] percentiles, boolean percentileHistogram) {
    this.registry = registry;
    this.commonTags = commonTags;
    this.percentiles = percentiles;
    this.percentileHistogram = percentileHistogram;
    this.byKind = new KindMeters[KINDS.length];
    for (int i = 0; i < KINDS.length; i++) {
      byKind[i] = new KindMeters(KINDS[i].name().toLowerCase(Locale.ROOT));
    }
  }

  StatementMeters meters(CqlStatement statement, ExecutionOptions options) {
    // Fast path: the meters of a text seen before. A statement's text names its kind, keyspace and
    // table, and statements of one shape share one String instance, so this is one hash lookup
    // ending in a reference comparison, with nothing allocated. (A batch's text is rendered only
    // on demand, and the native path never needs it: batches take the path below.)
    boolean batch = statement.kind() == StatementKind.BATCH;
    String cql = batch ? null : statement.cql();
    if (cql != null) {
      StatementMeters known = byText.get(cql);
      if (known != null) {
        return known;
      }
    }
    String keyspace;
    String table;
    if (batch) {
      String[] target = batchTarget(statement.children());
      keyspace = target[0];
      table = target[1];
    } else {
      keyspace = statement.keyspace().orElse(null);
      table = statement.table().orElse(NONE);
    }
    // Only a text that names its keyspace identifies its meters: an unqualified one takes the
    // keyspace of the options, which may differ from call to call.
    boolean byTextOk = cql != null && keyspace != null;
    if (keyspace == null) {
      keyspace = options.keyspace().orElse(NONE);
    }
    KindMeters kind = byKind[statement.kind().ordinal()];
    ConcurrentHashMap<String, StatementMeters> tables = kind.byKeyspace.get(keyspace);
    if (tables == null) {
      tables = kind.byKeyspace.computeIfAbsent(keyspace, k -> new ConcurrentHashMap<>());
    }
    StatementMeters meters = tables.get(table);
    if (meters == null) {
      String ks = keyspace;
      meters =
          tables.computeIfAbsent(
              table,
              t -> new StatementMeters(registry, commonTags, percentiles, percentileHistogram, kind.tag, ks, t));
    }
    if (byTextOk && byText.size() < MAX_TEXTS) {
      byText.putIfAbsent(cql, meters);
    }
    return meters;
  }

  /** The keyspace (null: unqualified) and table of a batch's statements, or MULTIPLE. */
  private static String[] batchTarget(List<CqlStatement> children) {
    String keyspace = null;
    String table = null;
    boolean first = true;
    for (CqlStatement child : children) {
      String childKeyspace = child.keyspace().orElse(null);
      String childTable = child.table().orElse(NONE);
      if (first) {
        keyspace = childKeyspace;
        table = childTable;
        first = false;
      } else {
        if (!Objects.equals(keyspace, childKeyspace)) {
          keyspace = MULTIPLE;
        }
        if (!table.equals(childTable)) {
          table = MULTIPLE;
        }
      }
    }
    return new String[] {keyspace, first ? NONE : table};
  }

  /** The meters of one statement kind: keyspace → table → meters. */
  private static final class KindMeters {
    final String tag;
    final ConcurrentHashMap<String, ConcurrentHashMap<String, StatementMeters>> byKeyspace =
        new ConcurrentHashMap<>();

    KindMeters(String tag) {
      this.tag = tag;
    }
  }
}
