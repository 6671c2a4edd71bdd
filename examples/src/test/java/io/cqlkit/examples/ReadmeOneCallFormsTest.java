package io.cqlkit.examples;

import static io.cqlkit.builder.Cql.buildInsert;
import static io.cqlkit.builder.Cql.buildSelect;
import static io.cqlkit.builder.Cql.raw;
import static io.cqlkit.builder.Relation.in;
import static io.cqlkit.builder.assertj.CqlAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableMap;
import io.cqlkit.builder.InsertOptions;
import io.cqlkit.builder.Order;
import io.cqlkit.builder.SelectOptions;
import io.cqlkit.builder.StatementKind;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The README's one-call forms with options and its raw statement, as written there. */
class ReadmeOneCallFormsTest {
  private final UUID uid = UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8");
  private final Instant ts = Instant.parse("2026-11-22T10:00:00Z");

  @Test
  void should_build_the_readme_one_call_forms() {
    assertThat(buildInsert("ks", "events", ImmutableMap.of("user_id", uid, "ts", ts),
            InsertOptions.builder().ifNotExists().ttl(60).build()))
        .hasCql("INSERT INTO ks.events (user_id, ts) VALUES (?, ?) IF NOT EXISTS USING TTL ?")
        .hasParams(uid, ts, 60);
    assertThat(buildSelect("ks", "t", ImmutableMap.of("pk", 1), SelectOptions.builder()
            .where(in("ck", List.of(1, 2))).orderBy("ck", Order.DESC).limit(10).build()))
        .hasCql("SELECT * FROM ks.t WHERE pk = ? AND ck IN ? ORDER BY ck DESC LIMIT ?");
    assertThatThrownBy(() -> buildInsert("ks", "events", Map.of("user_id", uid, "ts", ts)))
        .hasMessageContaining("pass a LinkedHashMap, a SortedMap such as TreeMap, a Guava ImmutableMap, or a map of one entry");
  }

  @Test
  void should_make_the_readme_raw_statement() {
    assertThat(raw("UPDATE ks.t SET v = v + ? WHERE pk = ?", 1, 7))
        .hasKind(StatementKind.UPDATE)
        .hasParams(1, 7)
        .isNotIdempotent();
  }
}
