package io.cqlkit.executor;

import static com.google.common.base.Preconditions.checkArgument;

import io.cqlkit.builder.CqlStatement;
import java.util.Objects;

/**
 * A statement meant for one named executor (see {@link ExecutorRegistry}): {@link
 * CqlEngine#execute(RoutedStatement)} sends it there, and a {@link CqlBatch} bound to another
 * executor refuses it.
 *
 * <pre>{@code
 * RoutedStatement audit = RoutedStatement.of("audit", insertAuditRow);
 * engine.execute(audit);
 * }</pre>
 */
public final class RoutedStatement {
  private final String executorName;
  private final CqlStatement statement;

  private RoutedStatement(String executorName, CqlStatement statement) {
    this.executorName = executorName;
    this.statement = statement;
  }

  /** {@code statement}, to be executed by the executor registered as {@code executorName}. */
  public static RoutedStatement of(String executorName, CqlStatement statement) {
    checkArgument(
        executorName != null && !executorName.isEmpty(), "an executor name must not be null or empty");
    checkArgument(statement != null, "statement must not be null");
    return new RoutedStatement(executorName, statement);
  }

  /** The name of the executor meant to run the statement. */
  public String executorName() {
    return executorName;
  }

  /** The statement. */
  public CqlStatement statement() {
    return statement;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RoutedStatement
        && ((RoutedStatement) o).executorName.equals(executorName)
        && ((RoutedStatement) o).statement.equals(statement);
  }

  @Override
  public int hashCode() {
    return Objects.hash(executorName, statement);
  }

  @Override
  public String toString() {
    return "RoutedStatement{executor=" + executorName + ", " + statement + "}";
  }
}
