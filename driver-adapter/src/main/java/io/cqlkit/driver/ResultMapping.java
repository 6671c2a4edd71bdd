package io.cqlkit.driver;

import com.datastax.oss.driver.api.core.cql.AsyncResultSet;
import com.datastax.oss.driver.api.core.cql.ColumnDefinitions;
import com.datastax.oss.driver.api.core.cql.ExecutionInfo;
import com.google.common.collect.ImmutableList;
import io.cqlkit.executor.CqlResult;
import io.cqlkit.executor.PagingState;
import io.cqlkit.executor.Row;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Maps one page of a driver result onto a {@link CqlResult}. */
final class ResultMapping {
  private ResultMapping() {}

  /**
   * The page's rows, paging state, warnings and tracing id; a result with none of them (what a
   * write returns) is the shared {@link CqlResult#empty()}.
   */
  static CqlResult toResult(AsyncResultSet page) {
    ExecutionInfo info = page.getExecutionInfo();
    List<String> warnings = info.getWarnings();
    UUID tracingId = info.getTracingId();
    ByteBuffer pagingState = page.hasMorePages() ? info.getPagingState() : null;
    int count = page.remaining();
    if (count == 0 && pagingState == null && warnings.isEmpty() && tracingId == null) {
      return CqlResult.empty();
    }
    return CqlResult.of(
        count == 0 ? ImmutableList.of() : rows(page, count),
        pagingState == null || !pagingState.hasRemaining() ? null : PagingState.of(pagingState),
        warnings,
        tracingId);
  }

  private static List<Row> rows(AsyncResultSet page, int count) {
    ColumnDefinitions definitions = page.getColumnDefinitions();
    int width = definitions.size();
    List<String> names = new ArrayList<>(width);
    for (int i = 0; i < width; i++) {
      names.add(definitions.get(i).getName().asInternal());
    }
    DriverRow.Columns columns = new DriverRow.Columns(names);
    ImmutableList.Builder<Row> rows = ImmutableList.builderWithExpectedSize(count);
    for (com.datastax.oss.driver.api.core.cql.Row row : page.currentPage()) {
      Object[] values = new Object[width];
      for (int i = 0; i < width; i++) {
        values[i] = row.getObject(i);
      }
      rows.add(new DriverRow(columns, values));
    }
    return rows.build();
  }
}
