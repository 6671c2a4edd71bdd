package io.cqlkit.driver;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.DefaultConsistencyLevel;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import io.cqlkit.executor.Consistency;
import io.cqlkit.executor.ExecutionOptions;
import io.cqlkit.executor.PagingState;
import java.nio.ByteBuffer;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class StatementOptionsTest {

  private static SimpleStatement apply(ExecutionOptions options, boolean idempotent) {
    return StatementOptions.apply(SimpleStatement.builder("SELECT * FROM ks.t"), options, idempotent)
        .build();
  }

  @Test
  void should_leave_driver_defaults_when_no_option_is_set() {
    SimpleStatement statement = apply(ExecutionOptions.defaults(), true);

    assertThat(statement.getConsistencyLevel()).isNull();
    assertThat(statement.getSerialConsistencyLevel()).isNull();
    assertThat(statement.getTimeout()).isNull();
    assertThat(statement.getPageSize()).isNotPositive();
    assertThat(statement.getPagingState()).isNull();
    assertThat(statement.isTracing()).isFalse();
  }

  @Test
  void should_set_the_idempotence_it_is_given() {
    assertThat(apply(ExecutionOptions.defaults(), true).isIdempotent()).isTrue();
    assertThat(apply(ExecutionOptions.defaults(), false).isIdempotent()).isFalse();
  }

  @Test
  void should_map_every_option_to_the_driver_setting() {
    PagingState paging = PagingState.of(ByteBuffer.wrap(new byte[] {1, 2, 3}));
    ExecutionOptions options =
        ExecutionOptions.defaults()
            .withConsistency(Consistency.LOCAL_QUORUM)
            .withSerialConsistency(Consistency.LOCAL_SERIAL)
            .withTimeout(Duration.ofMillis(750))
            .withPageSize(42)
            .withPagingState(paging)
            .withTracing(true);

    SimpleStatement statement = apply(options, false);

    assertThat(statement.getConsistencyLevel()).isEqualTo(DefaultConsistencyLevel.LOCAL_QUORUM);
    assertThat(statement.getSerialConsistencyLevel())
        .isEqualTo(DefaultConsistencyLevel.LOCAL_SERIAL);
    assertThat(statement.getTimeout()).isEqualTo(Duration.ofMillis(750));
    assertThat(statement.getPageSize()).isEqualTo(42);
    assertThat(statement.getPagingState()).isEqualTo(ByteBuffer.wrap(new byte[] {1, 2, 3}));
    assertThat(statement.isTracing()).isTrue();
    assertThat(statement.isIdempotent()).isFalse();
  }

  @Test
  void should_map_each_consistency_to_the_driver_level_of_the_same_name() {
    for (Consistency level : Consistency.values()) {
      assertThat(StatementOptions.toDriver(level).name()).isEqualTo(level.name());
    }
  }
}
