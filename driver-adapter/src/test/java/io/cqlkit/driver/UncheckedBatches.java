package io.cqlkit.driver;

import io.cqlkit.builder.BatchType;
import io.cqlkit.builder.CqlStatement;
import io.cqlkit.builder.CqlStatementBuilder;
import java.util.Arrays;
import javax.annotation.CheckForNull;

/**
 * Batch statements made without the batch builder's own checks, so a test can send a batch that
 * breaks a rule straight to the server and see the server refuse it too.
 */
public final class UncheckedBatches {
  private UncheckedBatches() {}

  /** A batch of {@code children}, with a batch-level timestamp when {@code timestamp} is set. */
  public static CqlStatement of(BatchType type, @CheckForNull Long timestamp, CqlStatement... children) {
    CqlStatementBuilder batch = CqlStatement.batchBuilder(type, Arrays.asList(children));
    return timestamp == null ? batch.build() : batch.batchTimestamp(timestamp).build();
  }
}
