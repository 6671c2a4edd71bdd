package io.cqlkit.driver;

import com.datastax.oss.driver.api.core.cql.DefaultBatchType;
import io.cqlkit.builder.BatchType;
import java.util.Optional;
import com.datastax.oss.driver.api.core.ConsistencyLevel;
import com.datastax.oss.driver.api.core.DefaultConsistencyLevel;
import com.datastax.oss.driver.api.core.cql.StatementBuilder;
import io.cqlkit.executor.Consistency;
import io.cqlkit.executor.ExecutionOptions;
import java.util.EnumMap;
import java.util.Map;

/** Maps {@link ExecutionOptions} onto the driver's per-statement settings. */
final class StatementOptions {
  private static final Map<Consistency, ConsistencyLevel> LEVELS = levels();

  private StatementOptions() {}

  /**
   * Sets every option that {@code options} holds on {@code builder}, and the idempotence that
   * decides whether the driver may retry. Unset options keep the driver's configured defaults.
   * The keyspace is not set here: only simple and batch statements take one.
   */
  static <B extends StatementBuilder<B, ?>> B apply(
      B builder, ExecutionOptions options, boolean idempotent) {
    builder.setIdempotence(idempotent);
    if (options == ExecutionOptions.defaults()) {
      return builder;
    }
    options.consistency().ifPresent(level -> builder.setConsistencyLevel(toDriver(level)));
    options
        .serialConsistency()
        .ifPresent(level -> builder.setSerialConsistencyLevel(toDriver(level)));
    options.timeout().ifPresent(builder::setTimeout);
    options.pageSize().ifPresent(builder::setPageSize);
    options.pagingState().ifPresent(state -> builder.setPagingState(state.toByteBuffer()));
    if (options.tracing()) {
      builder.setTracing(true);
    }
    return builder;
  }

  /** The driver's consistency level of the same name. */
  static ConsistencyLevel toDriver(Consistency level) {
    return LEVELS.get(level);
  }

  private static Map<Consistency, ConsistencyLevel> levels() {
    Map<Consistency, ConsistencyLevel> levels = new EnumMap<>(Consistency.class);
    for (Consistency level : Consistency.values()) {
      levels.put(level, DefaultConsistencyLevel.valueOf(level.name()));
    }
    return levels;
  }

  /** The driver's batch type for a cqlkit batch type (LOGGED when none). */
  static DefaultBatchType batchType(Optional<BatchType> type) {
    switch (type.orElse(BatchType.LOGGED)) {
      case UNLOGGED:
        return DefaultBatchType.UNLOGGED;
      case COUNTER:
        return DefaultBatchType.COUNTER;
      default:
        return DefaultBatchType.LOGGED;
    }
  }
}
