package io.cqlkit.examples;

import static io.cqlkit.builder.Cql.raw;
import static io.cqlkit.builder.Unset.UNSET;
import static io.cqlkit.builder.assertj.CqlAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.cqlkit.builder.CqlStatement;
import io.cqlkit.builder.CqlTemplate;
import io.cqlkit.builder.InsertOptions;
import io.cqlkit.builder.mapping.ClusteringColumn;
import io.cqlkit.builder.mapping.PartitionKey;
import io.cqlkit.builder.mapping.TableModel;
import io.cqlkit.driver.DriverExecutor;
import io.cqlkit.executor.CqlEngine;
import io.cqlkit.executor.RowMapper;
import io.cqlkit.node.CassandraNode;
import io.cqlkit.node.CassandraNodeExtension;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The README's "Records and table models" section, run as written against the build's node. */
@ExtendWith(CassandraNodeExtension.class)
class ReadmeRecordsIT {

  // README: record
  record Event(@PartitionKey UUID userId, @ClusteringColumn Instant ts, String eventType, String source) {}

  @Test
  void should_round_trip_a_record_as_the_readme_shows(CassandraNode node) {
    try (DriverExecutor executor =
        DriverExecutor.builder()
            .addContactPoint(node.contactPoint().getHostString(), node.contactPoint().getPort())
            .withLocalDatacenter(node.localDatacenter())
            .connect()) {
      CqlEngine engine = CqlEngine.of(executor);
      engine.execute(raw("CREATE KEYSPACE IF NOT EXISTS ks WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}"));
      engine.execute(raw("DROP TABLE IF EXISTS ks.events"));
      engine.execute(raw("CREATE TABLE ks.events (user_id uuid, ts timestamp, event_type text, source text,"
          + " PRIMARY KEY ((user_id), ts))"));
      UUID uid = UUID.randomUUID();
      Instant ts = Instant.now().truncatedTo(ChronoUnit.MILLIS);

      // README: round trip
      TableModel events = TableModel.of("ks", "events", Event.class);
      RowMapper<Event> toEvent = RowMapper.of(Event.class);

      Event login = new Event(uid, ts, "login", "web");
      engine.execute(events.insert().bindNamed(login));
      Event back = toEvent.map(engine.execute(events.get().bind(uid, ts)).one());
      assertThat(back).isEqualTo(login);

      // nulls left untouched: source keeps "web"
      CqlTemplate upsert = events.insert(InsertOptions.builder().nullsAsUnset().build());
      CqlStatement relogin = upsert.bindNamed(new Event(uid, ts, "relogin", null));
      assertThat(relogin).hasParams(uid, ts, "relogin", UNSET);
      engine.execute(relogin);
      List<Event> partition = toEvent.list(engine.execute(events.select().bind(uid)));
      assertThat(partition).containsExactly(new Event(uid, ts, "relogin", "web"));
      // README: end
    }
  }
}
