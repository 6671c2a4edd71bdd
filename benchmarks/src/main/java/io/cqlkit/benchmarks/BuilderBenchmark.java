package io.cqlkit.benchmarks;

import io.cqlkit.builder.CqlStatement;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Seven statement shapes, each built three ways in the same run: cqlkit, the driver's query
 * builder, and a hand-written StringBuilder producing the same text. Plus binding a prebuilt
 * cqlkit template. Run with {@code -prof gc} for bytes/op (benchmarks/run does).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(3)
@State(Scope.Benchmark)
public class BuilderBenchmark {
  // Non-final so the JIT cannot fold them into constants.
  private Object[] tenValues = Fixtures.TEN_VALUES.clone();
  private Object pk = Fixtures.PK;
  private Object ck = Fixtures.CK;
  private Object ck2 = Fixtures.CK2;
  private Object cks = Fixtures.CKS;
  private int limit = Fixtures.LIMIT;
  private int ttl = Fixtures.TTL;
  private Object[][] batchRows = Fixtures.BATCH_ROWS;

  /** Refuses to measure if cqlkit and the hand-written baseline do not produce the same statement. */
  @Setup(Level.Trial)
  public void checkSameOutput() {
    same(CqlkitBuilder.insert10(tenValues), HandWritten.insert10(tenValues));
    same(CqlkitBuilder.INSERT10_TEMPLATE.bind(tenValues), HandWritten.insert10(tenValues));
    same(CqlkitBuilder.update5(tenValues, pk, ck), HandWritten.update5(tenValues, pk, ck));
    same(CqlkitBuilder.select5(pk, cks, limit), HandWritten.select5(pk, cks, limit));
    same(CqlkitBuilder.selectPk3(pk, ck, ck2), HandWritten.selectPk3(pk, ck, ck2));
    same(CqlkitBuilder.deleteIfExists(pk, ck), HandWritten.deleteIfExists(pk, ck));
    same(
        CqlkitBuilder.insert5IfNotExistsTtl(tenValues, ttl),
        HandWritten.insert5IfNotExistsTtl(tenValues, ttl));
    same(CqlkitBuilder.batch10(batchRows), HandWritten.batch10(batchRows));
  }

  private static void same(CqlStatement cqlkit, HandWritten.Statement baseline) {
    if (!cqlkit.cql().equals(baseline.cql())
        || !cqlkit.params().equals(Arrays.asList(baseline.params()))) {
      throw new IllegalStateException(
          "variants differ:\n  cqlkit:      " + cqlkit + "\n  handwritten: " + baseline.cql()
              + " " + Arrays.toString(baseline.params()));
    }
  }

  @Benchmark
  public Object insert10_cqlkit() {
    return CqlkitBuilder.insert10(tenValues);
  }

  @Benchmark
  public Object insert10_driverQueryBuilder() {
    return DriverQueryBuilder.insert10(tenValues);
  }

  @Benchmark
  public Object insert10_stringBuilder() {
    return HandWritten.insert10(tenValues);
  }

  @Benchmark
  public Object insert10_cqlkitTemplateBind() {
    return CqlkitBuilder.INSERT10_TEMPLATE.bind(tenValues);
  }

  @Benchmark
  public Object update5_cqlkit() {
    return CqlkitBuilder.update5(tenValues, pk, ck);
  }

  @Benchmark
  public Object update5_driverQueryBuilder() {
    return DriverQueryBuilder.update5(tenValues, pk, ck);
  }

  @Benchmark
  public Object update5_stringBuilder() {
    return HandWritten.update5(tenValues, pk, ck);
  }

  @Benchmark
  public Object select5_cqlkit() {
    return CqlkitBuilder.select5(pk, cks, limit);
  }

  @Benchmark
  public Object select5_driverQueryBuilder() {
    return DriverQueryBuilder.select5(pk, cks, limit);
  }

  @Benchmark
  public Object select5_stringBuilder() {
    return HandWritten.select5(pk, cks, limit);
  }

  @Benchmark
  public Object selectPk3_cqlkit() {
    return CqlkitBuilder.selectPk3(pk, ck, ck2);
  }

  @Benchmark
  public Object selectPk3_driverQueryBuilder() {
    return DriverQueryBuilder.selectPk3(pk, ck, ck2);
  }

  @Benchmark
  public Object selectPk3_stringBuilder() {
    return HandWritten.selectPk3(pk, ck, ck2);
  }

  @Benchmark
  public Object deleteIfExists_cqlkit() {
    return CqlkitBuilder.deleteIfExists(pk, ck);
  }

  @Benchmark
  public Object deleteIfExists_driverQueryBuilder() {
    return DriverQueryBuilder.deleteIfExists(pk, ck);
  }

  @Benchmark
  public Object deleteIfExists_stringBuilder() {
    return HandWritten.deleteIfExists(pk, ck);
  }

  @Benchmark
  public Object insertLwtTtl_cqlkit() {
    return CqlkitBuilder.insert5IfNotExistsTtl(tenValues, ttl);
  }

  @Benchmark
  public Object insertLwtTtl_driverQueryBuilder() {
    return DriverQueryBuilder.insert5IfNotExistsTtl(tenValues, ttl);
  }

  @Benchmark
  public Object insertLwtTtl_stringBuilder() {
    return HandWritten.insert5IfNotExistsTtl(tenValues, ttl);
  }

  /** cqlkit renders the batch text lazily; it is consumed here so all three produce it. */
  @Benchmark
  public void batch10_cqlkit(Blackhole bh) {
    CqlStatement batch = CqlkitBuilder.batch10(batchRows);
    bh.consume(batch.cql());
    bh.consume(batch.params());
  }

  /** The driver's builder has no batch text: it yields a BatchStatement of ten built statements. */
  @Benchmark
  public Object batch10_driverQueryBuilder() {
    return DriverQueryBuilder.batch10(batchRows);
  }

  @Benchmark
  public Object batch10_stringBuilder() {
    return HandWritten.batch10(batchRows);
  }
}
