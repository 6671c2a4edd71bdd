package io.cqlkit.driver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class PreparedCacheTest {
  /** Prepares by hand: each call is recorded and completes when the test says so. */
  private final Map<String, List<CompletableFuture<String>>> prepares = new HashMap<>();

  private CompletableFuture<String> prepare(String cql) {
    CompletableFuture<String> future = new CompletableFuture<>();
    prepares.computeIfAbsent(cql, k -> new ArrayList<>()).add(future);
    return future;
  }

  private final PreparedCache<String> cache = new PreparedCache<>(this::prepare, 3);

  @Test
  void should_prepare_a_text_once_while_it_is_in_flight() {
    CompletableFuture<String> first = cache.get("SELECT 1");
    CompletableFuture<String> second = cache.get("SELECT 1");

    assertThat(second).isSameAs(first).isNotDone();
    assertThat(prepares.get("SELECT 1")).hasSize(1);

    prepares.get("SELECT 1").get(0).complete("prepared-1");
    assertThat(first).isCompletedWithValue("prepared-1");
  }

  @Test
  void should_answer_a_hit_from_the_cache_without_preparing_again() {
    cache.get("SELECT 1");
    prepares.get("SELECT 1").get(0).complete("prepared-1");

    assertThat(cache.get("SELECT 1")).isCompletedWithValue("prepared-1");
    assertThat(prepares.get("SELECT 1")).hasSize(1);
  }

  @Test
  void should_not_keep_a_failed_prepare() {
    CompletableFuture<String> failed = cache.get("SELECT nope");
    prepares.get("SELECT nope").get(0).completeExceptionally(new IllegalStateException("boom"));

    assertThatThrownBy(failed::join).hasCauseInstanceOf(IllegalStateException.class);
    CompletableFuture<String> retried = cache.get("SELECT nope");
    assertThat(retried).isNotSameAs(failed).isNotDone();
    assertThat(prepares.get("SELECT nope")).hasSize(2);
    assertThat(cache.size()).isEqualTo(1);
  }

  @Test
  void should_fail_the_future_when_the_prepare_function_throws() {
    PreparedCache<String> throwing =
        new PreparedCache<>(
            cql -> {
              throw new IllegalStateException("Session is closed");
            },
            3);

    assertThatThrownBy(() -> throwing.get("SELECT 1").join())
        .isInstanceOf(CompletionException.class)
        .hasCauseInstanceOf(IllegalStateException.class);
    assertThat(throwing.size()).isZero();
  }

  @Test
  void should_stay_within_its_maximum_size() {
    for (int i = 0; i < 10; i++) {
      cache.get("SELECT " + i);
      prepares.get("SELECT " + i).get(0).complete("p" + i);
    }

    assertThat(cache.size()).isEqualTo(3);
    assertThat(cache.get("SELECT 9")).isCompletedWithValue("p9");
  }

  @Test
  void should_refuse_a_size_that_is_not_positive() {
    assertThatThrownBy(() -> new PreparedCache<>(this::prepare, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the prepared statement cache size must be positive, but was 0");
  }
}
