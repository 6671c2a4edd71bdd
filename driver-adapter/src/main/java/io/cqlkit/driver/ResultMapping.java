package io.cqlkit.driver;

import com.datastax.oss.driver.api.core.cql.AsyncResultSet;
import com.datastax.oss.driver.api.core.cql.ColumnDefinitions;
import com.datastax.oss.driver.api.core.cql.ExecutionInfo;
import com.datastax.oss.driver.api.core.metadata.Node;
import com.google.common.collect.ImmutableList;
import io.cqlkit.executor.CqlResult;
import io.cqlkit.executor.PagingState;
import io.cqlkit.executor.Row;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.annotation.CheckForNull;

/** Maps one page of a driver result onto a {@link CqlResult}. */
final class ResultMapping {
  /** Bounds the shared empty results: one per coordinator seen, up to this many coordinators. */
  private static final int MAX_SHARED_EMPTY = 1024;

  /** What a write returns, one shared value per coordinator: no allocation per statement. */
  private static final ConcurrentHashMap<InetSocketAddress, CqlResult> EMPTY_BY_COORDINATOR =
      new ConcurrentHashMap<>();

  private ResultMapping() {}

  /**
   * The page's rows, paging state, warnings, tracing id and coordinator; a result with none of
   * the first four (what a write returns) is shared per coordinator.
   */
  static CqlResult toResult(AsyncResultSet page) {
    ExecutionInfo info = page.getExecutionInfo();
    List<String> warnings = info.getWarnings();
    UUID tracingId = info.getTracingId();
    ByteBuffer pagingState = page.hasMorePages() ? info.getPagingState() : null;
    InetSocketAddress coordinator = address(info.getCoordinator());
    int count = page.remaining();
    if (count == 0 && pagingState == null && warnings.isEmpty() && tracingId == null) {
      return empty(coordinator);
    }
    return CqlResult.of(
        count == 0 ? ImmutableList.of() : rows(page, count),
        pagingState == null || !pagingState.hasRemaining() ? null : PagingState.of(pagingState),
        warnings,
        tracingId,
        coordinator);
  }

  /** The node's CQL address: the address the driver connects to, else the one it broadcasts. */
  @CheckForNull
  static InetSocketAddress address(@CheckForNull Node node) {
    if (node == null) {
      return null;
    }
    SocketAddress endPoint = node.getEndPoint().resolve();
    if (endPoint instanceof InetSocketAddress) {
      return (InetSocketAddress) endPoint;
    }
    return node.getBroadcastRpcAddress().orElse(null);
  }

  private static CqlResult empty(@CheckForNull InetSocketAddress coordinator) {
    if (coordinator == null) {
      return CqlResult.empty();
    }
    CqlResult shared = EMPTY_BY_COORDINATOR.get(coordinator);
    if (shared != null) {
      return shared;
    }
    CqlResult result = CqlResult.empty().withCoordinator(coordinator);
    if (EMPTY_BY_COORDINATOR.size() < MAX_SHARED_EMPTY) {
      CqlResult previous = EMPTY_BY_COORDINATOR.putIfAbsent(coordinator, result);
      return previous != null ? previous : result;
    }
    return result;
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
