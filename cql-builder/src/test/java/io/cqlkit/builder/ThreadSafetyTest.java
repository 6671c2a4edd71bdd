package io.cqlkit.builder;

import static io.cqlkit.builder.Cql.insertInto;
import static io.cqlkit.builder.Cql.loggedBatch;
import static io.cqlkit.builder.Cql.update;
import static io.cqlkit.builder.Term.marker;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Shared partial builders and templates give, from many threads, what one thread gets. */
class ThreadSafetyTest {
  private static final int THREADS = 8;
  private static final int BUILDS = 10_000;

  private static final Update BASE = update("ks", "t").usingTtl(5).set("a", "x");
  private static final CqlTemplate TEMPLATE =
      insertInto("ks", "t").value("pk", marker()).value("b", marker()).template();

  @Test
  void should_build_the_same_statements_from_a_shared_builder_on_many_threads() throws Exception {
    List<List<String>> results = runOnThreads(thread -> () -> {
      List<String> out = new ArrayList<>(BUILDS);
      for (int i = 0; i < BUILDS; i++) {
        CqlStatement s = BASE.set("b", i).where("pk", thread).build();
        CqlStatement t = TEMPLATE.bind(thread, i);
        CqlStatement batch = loggedBatch().add(s).add(t).build();
        CqlStatement insert = insertInto("ks", "t" + (i % 300)).value("pk", thread).value("c" + (i % 7), i).build();
        out.add(batch.cql() + batch.params() + s.bindings() + insert.cql() + insert.params());
      }
      return out;
    });
    for (int thread = 0; thread < THREADS; thread++) {
      List<String> actual = results.get(thread);
      for (int i = 0; i < BUILDS; i++) {
        assertThat(actual.get(i)).isEqualTo(expected(thread, i));
      }
    }
  }

  /** What a single thread builds, the long way. */
  private static String expected(int thread, int i) {
    CqlStatement s = update("ks", "t").usingTtl(5).set("a", "x").set("b", i).where("pk", thread).build();
    CqlStatement t = insertInto("ks", "t").value("pk", thread).value("b", i).build();
    CqlStatement batch = loggedBatch().add(s).add(t).build();
    String insert = "INSERT INTO ks.t" + (i % 300) + " (pk, c" + (i % 7) + ") VALUES (?, ?)";
    return batch.cql() + batch.params() + s.bindings() + insert + List.of(thread, i);
  }

  private interface Task {
    Callable<List<String>> on(int thread);
  }

  private static List<List<String>> runOnThreads(Task task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<String>>> futures = new ArrayList<>();
      for (int thread = 0; thread < THREADS; thread++) {
        Callable<List<String>> work = task.on(thread);
        futures.add(pool.submit(() -> {
          start.await();
          return work.call();
        }));
      }
      start.countDown();
      List<List<String>> results = new ArrayList<>();
      for (Future<List<String>> future : futures) {
        results.add(future.get());
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}
