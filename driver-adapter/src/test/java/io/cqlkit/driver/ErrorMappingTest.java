package io.cqlkit.driver;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.AllNodesFailedException;
import com.datastax.oss.driver.api.core.DefaultConsistencyLevel;
import com.datastax.oss.driver.api.core.DriverTimeoutException;
import com.datastax.oss.driver.api.core.connection.ClosedConnectionException;
import com.datastax.oss.driver.api.core.metadata.Node;
import com.datastax.oss.driver.api.core.servererrors.AlreadyExistsException;
import com.datastax.oss.driver.api.core.servererrors.DefaultWriteType;
import com.datastax.oss.driver.api.core.servererrors.OverloadedException;
import com.datastax.oss.driver.api.core.servererrors.ReadTimeoutException;
import com.datastax.oss.driver.api.core.servererrors.SyntaxError;
import com.datastax.oss.driver.api.core.servererrors.WriteTimeoutException;
import io.cqlkit.executor.CqlExecutionException;
import io.cqlkit.executor.InvalidQueryException;
import io.cqlkit.executor.NoNodeAvailableException;
import io.cqlkit.executor.QueryTimeoutException;
import io.cqlkit.executor.UnavailableException;
import java.lang.reflect.Proxy;
import java.util.AbstractMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class ErrorMappingTest {
  private static final String CQL = "INSERT INTO ks.t (pk, v) VALUES (?, ?)";
  private static final Node NODE = null; // the node only feeds the driver's own message

  @Test
  void should_map_a_write_timeout_to_a_query_timeout_keeping_the_cause() {
    WriteTimeoutException driver =
        new WriteTimeoutException(NODE, DefaultConsistencyLevel.ONE, 0, 1, DefaultWriteType.SIMPLE);

    RuntimeException mapped = ErrorMapping.map(driver, CQL);

    assertThat(mapped).isExactlyInstanceOf(QueryTimeoutException.class).hasCause(driver);
    assertThat(mapped.getMessage()).isEqualTo(driver.getMessage() + " [cql: " + CQL + "]");
  }

  @Test
  void should_map_read_and_driver_timeouts_to_a_query_timeout() {
    assertThat(
            ErrorMapping.map(new ReadTimeoutException(NODE, DefaultConsistencyLevel.ONE, 0, 1, false), CQL))
        .isExactlyInstanceOf(QueryTimeoutException.class);
    assertThat(ErrorMapping.map(new DriverTimeoutException("Query timed out after PT2S"), CQL))
        .isExactlyInstanceOf(QueryTimeoutException.class)
        .hasMessage("Query timed out after PT2S [cql: " + CQL + "]");
  }

  @Test
  void should_map_unavailable() {
    com.datastax.oss.driver.api.core.servererrors.UnavailableException driver =
        new com.datastax.oss.driver.api.core.servererrors.UnavailableException(
            NODE, DefaultConsistencyLevel.QUORUM, 2, 1);

    assertThat(ErrorMapping.map(driver, CQL))
        .isExactlyInstanceOf(UnavailableException.class)
        .hasCause(driver);
  }

  @Test
  void should_map_validation_errors_to_an_invalid_query() {
    com.datastax.oss.driver.api.core.servererrors.InvalidQueryException invalid =
        new com.datastax.oss.driver.api.core.servererrors.InvalidQueryException(
            NODE, "Batch with conditions cannot span multiple partitions");

    assertThat(ErrorMapping.map(invalid, CQL))
        .isExactlyInstanceOf(InvalidQueryException.class)
        .hasMessage("Batch with conditions cannot span multiple partitions [cql: " + CQL + "]")
        .hasCause(invalid);
    assertThat(ErrorMapping.map(new SyntaxError(NODE, "line 1:0 no viable alternative"), CQL))
        .isExactlyInstanceOf(InvalidQueryException.class);
    assertThat(ErrorMapping.map(new AlreadyExistsException(NODE, "ks", "t"), CQL))
        .isExactlyInstanceOf(InvalidQueryException.class);
  }

  @Test
  void should_map_a_lost_connection_and_no_node_to_no_node_available() {
    assertThat(ErrorMapping.map(new ClosedConnectionException("Lost connection to remote peer"), CQL))
        .isExactlyInstanceOf(NoNodeAvailableException.class);
    assertThat(
            ErrorMapping.map(new com.datastax.oss.driver.api.core.NoNodeAvailableException(), CQL))
        .isExactlyInstanceOf(NoNodeAvailableException.class);
  }

  @Test
  void should_map_all_nodes_failed_the_same_way_to_that_way() {
    AllNodesFailedException allTimedOut =
        AllNodesFailedException.fromErrors(
            List.of(failed(new DriverTimeoutException("timed out"))));

    assertThat(ErrorMapping.map(allTimedOut, CQL))
        .isExactlyInstanceOf(QueryTimeoutException.class)
        .hasCause(allTimedOut);
  }

  @Test
  void should_map_all_nodes_failed_in_different_ways_to_no_node_available() {
    AllNodesFailedException mixed =
        AllNodesFailedException.fromErrors(
            List.of(
                failed(new DriverTimeoutException("timed out")),
                failed(new ClosedConnectionException("Lost connection"))));

    assertThat(ErrorMapping.map(mixed, CQL))
        .isExactlyInstanceOf(NoNodeAvailableException.class)
        .hasCause(mixed);
  }

  @Test
  void should_map_other_driver_errors_to_the_base_execution_exception() {
    OverloadedException overloaded = new OverloadedException(NODE, "overloaded");

    assertThat(ErrorMapping.map(overloaded, CQL))
        .isExactlyInstanceOf(CqlExecutionException.class)
        .hasCause(overloaded);
  }

  @Test
  void should_unwrap_completion_exceptions_and_pass_spi_and_argument_errors_unchanged() {
    QueryTimeoutException spi = new QueryTimeoutException("timeout");
    IllegalArgumentException badValue = new IllegalArgumentException("bad value");

    assertThat(ErrorMapping.map(new CompletionException(spi), CQL)).isSameAs(spi);
    assertThat(ErrorMapping.map(badValue, CQL)).isSameAs(badValue);
    assertThat(ErrorMapping.map(new CompletionException(new DriverTimeoutException("t")), CQL))
        .isExactlyInstanceOf(QueryTimeoutException.class);
  }

  @Test
  void should_shorten_a_long_statement_in_the_message() {
    String longCql = "BEGIN BATCH\n" + "  INSERT INTO ks.t (pk) VALUES (?);\n".repeat(20) + "APPLY BATCH";

    String message = ErrorMapping.map(new DriverTimeoutException("timed out"), longCql).getMessage();

    assertThat(message).startsWith("timed out [cql: BEGIN BATCH   INSERT INTO ks.t (pk) VALUES (?);");
    assertThat(message).endsWith("…]").doesNotContain("\n").hasSizeLessThan(330);
  }

  private int nodes;

  /** A node as AllNodesFailedException keys its errors: only its identity matters here. */
  private Map.Entry<Node, Throwable> failed(Throwable error) {
    String name = "node" + ++nodes;
    Node node =
        (Node)
            Proxy.newProxyInstance(
                Node.class.getClassLoader(),
                new Class<?>[] {Node.class},
                (proxy, method, args) ->
                    switch (method.getName()) {
                      case "toString" -> name;
                      case "hashCode" -> name.hashCode();
                      case "equals" -> proxy == args[0];
                      default -> null;
                    });
    return new AbstractMap.SimpleEntry<>(node, error);
  }
}
