package io.cqlkit.executor;

import io.cqlkit.builder.Cql;
import io.cqlkit.builder.CqlStatement;
import io.cqlkit.builder.rules.BatchTransport;
import io.cqlkit.builder.rules.CqlValidator;
import io.cqlkit.builder.rules.RuleContext;
import io.cqlkit.builder.rules.TableFacts;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
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
  private final GroupingOptions options;
  private final PartitionKeys partitions;
  private final int chunk;
  private final boolean failFast;

  /** Units made and not yet issued, and units issued whose result has not come back. */
  private final ArrayDeque<Unit> toIssue = new ArrayDeque<>();
  private final ArrayDeque<Unit> issued = new ArrayDeque<>();
  private final ResultIterator units;

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
    this.partitions = new PartitionKeys(options, schema);
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
    Map<Object, Group> groups = new LinkedHashMap<>();
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
      Object key = partitions.of(statement);
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
