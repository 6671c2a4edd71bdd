/**
 * The executor SPI and the engine every executor gets on top of it.
 *
 * <p>Implement {@link io.cqlkit.executor.CqlExecutor} (one asynchronous method); batches, batch
 * and LWT rules, bounded concurrent execution and named executors then work for it unchanged.
 */
package io.cqlkit.executor;
