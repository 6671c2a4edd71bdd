package io.cqlkit.executor.testing;

import com.google.common.base.MoreObjects;
import io.cqlkit.builder.CqlStatement;
import io.cqlkit.executor.ExecutionOptions;
import java.util.Objects;

/** One statement a {@link RecordingExecutor} received, with its options and how it came. */
public final class RecordedExecution {
  private final CqlStatement statement;
  private final ExecutionOptions options;
  private final boolean nativeBatch;

  private RecordedExecution(CqlStatement statement, ExecutionOptions options, boolean nativeBatch) {
    this.statement = statement;
    this.options = options;
    this.nativeBatch = nativeBatch;
  }

  static RecordedExecution of(CqlStatement statement, ExecutionOptions options, boolean nativeBatch) {
    return new RecordedExecution(statement, options, nativeBatch);
  }

  /** The statement as sent. */
  public CqlStatement statement() {
    return statement;
  }

  /** The options it was sent with. */
  public ExecutionOptions options() {
    return options;
  }

  /** True if it came through {@code executeBatchAsync} (a native protocol batch). */
  public boolean nativeBatch() {
    return nativeBatch;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof RecordedExecution)) {
      return false;
    }
    RecordedExecution that = (RecordedExecution) o;
    return nativeBatch == that.nativeBatch
        && statement.equals(that.statement)
        && options.equals(that.options);
  }

  @Override
  public int hashCode() {
    return Objects.hash(statement, options, nativeBatch);
  }

  @Override
  public String toString() {
    return MoreObjects.toStringHelper("RecordedExecution")
        .add("cql", statement.cql())
        .add("params", statement.params()) // the values: a test kit's records are test data
        .add("options", options)
        .add("nativeBatch", nativeBatch)
        .toString();
  }
}
