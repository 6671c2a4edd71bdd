package io.cqlkit.driver;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Prepared statements by CQL text: each text is prepared once, however many callers ask at the
 * same time (they share one future); a failed prepare is not kept, so the next call tries again.
 *
 * <p>A hit costs one {@link ConcurrentHashMap#get} and allocates nothing. The cache is bounded:
 * past {@code maximumSize} texts, completed entries are evicted in no particular order (statements
 * built by cqlkit have few distinct texts, one per shape, so the bound only guards against texts
 * that embed literals). An evicted text is simply prepared again when next used.
 */
final class PreparedCache<V> {
  private final ConcurrentHashMap<String, CompletableFuture<V>> entries =
      new ConcurrentHashMap<>();
  private final Function<String, ? extends CompletionStage<V>> prepare;
  private final int maximumSize;

  PreparedCache(Function<String, ? extends CompletionStage<V>> prepare, int maximumSize) {
    checkArgument(maximumSize > 0, "the prepared statement cache size must be positive, but was %s", maximumSize);
    this.prepare = prepare;
    this.maximumSize = maximumSize;
  }

  /** The prepared statement for {@code cql}: cached, in flight, or prepared now. */
  CompletableFuture<V> get(String cql) {
    CompletableFuture<V> cached = entries.get(cql);
    return cached != null ? cached : load(cql);
  }

  /** The number of texts cached or being prepared. */
  int size() {
    return entries.size();
  }

  /** Forgets every prepared statement (in-flight prepares complete for their callers). */
  void clear() {
    entries.clear();
  }

  private CompletableFuture<V> load(String cql) {
    CompletableFuture<V> created = new CompletableFuture<>();
    CompletableFuture<V> raced = entries.putIfAbsent(cql, created);
    if (raced != null) {
      return raced;
    }
    evictBeyondMaximum(cql);
    try {
      prepare
          .apply(cql)
          .whenComplete(
              (prepared, error) -> {
                if (error != null) {
                  entries.remove(cql, created);
                  created.completeExceptionally(error);
                } else {
                  created.complete(prepared);
                }
              });
    } catch (RuntimeException | Error e) {
      entries.remove(cql, created);
      created.completeExceptionally(e);
    }
    return created;
  }

  private void evictBeyondMaximum(String keep) {
    if (entries.size() <= maximumSize) {
      return;
    }
    Iterator<Map.Entry<String, CompletableFuture<V>>> it = entries.entrySet().iterator();
    while (entries.size() > maximumSize && it.hasNext()) {
      Map.Entry<String, CompletableFuture<V>> entry = it.next();
      if (!entry.getKey().equals(keep) && entry.getValue().isDone()) {
        it.remove();
      }
    }
  }
}
