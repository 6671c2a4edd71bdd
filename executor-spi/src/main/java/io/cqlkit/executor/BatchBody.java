package io.cqlkit.executor;

/**
 * The block of {@link CqlBatch#run(BatchBody)}: adds statements to the batch, and may throw {@code
 * X} to abandon it.
 *
 * @param <X> the checked exception the block may throw ({@code RuntimeException} when none)
 */
@FunctionalInterface
public interface BatchBody<X extends Exception> {

  /** Fills the batch. */
  void fill(CqlBatch batch) throws X;
}
