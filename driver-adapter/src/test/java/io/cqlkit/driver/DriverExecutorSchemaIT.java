package io.cqlkit.driver;

import static io.cqlkit.driver.TestCluster.ddl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cqlkit.builder.CqlStatement;
import io.cqlkit.builder.StatementKind;
import io.cqlkit.executor.CqlResult;
import io.cqlkit.executor.InvalidQueryException;
import io.cqlkit.node.CassandraNode;
import io.cqlkit.node.CassandraNodeExtension;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Schema statements, schema facts and the executor's own lifecycle against a real node. */
@ExtendWith(CassandraNodeExtension.class)
class DriverExecutorSchemaIT {
  private static final String KS = "adapter_schema";
  private static DriverExecutor executor;

  @BeforeAll
  static void connect(CassandraNode node) {
    executor = TestCluster.connect(node);
    TestCluster.recreateKeyspace(executor, KS);
    executor.execute(
        ddl("CREATE TABLE " + KS + ".events (tenant text, user_id uuid, ts timestamp, event_type text,"
            + " PRIMARY KEY ((tenant, user_id), ts))"));
    executor.execute(ddl("CREATE TABLE " + KS + ".\"Users\" (\"Id\" int PRIMARY KEY, \"Name\" text)"));
  }

  @AfterAll
  static void close() {
    if (executor != null) {
      executor.close();
    }
  }

  @Test
  void should_execute_ddl_unprepared_and_return_an_empty_result() {
    CqlResult result =
        executor.execute(ddl("CREATE TABLE IF NOT EXISTS " + KS + ".scratch (id int PRIMARY KEY)"));

    assertThat(result.rows()).isEmpty();
    assertThat(result.warnings()).isEmpty();
    assertThat(result.coordinator()).isPresent();
    assertThat(executor.preparedStatementCount()).isZero();
  }

  @Test
  void should_read_partition_key_columns_from_schema_metadata() {
    assertThat(executor.partitionKeyColumns(KS, "events")).contains(List.of("tenant", "user_id"));
    assertThat(executor.partitionKeyColumns(KS, "Users")).contains(List.of("Id"));
    assertThat(executor.partitionKeyColumns(KS, "missing")).isEmpty();
    assertThat(executor.partitionKeyColumns("no_such_keyspace", "events")).isEmpty();
    assertThat(executor.partitionKeyColumns(null, "events"))
        .as("no session keyspace: the table cannot be found")
        .isEmpty();
  }

  @Test
  void should_report_a_refused_schema_statement_as_an_invalid_query() {
    String cql = "CREATE TABLE " + KS + ".events (id int PRIMARY KEY)";

    assertThatThrownBy(() -> executor.execute(ddl(cql)))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("already exists")
        .hasMessageEndingWith("[cql: " + cql + "]")
        .hasCauseInstanceOf(com.datastax.oss.driver.api.core.servererrors.AlreadyExistsException.class);
  }

  @Test
  void should_truncate_unprepared() {
    CqlStatement truncate =
        CqlStatement.schema(StatementKind.TRUNCATE, "TRUNCATE " + KS + ".events", KS, "events");

    assertThat(executor.execute(truncate).rows()).isEmpty();
    assertThat(executor.preparedStatementCount()).isZero();
  }

  @Test
  void should_keep_a_wrapped_session_open_and_refuse_work_after_close(CassandraNode node) {
    try (DriverExecutor owner = TestCluster.connect(node)) {
      DriverExecutor wrapped = DriverExecutor.of(owner.session());
      wrapped.close();

      assertThat(owner.session().isClosed()).isFalse();
      assertThat(wrapped.ownsSession()).isFalse();
      assertThatThrownBy(() -> wrapped.execute(ddl("DROP TABLE IF EXISTS " + KS + ".none")))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage(
              "this DriverExecutor is closed: open a new one (DriverExecutor.of(session) or"
                  + " DriverExecutor.builder()...connect())");
      assertThat(owner.execute(ddl("DROP TABLE IF EXISTS " + KS + ".none"))).isNotNull();
      owner.close();
      assertThat(owner.session().isClosed()).isTrue();
    }
  }
}
