package io.cqlkit.benchmarks;

import static io.cqlkit.builder.Cql.insertInto;

import io.cqlkit.builder.CqlStatement;
import io.cqlkit.builder.CqlTemplate;
import io.cqlkit.builder.Insert;
import io.cqlkit.builder.Term;
import io.cqlkit.executor.Row;
import io.cqlkit.executor.RowMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Application data, side by side with its plain forms: binding a 10-marker template from a record
 * vs from an {@code Object[]} of the same values; reading a 10-column row into a record with
 * {@link RowMapper} vs a hand-written {@code new Event(row.get(...), ...)}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class RecordsBenchmark {
  /** Ten components of everyday types, eight of them camelCase (so read by their snake-case column). */
  public record Event(
      UUID userId,
      int attempts,
      String eventType,
      double score,
      boolean active,
      long createdAt,
      String pageName,
      int visits,
      String country,
      long total) {}

  static final String[] COLUMNS = {
    "user_id", "attempts", "event_type", "score", "active", "created_at", "page_name", "visits",
    "country", "total"
  };

  static final CqlTemplate TEMPLATE = template();
  static final RowMapper<Event> MAPPER = RowMapper.of(Event.class);

  // Non-final so the JIT cannot fold them into constants.
  private Object[] values = Fixtures.TEN_VALUES.clone();
  private Event event;
  private Row row;

  @Setup(Level.Trial)
  public void setUp() {
    Object[] v = values;
    event =
        new Event(
            (UUID) v[0], (Integer) v[1], (String) v[2], (Double) v[3], (Boolean) v[4], (Long) v[5],
            (String) v[6], (Integer) v[7], (String) v[8], (Long) v[9]);
    Map<String, Object> columns = new LinkedHashMap<>();
    for (int i = 0; i < COLUMNS.length; i++) {
      columns.put(COLUMNS[i], v[i]);
    }
    row = Row.of(columns);
    CqlStatement fromRecord = TEMPLATE.bindNamed(event);
    CqlStatement fromArray = TEMPLATE.bind(values);
    if (!fromRecord.equals(fromArray)) {
      throw new IllegalStateException("variants differ:\n  " + fromRecord + "\n  " + fromArray);
    }
    if (!MAPPER.map(row).equals(handWritten(row)) || !handWritten(row).equals(event)) {
      throw new IllegalStateException("variants differ: " + MAPPER.map(row) + " vs " + handWritten(row));
    }
  }

  private static CqlTemplate template() {
    Insert insert = insertInto("ks", "events");
    for (String column : COLUMNS) {
      insert = insert.value(column, Term.marker());
    }
    return insert.template().withNames(COLUMNS);
  }

  static Event handWritten(Row row) {
    return new Event(
        row.get("user_id", UUID.class),
        row.get("attempts", Integer.class),
        row.get("event_type", String.class),
        row.get("score", Double.class),
        row.get("active", Boolean.class),
        row.get("created_at", Long.class),
        row.get("page_name", String.class),
        row.get("visits", Integer.class),
        row.get("country", String.class),
        row.get("total", Long.class));
  }

  @Benchmark
  public Object bind_objectArray() {
    return TEMPLATE.bind(values);
  }

  @Benchmark
  public Object bind_record() {
    return TEMPLATE.bindNamed(event);
  }

  @Benchmark
  public Object row_handWritten() {
    return handWritten(row);
  }

  @Benchmark
  public Object row_rowMapper() {
    return MAPPER.map(row);
  }
}
