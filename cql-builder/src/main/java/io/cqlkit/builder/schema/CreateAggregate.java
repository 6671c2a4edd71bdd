package io.cqlkit.builder.schema;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import com.google.errorprone.annotations.CheckReturnValue;
import io.cqlkit.builder.CqlIdentifier;
import io.cqlkit.builder.CqlLiteral;
import io.cqlkit.builder.CqlStatement;
import java.util.List;
import javax.annotation.CheckForNull;

/**
 * {@code CREATE [OR REPLACE] AGGREGATE [IF NOT EXISTS] ks.name(type, ...) SFUNC state STYPE type
 * [FINALFUNC final] [INITCOND literal]}: a user-defined aggregate over user-defined functions of
 * the same keyspace.
 *
 * <pre>{@code
 * createAggregate("ks", "total").withArgumentType(INT).stateFunction("plus").stateType(INT)
 *     .initialCondition(0).build().cql();
 * // CREATE AGGREGATE ks.total(int) SFUNC plus STYPE int INITCOND 0
 * }</pre>
 */
@CheckReturnValue
public final class CreateAggregate implements SchemaStatementBuilder {
  private final QualifiedName aggregate;
  private final boolean orReplace;
  private final boolean ifNotExists;
  private final Chain<DataType> argumentTypes;
  @CheckForNull private final CqlIdentifier stateFunction;
  @CheckForNull private final DataType stateType;
  @CheckForNull private final CqlIdentifier finalFunction;
  /** The INITCOND literal as rendered, or null. */
  @CheckForNull private final String initialCondition;

  private CreateAggregate(
      QualifiedName aggregate,
      boolean orReplace,
      boolean ifNotExists,
      Chain<DataType> argumentTypes,
      @CheckForNull CqlIdentifier stateFunction,
      @CheckForNull DataType stateType,
      @CheckForNull CqlIdentifier finalFunction,
      @CheckForNull String initialCondition) {
    this.aggregate = aggregate;
    this.orReplace = orReplace;
    this.ifNotExists = ifNotExists;
    this.argumentTypes = argumentTypes;
    this.stateFunction = stateFunction;
    this.stateType = stateType;
    this.finalFunction = finalFunction;
    this.initialCondition = initialCondition;
  }

  static CreateAggregate of(QualifiedName aggregate) {
    return new CreateAggregate(aggregate, false, false, Chain.empty(), null, null, null, null);
  }

  /** {@code CREATE OR REPLACE AGGREGATE}. */
  public CreateAggregate orReplace() {
    return new CreateAggregate(
        aggregate, true, ifNotExists, argumentTypes, stateFunction, stateType, finalFunction,
        initialCondition);
  }

  /** {@code IF NOT EXISTS}. */
  public CreateAggregate ifNotExists() {
    return new CreateAggregate(
        aggregate, orReplace, true, argumentTypes, stateFunction, stateType, finalFunction,
        initialCondition);
  }

  /** The type of the next argument, in order. */
  public CreateAggregate withArgumentType(DataType type) {
    checkArgument(type != null, "withArgumentType(...) needs a type, e.g. DataType.INT");
    return new CreateAggregate(
        aggregate, orReplace, ifNotExists, argumentTypes.add(type), stateFunction, stateType,
        finalFunction, initialCondition);
  }

  /** {@code SFUNC name}: the state function, a function of the aggregate's keyspace (exact name). */
  public CreateAggregate stateFunction(String name) {
    return new CreateAggregate(
        aggregate, orReplace, ifNotExists, argumentTypes, Names.of(name, "state function"),
        stateType, finalFunction, initialCondition);
  }

  /** {@code STYPE type}: the type of the state. */
  public CreateAggregate stateType(DataType type) {
    checkArgument(type != null, "stateType(...) needs a type, e.g. DataType.INT");
    return new CreateAggregate(
        aggregate, orReplace, ifNotExists, argumentTypes, stateFunction, type, finalFunction,
        initialCondition);
  }

  /** {@code FINALFUNC name}: turns the last state into the result (exact name). */
  public CreateAggregate finalFunction(String name) {
    return new CreateAggregate(
        aggregate, orReplace, ifNotExists, argumentTypes, stateFunction, stateType,
        Names.of(name, "final function"), initialCondition);
  }

  /**
   * {@code INITCOND literal}: the first state, written as a CQL literal ({@link CqlLiteral}).
   *
   * @throws IllegalArgumentException if the value has no CQL literal
   */
  public CreateAggregate initialCondition(Object value) {
    return new CreateAggregate(
        aggregate, orReplace, ifNotExists, argumentTypes, stateFunction, stateType, finalFunction,
        CqlLiteral.render(value));
  }

  @Override
  public CqlStatement build() {
    checkState(
        !(orReplace && ifNotExists),
        "CREATE AGGREGATE %s has both orReplace() and ifNotExists(): Cassandra refuses the two"
            + " together; choose one",
        aggregate);
    checkState(
        stateFunction != null,
        "CREATE AGGREGATE %s has no state function: call stateFunction(\"name\")",
        aggregate);
    checkState(
        stateType != null, "CREATE AGGREGATE %s has no state type: call stateType(type)", aggregate);
    StringBuilder sb = new StringBuilder("CREATE ");
    if (orReplace) {
      sb.append("OR REPLACE ");
    }
    sb.append("AGGREGATE ");
    if (ifNotExists) {
      sb.append("IF NOT EXISTS ");
    }
    aggregate.appendTo(sb);
    appendTypes(sb, argumentTypes.toList());
    sb.append(" SFUNC ").append(stateFunction.asFunctionCql());
    sb.append(" STYPE ").append(stateType.asCql());
    if (finalFunction != null) {
      sb.append(" FINALFUNC ").append(finalFunction.asFunctionCql());
    }
    if (initialCondition != null) {
      sb.append(" INITCOND ").append(initialCondition);
    }
    return Statements.ddl(sb, aggregate.keyspaceName(), null);
  }

  /** {@code (int, text)}. */
  static void appendTypes(StringBuilder sb, List<DataType> types) {
    sb.append('(');
    for (int i = 0; i < types.size(); i++) {
      if (i > 0) {
        sb.append(", ");
      }
      sb.append(types.get(i).asCql());
    }
    sb.append(')');
  }

  /** The CQL, or why it cannot build yet. */
  @Override
  public String toString() {
    return Statements.describe(this);
  }
}
