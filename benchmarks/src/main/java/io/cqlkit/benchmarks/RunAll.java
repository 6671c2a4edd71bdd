package io.cqlkit.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the performance suite and writes {@code benchmarks/results/RESULTS.md}: the builder
 * benchmark, the engine benchmark and the end-to-end load run against a real node.
 *
 * <pre>{@code
 * benchmarks/run            # all parts
 * benchmarks/run builder    # one part: builder | engine | records | e2e | e2e-ring
 * benchmarks/run e2e-ring --rows 2000 --rounds 1   # a smoke run of the ring part
 * benchmarks/run --quick    # shorter iterations, for a smoke check
 * }</pre>
 */
public final class RunAll {
  private RunAll() {}

  public static void main(String[] args) throws Exception {
    List<String> parts = new ArrayList<>();
    boolean quick = false;
    int ringRows = 0; // 0: the default for the mode
    int ringRounds = 3;
    Path out = Paths.get("benchmarks", "results", "RESULTS.md");
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "builder", "engine", "records", "e2e", "e2e-ring" -> parts.add(args[i]);
        case "all" -> parts.addAll(List.of("builder", "engine", "records", "e2e", "e2e-ring"));
        case "--quick" -> quick = true;
        case "--rows" -> ringRows = Integer.parseInt(args[++i]);
        case "--rounds" -> ringRounds = Integer.parseInt(args[++i]);
        case "--out" -> out = Paths.get(args[++i]);
        default -> {
          System.err.println(
              "unknown argument '" + args[i] + "'; usage: run [builder|engine|records|e2e|e2e-ring|all] [--quick]"
                  + " [--rows N] [--rounds N] [--out FILE]");
          System.exit(2);
        }
      }
    }
    if (parts.isEmpty()) {
      parts.addAll(List.of("builder", "engine", "records", "e2e", "e2e-ring"));
    }
    if (ringRows == 0) {
      ringRows = quick ? 20_000 : 100_000;
    }
    StringBuilder report = new StringBuilder();
    report.append("# cqlkit performance results\n\n");
    report.append(machine()).append('\n');
    report.append("Command: `benchmarks/run ").append(String.join(" ", args)).append("`\n\n");
    for (String part : parts) {
      System.out.println("== " + part);
      String section =
          switch (part) {
            case "builder" -> "## Builder (JMH, -prof gc)\n\n" + BuilderReport.table(jmh("BuilderBenchmark", quick));
            case "engine" -> "## Engine (JMH, -prof gc)\n\n" + EngineReport.table(jmh("(EngineBenchmark|GroupingBenchmark)", quick));
            case "records" -> "## Records (JMH, -prof gc)\n\n" + RecordsReport.table(jmh("RecordsBenchmark", quick));
            case "e2e" -> "## End to end against a real Cassandra 5.0.9 node\n\n" + EndToEnd.run(quick);
            case "e2e-ring" -> "## End to end on a local 3-node ring\n\n" + EndToEnd.runRing(ringRows, ringRounds);
            default -> throw new AssertionError(part);
          };
      System.out.println(section);
      report.append(section).append('\n');
    }
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, report.toString(), StandardCharsets.UTF_8);
    System.out.println("wrote " + out.toAbsolutePath());
  }

  static Collection<RunResult> jmh(String benchmark, boolean quick) throws RunnerException {
    ChainedOptionsBuilder options =
        new OptionsBuilder()
            .include("io\\.cqlkit\\.benchmarks\\." + benchmark + "\\.")
            .addProfiler("gc")
            .shouldFailOnError(true);
    if (quick) {
      options
          .forks(1)
          .warmupIterations(1)
          .warmupTime(TimeValue.milliseconds(500))
          .measurementIterations(2)
          .measurementTime(TimeValue.milliseconds(500));
    }
    return new Runner(options.build()).run();
  }

  private static String machine() throws IOException {
    String cpu = "unknown CPU";
    Path cpuinfo = Paths.get("/proc/cpuinfo");
    if (Files.exists(cpuinfo)) {
      try (Stream<String> lines = Files.lines(cpuinfo)) {
        cpu = lines.filter(l -> l.startsWith("model name")).findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse(cpu);
      }
    }
    return String.format(
        Locale.ROOT,
        "Date: %s. Machine: %d cores (%s), %d GiB max heap available, %s %s on %s.%n",
        LocalDate.now(),
        Runtime.getRuntime().availableProcessors(),
        cpu,
        Runtime.getRuntime().maxMemory() >> 30,
        System.getProperty("java.vm.name"),
        System.getProperty("java.version"),
        System.getProperty("os.name"));
  }
}
