package io.cqlkit.driver;

import com.datastax.oss.driver.api.core.cql.AsyncResultSet;
import io.cqlkit.builder.CqlStatement;
import io.cqlkit.executor.CqlResult;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The result of one execution, completed from the driver's answer: with the mapped result (server
 * warnings logged), or exceptionally with the SPI exception for the driver's error. Being its own
 * callback keeps the per-statement path to one object.
 */
final class ResultFuture extends CompletableFuture<CqlResult>
    implements BiConsumer<AsyncResultSet, Throwable> {
  private static final Logger LOG = LoggerFactory.getLogger(DriverExecutor.class);

  private final CqlStatement statement;

  ResultFuture(CqlStatement statement) {
    this.statement = statement;
  }

  @Override
  public void accept(AsyncResultSet page, Throwable error) {
    if (error != null) {
      completeExceptionally(ErrorMapping.map(error, statement.cql()));
      return;
    }
    CqlResult result;
    try {
      result = ResultMapping.toResult(page);
    } catch (RuntimeException e) {
      completeExceptionally(ErrorMapping.map(e, statement.cql()));
      return;
    }
    List<String> warnings = result.warnings();
    if (!warnings.isEmpty() && LOG.isWarnEnabled()) {
      for (String warning : warnings) {
        LOG.warn("server warning for `{}`: {}", statement.cql(), warning);
      }
    }
    complete(result);
  }
}
