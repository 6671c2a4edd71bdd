package io.cqlkit.executor;

import io.cqlkit.builder.CqlStatement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import javax.annotation.CheckForNull;

/**
 * Streams the results of a concurrent execution in input order while pulling statements lazily
 * from the input: at most {@code window} statements are issued and not yet consumed, so memory
 * stays bounded by the window however many statements flow through.
 *
 * <p>Statements are issued on the consuming thread, in {@link #hasNext()}; completions only store
 * their result. {@link #close()} stops issuing. Not thread-safe: one consumer, as for any iterator.
 * In fail-fast mode {@link #next()} throws a {@link ConcurrentExecutionException} at the first
 * failure in input order, and the iteration ends.
 *
 * <pre>{@code
 * try (ResultIterator results = engine.concurrently().withWindow(256).iterate(statements)) {
 *   while (results.hasNext()) { handle(results.next()); }
 * }
 * }</pre>
 */
public final class ResultIterator implements Iterator<ExecutionResult>, ConcurrentProgress, AutoCloseable {
  private final Iterator<?> input;
  private final Function<Object, ? extends CqlStatement> binder;
  private final Function<CqlStatement, CompletionStage<CqlResult>> sender;
  private final int window;
  private final boolean failFast;
  private final AtomicReferenceArray<ExecutionResult> slots;
  private final AtomicLong done = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();

  /** The index of the next result to hand out; only the consumer changes it. */
  private long head;

  private volatile long issued;
  private volatile boolean stopped;
  @CheckForNull private volatile Thread waiter;
  /**
   * The index the waiting consumer needs next: only its completion wakes the consumer, which then
   * takes every result already there without parking (one wake-up per run of results, not one per
   * statement).
   */
  private volatile long awaited = -1;
  private boolean inputDone;
  private boolean ended;
  @CheckForNull private ExecutionResult pending;

  @SuppressWarnings("unchecked")
  ResultIterator(
      Iterator<?> input,
      Function<?, ? extends CqlStatement> binder,
      Function<CqlStatement, CompletionStage<CqlResult>> sender,
      int window,
      boolean failFast) {
    this.input = input;
    this.binder = (Function<Object, ? extends CqlStatement>) binder;
    this.sender = sender;
    this.window = window;
    this.failFast = failFast;
    this.slots = new AtomicReferenceArray<>(window);
  }

  @Override
  public boolean hasNext() {
    if (pending != null) {
      return true;
    }
    if (ended) {
      return false;
    }
    fill();
    if (head == issued) {
      ended = true;
      return false;
    }
    pending = await(head);
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
      throw new NoSuchElementException("no more results: all " + head + " statements were consumed");
    }
    ExecutionResult result = pending;
    pending = null;
    slots.set(slot(head), null);
    head++;
    if (failFast && !result.isSuccess()) {
      ended = true;
      stopped = true;
      throw new ConcurrentExecutionException(result, new ArrayList<>(0));
    }
    return result;
  }

  /** Stops issuing statements; results not yet consumed are dropped. */
  @Override
  public void close() {
    stopped = true;
    ended = true;
    pending = null;
  }

  @Override
  public long issued() {
    return issued;
  }

  @Override
  public long done() {
    return done.get();
  }

  @Override
  public long failed() {
    return failed.get();
  }

  /** How many results are held or awaited: issued and not yet consumed, never above the window. */
  public long outstanding() {
    return issued - head;
  }

  private void fill() {
    while (!stopped && !inputDone && issued - head < window) {
      Object next;
      try {
        if (!input.hasNext()) {
          inputDone = true;
          return;
        }
        next = input.next();
      } catch (RuntimeException e) {
        stopped = true;
        throw e;
      }
      long index = issued;
      issued = index + 1;
      CqlEngine.issue(index, next, binder, sender, this::complete);
    }
  }

  private void complete(
      long index,
      @CheckForNull CqlStatement statement,
      @CheckForNull CqlResult result,
      @CheckForNull Throwable error) {
    ExecutionResult outcome = CqlEngine.toResult(index, statement, result, error);
    if (error != null) {
      failed.incrementAndGet();
      if (failFast) {
        stopped = true;
      }
    }
    done.incrementAndGet();
    slots.set(slot(index), outcome);
    Thread consumer = waiter;
    if (consumer != null && index == awaited) {
      LockSupport.unpark(consumer);
    }
  }

  private ExecutionResult await(long index) {
    int slot = slot(index);
    ExecutionResult result = slots.get(slot);
    if (result != null) {
      return result;
    }
    awaited = index;
    waiter = Thread.currentThread();
    try {
      while ((result = slots.get(slot)) == null) {
        LockSupport.park(this);
        if (Thread.interrupted()) {
          Thread.currentThread().interrupt();
          close();
          throw new CancellationException(
              "interrupted while waiting for the result of statement " + index + "; iteration stopped");
        }
      }
      return result;
    } finally {
      waiter = null;
    }
  }

  private int slot(long index) {
    return (int) (index % window);
  }
}
