package io.cqlkit.executor;

import static io.cqlkit.builder.Cql.insertInto;

import io.cqlkit.builder.CqlStatement;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * An executor whose results a test completes itself, from a thread of its own, in the order it
 * chooses: each statement sent leaves its future in {@link #sent}.
 */
final class HeldFutures {
  /** The futures of the statements sent, in sending order. */
  final BlockingQueue<CompletableFuture<CqlResult>> sent = new LinkedBlockingQueue<>();
  /** Sent and not yet completed, as far as the completer decrements it before completing. */
  final AtomicInteger inFlight = new AtomicInteger();

  final AtomicInteger maxInFlight = new AtomicInteger();

  /** A body that may wait on {@link #sent}. */
  interface Completer {
    void run() throws InterruptedException;
  }

  CqlExecutor executor() {
    return (statement, options) -> {
      maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
      CompletableFuture<CqlResult> f = new CompletableFuture<>();
      sent.add(f);
      return f;
    };
  }

  /** Runs {@code completer} on a daemon thread. */
  static void complete(Completer completer) {
    Thread thread =
        new Thread(
            () -> {
              try {
                completer.run();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
    thread.setDaemon(true);
    thread.start();
  }

  /** {@code INSERT INTO ks.t (pk) VALUES (?)} for pk 0 to n − 1. */
  static List<CqlStatement> inserts(int n) {
    return IntStream.range(0, n).mapToObj(i -> insertInto("ks", "t").value("pk", i).build()).toList();
  }
}
