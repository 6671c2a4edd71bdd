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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import javax.annotation.CheckForNull;

/**
 * The machinery of {@link ConcurrentExecution#groupByPartition}: reads the input one statement at
 * a time, keeps the statements of each partition in an open group, and hands a group to the one
 * issuing core ({@link ResultIterator}) as an UNLOGGED batch as soon as it is full (by count or
 * estimated size), or once the look-ahead ({@link GroupingOptions#lookAhead}) has passed its first
 * statement. Statements that cannot be grouped go at once. Each unit's result becomes one result
 * per input statement, handed out in input order as soon as those before it are.
 *
 * <p>Nothing waits for a whole chunk: the issuing core asks for units as the window frees, and
 * results flow out as they come, so the window never drains while the input is read, and memory
 * stays bounded by about twice the look-ahead in statements besides the units the issuing core
 * holds.
 */
final class PartitionGrouping implements Iterator<ExecutionResult>, AutoCloseable {
  /**
   * A batch of statements of one partition, or one statement alone (or its binder's failure). A
   * statement alone, the only kind when no partition repeats, is held without arrays.
   */
  private static final class Unit {
    final long firstIndex;
    @CheckForNull final CqlStatement first;
    /** The statements after the first, and their indexes; null for a statement alone. */
    @CheckForNull final long[] moreIndexes;

    @CheckForNull final CqlStatement[] more;
    @CheckForNull final RuntimeException bindError;
    @CheckForNull CqlStatement sent;

    Unit(long firstIndex, @CheckForNull CqlStatement first, @CheckForNull long[] moreIndexes,
        @CheckForNull CqlStatement[] more, @CheckForNull RuntimeException bindError) {
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

  /** An open group: the statements of one partition read so far and not yet handed out. */
  private static final class Group {
    final Object key;
    final long firstIndex;
    final CqlStatement first;
    /** The statements after the first: made when a second one comes. */
    @CheckForNull long[] indexes;

    @CheckForNull CqlStatement[] statements;
    int size = 1;
    /** The estimated size of the statements so far; -1 until a second statement is offered. */
    long bytes = -1;
    /** True once handed out (full), so the queue of open groups skips it. */
    boolean gone;

    Group(Object key, long firstIndex, CqlStatement first) {
      this.key = key;
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

    Unit unit() {
      gone = true;
      return size == 1
          ? new Unit(firstIndex, first, null, null, null)
          : new Unit(
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
  private final ToLongFunction<CqlStatement> sizes;
  /** How many statements of input an open group waits for more of its partition. */
  private final int lookAhead;
  private final boolean failFast;

  /** The open group of each partition, and the open groups oldest first (some already gone). */
  private final Map<Object, Group> open = new HashMap<>();
  private final ArrayDeque<Group> openOrder = new ArrayDeque<>();
  /** Units made and not yet issued, and units issued whose result has not come back. */
  private final ArrayDeque<Unit> toIssue = new ArrayDeque<>();
  private final ArrayDeque<Unit> issued = new ArrayDeque<>();
  private final ResultIterator units;
  /** The results from {@link #handedOut} on, by index modulo the length (a power of two). */
  private ExecutionResult[] results = new ExecutionResult[64];

  private long read;
  private long handedOut;
  private boolean closed;

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
    this.lookAhead = options.lookAhead(window);
    this.failFast = failFast;
    this.units = new ResultIterator(new Units(), u -> ((Unit) u).statement(), sender, window, false);
  }

  /** The units in the order they are issued, made as the issuing core asks for them. */
  private final class Units implements Iterator<Unit> {
    @Override
    public boolean hasNext() {
      while (toIssue.isEmpty() && !closed) {
        if (input.hasNext()) {
          readOne();
        } else if (!openOrder.isEmpty()) {
          handOutOldest();
        } else {
          break;
        }
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

  /** Reads one statement into its partition's group (or a unit of its own), then ages groups. */
  private void readOne() {
    long index = read++;
    CqlStatement statement;
    try {
      Object argument = input.next();
      statement = binder.apply(argument);
      if (statement == null) {
        throw CqlEngine.nullStatement(index, argument);
      }
    } catch (RuntimeException e) {
      toIssue.add(new Unit(index, null, null, null, e));
      return;
    }
    Object key = partitions.of(statement);
    if (key == null) {
      toIssue.add(new Unit(index, statement, null, null, null));
    } else {
      join(key, index, statement);
    }
    while (!openOrder.isEmpty()
        && (openOrder.peek().gone || read - openOrder.peek().firstIndex >= lookAhead)) {
      handOutOldest();
    }
  }

  private void join(Object key, long index, CqlStatement statement) {
    Group group = open.get(key);
    if (group == null) {
      open(new Group(key, index, statement));
      return;
    }
    // sized only when a partition repeats: statements alone in their partition cost nothing
    if (group.bytes < 0) {
      group.bytes = sizes.applyAsLong(group.first);
    }
    long bytes = sizes.applyAsLong(statement);
    if (group.bytes + bytes >= options.limits().warnBytes()) {
      toIssue.add(group.unit()); // full by size: this statement starts the next batch
      Group next = new Group(key, index, statement);
      next.bytes = bytes;
      open(next);
      return;
    }
    group.bytes += bytes;
    group.add(index, statement);
    if (group.size == options.maxStatements()) {
      open.remove(key);
      toIssue.add(group.unit());
    }
  }

  private void open(Group group) {
    open.put(group.key, group);
    openOrder.add(group);
  }

  /** Hands out the oldest open group (or drops it from the queue if it is gone already). */
  private void handOutOldest() {
    Group oldest = openOrder.poll();
    if (!oldest.gone) {
      open.remove(oldest.key);
      toIssue.add(oldest.unit());
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
    while (results[slot(handedOut)] == null) {
      if (!units.hasNext()) {
        return false;
      }
      ExecutionResult result = units.next();
      Unit unit = issued.poll();
      for (int i = 0; i < unit.size(); i++) {
        long index = unit.index(i);
        CqlStatement statement = unit.statement(i);
        store(
            index,
            result.isSuccess()
                ? ExecutionResult.success(index, statement, result.result())
                : ExecutionResult.failure(index, statement, result.error().orElseThrow()));
      }
    }
    return true;
  }

  private int slot(long index) {
    return (int) index & (results.length - 1);
  }

  /** Keeps a result until it is handed out, growing the buffer to span every index not yet out. */
  private void store(long index, ExecutionResult result) {
    if (index - handedOut >= results.length) {
      int length = results.length;
      while (index - handedOut >= length) {
        length *= 2;
      }
      ExecutionResult[] grown = new ExecutionResult[length];
      for (long i = handedOut; i < handedOut + results.length; i++) {
        grown[(int) i & (length - 1)] = results[slot(i)];
      }
      results = grown;
    }
    results[slot(index)] = result;
  }

  /** Takes the next result in input order; {@link #hasNext} said there is one. */
  private ExecutionResult take() {
    int slot = slot(handedOut++);
    ExecutionResult result = results[slot];
    results[slot] = null;
    return result;
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
    ExecutionResult result = take();
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
    open.clear();
    openOrder.clear();
    Arrays.fill(results, null);
    units.close();
  }

  /** Every result, in input order (fail-fast: throws with the results up to the failure). */
  List<ExecutionResult> all() {
    List<ExecutionResult> out = new ArrayList<>();
    while (hasNext()) {
      ExecutionResult result = take();
      out.add(result);
      if (failFast && !result.isSuccess()) {
        close();
        throw new ConcurrentExecutionException(result, out);
      }
    }
    return out;
  }
}
