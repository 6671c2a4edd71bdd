package io.cqlkit.builder;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.base.MoreObjects;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.cqlkit.builder.internal.BatchRendering;
import io.cqlkit.builder.internal.Shape;
import io.cqlkit.builder.internal.Sink;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.CheckForNull;

/**
 * A finished CQL statement: its text, its bound values in marker order, and the facts an executor
 * needs to send it safely (kind, target table, conditions, counters, TTL/timestamp, partition
 * bindings, idempotence) without parsing the text.
 *
 * <p>Immutable and thread-safe. The text depends only on the statement's shape, never on its
 * values, so one prepared statement serves every statement of the same shape.
 *
 * <pre>{@code
 * CqlStatement s = Cql.insertInto("ks", "events").value("user_id", uid).value("ts", ts).build();
 * s.cql();     // INSERT INTO ks.events (user_id, ts) VALUES (?, ?)
 * s.params();  // [uid, ts]
 * }</pre>
 */
public final class CqlStatement {
  private final Shape shape;
  private final Object[] params;
  private static final CqlStatement[] NO_CHILDREN = new CqlStatement[0];

  /** A batch's type, statements and text; null for any other statement, which stays small. */
  @CheckForNull private final BatchBody batch;

  /** A statement of the given shape; takes ownership of {@code params} (the caller must not keep it). */
  CqlStatement(Shape shape, Object[] params) {
    this.shape = shape;
    this.params = params;
    this.batch = null;
  }

  /**
   * The statement a builder rendered into {@code sink}.
   *
   * @throws IllegalStateException if a marker has no value
   */
  static CqlStatement rendered(Sink sink, Shape shape) {
    checkState(
        sink.unboundMarkers() == 0,
        "%s has %s marker(s) without a value: build it with template() instead of build(), then"
            + " bind(...) the values",
        shape.cql,
        sink.unboundMarkers());
    return new CqlStatement(shape, sink.params());
  }

  /** A batch; its text is rendered on first call of {@link #cql()}. */
  CqlStatement(Shape shape, Object[] params, List<CqlStatement> children, BatchType batchType) {
    this(shape, params, children.toArray(new CqlStatement[0]), batchType);
  }

  /** A batch (owning {@code children}); its text is rendered on first call of {@link #cql()}. */
  CqlStatement(Shape shape, Object[] params, CqlStatement[] children, BatchType batchType) {
    this.shape = shape;
    this.params = params;
    this.batch = new BatchBody(batchType, children);
  }

  /**
   * A schema statement (CREATE/ALTER/DROP, or TRUNCATE) whose text a DDL renderer produced. It
   * has no markers: values in DDL are literals. For the schema builders in
   * {@code io.cqlkit.builder.schema}; use those rather than writing text by hand.
   *
   * @param kind {@link StatementKind#DDL} or {@link StatementKind#TRUNCATE}
   * @param keyspace the keyspace it changes, or null
   * @param table the table (or type, index, view) it changes, or null
   */
  public static CqlStatement schema(
      StatementKind kind, String cql, @CheckForNull String keyspace, @CheckForNull String table) {
    checkArgument(
        kind == StatementKind.DDL || kind == StatementKind.TRUNCATE,
        "a schema statement is DDL or TRUNCATE, not %s: build %s statements with Cql",
        kind,
        kind);
    checkArgument(cql != null && !cql.isEmpty(), "a schema statement needs its CQL text");
    return new CqlStatement(
        new Shape(
            cql,
            kind,
            keyspace,
            table,
            ConditionKind.NONE,
            false,
            false,
            false,
            true,
            ImmutableList.of(),
            new String[0],
            new int[0],
            new Object[0],
            ImmutableSet.of(),
            false,
            null,
            ImmutableList.of()),
        new Object[0]);
  }

  /**
   * A statement made from its text and chosen facts, without the builders' checks: for test kits
   * and executor tests. Build statements with {@link Cql} otherwise.
   *
   * <pre>{@code
   * CqlStatement.builder(StatementKind.INSERT, "INSERT INTO ks.t (pk, v) VALUES (?, ?) IF EXISTS")
   *     .table("ks", "t").condition(ConditionKind.IF_EXISTS)
   *     .params(1, "x").binding("pk", 0).binding("v", 1)
   *     .build();
   * }</pre>
   */
  public static CqlStatementBuilder builder(StatementKind kind, String cql) {
    checkArgument(
        kind != null && kind != StatementKind.BATCH,
        "builder(kind, cql) makes a single statement, not %s: use batchBuilder(type, children)",
        kind);
    checkArgument(cql != null && !cql.isEmpty(), "a statement needs its CQL text");
    return new CqlStatementBuilder(kind, cql, null, ImmutableList.of());
  }

  /**
   * A batch of {@code children} made without the batch builder's checks, for test kits; its text
   * is rendered from the children as {@link Cql#batch} renders it.
   */
  public static CqlStatementBuilder batchBuilder(BatchType type, List<CqlStatement> children) {
    checkArgument(type != null, "the batch type must not be null");
    checkArgument(children != null, "the children must not be null: pass an empty list");
    return new CqlStatementBuilder(StatementKind.BATCH, null, type, ImmutableList.copyOf(children));
  }

  /** The CQL text, with {@code ?} (or {@code :name}) where each value goes. */
  public String cql() {
    String cql = shape.cql;
    if (cql != null) {
      return cql;
    }
    BatchBody b = batch;
    String rendered = b.cql;
    if (rendered == null) {
      rendered = BatchRendering.render(b.type, shape.timestamp, shape.timeout, b.children);
      b.cql = rendered; // benign race: every thread renders the same text
    }
    return rendered;
  }

  /** The values, one per marker, in the order the markers appear in {@link #cql()}. */
  public List<Object> params() {
    return new ParamsView<>(params);
  }

  /** The number of markers, equal to {@code params().size()}. */
  public int paramCount() {
    return params.length;
  }

  /** What the statement does. */
  public StatementKind kind() {
    return shape.kind;
  }

  /** The keyspace named in the statement, if it names one. */
  public Optional<String> keyspace() {
    return Optional.ofNullable(shape.keyspace);
  }

  /** The table the statement reads or writes, if any (absent for batches and keyspace DDL). */
  public Optional<String> table() {
    return Optional.ofNullable(shape.table);
  }

  /** The lightweight-transaction condition; for a batch, IF_CONDITIONS when any child is conditional. */
  public ConditionKind conditionKind() {
    return shape.condition;
  }

  /** True for a lightweight transaction (IF NOT EXISTS, IF EXISTS or IF conditions). */
  public boolean isConditional() {
    return shape.condition.isConditional();
  }

  /** True for a counter update (or a batch of them). */
  public boolean isCounter() {
    return shape.counter;
  }

  /** True when the statement carries its own {@code USING TTL}. */
  public boolean hasTtl() {
    return shape.ttl;
  }

  /** True when the statement (or, for a batch, the batch itself) carries {@code USING TIMESTAMP}. */
  public boolean hasTimestamp() {
    return shape.timestamp;
  }

  /**
   * True when the statement (or, for a batch, the batch itself) carries {@code USING TIMEOUT}
   * (ScyllaDB). A batch with it is sent as its text, never as a protocol batch, which has no
   * timeout. False for a statement made by {@link Cql#raw}, whatever its text.
   */
  public boolean hasTimeout() {
    return shape.timeout != null;
  }

  /**
   * True for a statement made from text by {@link Cql#raw}. Only what its text shows is known of
   * it: kind, table, condition, {@code USING TTL} and {@code USING TIMESTAMP}. Whether an UPDATE is
   * a counter update is known only from its table's facts, and which partition it writes not at
   * all: rules that need either are left to the server.
   */
  public boolean isRaw() {
    return shape.raw;
  }

  /** True when sending it twice has the same effect as once, so a driver may retry it. */
  public boolean isIdempotent() {
    return shape.idempotent;
  }

  /**
   * The columns bound by equality, with their values: every column of an INSERT, and each
   * {@code col = ?} of a WHERE clause. An engine uses these to find the partition a statement
   * writes. Empty for batches and DDL.
   */
  public Map<String, Object> bindings() {
    String[] columns = shape.bindingColumns;
    Map<String, Object> out = new LinkedHashMap<>(columns.length * 2);
    for (int i = 0; i < columns.length; i++) {
      int index = shape.bindingParamIndexes[i];
      out.put(columns[i], index >= 0 ? params[index] : shape.bindingLiterals[i]);
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * The value bound by equality to {@code column} (see {@link #bindings()}), without building the
   * map: what an engine asks per statement to find its partition. Empty when the column is not
   * bound by equality.
   */
  public Optional<Object> binding(String column) {
    String[] columns = shape.bindingColumns;
    for (int i = 0; i < columns.length; i++) {
      if (columns[i].equals(column)) {
        int index = shape.bindingParamIndexes[i];
        return Optional.ofNullable(index >= 0 ? params[index] : shape.bindingLiterals[i]);
      }
    }
    return Optional.empty();
  }

  /** The columns the WHERE clause restricts with {@code IN}. */
  public Set<String> inColumns() {
    return shape.inColumns;
  }

  /** The names of {@code :name} markers in text order; empty when markers are positional. */
  public List<String> markerNames() {
    return shape.markerNames;
  }

  /** True when the markers are {@code :name} markers (from a template with named markers). */
  public boolean hasNamedMarkers() {
    return !shape.markerNames.isEmpty();
  }

  /** The batch type, for a batch. */
  public Optional<BatchType> batchType() {
    return batch == null ? Optional.empty() : Optional.of(batch.type);
  }

  /** The statements of a batch, in order; empty for any other statement. */
  public List<CqlStatement> children() {
    return batch == null || batch.children.length == 0
        ? ImmutableList.of()
        : new ParamsView<>(batch.children);
  }

  /** The children array itself, for rendering a batch; never hand it out. */
  CqlStatement[] childArray() {
    return batch == null ? NO_CHILDREN : batch.children;
  }

  /** For a batch with {@code USING TIMESTAMP ?}: the batch-level timestamp (its first param). */
  public Optional<Long> batchTimestamp() {
    if (batch == null || !shape.timestamp) {
      return Optional.empty();
    }
    return Optional.of(((Number) params[0]).longValue());
  }

  Shape shape() {
    return shape;
  }

  /** The params array itself, for a batch to copy from; never hand it out. */
  Object[] paramArray() {
    return params;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof CqlStatement)) {
      return false;
    }
    CqlStatement that = (CqlStatement) o;
    return shape.kind == that.shape.kind
        && cql().equals(that.cql())
        && Arrays.deepEquals(params, that.params);
  }

  @Override
  public int hashCode() {
    return 31 * cql().hashCode() + Arrays.deepHashCode(params);
  }

  @Override
  public String toString() {
    return MoreObjects.toStringHelper("CqlStatement")
        .add("cql", cql())
        .add("params", MessageValues.describeAll(params)) // types only, unless values are shown
        .toString();
  }

  /** What only a batch has: its type, its statements (owned), and its text once rendered. */
  private static final class BatchBody {
    final BatchType type;
    final CqlStatement[] children;
    @CheckForNull String cql;

    BatchBody(BatchType type, CqlStatement[] children) {
      this.type = type;
      this.children = children;
    }
  }
}
