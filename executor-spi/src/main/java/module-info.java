/**
 * cqlkit's executor SPI and engine: one asynchronous method to implement, and batches, rules,
 * concurrency, named executors and results on top. Exports the API and the test kit; {@code
 * io.cqlkit.executor.internal} is the machinery behind them.
 */
module io.cqlkit.executor {
  requires transitive io.cqlkit.builder;
  requires transitive com.google.common;
  requires org.slf4j;
  requires static com.google.errorprone.annotations;
  requires static jsr305;

  exports io.cqlkit.executor;
  exports io.cqlkit.executor.testing;
}
