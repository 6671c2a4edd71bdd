/**
 * Micrometer metrics for any executor: {@link io.cqlkit.metrics.MetricsExecutor} wraps a {@link
 * io.cqlkit.executor.CqlExecutor} and times every statement it passes on. It is also the model of
 * a decorator (metrics, logging, tracing, a proxy), and the rules it follows are the ones to
 * follow in your own.
 *
 * <h2>Writing a decorator</h2>
 *
 * <ol>
 *   <li><b>Implement one method, wrap one executor.</b> Implement {@link
 *       io.cqlkit.executor.CqlExecutor#executeAsync(io.cqlkit.builder.CqlStatement,
 *       io.cqlkit.executor.ExecutionOptions)} and pass the statement and options on unchanged.
 *       {@code execute}, {@code allRows} and every engine feature then go through it: the
 *       defaults call {@code executeAsync}.
 *   <li><b>Forward the capabilities.</b> The engine asks the outermost executor for {@link
 *       io.cqlkit.executor.NativeBatchExecution} and {@link io.cqlkit.executor.SchemaFacts} with
 *       {@code capability(Class)}; the default answers from the decorator's own type, so without
 *       an override batches fall back to one long text and conditional batches lose their
 *       partition check. Override {@code capability}: answer {@code NativeBatchExecution} with a
 *       view that does your work and then calls the wrapped executor's (else native batches
 *       bypass you), return the wrapped executor's answer for everything else, and empty where it
 *       has none.
 *   <li><b>Deliver every failure through the stage.</b> Never throw from {@code executeAsync}, and
 *       give the caller exactly what the wrapped stage completed with (the same result, the same
 *       exception object), so {@code CqlExecutionException.unwrap} and the engine see what they
 *       would have seen without you. If the wrapped executor throws or returns null, which the SPI
 *       forbids, turn that into a failed stage.
 *   <li><b>Never block, and finish on completion.</b> Do your bookkeeping in a completion callback,
 *       whatever the outcome, on whatever thread completes the stage; keep it short.
 *   <li><b>Keep the per-statement cost low.</b> The engine can push tens of millions of
 *       statements a second through a fast executor. Resolve what you can once (here: the meters
 *       of a kind, keyspace and table, cached in concurrent maps); on each call, read facts the
 *       statement already carries ({@code kind()}, {@code keyspace()}, {@code table()}) rather
 *       than parsing {@code cql()}, and build no strings.
 *   <li><b>Test it with the shipped test kit.</b> {@link io.cqlkit.executor.testing.RecordingExecutor}
 *       built with {@code nativeBatches()} and {@code partitionKey(...)} shows whether batches and
 *       schema facts still work through the decorator; {@code thenFail} checks the failure path.
 * </ol>
 *
 * <pre>{@code
 * MeterRegistry registry = new SimpleMeterRegistry();
 * CqlEngine engine = CqlEngine.of(MetricsExecutor.wrap(executor, registry));
 * engine.execute(insertInto("ks", "events").value("id", 1).build());
 * registry.get("cqlkit.statements").tag("kind", "insert").tag("table", "events").timer().count(); // 1
 * }</pre>
 */
package io.cqlkit.metrics;
