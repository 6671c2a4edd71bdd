package io.cqlkit.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import javax.annotation.CheckForNull;

/** The timer and error counters of one (kind, keyspace, table) of a {@link MetricsExecutor}. */
final class StatementMeters {
  final Tags tags;
  final Timer timer;
  private final MeterRegistry registry;
  private final ConcurrentHashMap<Class<?>, Counter> errors = new ConcurrentHashMap<>();

  /** Registers the timer now, with the common tags plus {@code kind}, {@code keyspace}, {@code table}. */
  StatementMeters(
      MeterRegistry registry,
      Tags commonTags,
      @CheckForNull double[] percentiles,
      boolean percentileHistogram,
      String kind,
      String keyspace,
      String table) {
    this.registry = registry;
    this.tags = commonTags.and("kind", kind, "keyspace", keyspace, "table", table);
    Timer.Builder timer =
        Timer.builder(MetricsExecutor.STATEMENTS).description("CQL statement executions").tags(tags);
    if (percentiles != null) {
      timer.publishPercentiles(percentiles);
    }
    this.timer = timer.publishPercentileHistogram(percentileHistogram).register(registry);
  }

  /** Counts a failure on the counter of its (unwrapped) exception class, registered on first use. */
  void failed(Throwable error) {
    Class<?> type = unwrap(error).getClass();
    Counter counter = errors.get(type);
    if (counter == null) {
      counter =
          errors.computeIfAbsent(
              type,
              t ->
                  Counter.builder(MetricsExecutor.ERRORS)
                      .description("Failed CQL statement executions")
                      .tags(tags)
                      .tag("exception", t.getSimpleName().isEmpty() ? t.getName() : t.getSimpleName())
                      .register(registry));
    }
    counter.increment();
  }

  private static Throwable unwrap(Throwable error) {
    Throwable t = error;
    while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }
}
