package io.cqlkit.metrics;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.base.MoreObjects;
import io.cqlkit.builder.BatchType;
import io.cqlkit.builder.CqlStatement;
import io.cqlkit.builder.StatementKind;
import io.cqlkit.executor.CqlExecutor;
import io.cqlkit.executor.CqlResult;
import io.cqlkit.executor.ExecutionOptions;
import io.cqlkit.executor.NativeBatchExecution;
import io.micrometer.core.instrument.Clock;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BiConsumer;
import javax.annotation.CheckForNull;

/**
 * A {@link CqlExecutor} that records Micrometer metrics for every statement it passes on to the
 * executor it wraps, and otherwise behaves exactly like it: same results, same errors, same
 * capabilities (batches still go out as native protocol batches, and schema facts still reach the
 * engine's partition checks).
 *
 * <pre>{@code
 * CqlExecutor measured = MetricsExecutor.builder(DriverExecutor.of(session), registry)
 *     .percentiles(0.5, 0.99)
 *     .tag("cluster", "main")
 *     .build();
 * CqlEngine engine = CqlEngine.of(measured);
 * }</pre>
 *
 * <p>Meters, each with the builder's common tags:
 *
 * <ul>
 *   <li>{@value #STATEMENTS} (timer): every execution, success or failure, tagged {@code kind}
 *       ({@code insert}, {@code update}, {@code delete}, {@code select}, {@code batch}, {@code
 *       truncate}, {@code ddl}), {@code keyspace} and {@code table} ({@value #NONE} when the
 *       statement names none, {@value #MULTIPLE} for a batch across tables); percentiles and a
 *       percentile histogram when the builder asks for them;
 *   <li>{@value #ERRORS} (counter): failed executions, with the same tags plus {@code exception},
 *       the simple name of the failure's class (a {@code CompletionException} unwrapped);
 *   <li>{@value #IN_FLIGHT} (gauge): statements sent and not yet completed;
 *   <li>{@value #BATCH_SIZE} (distribution summary): statements per batch, tagged {@code type}
 *       ({@code logged}, {@code unlogged}, {@code counter}).
 * </ul>
 *
 * <p>Cost: the meters of a (kind, keyspace, table) are registered on first use; after that a
 * statement's meters are found by its text in one concurrent-map lookup, with nothing allocated
 * and no string built. A statement then costs two clock reads, one timer update, and a completion
 * callback unless the wrapped executor's stage has already succeeded. Give two decorators on one registry different
 * common tags, or they share their meters (Micrometer returns the registered one).
 *
 * <p>This class is also the model of a decorator: see the {@linkplain io.cqlkit.metrics package
 * documentation} for the rules it follows.
 */
public final class MetricsExecutor implements CqlExecutor {

  /** The timer of every execution. */
  public static final String STATEMENTS = "cqlkit.statements";
  /** The counter of failed executions. */
  public static final String ERRORS = "cqlkit.statements.errors";
  /** The gauge of statements in flight. */
  public static final String IN_FLIGHT = "cqlkit.statements.in.flight";
  /** The distribution summary of batch sizes. */
  public static final String BATCH_SIZE = "cqlkit.batch.size";
  /** The tag value for a keyspace or table the statement does not name. */
  public static final String NONE = "none";
  /** The tag value for the keyspace or table of a batch whose statements name several. */
  public static final String MULTIPLE = "multiple";

  private final CqlExecutor delegate;
  private final MeterRegistry registry;
  private final Clock clock;
  private final Tags commonTags;
  /** The meters of each (kind, keyspace, table), registered on first use. */
  private final StatementMeterCache meterCache;
  private final DistributionSummary[] batchSizes;
  private final LongAdder inFlight = new LongAdder();
  /** The wrapped executor's native batches, measured; null when it has none. */
  @CheckForNull private final NativeBatchExecution nativeBatches;

  private MetricsExecutor(Builder builder) {
    this.delegate = builder.delegate;
    this.registry = builder.registry;
    this.clock = registry.config().clock();
    this.commonTags = builder.tags;
    this.meterCache =
        new StatementMeterCache(registry, commonTags, builder.percentiles, builder.percentileHistogram);
    BatchType[] types = BatchType.values();
    this.batchSizes = new DistributionSummary[types.length];
    for (BatchType type : types) {
      batchSizes[type.ordinal()] =
          DistributionSummary.builder(BATCH_SIZE)
              .description("Statements per batch")
              .baseUnit("statements")
              .tags(commonTags)
              .tag("type", type.name().toLowerCase(Locale.ROOT))
              .register(registry);
    }
    Gauge.builder(IN_FLIGHT, inFlight, LongAdder::sum)
        .description("Statements sent and not yet completed")
        .tags(commonTags)
        .strongReference(true)
        .register(registry);
    NativeBatchExecution batches = delegate.capability(NativeBatchExecution.class).orElse(null);
    this.nativeBatches =
        batches == null ? null : (batch, options) -> measure(batch, options, batches);
  }

  /**
   * Measures {@code executor} on {@code registry}, with no percentiles and no common tags.
   *
   * @throws IllegalArgumentException if either is null
   */
  public static MetricsExecutor wrap(CqlExecutor executor, MeterRegistry registry) {
    return builder(executor, registry).build();
  }

  /**
   * A builder for a decorator of {@code executor} recording on {@code registry}.
   *
   * @throws IllegalArgumentException if either is null
   */
  public static Builder builder(CqlExecutor executor, MeterRegistry registry) {
    checkArgument(executor != null, "executor must not be null: pass the executor to measure");
    checkArgument(
        registry != null,
        "registry must not be null: pass your application's MeterRegistry (or a SimpleMeterRegistry in tests)");
    return new Builder(executor, registry);
  }

  /** The executor this one measures. */
  public CqlExecutor delegate() {
    return delegate;
  }

  /** The registry the meters are registered on. */
  public MeterRegistry registry() {
    return registry;
  }

  @Override
  public CompletionStage<CqlResult> executeAsync(CqlStatement statement, ExecutionOptions options) {
    return measure(statement, options, null);
  }

  /**
   * {@link NativeBatchExecution} is answered with a measured view of the wrapped executor's (so
   * batches the engine sends natively are measured too), or empty when it has none; this class
   * and {@link CqlExecutor} with this executor; any other capability ({@link
   * io.cqlkit.executor.SchemaFacts} among them) is the wrapped executor's, forwarded as it is.
   */
  @Override
  public <C> Optional<C> capability(Class<C> type) {
    if (type == NativeBatchExecution.class) {
      return Optional.ofNullable(type.cast(nativeBatches));
    }
    if (type.isInstance(this)) {
      return Optional.of(type.cast(this));
    }
    return delegate.capability(type);
  }

  @Override
  public String toString() {
    return MoreObjects.toStringHelper("MetricsExecutor")
        .add("delegate", delegate)
        .add("tags", commonTags)
        .toString();
  }

  /** Sends through {@code batches} when given, else through the wrapped executor; measured. */
  private CompletionStage<CqlResult> measure(
      CqlStatement statement, ExecutionOptions options, @CheckForNull NativeBatchExecution batches) {
    if (statement == null) {
      // Not ours to judge: the wrapped executor reports it as it reports any bad argument.
      return batches != null ? batches.executeBatchAsync(null, options) : delegate.executeAsync(null, options);
    }
    StatementMeters meters = meterCache.meters(statement, options);
    if (statement.kind() == StatementKind.BATCH) {
      batchSizes[statement.batchType().orElse(BatchType.LOGGED).ordinal()].record(statement.children().size());
    }
    long start = clock.monotonicTime();
    inFlight.increment();
    CompletionStage<CqlResult> stage;
    try {
      stage =
          batches != null
              ? batches.executeBatchAsync(statement, options)
              : delegate.executeAsync(statement, options);
    } catch (RuntimeException e) {
      // The wrapped executor broke the SPI's contract by throwing: still measured, and delivered
      // through the stage as the contract says.
      return failedNow(meters, start, e);
    }
    if (stage == null) {
      return failedNow(
          meters,
          start,
          new IllegalStateException(
              delegate + " returned no stage from executeAsync: an executor must return a CompletionStage"));
    }
    if (stage instanceof CompletableFuture) {
      CompletableFuture<CqlResult> future = (CompletableFuture<CqlResult>) stage;
      if (future.isDone() && !future.isCompletedExceptionally()) {
        // Already succeeded (a cache, an in-memory executor): record now and hand back the very
        // same stage, with no callback and no new future.
        inFlight.decrement();
        meters.timer.record(clock.monotonicTime() - start, TimeUnit.NANOSECONDS);
        return stage;
      }
    }
    Completion completion = new Completion(meters, start);
    stage.whenComplete(completion);
    return completion;
  }

  private CompletionStage<CqlResult> failedNow(StatementMeters meters, long start, RuntimeException error) {
    Completion completion = new Completion(meters, start);
    completion.accept(null, error);
    return completion;
  }

  /**
   * The caller's stage: completed with exactly what the wrapped executor's stage completed with,
   * after the execution is recorded. One object per statement.
   */
  private final class Completion extends CompletableFuture<CqlResult>
      implements BiConsumer<CqlResult, Throwable> {
    private final StatementMeters meters;
    private final long start;

    Completion(StatementMeters meters, long start) {
      this.meters = meters;
      this.start = start;
    }

    @Override
    public void accept(@CheckForNull CqlResult result, @CheckForNull Throwable error) {
      try {
        inFlight.decrement();
        meters.timer.record(clock.monotonicTime() - start, TimeUnit.NANOSECONDS);
        if (error != null) {
          meters.failed(error);
        }
      } finally {
        if (error != null) {
          completeExceptionally(error);
        } else {
          complete(result);
        }
      }
    }
  }

  /** Options of a {@link MetricsExecutor}. */
  public static final class Builder {
    private final CqlExecutor delegate;
    private final MeterRegistry registry;
    private Tags tags = Tags.empty();
    @CheckForNull private double[] percentiles;
    private boolean percentileHistogram;

    private Builder(CqlExecutor delegate, MeterRegistry registry) {
      this.delegate = delegate;
      this.registry = registry;
    }

    /**
     * Client-side percentiles published with each statement timer, e.g. {@code 0.5, 0.99}; none
     * by default (they cost a histogram update per statement).
     */
    public Builder percentiles(double... percentiles) {
      checkArgument(percentiles != null, "percentiles must not be null: omit the call for none");
      for (double p : percentiles) {
        checkArgument(p >= 0 && p <= 1, "a percentile is in [0, 1] (0.99 is the 99th), but was %s", p);
      }
      this.percentiles = percentiles.length == 0 ? null : percentiles.clone();
      return this;
    }

    /**
     * Publishes a percentile histogram with each statement timer, for registries that aggregate
     * percentiles server-side (Prometheus); off by default.
     */
    public Builder percentileHistogram(boolean enabled) {
      this.percentileHistogram = enabled;
      return this;
    }

    /** A tag on every meter of this decorator, e.g. the cluster or executor name. */
    public Builder tag(String key, String value) {
      checkArgument(key != null && !key.isEmpty(), "tag key must not be null or empty");
      checkArgument(value != null, "value of tag %s must not be null", key);
      this.tags = tags.and(Tag.of(key, value));
      return this;
    }

    /** The decorator; its in-flight gauge and batch-size summaries are registered now. */
    public MetricsExecutor build() {
      return new MetricsExecutor(this);
    }
  }
}
