package io.cqlkit.executor;

import io.cqlkit.builder.CqlStatement;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import javax.annotation.CheckForNull;

/**
 * A running concurrent execution of many statements with at most {@code window} in flight: watch
 * its progress, cancel it, or wait for its results (in input order).
 *
 * <p>Started with {@code start}, statements are issued by whichever thread completes the previous
 * ones, in a drain loop: no thread per statement, and no recursion when the executor completes its
 * futures synchronously. The blocking forms ({@code execute}, {@code executeWithArgs}) issue every
 * statement from the caller's thread instead, so an executor's I/O threads only complete results.
 *
 * <pre>{@code
 * ConcurrentRun run = engine.concurrently().withWindow(64).start(statements);
 * run.done(); run.failed();        // progress, from any thread
 * List<ExecutionResult> results = run.join();
 * }</pre>
 */
public final class ConcurrentRun implements ConcurrentProgress {
  private static final ExecutionResult[] NONE = new ExecutionResult[0];

  private final Iterator<?> input;
  private final Function<Object, ? extends CqlStatement> binder;
  private final Function<CqlStatement, CompletionStage<CqlResult>> sender;
  private final int window;
  private final boolean failFast;
  private final CompletableFuture<List<ExecutionResult>> future = new CompletableFuture<>();

  private final AtomicInteger wip = new AtomicInteger();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicLong done = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private final Object lock = new Object();

  /** The caller's thread when it issues the statements itself (the blocking forms), else null. */
  @CheckForNull private volatile Thread issuer;

  /** Written only by the thread that owns the drain loop. */
  private volatile int issued;

  private volatile boolean stopped;
  private volatile boolean cancelled;
  private boolean finished;
  private boolean inputDone;
  @CheckForNull private volatile RuntimeException inputFailure;
  @CheckForNull private volatile ExecutionResult firstFailure;
  private ExecutionResult[] results;

  @SuppressWarnings("unchecked")
  ConcurrentRun(
      Iterator<?> input,
      Function<?, ? extends CqlStatement> binder,
      Function<CqlStatement, CompletionStage<CqlResult>> sender,
      int window,
      boolean failFast,
      int expectedSize) {
    this.input = input;
    this.binder = (Function<Object, ? extends CqlStatement>) binder;
    this.sender = sender;
    this.window = window;
    this.failFast = failFast;
    this.results = expectedSize > 0 ? new ExecutionResult[expectedSize] : NONE;
  }

  void start() {
    drain();
  }

  /**
   * Issues every statement from the calling thread, which sleeps while the window is full and is
   * woken by each completion; returns the results as {@link #join()} does.
   */
  List<ExecutionResult> runOnCallingThread() {
    issuer = Thread.currentThread();
    try {
      drain();
      while (!future.isDone()) {
        LockSupport.park(this);
        if (Thread.interrupted()) {
          Thread.currentThread().interrupt();
          issuer = null;
          cancel();
          throw new CancellationException(
              "interrupted while executing statements concurrently; the run was cancelled");
        }
        drain();
      }
    } finally {
      issuer = null;
    }
    return join();
  }

  /**
   * Stops issuing new statements; those in flight finish, and the results then hold only the
   * statements that were issued.
   */
  public void cancel() {
    cancelled = true;
    stopped = true;
    drain();
  }

  /** True if {@link #cancel()} was called. */
  public boolean isCancelled() {
    return cancelled;
  }

  /** True once every issued statement has finished and nothing more will be issued. */
  public boolean isDone() {
    return future.isDone();
  }

  /**
   * Completes with the results in input order once the run is over. In fail-fast mode a failure
   * completes it exceptionally with a {@link ConcurrentExecutionException}.
   */
  public CompletionStage<List<ExecutionResult>> results() {
    return future.minimalCompletionStage();
  }

  /**
   * Waits for the results in input order.
   *
   * @throws ConcurrentExecutionException in fail-fast mode, when a statement failed
   */
  public List<ExecutionResult> join() {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      cancel();
      throw new CancellationException("interrupted while waiting for a concurrent execution; it was cancelled");
    } catch (ExecutionException e) {
      throw CqlExecutionException.unwrap(e);
    }
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

  @Override
  public long inFlight() {
    return inFlight.get();
  }

  /** Issues statements while the window has room; one thread at a time, others leave work for it. */
  private void drain() {
    if (wip.getAndIncrement() != 0) {
      return;
    }
    int missed = 1;
    do {
      while (!stopped && !inputDone && inFlight.get() < window) {
        Object next;
        try {
          if (!input.hasNext()) {
            inputDone = true;
            break;
          }
          next = input.next();
        } catch (RuntimeException e) {
          inputFailure = e;
          stopped = true;
          break;
        }
        int index = issued;
        if (index == Integer.MAX_VALUE) {
          inputFailure =
              new IllegalArgumentException(
                  "more than " + Integer.MAX_VALUE + " statements: use the streaming form, iterate()");
          stopped = true;
          break;
        }
        ensureCapacity(index);
        inFlight.incrementAndGet();
        issued = index + 1;
        CqlEngine.issue(index, next, binder, sender, this::complete);
      }
      if (!finished && (stopped || inputDone) && inFlight.get() == 0) {
        finished = true;
        finish();
      }
      missed = wip.addAndGet(-missed);
    } while (missed != 0);
  }

  private void complete(
      long index,
      @CheckForNull CqlStatement statement,
      @CheckForNull CqlResult result,
      @CheckForNull Throwable error) {
    ExecutionResult outcome = CqlEngine.toResult(index, statement, result, error);
    synchronized (lock) {
      results[(int) index] = outcome;
    }
    if (error != null) {
      failed.incrementAndGet();
      if (firstFailure == null) {
        synchronized (lock) {
          if (firstFailure == null) {
            firstFailure = outcome;
          }
        }
      }
      if (failFast) {
        stopped = true;
      }
    }
    done.incrementAndGet();
    inFlight.decrementAndGet();
    Thread caller = issuer;
    if (caller != null) {
      LockSupport.unpark(caller);
    } else {
      drain();
    }
  }

  private void ensureCapacity(int index) {
    if (index < results.length) {
      return;
    }
    synchronized (lock) {
      results = Arrays.copyOf(results, Math.max(16, Math.max(index + 1, results.length * 2)));
    }
  }

  private void finish() {
    List<ExecutionResult> list;
    synchronized (lock) {
      list = Collections.unmodifiableList(Arrays.asList(Arrays.copyOf(results, issued)));
    }
    RuntimeException failure = inputFailure;
    ExecutionResult first = firstFailure;
    if (failure != null) {
      future.completeExceptionally(failure);
    } else if (failFast && first != null) {
      future.completeExceptionally(new ConcurrentExecutionException(first, list));
    } else {
      future.complete(list);
    }
  }
}
