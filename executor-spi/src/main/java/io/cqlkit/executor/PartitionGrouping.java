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
  /** A batch of statements of one partition, or one statement alone (or its binder's failure). */
  private static final class Unit {
    final long chunkStart;
    final int chunkSize;
    final long[] indexes;
    final CqlStatement[] statements;
    @CheckForNull final RuntimeException bindError;
    @CheckForNull CqlStatement sent;

    Unit(long chunkStart, int chunkSize, long[] indexes, CqlStatement[] statements,
        @CheckForNull RuntimeException bindError) {
      this.chunkStart = chunkStart;
      this.chunkSize = chunkSize;
      this.indexes = indexes;
      this.statements = statements;
      this.bindError = bindError;
    }

    /** The statement to send; the issuing core records a throw here as this unit's failure. */
    CqlStatement statement() {
      if (bindError != null) {
        throw bindError;
      }
      if (sent == null) {
        sent = statements.length == 1 ? statements[0] : batchOf(statements);
      }
      return sent;
    }
  }

  /** An open group: the statements of one partition read so far in this chunk. */
  private static final class Group {
    long[] indexes = new long[2];
    CqlStatement[] statements = new CqlStatement[2];
    int size;
    /** The estimated size of the statements so far; -1 until a second statement is offered. */
    long bytes = -1;

    void add(long index, CqlStatement statement) {
      if (size == statements.length) {
        indexes = Arrays.copyOf(indexes, size * 2);
        statements = Arrays.copyOf(statements, size * 2);
      }
      indexes[size] = index;
      statements[size++] = statement;
    }

    Unit unit(long chunkStart, int chunkSize) {
      return new Unit(
          chunkStart, chunkSize, Arrays.copyOf(indexes, size), Arrays.copyOf(statements, size), null);
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
    Map<List<Object>, Group> groups = new LinkedHashMap<>();
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
      List<Object> key = partitionOf(statement);
      if (key == null) {
        alone.add(new Object[] {index, statement});
        continue;
      }
      Group group = groups.get(key);
      if (group == null) {
        group = new Group();
        groups.put(key, group);
      } else {
        // sized only when a partition repeats: statements alone in their partition cost nothing
        if (group.bytes < 0) {
          group.bytes = sizes.applyAsLong(group.statements[0]);
        }
        long bytes = sizes.applyAsLong(statement);
        if (group.size == options.maxStatements()
            || group.bytes + bytes >= options.limits().warnBytes()) {
          full.add(groups.remove(key));
          group = new Group();
          groups.put(key, group);
          group.bytes = bytes;
        } else {
          group.bytes += bytes;
        }
      }
      group.add(index, statement);
    }
    int size = n;
    full.addAll(groups.values());
    for (Group g : full) {
      toIssue.add(g.unit(start, size));
    }
    for (Object[] a : alone) {
      long[] index = {(Long) a[0]};
      toIssue.add(
          a[1] instanceof RuntimeException e
              ? new Unit(start, size, index, new CqlStatement[] {null}, e)
              : new Unit(start, size, index, new CqlStatement[] {(CqlStatement) a[1]}, null));
    }
  }

  /**
   * The partition of a statement that may join an UNLOGGED batch: its table and partition-key
   * values; null when it goes alone (not a plain write, conditional, counter, named markers, a key
   * column unknown, not bound by equality, or bound by IN).
   */
  @CheckForNull
  private List<Object> partitionOf(CqlStatement statement) {
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
    List<Object> key = new ArrayList<>(columns.size() + 2);
    key.add(keyspace);
    key.add(table);
    for (String column : columns) {
      Object value = statement.binding(column).orElse(null);
      if (value == null || statement.inColumns().contains(column)) {
        return null;
      }
      key.add(sameAsServer(value));
    }
    return key;
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

  private static CqlStatement batchOf(CqlStatement[] statements) {
    io.cqlkit.builder.Batch batch = Cql.unloggedBatch();
    for (CqlStatement statement : statements) {
      batch = batch.add(statement);
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
      for (int i = 0; i < unit.indexes.length; i++) {
        long index = unit.indexes[i];
        CqlStatement statement = unit.statements[i];
        filling[(int) (index - unit.chunkStart)] =
            result.isSuccess()
                ? ExecutionResult.success(index, statement, result.result())
                : ExecutionResult.failure(index, statement, result.error().orElseThrow());
      }
      filled += unit.indexes.length;
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
