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
 * from the input: at most {@code window} statements in flight, and at most twice the window issued
 * and not yet consumed, so memory stays bounded by the window however many statements flow
 * through. The second window is room for results that wait for a slower statement before them:
 * one slow statement does not stop the issuing of the next ones (as it would if the window counted
 * every result not yet consumed), only a whole window of results behind it does.
 *
 * <p>The consumer sleeps only when it can neither hand out the next result nor issue, and it is
 * woken by exactly what ends that: the result it waits for, or the first completion that frees a
 * place in the window (an executor may wait for more statements before it completes any, so it
 * must not wait for more room than one). A completion publishes its result and its count before
 * it reads whether the consumer sleeps; the consumer says it sleeps, and on what, before it looks
 * at the results and the count a last time. So one of the two always sees the other: no wake-up
 * is lost.
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
  /** The most results the streaming form holds, whatever the window: 2^20. */
  static final int MAX_HELD = 1 << 20;

  private final Iterator<?> input;
  private final Function<Object, ? extends CqlStatement> binder;
  private final Function<CqlStatement, CompletionStage<CqlResult>> sender;
  /** At most this many statements in flight. */
  private final int window;
  /**
   * At most this many issued and not yet consumed: twice the window, and never more than {@link
   * #MAX_HELD} (a window of {@code Integer.MAX_VALUE} is a request for "no limit", not for an
   * array of four billion slots).
   */
  private final int capacity;
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
  /**
   * The count of completions at which the waiting consumer can issue again (one place free in the
   * window), or {@link Long#MAX_VALUE} when it waits for its result only (input done, stopped, or
   * room for no more results).
   */
  private volatile long wakeAtDone = Long.MAX_VALUE;
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
    this.capacity = (int) Math.min(MAX_HELD, 2L * window);
    this.failFast = failFast;
    this.slots = new AtomicReferenceArray<>(capacity);
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

  /**
   * How many results are held or awaited: issued and not yet consumed, never above twice the
   * window (of which at most the window in flight), nor above 2^20 whatever the window.
   */
  public long outstanding() {
    return issued - head;
  }

  /** True if input may have a statement and the window and the buffer have room for it. */
  private boolean canIssue() {
    long issuedNow = issued;
    return !stopped
        && !inputDone
        && issuedNow - head < capacity
        && issuedNow - done.get() < window;
  }

  private void fill() {
    while (canIssue()) {
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
    slots.set(slot(index), outcome);
    long completed = done.incrementAndGet();
    // published above, read below: see the class comment
    Thread consumer = waiter;
    if (consumer != null && (index == awaited || completed >= wakeAtDone)) {
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
    try {
      while (true) {
        // first say what wakes this thread, then look a last time, then sleep
        wakeAtDone = issueAfterWait() ? issued - window + 1 : Long.MAX_VALUE;
        waiter = Thread.currentThread();
        if ((result = slots.get(slot)) != null) {
          return result;
        }
        if (canIssue()) {
          waiter = null; // the result waited for is slow: issue the next ones meanwhile
          fill();
          continue;
        }
        LockSupport.park(this);
        if (Thread.interrupted()) {
          Thread.currentThread().interrupt();
          close();
          throw new CancellationException(
              "interrupted while waiting for the result of statement " + index + "; iteration stopped");
        }
      }
    } finally {
      waiter = null;
    }
  }

  /** True if completions alone can make room to issue (the input is not done, nor the buffer full). */
  private boolean issueAfterWait() {
    return !stopped && !inputDone && issued - head < capacity;
  }

  private int slot(long index) {
    return (int) (index % capacity);
  }
}
