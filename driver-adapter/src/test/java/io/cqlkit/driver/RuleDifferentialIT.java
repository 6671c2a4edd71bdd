package io.cqlkit.driver;

import static io.cqlkit.builder.Cql.deleteFrom;
import static io.cqlkit.builder.Cql.insertInto;
import static io.cqlkit.builder.Cql.update;
import static io.cqlkit.builder.Relation.in;
import static io.cqlkit.builder.Term.marker;
import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.DriverException;
import com.datastax.oss.driver.api.core.servererrors.WriteTimeoutException;
import com.datastax.oss.driver.api.core.cql.BatchStatementBuilder;
import com.datastax.oss.driver.api.core.cql.BoundStatement;
import com.datastax.oss.driver.api.core.cql.BoundStatementBuilder;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.ResultSet;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import com.datastax.oss.driver.api.core.cql.Statement;
import com.datastax.oss.driver.api.core.type.DataType;
import com.datastax.oss.driver.api.core.type.codec.CodecNotFoundException;
import com.datastax.oss.driver.api.core.type.codec.TypeCodec;
import com.datastax.oss.driver.api.core.type.codec.registry.CodecRegistry;
import io.cqlkit.builder.BatchType;
import io.cqlkit.builder.Cql;
import io.cqlkit.builder.CqlStatement;
import io.cqlkit.builder.StatementKind;
import io.cqlkit.builder.Unset;
import io.cqlkit.builder.rules.CqlRule;
import io.cqlkit.builder.rules.CqlRuleViolationException;
import io.cqlkit.executor.CqlEngine;
import io.cqlkit.executor.CqlExecutor;
import io.cqlkit.executor.CqlResult;
import io.cqlkit.executor.ExecutionOptions;
import io.cqlkit.executor.NativeBatchExecution;
import io.cqlkit.executor.SchemaFacts;
import io.cqlkit.node.CassandraNode;
import io.cqlkit.node.CassandraNodeExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules proven against the server, differentially: for each rule a statement just inside it and
 * one just outside, judged by the engine (with the adapter's capabilities and schema facts, sending
 * nothing) and sent raw to the node through the driver session (no cqlkit check on the way). The
 * two verdicts must agree: accepted/accepted, refused/refused, and for batch sizes
 * none/warned/failed against the node's 5 KiB / 50 KiB thresholds.
 */
@ExtendWith(CassandraNodeExtension.class)
class RuleDifferentialIT {
  private static final String KS = "rules_diff";
  private static DriverExecutor executor;
  private static CqlSession session;
  private static final Map<String, PreparedStatement> PREPARED = new ConcurrentHashMap<>();

  /** What the engine or the server made of a statement. */
  enum Verdict {
    ACCEPTED,
    WARNED,
    REFUSED
  }

  /** How the batch travels: as the adapter sends it, as text, or as a protocol batch bound by name. */
  enum Transport {
    PROTOCOL,
    TEXT,
    PROTOCOL_BY_NAME
  }

  @BeforeAll
  static void createSchema(CassandraNode node) {
    executor = TestCluster.connect(node);
    session = executor.session();
    TestCluster.recreateKeyspace(executor, KS);
    for (String ddl :
        List.of(
            "CREATE TABLE " + KS + ".t (pk int, ck int, v int, PRIMARY KEY (pk, ck))",
            "CREATE TABLE " + KS + ".t_other (pk int, ck int, v int, PRIMARY KEY (pk, ck))",
            "CREATE TABLE " + KS + ".counters (page text PRIMARY KEY, views counter)",
            "CREATE TABLE " + KS + ".big (pk text PRIMARY KEY, v int)",
            "CREATE TABLE " + KS + ".w (pk int, ck int, a int, b bigint, c text, l list<int>,"
                + " PRIMARY KEY (pk, ck))")) {
      executor.execute(TestCluster.ddl(ddl));
    }
  }

  @AfterAll
  static void close() {
    if (executor != null) {
      executor.close();
    }
  }

  // ---- statements ----

  private static CqlStatement row(Object pk, int ck) {
    return insertInto(KS, "t").value("pk", pk).value("ck", ck).value("v", 7).build();
  }

  private static CqlStatement views(String page) {
    return update(KS, "counters").increment("views", 1).where("page", page).build();
  }

  private static CqlStatement rawIncrement(String page) {
    return Cql.raw("UPDATE " + KS + ".counters SET views = views + ? WHERE page = ?", 1L, page);
  }

  private static CqlStatement deleteViews(String page) {
    return deleteFrom(KS, "counters").where("page", page).build();
  }

  private static CqlStatement deleteRow(int pk) {
    return deleteFrom(KS, "t").where("pk", pk).where("ck", 1).build();
  }

  private static CqlStatement batch(BatchType type, CqlStatement... children) {
    return UncheckedBatches.of(type, null, children);
  }

  private static CqlStatement timed(BatchType type, CqlStatement... children) {
    return UncheckedBatches.of(type, 1_000_000L, children);
  }

  /** {@code partitions} × {@code rows} rows of three ints. */
  private static CqlStatement rows(BatchType type, int partitions, int rows) {
    List<CqlStatement> children = new ArrayList<>();
    for (int pk = 0; pk < partitions; pk++) {
      for (int ck = 0; ck < rows; ck++) {
        children.add(row(1000 + pk, ck));
      }
    }
    return UncheckedBatches.of(type, null, children.toArray(new CqlStatement[0]));
  }

  /** {@code partitions} × {@code rows} rows with an int, a bigint, 10 bytes of text and a list of two ints. */
  private static CqlStatement wideRows(int partitions, int rows) {
    List<CqlStatement> children = new ArrayList<>();
    for (int pk = 0; pk < partitions; pk++) {
      for (int ck = 0; ck < rows; ck++) {
        children.add(
            insertInto(KS, "w").value("pk", pk).value("ck", ck).value("a", 1).value("b", 2L)
                .value("c", "0123456789").value("l", List.of(1, 2)).build());
      }
    }
    return UncheckedBatches.of(BatchType.UNLOGGED, null, children.toArray(new CqlStatement[0]));
  }

  private static CqlStatement many(int count) {
    List<CqlStatement> children = new ArrayList<>(count);
    CqlStatement sameRow = row(2000, 0); // one row: the mutation stays small, only the count matters
    for (int i = 0; i < count; i++) {
      children.add(sameRow);
    }
    return UncheckedBatches.of(BatchType.UNLOGGED, null, children.toArray(new CqlStatement[0]));
  }

  private static CqlStatement named(int pk, int ck) {
    return insertInto(KS, "t").value("pk", marker("pk")).value("ck", marker("ck")).value("v", marker("v"))
        .template().bind(Map.of("pk", pk, "ck", ck, "v", 1));
  }

  private static CqlStatement ifExists(Object pk, int ck) {
    return update(KS, "t").set("v", 1).where("pk", pk).where("ck", ck).ifExists().build();
  }

  private static CqlStatement largeKeys(int partitions, int keyBytes) {
    List<CqlStatement> children = new ArrayList<>();
    for (int i = 0; i < partitions; i++) {
      children.add(insertInto(KS, "big").value("pk", String.format("%0" + keyBytes + "d", i)).value("v", 1).build());
    }
    return UncheckedBatches.of(BatchType.LOGGED, null, children.toArray(new CqlStatement[0]));
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        // rule 2: a DELETE on a counter table is a counter statement
        c("COUNTER_BATCH_ONLY_COUNTERS", "inside: counter-table DELETE in a COUNTER batch", Transport.PROTOCOL,
            () -> batch(BatchType.COUNTER, views("a"), deleteViews("b")), Verdict.ACCEPTED),
        c("COUNTER_BATCH_ONLY_COUNTERS", "outside: plain-table DELETE in a COUNTER batch", Transport.PROTOCOL,
            () -> batch(BatchType.COUNTER, views("a"), deleteRow(1)), Verdict.REFUSED),
        c("COUNTER_MIXED_WITH_NON_COUNTER", "inside: counter-table DELETE beside an increment, UNLOGGED", Transport.PROTOCOL,
            () -> batch(BatchType.UNLOGGED, views("a"), deleteViews("b")), Verdict.ACCEPTED),
        c("COUNTER_MIXED_WITH_NON_COUNTER", "outside: plain-table DELETE beside an increment, UNLOGGED", Transport.PROTOCOL,
            () -> batch(BatchType.UNLOGGED, views("a"), deleteRow(1)), Verdict.REFUSED),
        c("COUNTER_IN_LOGGED_BATCH", "inside: plain-table DELETEs in a LOGGED batch", Transport.PROTOCOL,
            () -> batch(BatchType.LOGGED, deleteRow(1), deleteRow(2)), Verdict.ACCEPTED),
        c("COUNTER_IN_LOGGED_BATCH", "outside: counter-table DELETEs only, LOGGED", Transport.PROTOCOL,
            () -> batch(BatchType.LOGGED, deleteViews("a"), deleteViews("b")), Verdict.REFUSED),
        c("COUNTER_IN_LOGGED_BATCH", "outside: increments, LOGGED", Transport.PROTOCOL,
            () -> batch(BatchType.LOGGED, views("a")), Verdict.REFUSED),
        // rule 10: no custom timestamp on counter statements, DELETE included
        c("COUNTER_TIMESTAMP", "inside: DELETE FROM counters", Transport.PROTOCOL,
            () -> deleteViews("a"), Verdict.ACCEPTED),
        c("COUNTER_TIMESTAMP", "outside: DELETE FROM counters USING TIMESTAMP ?", Transport.PROTOCOL,
            () -> deleteFrom(KS, "counters").where("page", "a").usingTimestamp(5L).build(), Verdict.REFUSED),
        // rule 3: a text rule
        c("TIMESTAMP_ON_BATCH_AND_STATEMENT", "inside: protocol batch timestamp, child with its own", Transport.PROTOCOL,
            () -> timed(BatchType.LOGGED, insertInto(KS, "t").value("pk", 3).value("ck", 1).usingTimestamp(5L).build()),
            Verdict.ACCEPTED),
        c("TIMESTAMP_ON_BATCH_AND_STATEMENT", "outside: the same as text", Transport.TEXT,
            () -> timed(BatchType.LOGGED, insertInto(KS, "t").value("pk", 3).value("ck", 1).usingTimestamp(5L).build()),
            Verdict.REFUSED),
        c("TIMESTAMP_ON_CONDITIONAL_BATCH", "inside: protocol batch timestamp on a conditional batch", Transport.PROTOCOL,
            () -> timed(BatchType.LOGGED, ifExists(4, 1)), Verdict.ACCEPTED),
        c("TIMESTAMP_ON_CONDITIONAL_BATCH", "outside: the same as text", Transport.TEXT,
            () -> timed(BatchType.LOGGED, ifExists(4, 1)), Verdict.REFUSED),
        c("TIMESTAMP_ON_COUNTER_BATCH", "inside: protocol batch timestamp on a COUNTER batch", Transport.PROTOCOL,
            () -> timed(BatchType.COUNTER, views("ts")), Verdict.ACCEPTED),
        c("TIMESTAMP_ON_COUNTER_BATCH", "outside: the same as text", Transport.TEXT,
            () -> timed(BatchType.COUNTER, views("ts")), Verdict.REFUSED),
        // rule 6: a protocol limit
        c("TOO_MANY_STATEMENTS", "inside: 65,535 statements, protocol", Transport.PROTOCOL,
            () -> many(65_535), Verdict.ACCEPTED),
        c("TOO_MANY_STATEMENTS", "outside: 65,536 statements, protocol", Transport.PROTOCOL,
            () -> many(65_536), Verdict.REFUSED),
        c("TOO_MANY_STATEMENTS", "inside: 65,536 statements, text", Transport.TEXT,
            () -> many(65_536), Verdict.ACCEPTED),
        // rule 7: only values bound by name
        c("NAMED_MARKERS_IN_BATCH", "inside: named markers bound by position, protocol", Transport.PROTOCOL,
            () -> batch(BatchType.LOGGED, named(5, 1), named(5, 2)), Verdict.ACCEPTED),
        c("NAMED_MARKERS_IN_BATCH", "outside: values sent by name, protocol", Transport.PROTOCOL_BY_NAME,
            () -> batch(BatchType.LOGGED, named(5, 1), named(5, 2)), Verdict.REFUSED),
        // rule 11: partitions compared as the server does
        c("CONDITIONAL_BATCH_MULTIPLE_PARTITIONS", "inside: key 1 and 1L", Transport.PROTOCOL,
            () -> batch(BatchType.LOGGED, ifExists(6, 1), row(6L, 2)), Verdict.ACCEPTED),
        c("CONDITIONAL_BATCH_MULTIPLE_PARTITIONS", "outside: key 6 and 7L", Transport.PROTOCOL,
            () -> batch(BatchType.LOGGED, ifExists(6, 1), row(7L, 2)), Verdict.REFUSED),
        c("CONDITIONAL_BATCH_MULTIPLE_TABLES", "outside: two tables", Transport.PROTOCOL,
            () -> batch(BatchType.LOGGED, ifExists(8, 1),
                insertInto(KS, "t_other").value("pk", 8).value("ck", 1).build()), Verdict.REFUSED),
        c("CONDITIONAL_BATCH_PARTITION_IN", "outside: IN on the partition key", Transport.PROTOCOL,
            () -> batch(BatchType.LOGGED,
                update(KS, "t").set("v", 1).where(in("pk", List.of(9, 10))).where("ck", 1).ifExists().build()),
            Verdict.REFUSED),
        c("MIXED_CONDITIONS_ON_ONE_ROW", "inside: IF EXISTS and IF NOT EXISTS on two rows", Transport.PROTOCOL,
            () -> batch(BatchType.LOGGED, ifExists(11, 1),
                insertInto(KS, "t").value("pk", 11).value("ck", 2).ifNotExists().build()), Verdict.ACCEPTED),
        c("MIXED_CONDITIONS_ON_ONE_ROW", "outside: on one row", Transport.PROTOCOL,
            () -> batch(BatchType.LOGGED, ifExists(11, 1),
                insertInto(KS, "t").value("pk", 11).value("ck", 1).ifNotExists().build()), Verdict.REFUSED),
        // null keys
        c("NULL_KEY_VALUE", "inside: pk 0", Transport.PROTOCOL,
            () -> insertInto(KS, "t").value("pk", 0).value("ck", 1).value("v", 1).build(), Verdict.ACCEPTED),
        c("NULL_KEY_VALUE", "outside: pk null", Transport.PROTOCOL,
            () -> insertInto(KS, "t").value("pk", null).value("ck", 1).value("v", 1).build(), Verdict.REFUSED),
        c("UNSET_KEY_VALUE", "inside: a regular column UNSET", Transport.PROTOCOL,
            () -> insertInto(KS, "t").value("pk", 0).value("ck", 2).value("v", Unset.UNSET).build(), Verdict.ACCEPTED),
        c("UNSET_KEY_VALUE", "outside: pk UNSET", Transport.PROTOCOL,
            () -> insertInto(KS, "t").value("pk", Unset.UNSET).value("ck", 1).value("v", 1).build(), Verdict.REFUSED),
        c("UNSET_KEY_VALUE", "outside: ck UNSET", Transport.PROTOCOL,
            () -> insertInto(KS, "t").value("pk", 0).value("ck", Unset.UNSET).value("v", 1).build(), Verdict.REFUSED),
        // (a template refuses UNSET for a WHERE marker at bind: the statement comes from a test kit)
        c("UNSET_KEY_VALUE", "outside: ck UNSET in an UPDATE's WHERE", Transport.PROTOCOL,
            () -> CqlStatement.builder(StatementKind.UPDATE, "UPDATE " + KS + ".t SET v = ? WHERE pk = ? AND ck = ?")
                .table(KS, "t").params(1, 0, Unset.UNSET).binding("pk", 1).binding("ck", 2).build(),
            Verdict.REFUSED),
        // raw statements: checked on what their text shows, counters by the table's schema facts
        c("COUNTER_BATCH_ONLY_COUNTERS", "inside: a raw increment in a COUNTER batch", Transport.PROTOCOL,
            () -> batch(BatchType.COUNTER, views("a"), rawIncrement("b")), Verdict.ACCEPTED),
        c("COUNTER_MIXED_WITH_NON_COUNTER", "inside: a raw increment beside an increment, UNLOGGED", Transport.PROTOCOL,
            () -> batch(BatchType.UNLOGGED, views("a"), rawIncrement("b")), Verdict.ACCEPTED),
        c("COUNTER_BATCH_ONLY_COUNTERS", "outside: a raw plain UPDATE in a COUNTER batch", Transport.PROTOCOL,
            () -> batch(BatchType.COUNTER, views("a"),
                Cql.raw("UPDATE " + KS + ".t SET v = ? WHERE pk = ? AND ck = ?", 1, 1, 1)), Verdict.REFUSED),
        c("COUNTER_IN_LOGGED_BATCH", "outside: a raw increment, LOGGED", Transport.PROTOCOL,
            () -> batch(BatchType.LOGGED, rawIncrement("a")), Verdict.REFUSED),
        c("CONDITIONAL_WITH_TIMESTAMP", "outside: a raw INSERT IF NOT EXISTS USING TIMESTAMP", Transport.PROTOCOL,
            () -> Cql.raw("INSERT INTO " + KS + ".t (pk, ck, v) VALUES (?, ?, ?) IF NOT EXISTS USING TIMESTAMP ?",
                30, 1, 1, 5L), Verdict.REFUSED),
        c("CONDITIONAL_WITH_TIMESTAMP", "inside: a raw INSERT IF NOT EXISTS", Transport.PROTOCOL,
            () -> Cql.raw("INSERT INTO " + KS + ".t (pk, ck, v) VALUES (?, ?, ?) IF NOT EXISTS", 30, 1, 1),
            Verdict.ACCEPTED),
        // rule 5: the server's mutation size
        c("BATCH_SIZE_WARNING", "inside: 2 x 51 rows of three ints (model 5,056)", Transport.PROTOCOL,
            () -> rows(BatchType.UNLOGGED, 2, 51), Verdict.ACCEPTED),
        c("BATCH_SIZE_WARNING", "outside: 2 x 53 rows of three ints (model 5,252)", Transport.PROTOCOL,
            () -> rows(BatchType.UNLOGGED, 2, 53), Verdict.WARNED),
        c("BATCH_SIZE_WARNING", "outside: 2 x 100 rows (server 9,858)", Transport.PROTOCOL,
            () -> rows(BatchType.LOGGED, 2, 100), Verdict.WARNED),
        c("BATCH_SIZE_WARNING", "inside: 2 x 12 wide rows (model 4,834)", Transport.PROTOCOL,
            () -> wideRows(2, 12), Verdict.ACCEPTED),
        c("BATCH_SIZE_WARNING", "outside: 2 x 13 wide rows (model 5,232)", Transport.PROTOCOL,
            () -> wideRows(2, 13), Verdict.WARNED),
        c("BATCH_SIZE_WARNING", "inside: 10 partitions with 6,000-byte keys", Transport.PROTOCOL,
            () -> largeKeys(10, 6_000), Verdict.ACCEPTED),
        c("BATCH_TOO_LARGE", "inside: 2 x 520 rows (model 51,018)", Transport.PROTOCOL,
            () -> rows(BatchType.UNLOGGED, 2, 520), Verdict.WARNED),
        c("BATCH_TOO_LARGE", "outside: 2 x 530 rows (model 51,998)", Transport.PROTOCOL,
            () -> rows(BatchType.UNLOGGED, 2, 530), Verdict.REFUSED),
        c("BATCH_TOO_LARGE", "outside: 2 x 1,500 small rows", Transport.PROTOCOL,
            () -> rows(BatchType.UNLOGGED, 2, 1_500), Verdict.REFUSED));
  }

  private static Arguments c(
      String rule, String name, Transport transport, Supplier<CqlStatement> statement, Verdict expected) {
    return Arguments.of(rule + " " + name, transport, statement, expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void should_agree_with_the_server(
      String name, Transport transport, Supplier<CqlStatement> make, Verdict expected) {
    CqlStatement statement = make.get();

    Verdict engine = engineVerdict(statement, transport);
    Verdict server = serverVerdict(statement, transport);

    System.out.printf("DIFF | %s | %s | engine %s | server %s%n", name, transport, engine, server);
    assertThat(engine).as("engine verdict").isEqualTo(server);
    assertThat(server).as("server verdict").isEqualTo(expected);
  }

  // ---- the engine's verdict: the adapter's capabilities and schema facts, nothing sent ----

  private static Verdict engineVerdict(CqlStatement statement, Transport transport) {
    try {
      CqlResult result = CqlEngine.of(new DryExecutor(transport)).execute(statement);
      return result.warnings().stream().anyMatch(w -> w.startsWith(CqlRule.BATCH_SIZE_WARNING.name()))
          ? Verdict.WARNED
          : Verdict.ACCEPTED;
    } catch (CqlRuleViolationException e) {
      System.out.println("DIFF   engine: " + e.getMessage().substring(0, Math.min(240, e.getMessage().length())));
      return Verdict.REFUSED;
    }
  }

  /** Sends nothing; declares the adapter's capabilities (protocol batches, its schema facts). */
  private static final class DryExecutor implements CqlExecutor, NativeBatchExecution {
    private final Transport transport;

    DryExecutor(Transport transport) {
      this.transport = transport;
    }

    @Override
    public CompletionStage<CqlResult> executeAsync(CqlStatement statement, ExecutionOptions options) {
      return CompletableFuture.completedFuture(CqlResult.empty());
    }

    @Override
    public CompletionStage<CqlResult> executeBatchAsync(CqlStatement batch, ExecutionOptions options) {
      return CompletableFuture.completedFuture(CqlResult.empty());
    }

    @Override
    public boolean bindsByName() {
      return transport == Transport.PROTOCOL_BY_NAME;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <C> Optional<C> capability(Class<C> type) {
      if (type == NativeBatchExecution.class) {
        return transport == Transport.TEXT ? Optional.empty() : Optional.of((C) this);
      }
      if (type == SchemaFacts.class) {
        return Optional.of((C) executor);
      }
      return Optional.empty();
    }
  }

  // ---- the server's verdict: the driver session, no cqlkit check ----

  private static Verdict serverVerdict(CqlStatement statement, Transport transport) {
    try {
      // A text batch of 65,536 rows takes the node longer than the tests' default request timeout.
      ResultSet result = session.execute(raw(statement, transport).setTimeout(Duration.ofMinutes(2)));
      return result.getExecutionInfo().getWarnings().stream().anyMatch(w -> w.startsWith("Batch for"))
          ? Verdict.WARNED
          : Verdict.ACCEPTED;
    } catch (WriteTimeoutException e) {
      // validated and applied by the coordinator, only slow to be acknowledged: not a refusal
      System.out.println("DIFF   server (accepted, then timed out): " + e.getMessage());
      return Verdict.ACCEPTED;
    } catch (DriverException | IllegalArgumentException | IllegalStateException e) {
      System.out.println("DIFF   server: " + e.getMessage());
      return Verdict.REFUSED;
    }
  }

  private static Statement<?> raw(CqlStatement statement, Transport transport) {
    if (statement.batchType().isEmpty()) {
      return bind(statement);
    }
    if (transport == Transport.TEXT) {
      return SimpleStatement.newInstance(literalText(statement));
    }
    BatchStatementBuilder batch = new BatchStatementBuilder(StatementOptions.batchType(statement.batchType()));
    for (CqlStatement child : statement.children()) {
      if (transport == Transport.PROTOCOL_BY_NAME) {
        batch.addStatement(SimpleStatement.newInstance(child.cql(), named(child)));
      } else {
        batch.addStatement(bind(child));
      }
    }
    statement.batchTimestamp().ifPresent(batch::setQueryTimestamp);
    return batch.build();
  }

  private static Map<String, Object> named(CqlStatement child) {
    Map<String, Object> values = new java.util.LinkedHashMap<>();
    for (int i = 0; i < child.markerNames().size(); i++) {
      values.put(child.markerNames().get(i), child.params().get(i));
    }
    return values;
  }

  /** The batch's text with its values inlined (ints, longs and texts are all these cases use). */
  private static String literalText(CqlStatement batch) {
    String cql = batch.cql();
    StringBuilder out = new StringBuilder(cql.length() * 2);
    int param = 0;
    for (int i = 0; i < cql.length(); i++) {
      char ch = cql.charAt(i);
      if (ch == '?') {
        Object value = batch.params().get(param++);
        out.append(value instanceof String ? "'" + value + "'" : String.valueOf(value));
      } else {
        out.append(ch);
      }
    }
    return out.toString();
  }

  private static BoundStatement bind(CqlStatement statement) {
    PreparedStatement prepared = PREPARED.computeIfAbsent(statement.cql(), session::prepare);
    BoundStatementBuilder bound = prepared.boundStatementBuilder();
    CodecRegistry registry = session.getContext().getCodecRegistry();
    List<Object> params = statement.params();
    for (int i = 0; i < params.size(); i++) {
      Object value = params.get(i);
      if (value == null) {
        bound.setToNull(i);
        continue;
      }
      if (value == Unset.UNSET) {
        bound.unset(i);
        continue;
      }
      DataType type = prepared.getVariableDefinitions().get(i).getType();
      Object sent = value;
      TypeCodec<Object> codec;
      try {
        codec = registry.codecFor(type, value);
      } catch (CodecNotFoundException e) {
        sent = ValueCoercion.coerce(value, type);
        codec = registry.codecFor(type, sent);
      }
      bound.setBytesUnsafe(i, codec.encode(sent, session.getContext().getProtocolVersion()));
    }
    return bound.build();
  }
}
