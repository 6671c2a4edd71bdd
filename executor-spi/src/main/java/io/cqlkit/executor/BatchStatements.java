package io.cqlkit.executor;

import io.cqlkit.builder.Batch;
import io.cqlkit.builder.BatchType;
import io.cqlkit.builder.Cql;
import io.cqlkit.builder.CqlStatement;
import java.util.List;
import javax.annotation.CheckForNull;

/** Builds the batch statement of a {@link CqlBatch} with the builders' own batch builder. */
final class BatchStatements {
  private BatchStatements() {}

  static CqlStatement build(BatchType type, @CheckForNull Long timestamp, List<CqlStatement> children) {
    Batch batch = Cql.batch(type);
    if (timestamp != null) {
      batch = batch.usingTimestamp(timestamp);
    }
    return batch.addAll(children).build();
  }
}
