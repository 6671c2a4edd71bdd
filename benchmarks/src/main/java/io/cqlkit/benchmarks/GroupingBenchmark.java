package io.cqlkit.benchmarks;

import io.cqlkit.builder.CqlStatement;
import io.cqlkit.builder.rules.TableInfo;
import io.cqlkit.executor.ConcurrentExecution;
import io.cqlkit.executor.CqlExecutor;
import io.cqlkit.executor.CqlResult;
import io.cqlkit.executor.ExecutionOptions;
import io.cqlkit.executor.ExecutionResult;
import io.cqlkit.executor.GroupingOptions;
import io.cqlkit.executor.NativeBatchExecution;
import io.cqlkit.executor.SchemaFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
 * Grouping by partition's own cost: 200,000 inserts through the list form and the streaming form
 * (window 256) over a no-op executor that sends protocol batches and knows the table's schema, as
 * the driver adapter does. Scores are per input statement; {@link #ungrouped} is the same run
 * without grouping. The list form keeps 200,000 results, so its times carry that garbage; the
 * streaming form's do not.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class GroupingBenchmark {
  static final int STATEMENTS = 200_000;
  static final int WINDOW = 256;

  private static final TableInfo EVENTS =
      TableInfo.of(List.of("user_id"))
          .withClustering(List.of("seq"))
          .withTypes(Map.of("user_id", "int", "seq", "int", "type", "text"))
          .withCounter(false);

  /** Completes everything at once; protocol batches and schema facts, like the adapter. */
  static final class NoOpWithSchema implements CqlExecutor, NativeBatchExecution, SchemaFacts {
    private final CompletableFuture<CqlResult> done = CompletableFuture.completedFuture(CqlResult.empty());

    @Override
    public CompletionStage<CqlResult> executeAsync(CqlStatement statement, ExecutionOptions options) {
      return done;
    }

    @Override
    public CompletionStage<CqlResult> executeBatchAsync(CqlStatement batch, ExecutionOptions options) {
      return done;
    }

    @Override
    public Optional<List<String>> partitionKeyColumns(String keyspace, String table) {
      return Optional.of(EVENTS.partitionKey());
    }

    @Override
    public Optional<TableInfo> table(String keyspace, String table) {
      return Optional.of(EVENTS);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <C> Optional<C> capability(Class<C> type) {
      return type.isInstance(this) ? Optional.of((C) this) : Optional.empty();
    }
  }

  private List<CqlStatement> manyPerPartition;
  private List<CqlStatement> onePerPartition;
  private ConcurrentExecution grouped;
  private ConcurrentExecution ungrouped;

  @Setup
  public void setUp() {
    manyPerPartition = new ArrayList<>(STATEMENTS);
    onePerPartition = new ArrayList<>(STATEMENTS);
    for (int i = 0; i < STATEMENTS; i++) {
      manyPerPartition.add(EngineBenchmark.INSERT.bind(i % 1000, i, "login"));
      onePerPartition.add(EngineBenchmark.INSERT.bind(i, i, "login"));
    }
    NoOpWithSchema executor = new NoOpWithSchema();
    grouped =
        ConcurrentExecution.on(executor)
            .withWindow(WINDOW)
            .collectAll()
            .groupByPartition(GroupingOptions.defaults());
    ungrouped = ConcurrentExecution.on(executor).withWindow(WINDOW).collectAll();
  }

  /** 1,000 partitions, rows interleaved: batches of 32. */
  @Benchmark
  @OperationsPerInvocation(STATEMENTS)
  public List<ExecutionResult> groupedManyPerPartition() {
    return grouped.execute(manyPerPartition);
  }

  /** Every row its own partition: nothing to group, each statement goes alone. */
  @Benchmark
  @OperationsPerInvocation(STATEMENTS)
  public List<ExecutionResult> groupedOnePerPartition() {
    return grouped.execute(onePerPartition);
  }

  /** The same statements without grouping. */
  @Benchmark
  @OperationsPerInvocation(STATEMENTS)
  public List<ExecutionResult> ungrouped() {
    return ungrouped.execute(onePerPartition);
  }

  /** {@link #groupedManyPerPartition} through the streaming form: no list of 200,000 results. */
  @Benchmark
  @OperationsPerInvocation(STATEMENTS)
  public void groupedManyPerPartitionStreaming(Blackhole bh) {
    try (Stream<ExecutionResult> results = grouped.stream(manyPerPartition.stream())) {
      results.forEach(bh::consume);
    }
  }

  /** {@link #groupedOnePerPartition} through the streaming form. */
  @Benchmark
  @OperationsPerInvocation(STATEMENTS)
  public void groupedOnePerPartitionStreaming(Blackhole bh) {
    try (Stream<ExecutionResult> results = grouped.stream(onePerPartition.stream())) {
      results.forEach(bh::consume);
    }
  }

  /** {@link #ungrouped} through the streaming form. */
  @Benchmark
  @OperationsPerInvocation(STATEMENTS)
  public void ungroupedStreaming(Blackhole bh) {
    try (Stream<ExecutionResult> results = ungrouped.stream(onePerPartition.stream())) {
      results.forEach(bh::consume);
    }
  }
}
