package io.cqlkit.builder;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.cqlkit.builder.internal.Shape;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.annotation.CheckForNull;

/**
 * Makes a {@link CqlStatement} from its text and chosen shape facts, without the statement
 * builders' checks: for test kits and executor tests that need a statement no builder would make
 * (one breaking a rule the builders refuse, or one made by other means). Use {@link Cql} for
 * anything else. Start from {@link CqlStatement#builder} or {@link CqlStatement#batchBuilder}.
 *
 * <pre>{@code
 * CqlStatement s = CqlStatement.builder(StatementKind.UPDATE,
 *         "UPDATE ks.t USING TIMESTAMP ? SET v = ? WHERE pk = ? IF EXISTS")
 *     .table("ks", "t").condition(ConditionKind.IF_EXISTS).timestamp(true)
 *     .params(1L, "v", 1).binding("pk", 2)
 *     .build();
 * }</pre>
 *
 * <p>Not thread-safe; the statements it builds are immutable.
 */
public final class CqlStatementBuilder {
  @CheckForNull private final String cql;
  private final StatementKind kind;
  @CheckForNull private final BatchType batchType;
  private final List<CqlStatement> children;

  @CheckForNull private String keyspace;
  @CheckForNull private String table;
  @CheckForNull private ConditionKind condition;
  @CheckForNull private Boolean counter;
  private boolean ttl;
  private boolean timestamp;
  @CheckForNull private Boolean idempotent;
  @CheckForNull private Long batchTimestamp;
  @CheckForNull private Object[] params;
  private final List<String> bindingColumns = new ArrayList<>();
  private final List<Integer> bindingIndexes = new ArrayList<>();
  private final ImmutableSet.Builder<String> inColumns = ImmutableSet.builder();
  private ImmutableList<String> markerNames = ImmutableList.of();
  private boolean raw;

  CqlStatementBuilder(
      StatementKind kind,
      @CheckForNull String cql,
      @CheckForNull BatchType batchType,
      List<CqlStatement> children) {
    this.kind = kind;
    this.cql = cql;
    this.batchType = batchType;
    this.children = children;
  }

  /** The keyspace and table the statement names. */
  public CqlStatementBuilder table(@CheckForNull String keyspace, String table) {
    this.keyspace = keyspace;
    this.table = table;
    return this;
  }

  /** The lightweight-transaction condition (default: none; for a batch, any child's). */
  public CqlStatementBuilder condition(ConditionKind condition) {
    this.condition = checkNotNull(condition, "the condition");
    return this;
  }

  /** Whether it is a counter update (default: false; for a batch, true if any child is). */
  public CqlStatementBuilder counter(boolean counter) {
    this.counter = counter;
    return this;
  }

  /** Whether it carries its own {@code USING TTL}. */
  public CqlStatementBuilder ttl(boolean ttl) {
    this.ttl = ttl;
    return this;
  }

  /** Whether it (or, for a batch, the batch itself) carries {@code USING TIMESTAMP}. */
  public CqlStatementBuilder timestamp(boolean timestamp) {
    this.timestamp = timestamp;
    return this;
  }

  /** For a batch: {@code USING TIMESTAMP ?} with this value (microseconds) as its first param. */
  public CqlStatementBuilder batchTimestamp(long micros) {
    checkArgument(batchType != null, "only a batch has a batch timestamp: use timestamp(true)");
    this.timestamp = true;
    this.batchTimestamp = micros;
    return this;
  }

  /**
   * Whether a retry is safe (default: not conditional and not a counter; for a batch, every child
   * idempotent).
   */
  public CqlStatementBuilder idempotent(boolean idempotent) {
    this.idempotent = idempotent;
    return this;
  }

  /**
   * The values, one per marker in text order (default: none; for a batch, the batch timestamp if
   * any, then every child's params). The array is copied.
   */
  public CqlStatementBuilder params(Object... params) {
    checkArgument(params != null, "params must not be null: pass no argument for no params");
    this.params = params.clone();
    return this;
  }

  /** Notes that {@code column} is bound by equality to the param at {@code paramIndex}. */
  public CqlStatementBuilder binding(String column, int paramIndex) {
    bindingColumns.add(CqlIdentifier.checkName(column, "column"));
    bindingIndexes.add(paramIndex);
    return this;
  }

  /** Notes a column the WHERE clause restricts with {@code IN}. */
  public CqlStatementBuilder inColumn(String column) {
    inColumns.add(CqlIdentifier.checkName(column, "column"));
    return this;
  }

  /** The names of the {@code :name} markers in text order, when the markers are named. */
  public CqlStatementBuilder markerNames(String... names) {
    this.markerNames = ImmutableList.copyOf(names);
    return this;
  }

  /** Marks a statement made from text by {@link Cql#raw}: only what its text shows is known. */
  CqlStatementBuilder raw() {
    this.raw = true;
    return this;
  }

  /**
   * The statement.
   *
   * @throws IllegalArgumentException if a binding's param index is not that of a param
   */
  public CqlStatement build() {
    Object[] values = params == null ? defaultParams() : params.clone();
    int[] indexes = new int[bindingIndexes.size()];
    for (int i = 0; i < indexes.length; i++) {
      int index = bindingIndexes.get(i);
      checkArgument(
          index >= 0 && index < values.length,
          "the binding of %s points at param %s, but there are %s params (0 to %s)",
          bindingColumns.get(i),
          index,
          values.length,
          values.length - 1);
      indexes[i] = index;
    }
    boolean anyConditional = false;
    boolean anyCounter = false;
    boolean allIdempotent = true;
    for (CqlStatement child : children) {
      anyConditional |= child.isConditional();
      anyCounter |= child.isCounter();
      allIdempotent &= child.isIdempotent();
    }
    ConditionKind conditionKind =
        condition != null
            ? condition
            : anyConditional ? ConditionKind.IF_CONDITIONS : ConditionKind.NONE;
    boolean isCounter = counter != null ? counter : anyCounter;
    boolean isIdempotent =
        idempotent != null
            ? idempotent
            : batchType != null
                ? allIdempotent
                : !conditionKind.isConditional() && !isCounter;
    Shape shape =
        new Shape(
            cql,
            kind,
            keyspace,
            table,
            conditionKind,
            isCounter,
            ttl,
            timestamp,
            isIdempotent,
            markerNames,
            bindingColumns.toArray(new String[0]),
            indexes,
            new Object[indexes.length],
            inColumns.build(),
            raw,
            null,
            ImmutableList.of());
    return batchType == null
        ? new CqlStatement(shape, values)
        : new CqlStatement(shape, values, children, batchType);
  }

  private Object[] defaultParams() {
    List<Object> values = new ArrayList<>();
    if (batchTimestamp != null) {
      values.add(batchTimestamp);
    }
    for (CqlStatement child : children) {
      values.addAll(Arrays.asList(child.paramArray()));
    }
    return values.toArray();
  }

  private static <T> T checkNotNull(@CheckForNull T value, String what) {
    checkArgument(value != null, "%s must not be null", what);
    return value;
  }
}
