package io.cqlkit.executor.internal;

import io.cqlkit.executor.CqlExecutor;
import io.cqlkit.executor.CqlResult;
import io.cqlkit.executor.ExecutionOptions;
import io.cqlkit.executor.PagingState;
import io.cqlkit.executor.Row;
import io.cqlkit.builder.CqlStatement;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import javax.annotation.CheckForNull;

/** Iterates every row of a SELECT across pages, fetching the next page only when it is reached. */
public final class PagedRows implements Iterator<Row> {
  private final CqlExecutor executor;
  private final CqlStatement statement;
  private final ExecutionOptions options;
  @CheckForNull private Iterator<Row> page;
  @CheckForNull private PagingState next;
  private boolean started;

  private PagedRows(CqlExecutor executor, CqlStatement statement, ExecutionOptions options) {
    this.executor = executor;
    this.statement = statement;
    this.options = options;
  }

  public static Stream<Row> stream(CqlExecutor executor, CqlStatement statement, ExecutionOptions options) {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(
            new PagedRows(executor, statement, options), Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  @Override
  public boolean hasNext() {
    while (page == null || !page.hasNext()) {
      if (started && next == null) {
        return false;
      }
      ExecutionOptions pageOptions = next == null ? options : options.withPagingState(next);
      CqlResult result = executor.execute(statement, pageOptions);
      started = true;
      next = result.pagingState().orElse(null);
      page = result.rows().iterator();
    }
    return true;
  }

  @Override
  public Row next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more rows: the last page was read");
    }
    return page.next();
  }
}
