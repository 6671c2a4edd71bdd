package io.cqlkit.driver;

import static io.cqlkit.builder.Cql.insertInto;
import static io.cqlkit.builder.Cql.selectFrom;
import static io.cqlkit.builder.Term.marker;
import static io.cqlkit.builder.schema.DataType.INT;
import static io.cqlkit.builder.schema.DataType.TEXT;
import static org.assertj.core.api.Assertions.assertThat;

import io.cqlkit.builder.CqlStatement;
import io.cqlkit.builder.CqlTemplate;
import io.cqlkit.builder.schema.Schema;
import io.cqlkit.executor.CqlEngine;
import io.cqlkit.executor.CqlResult;
import io.cqlkit.executor.ExecutionOptions;
import io.cqlkit.executor.ExecutionResult;
import io.cqlkit.executor.PagingState;
import io.cqlkit.executor.Row;
import io.cqlkit.node.CassandraNode;
import io.cqlkit.node.CassandraNodeExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Paging through 10,000 rows: page by page, resumed from a saved paging state, and as one stream. */
@ExtendWith(CassandraNodeExtension.class)
class PagingIT {
  private static final String KS = "adapter_paging";
  private static final int ROWS = 10_000;
  private static final CqlStatement SELECT = selectFrom(KS, "t").where("pk", 1).build();
  private static DriverExecutor executor;

  @BeforeAll
  static void load(CassandraNode node) {
    executor = TestCluster.connect(node);
    TestCluster.recreateKeyspace(executor, KS);
    executor.execute(
        Schema.createTable(KS, "t")
            .withPartitionKey("pk", INT)
            .withClusteringColumn("ck", INT)
            .withColumn("v", TEXT)
            .build());
    CqlTemplate insert =
        insertInto(KS, "t").value("pk", 1).value("ck", marker()).value("v", marker()).template();
    List<ExecutionResult> results =
        CqlEngine.of(executor)
            .concurrently()
            .executeWithArgs(ck -> insert.bind(ck, "v" + ck), IntStream.range(0, ROWS).boxed().toList());
    assertThat(results).allMatch(ExecutionResult::isSuccess);
  }

  @AfterAll
  static void close() {
    if (executor != null) {
      executor.close();
    }
  }

  private static List<Integer> cks(CqlResult page) {
    return page.rows().stream().map(r -> r.get("ck", Integer.class)).collect(Collectors.toList());
  }

  @Test
  void should_page_through_every_row_with_a_small_page_size() {
    ExecutionOptions options = ExecutionOptions.defaults().withPageSize(100);
    List<Integer> seen = new ArrayList<>();
    List<Integer> pageSizes = new ArrayList<>();
    CqlResult page = executor.execute(SELECT, options);
    while (true) {
      pageSizes.add(page.rows().size());
      seen.addAll(cks(page));
      if (!page.hasMorePages()) {
        break;
      }
      page = executor.execute(SELECT, options.withPagingState(page.pagingState().orElseThrow()));
    }

    // The server may hand out a paging state with the last full page; the page after it is empty.
    if (pageSizes.get(pageSizes.size() - 1) == 0) {
      pageSizes.remove(pageSizes.size() - 1);
    }
    assertThat(pageSizes).hasSize(ROWS / 100).containsOnly(100);
    assertThat(seen).isEqualTo(IntStream.range(0, ROWS).boxed().toList());
  }

  @Test
  void should_resume_from_a_saved_paging_state() {
    ExecutionOptions options = ExecutionOptions.defaults().withPageSize(250);
    CqlResult first = executor.execute(SELECT, options);
    CqlResult second = executor.execute(SELECT, options.withPagingState(first.pagingState().orElseThrow()));
    String token = second.pagingState().orElseThrow().toString(); // e.g. kept by a web client

    CqlResult third =
        executor.execute(SELECT, ExecutionOptions.defaults().withPageSize(250).withPagingState(PagingState.fromString(token)));

    assertThat(cks(first)).startsWith(0).endsWith(249);
    assertThat(cks(second)).startsWith(250).endsWith(499);
    assertThat(cks(third)).isEqualTo(IntStream.range(500, 750).boxed().toList());
    assertThat(third.rows().get(0).get("v", String.class)).isEqualTo("v500");
  }

  @Test
  void should_end_without_a_paging_state_on_the_last_page() {
    CqlResult all = executor.execute(SELECT, ExecutionOptions.defaults().withPageSize(ROWS + 1));

    assertThat(all.rows()).hasSize(ROWS);
    assertThat(all.hasMorePages()).isFalse();
    assertThat(all.pagingState()).isEmpty();
  }

  @Test
  void should_stream_every_row_across_pages() {
    try (Stream<Row> rows = executor.allRows(SELECT, ExecutionOptions.defaults().withPageSize(300))) {
      assertThat(rows.map(r -> r.get("ck", Integer.class)).collect(Collectors.toList()))
          .isEqualTo(IntStream.range(0, ROWS).boxed().toList());
    }
  }
}
