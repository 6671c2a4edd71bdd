package io.cqlkit.benchmarks;

import static io.cqlkit.builder.Cql.insertInto;
import static io.cqlkit.builder.Term.marker;

import io.cqlkit.builder.CqlStatement;
import io.cqlkit.builder.CqlTemplate;
import io.cqlkit.executor.ConcurrentExecution;
import io.cqlkit.executor.CqlExecutor;
import io.cqlkit.executor.CqlResult;
import io.cqlkit.executor.ExecutionResult;
import io.cqlkit.executor.ResultIterator;
import io.cqlkit.metrics.MetricsExecutor;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The engine's own cost: 1,000,000 statements through concurrent execution (window 256) over a
 * no-op asynchronous executor, so every nanosecond measured is the engine's. Scores are per
 * statement. The {@code *WithMetrics} forms run the same statements through {@link MetricsExecutor}
 * (on a {@link SimpleMeterRegistry}, no percentiles) over the same no-op executor: the difference is
 * the decorator's cost per statement.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class EngineBenchmark {
  static final int STATEMENTS = 1_000_000;
  static final int WINDOW = 256;

  /** Completes every statement at once with an empty result, as fast as an executor can. */
  static final CqlExecutor NO_OP =
      new CqlExecutor() {
        private final CompletableFuture<CqlResult> done = CompletableFuture.completedFuture(CqlResult.empty());

        @Override
        public CompletionStage<CqlResult> executeAsync(
            CqlStatement statement, io.cqlkit.executor.ExecutionOptions options) {
          return done;
        }
      };

  static final CqlTemplate INSERT =
      insertInto("ks", "events").value("user_id", marker()).value("seq", marker()).value("type", marker()).template();

  private List<CqlStatement> statements;
  private ConcurrentExecution engine;
  private ConcurrentExecution measuredEngine;

  @Setup
  public void setUp() {
    statements = new ArrayList<>(STATEMENTS);
    for (int i = 0; i < STATEMENTS; i++) {
      statements.add(INSERT.bind(i % 1000, i, "login"));
    }
    engine = ConcurrentExecution.on(NO_OP).withWindow(WINDOW).collectAll();
    measuredEngine =
        ConcurrentExecution.on(MetricsExecutor.wrap(NO_OP, new SimpleMeterRegistry()))
            .withWindow(WINDOW)
            .collectAll();
  }

  /** The list form: all results, in input order. */
  @Benchmark
  @OperationsPerInvocation(STATEMENTS)
  public List<ExecutionResult> listForm() {
    return engine.execute(statements);
  }

  /** The streaming form over prebuilt statements: results consumed as they come, in order. */
  @Benchmark
  @OperationsPerInvocation(STATEMENTS)
  public void streamingForm(Blackhole bh) {
    try (ResultIterator results = engine.iterate(statements.iterator())) {
      while (results.hasNext()) {
        bh.consume(results.next());
      }
    }
  }

  /** The streaming form binding each statement from a template as it is pulled. */
  @Benchmark
  @OperationsPerInvocation(STATEMENTS)
  public void streamingWithBinding(Blackhole bh) {
    try (ResultIterator results =
        engine.iterate(IntStream.range(0, STATEMENTS).mapToObj(i -> INSERT.bind(i % 1000, i, "login")).iterator())) {
      while (results.hasNext()) {
        bh.consume(results.next());
      }
    }
  }

  /** The list form through the metrics decorator. */
  @Benchmark
  @OperationsPerInvocation(STATEMENTS)
  public List<ExecutionResult> listFormWithMetrics() {
    return measuredEngine.execute(statements);
  }

  /** The streaming form over prebuilt statements, through the metrics decorator. */
  @Benchmark
  @OperationsPerInvocation(STATEMENTS)
  public void streamingFormWithMetrics(Blackhole bh) {
    try (ResultIterator results = measuredEngine.iterate(statements.iterator())) {
      while (results.hasNext()) {
        bh.consume(results.next());
      }
    }
  }
}
