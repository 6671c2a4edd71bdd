package io.cqlkit.executor;

import io.cqlkit.builder.Cql;
import io.cqlkit.builder.CqlStatement;
import io.cqlkit.builder.StatementKind;
import io.cqlkit.builder.rules.BatchTransport;
import io.cqlkit.builder.rules.CqlValidator;
import io.cqlkit.builder.rules.RuleContext;
import io.cqlkit.builder.rules.TableFacts;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import javax.annotation.CheckForNull;

/**
 * The machinery of {@link ConcurrentExecution#groupByPartition}: reads the input a chunk at a time
 * (at most window × max statements a batch), groups the statements of one partition into UNLOGGED
 * batches, hands the units (a batch, or a statement alone) to the one issuing core
 * ({@link ResultIterator}), and turns each unit's result back into one result per input
 * statement, in input order. Memory stays bounded by the chunk, however long the input.
 */
final class PartitionGrouping implements Iterator<ExecutionResult>, AutoCloseable {
  /**
   * A batch of statements of one partition, or one statement alone (or its binder's failure). A
   * statement alone, the only kind when no partition repeats, is held without arrays.
   */
  private static final class Unit {
    final long chunkStart;
    final int chunkSize;
    final long firstIndex;
    @CheckForNull final CqlStatement first;
    /** The statements after the first, and their indexes; null for a statement alone. */
    @CheckForNull final long[] moreIndexes;

    @CheckForNull final CqlStatement[] more;
    @CheckForNull final RuntimeException bindError;
    @CheckForNull CqlStatement sent;

    Unit(long chunkStart, int chunkSize, long firstIndex, @CheckForNull CqlStatement first,
        @CheckForNull long[] moreIndexes, @CheckForNull CqlStatement[] more,
        @CheckForNull RuntimeException bindError) {
      this.chunkStart = chunkStart;
      this.chunkSize = chunkSize;
      this.firstIndex = firstIndex;
      this.first = first;
      this.moreIndexes = moreIndexes;
      this.more = more;
      this.bindError = bindError;
    }

    int size() {
      return more == null ? 1 : 1 + more.length;
    }

    long index(int i) {
      return i == 0 ? firstIndex : moreIndexes[i - 1];
    }

    @CheckForNull
    CqlStatement statement(int i) {
      return i == 0 ? first : more[i - 1];
    }

    /** The statement to send; the issuing core records a throw here as this unit's failure. */
    CqlStatement statement() {
      if (bindError != null) {
        throw bindError;
      }
      if (sent == null) {
        sent = more == null ? first : batchOf(this);
      }
      return sent;
    }
  }

  /** An open group: the statements of one partition read so far in this chunk. */
  private static final class Group {
    final long firstIndex;
    final CqlStatement first;
    /** The statements after the first: made when a second one comes. */
    @CheckForNull long[] indexes;

    @CheckForNull CqlStatement[] statements;
    int size = 1;
    /** The estimated size of the statements so far; -1 until a second statement is offered. */
    long bytes = -1;

    Group(long firstIndex, CqlStatement first) {
      this.firstIndex = firstIndex;
      this.first = first;
    }

    void add(long index, CqlStatement statement) {
      int at = size - 1;
      if (statements == null) {
        indexes = new long[2];
        statements = new CqlStatement[2];
      } else if (at == statements.length) {
        indexes = Arrays.copyOf(indexes, at * 2);
        statements = Arrays.copyOf(statements, at * 2);
      }
      indexes[at] = index;
      statements[at] = statement;
      size++;
    }

    Unit unit(long chunkStart, int chunkSize) {
      return size == 1
          ? new Unit(chunkStart, chunkSize, firstIndex, first, null, null, null)
          : new Unit(
              chunkStart,
              chunkSize,
              firstIndex,
              first,
              Arrays.copyOf(indexes, size - 1),
              Arrays.copyOf(statements, size - 1),
              null);
    }
  }

  private final Iterator<?> input;
  private final Function<Object, ? extends CqlStatement> binder;
  private final SchemaFacts schema;
  private final GroupingOptions options;
  private final int chunk;
  private final boolean failFast;
  private final Map<String, Optional<List<String>>> keyColumns = new HashMap<>();

  /** Units made and not yet issued, and units issued whose result has not come back. */
  private final ArrayDeque<Unit> toIssue = new ArrayDeque<>();
  private final ArrayDeque<Unit> issued = new ArrayDeque<>();
  private final ResultIterator units;

  @CheckForNull private String lastKeyspace;
  @CheckForNull private String lastTable;
  @CheckForNull private List<String> lastColumns;
  private long read;
  @CheckForNull private ExecutionResult[] ready;
  private int readyAt;
  private int readyEnd;
  @CheckForNull private ExecutionResult[] filling;
  private int filled;
  private boolean closed;
  private final ToLongFunction<CqlStatement> sizes;

  @SuppressWarnings("unchecked")
  PartitionGrouping(
      Iterator<?> input,
      Function<?, ? extends CqlStatement> binder,
      Function<CqlStatement, CompletionStage<CqlResult>> sender,
      @CheckForNull SchemaFacts schema,
      GroupingOptions options,
      int window,
      boolean failFast) {
    this.input = input;
    this.binder = (Function<Object, ? extends CqlStatement>) binder;
    this.schema = schema == null ? (keyspace, table) -> Optional.empty() : schema;
    this.sizes =
        CqlValidator.cassandra()
            .statementSizer(
                RuleContext.of(
                    BatchTransport.PROTOCOL, schema == null ? TableFacts.none() : schema, null));
    this.options = options;
    this.chunk = (int) Math.min(1 << 20, (long) window * options.maxStatements());
    this.failFast = failFast;
    this.units = new ResultIterator(new Units(), u -> ((Unit) u).statement(), sender, window, false);
  }

  /** The units in the order they are issued, made a chunk at a time. */
  private final class Units implements Iterator<Unit> {
    @Override
    public boolean hasNext() {
      if (toIssue.isEmpty() && !closed) {
        readChunk();
      }
      return !toIssue.isEmpty();
    }

    @Override
    public Unit next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Unit unit = toIssue.poll();
      issued.add(unit);
      return unit;
    }
  }

  private void readChunk() {
    long start = read;
    List<Object[]> alone = new ArrayList<>(); // {index, statement or error}
    Map<PartitionKey, Group> groups = new LinkedHashMap<>();
    List<Group> full = new ArrayList<>();
    int n = 0;
    while (n < chunk && input.hasNext()) {
      long index = read++;
      n++;
      CqlStatement statement;
      try {
        statement = binder.apply(input.next());
      } catch (RuntimeException e) {
        alone.add(new Object[] {index, e});
        continue;
      }
      PartitionKey key = partitionOf(statement);
      if (key == null) {
        alone.add(new Object[] {index, statement});
        continue;
      }
      Group group = groups.get(key);
      if (group == null) {
        groups.put(key, new Group(index, statement));
        continue;
      }
      // sized only when a partition repeats: statements alone in their partition cost nothing
      if (group.bytes < 0) {
        group.bytes = sizes.applyAsLong(group.first);
      }
      long bytes = sizes.applyAsLong(statement);
      if (group.size == options.maxStatements()
          || group.bytes + bytes >= options.limits().warnBytes()) {
        full.add(groups.remove(key));
        Group next = new Group(index, statement);
        next.bytes = bytes;
        groups.put(key, next);
      } else {
        group.bytes += bytes;
        group.add(index, statement);
      }
    }
    int size = n;
    full.addAll(groups.values());
    for (Group g : full) {
      toIssue.add(g.unit(start, size));
    }
    for (Object[] a : alone) {
      long index = (Long) a[0];
      toIssue.add(
          a[1] instanceof RuntimeException e
              ? new Unit(start, size, index, null, null, null, e)
              : new Unit(start, size, index, (CqlStatement) a[1], null, null, null));
    }
  }

  /**
   * The partition of a statement that may join an UNLOGGED batch: its table and partition-key
   * values; null when it goes alone (not a plain write, conditional, counter, named markers, a key
   * column unknown, not bound by equality, or bound by IN).
   */
  @CheckForNull
  private PartitionKey partitionOf(CqlStatement statement) {
    StatementKind kind = statement.kind();
    if (!kind.isModification()
        || statement.isConditional()
        || statement.isCounter()
        || statement.hasNamedMarkers()
        || statement.table().isEmpty()) {
      return null;
    }
    String keyspace = statement.keyspace().orElse(null);
    String table = statement.table().get();
    List<String> columns = keyColumns(keyspace, table);
    if (columns == null) {
      return null;
    }
    if (columns.size() == 1) {
      Object value = keyValue(statement, columns.get(0));
      return value == null ? null : new PartitionKey(keyspace, table, value);
    }
    Object[] values = new Object[columns.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = keyValue(statement, columns.get(i));
      if (values[i] == null) {
        return null;
      }
    }
    return new PartitionKey(keyspace, table, values);
  }

  /** The value a statement binds to a key column by equality, as the server compares it; or null. */
  @CheckForNull
  private static Object keyValue(CqlStatement statement, String column) {
    Object value = statement.binding(column).orElse(null);
    return value == null || statement.inColumns().contains(column) ? null : sameAsServer(value);
  }

  /** A table and the values of its partition key: one value, or an Object[] of several. */
  private static final class PartitionKey {
    @CheckForNull private final String keyspace;
    private final String table;
    private final Object value;
    private final int hash;

    PartitionKey(@CheckForNull String keyspace, String table, Object value) {
      this.keyspace = keyspace;
      this.table = table;
      this.value = value;
      int valueHash =
          value instanceof Object[] ? Arrays.hashCode((Object[]) value) : value.hashCode();
      this.hash = (Objects.hashCode(keyspace) * 31 + table.hashCode()) * 31 + valueHash;
    }

    @Override
    public boolean equals(Object o) {
      if (!(o instanceof PartitionKey other)) {
        return false;
      }
      return hash == other.hash
          && table.equals(other.table)
          && Objects.equals(keyspace, other.keyspace)
          && (value instanceof Object[] mine
              ? other.value instanceof Object[] theirs && Arrays.equals(mine, theirs)
              : value.equals(other.value));
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  /** The partition-key columns of a table, the last table's at the cost of two compares. */
  @CheckForNull
  private List<String> keyColumns(@CheckForNull String keyspace, String table) {
    if (lastTable != null && lastTable.equals(table) && Objects.equals(lastKeyspace, keyspace)) {
      return lastColumns;
    }
    List<String> columns =
        keyColumns
            .computeIfAbsent(
                (keyspace == null ? "" : keyspace) + "." + table,
                k ->
                    options
                        .declaredPartitionKey(keyspace, table)
                        .or(() -> schema.partitionKeyColumns(keyspace, table)))
            .orElse(null);
    lastKeyspace = keyspace;
    lastTable = table;
    lastColumns = columns;
    return columns;
  }

  /** Integers of any width are one key value, as the server compares the serialized key. */
  private static Object sameAsServer(Object value) {
    return value instanceof Integer || value instanceof Short || value instanceof Byte
        ? Long.valueOf(((Number) value).longValue())
        : value;
  }

  private static CqlStatement batchOf(Unit unit) {
    io.cqlkit.builder.Batch batch = Cql.unloggedBatch();
    for (int i = 0; i < unit.size(); i++) {
      batch = batch.add(unit.statement(i));
    }
    return batch.build();
  }

  @Override
  public boolean hasNext() {
    while (ready == null || readyAt == readyEnd) {
      if (!units.hasNext()) {
        return false;
      }
      ExecutionResult result = units.next();
      Unit unit = issued.poll();
      if (filling == null) {
        filling = new ExecutionResult[unit.chunkSize];
        filled = 0;
      }
      int units = unit.size();
      for (int i = 0; i < units; i++) {
        long index = unit.index(i);
        CqlStatement statement = unit.statement(i);
        filling[(int) (index - unit.chunkStart)] =
            result.isSuccess()
                ? ExecutionResult.success(index, statement, result.result())
                : ExecutionResult.failure(index, statement, result.error().orElseThrow());
      }
      filled += units;
      if (filled == unit.chunkSize) {
        ready = filling;
        readyAt = 0;
        readyEnd = filled;
        filling = null;
      }
    }
    return true;
  }

  /**
   * The next result in input order.
   *
   * @throws ConcurrentExecutionException in fail-fast mode, for the first failed statement
   */
  @Override
  public ExecutionResult next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more results");
    }
    ExecutionResult result = ready[readyAt];
    ready[readyAt++] = null;
    if (failFast && !result.isSuccess()) {
      close();
      throw new ConcurrentExecutionException(result, new ArrayList<>(0));
    }
    return result;
  }

  /** Stops issuing; results not yet consumed are dropped. */
  @Override
  public void close() {
    closed = true;
    toIssue.clear();
    units.close();
    ready = null;
  }

  /** Every result, in input order (fail-fast: throws with the results up to the failure). */
  List<ExecutionResult> all() {
    List<ExecutionResult> out = new ArrayList<>();
    while (hasNext()) {
      ExecutionResult result = ready[readyAt];
      ready[readyAt++] = null;
      out.add(result);
      if (failFast && !result.isSuccess()) {
        close();
        throw new ConcurrentExecutionException(result, out);
      }
    }
    return out;
  }
}
