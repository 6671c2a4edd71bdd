package io.cqlkit.executor;

import io.cqlkit.builder.rules.BatchLimits;
import io.cqlkit.builder.rules.CqlValidator;
import io.cqlkit.builder.rules.CqlRuleViolationException;
import io.cqlkit.builder.rules.CqlRule;
import static io.cqlkit.builder.Cql.insertInto;
import static io.cqlkit.builder.Cql.selectFrom;
import static io.cqlkit.builder.Cql.update;
import static io.cqlkit.builder.Relation.eq;
import static io.cqlkit.builder.Relation.in;
import static io.cqlkit.builder.Term.marker;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cqlkit.builder.MessageValues;
import io.cqlkit.builder.BatchType;
import io.cqlkit.builder.CqlStatement;
import io.cqlkit.builder.StatementKind;
import io.cqlkit.executor.testing.RecordingExecutor;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every batch rule refused through a {@link CqlBatch}, with its message, and nothing sent. */
class BatchRulesTest {
  private final RecordingExecutor executor = RecordingExecutor.create();
  private final CqlEngine engine = CqlEngine.of(executor);

  static CqlStatement insert(int pk, int ck) {
    return insertInto("ks", "t").value("pk", pk).value("ck", ck).value("v", "a").build();
  }

  static CqlStatement counter(String page) {
    return update("ks", "counters").increment("views", 1).where("page", page).build();
  }

  static CqlStatement updateIfExists(int pk, int ck) {
    return update("ks", "t").set("v", "x").where("pk", pk).where("ck", ck).ifExists().build();
  }

  private void assertRefused(CqlBatch batch, CqlRule rule, String message) {
    assertThatThrownBy(batch::execute)
        .isInstanceOf(CqlRuleViolationException.class)
        .hasMessage(message)
        .satisfies(e -> assertThat(((CqlRuleViolationException) e).rule()).isEqualTo(rule));
    executor.assertNothingSent();
  }

  @Test
  void should_refuse_a_select_in_a_batch() {
    CqlBatch batch = engine.batch().add(insert(1, 1)).add(selectFrom("ks", "t").where("pk", 1).build());
    assertRefused(
        batch,
        CqlRule.BATCH_ONLY_MODIFICATIONS,
        "BATCH_ONLY_MODIFICATIONS: statement 1 (SELECT * FROM ks.t WHERE pk = ?) is a SELECT"
            + " statement, but a batch holds only INSERT, UPDATE and DELETE; execute it on its own,"
            + " outside the batch");
  }

  @Test
  void should_refuse_truncate_and_ddl_in_a_batch() {
    CqlStatement truncate = CqlStatement.schema(StatementKind.TRUNCATE, "TRUNCATE ks.t", "ks", "t");
    assertRefused(
        engine.batch().add(truncate),
        CqlRule.BATCH_ONLY_MODIFICATIONS,
        "BATCH_ONLY_MODIFICATIONS: statement 0 (TRUNCATE ks.t) is a TRUNCATE statement, but a batch"
            + " holds only INSERT, UPDATE and DELETE; execute it on its own, outside the batch");
  }

  @Test
  void should_refuse_a_non_counter_statement_in_a_counter_batch() {
    assertRefused(
        engine.batch(BatchType.COUNTER).add(counter("home")).add(insert(1, 1)),
        CqlRule.COUNTER_BATCH_ONLY_COUNTERS,
        "COUNTER_BATCH_ONLY_COUNTERS: statement 1 (INSERT INTO ks.t (pk, ck, v) VALUES (?, ?, ?))"
            + " is not a counter statement, but a COUNTER batch takes only counter updates and"
            + " deletes on counter tables; move it to a LOGGED or UNLOGGED batch");
  }

  @Test
  void should_refuse_counter_and_non_counter_mutations_together() {
    assertRefused(
        engine.batch(BatchType.UNLOGGED).add(insert(1, 1)).add(counter("home")),
        CqlRule.COUNTER_MIXED_WITH_NON_COUNTER,
        "COUNTER_MIXED_WITH_NON_COUNTER: statement 1 (UPDATE ks.counters SET views = views + ?"
            + " WHERE page = ?) is a counter statement while statement 0 is not a counter"
            + " statement, and counter and non-counter mutations cannot share a batch; send the"
            + " counter statements in a COUNTER batch of their own");
  }

  @Test
  void should_refuse_counter_updates_in_a_logged_batch() {
    assertRefused(
        engine.batch().add(counter("home")),
        CqlRule.COUNTER_IN_LOGGED_BATCH,
        "COUNTER_IN_LOGGED_BATCH: statement 0 (UPDATE ks.counters SET views = views + ? WHERE page"
            + " = ?) is a counter statement, but a LOGGED batch cannot hold counter statements;"
            + " create the batch with BatchType.COUNTER (or UNLOGGED)");
  }

  @Test
  void should_accept_an_unlogged_batch_of_counter_updates_only() {
    engine.batch(BatchType.UNLOGGED).add(counter("home")).add(counter("about")).execute();

    assertThat(executor.statements()).hasSize(1);
    assertThat(executor.statements().get(0).cql())
        .isEqualTo(
            "BEGIN UNLOGGED BATCH\n"
                + "  UPDATE ks.counters SET views = views + ? WHERE page = ?;\n"
                + "  UPDATE ks.counters SET views = views + ? WHERE page = ?;\n"
                + "APPLY BATCH");
  }

  @Test
  void should_refuse_a_timestamp_on_a_conditional_batch() {
    assertRefused(
        engine.batch().usingTimestamp(5L).add(insert(1, 1)).add(updateIfExists(1, 2)),
        CqlRule.TIMESTAMP_ON_CONDITIONAL_BATCH,
        "TIMESTAMP_ON_CONDITIONAL_BATCH: the LOGGED batch has USING TIMESTAMP in its text, but it"
            + " is conditional (statement 1 is a lightweight transaction) and a conditional batch"
            + " takes no custom timestamp; remove the batch timestamp: Paxos assigns one");
  }

  @Test
  void should_refuse_a_timestamp_on_a_counter_batch() {
    assertRefused(
        engine.batch(BatchType.COUNTER).usingTimestamp(5L).add(counter("home")),
        CqlRule.TIMESTAMP_ON_COUNTER_BATCH,
        "TIMESTAMP_ON_COUNTER_BATCH: the COUNTER batch has USING TIMESTAMP in its text, but a"
            + " counter batch takes no custom timestamp; remove the batch timestamp");
  }

  @Test
  void should_refuse_a_timestamp_on_both_the_batch_and_a_statement() {
    CqlStatement own = insertInto("ks", "t").value("pk", 1).value("ck", 2).usingTimestamp(7L).build();
    assertRefused(
        engine.batch().usingTimestamp(5L).add(insert(1, 1)).add(own),
        CqlRule.TIMESTAMP_ON_BATCH_AND_STATEMENT,
        "TIMESTAMP_ON_BATCH_AND_STATEMENT: statement 1 (INSERT INTO ks.t (pk, ck) VALUES (?, ?)"
            + " USING TIMESTAMP ?) has its own USING TIMESTAMP while the batch text has one too, and"
            + " a timestamp is set either on the batch or on its statements; remove one of the two"
            + " timestamps");
  }

  @Test
  void should_refuse_a_batch_level_ttl() {
    CqlStatement batch = RuleBreakers.batchWithTtl(List.of(insert(1, 1)));

    assertThatThrownBy(() -> engine.execute(batch))
        .isInstanceOf(CqlRuleViolationException.class)
        .hasMessage(
            "BATCH_TTL: the LOGGED batch has a batch-level USING TTL, which CQL does not support; put"
                + " USING TTL on each statement instead");
    executor.assertNothingSent();
  }

  @Test
  void should_refuse_more_than_65535_statements_in_a_protocol_batch_only() {
    CqlStatement one = insert(1, 1);
    RecordingExecutor protocol = RecordingExecutor.builder().nativeBatches().build();
    CqlBatch batch =
        CqlEngine.of(protocol).batch(BatchType.UNLOGGED).partitionKey("ks", "t", "pk")
            .addAll(Collections.nCopies(65_536, one));
    assertThatThrownBy(batch::execute)
        .isInstanceOf(CqlRuleViolationException.class)
        .hasMessage(
            "TOO_MANY_STATEMENTS: the UNLOGGED batch has 65536 statements, but a protocol batch"
                + " carries at most 65535; split it into smaller batches");
    protocol.assertNothingSent();

    engine.batch(BatchType.UNLOGGED).partitionKey("ks", "t", "pk")
        .addAll(Collections.nCopies(65_536, one)).execute();
    assertThat(executor.statements()).as("a text batch has no such limit").hasSize(1);
  }

  @Test
  void should_refuse_named_markers_in_a_batch() {
    CqlStatement named =
        insertInto("ks", "t").value("pk", marker("pk")).value("ck", marker("ck")).template()
            .bind(Map.of("pk", 1, "ck", 2));
    CqlEngine byName = CqlEngine.of(new ByNameExecutor(executor));
    assertRefused(
        byName.batch().add(named),
        CqlRule.NAMED_MARKERS_IN_BATCH,
        "NAMED_MARKERS_IN_BATCH: statement 0 (INSERT INTO ks.t (pk, ck) VALUES (:pk, :ck)) uses"
            + " named bind markers [pk, ck], and this executor binds a protocol batch's values by"
            + " name, which the server refuses; build it with positional markers (?), or use an"
            + " executor that binds by position");

    CqlEngine.of(RecordingExecutor.builder().nativeBatches().build()).batch().add(named).execute();
    engine.batch().add(named).execute();
    assertThat(executor.statements()).as("bound by position, as text or protocol batch").hasSize(1);
  }

  @Test
  void should_refuse_lwt_rules_on_statements_inside_a_batch() {
    assertRefused(
        engine.batch().add(insert(1, 1)).add(RuleBreakers.conditionalUpdateWithTimestamp()),
        CqlRule.CONDITIONAL_WITH_TIMESTAMP,
        "CONDITIONAL_WITH_TIMESTAMP: statement 1 (UPDATE ks.t USING TIMESTAMP ? SET v = ? WHERE pk"
            + " = ? AND ck = ? IF EXISTS) is conditional (IF EXISTS) and has USING TIMESTAMP, which"
            + " a lightweight transaction cannot take; remove the timestamp: Paxos assigns one");
  }

  @Test
  void should_refuse_a_conditional_batch_over_two_tables() {
    CqlStatement other = insertInto("ks", "u").value("pk", 1).value("v", "b").build();
    assertRefused(
        engine.batch().add(updateIfExists(1, 1)).add(other),
        CqlRule.CONDITIONAL_BATCH_MULTIPLE_TABLES,
        "CONDITIONAL_BATCH_MULTIPLE_TABLES: statement 1 (INSERT INTO ks.u (pk, v) VALUES (?, ?))"
            + " writes ks.u while statement 0 writes ks.t, but a conditional batch must target one"
            + " table; split the batch per table, or drop the conditions");
  }

  @Test
  void should_refuse_a_conditional_batch_over_two_partitions_with_declared_keys() {
    CqlBatch batch =
        engine.batch().partitionKey("ks", "t", "pk").add(updateIfExists(1, 1)).add(insert(2, 1));
    assertRefused(
        batch,
        CqlRule.CONDITIONAL_BATCH_MULTIPLE_PARTITIONS,
        "CONDITIONAL_BATCH_MULTIPLE_PARTITIONS: statement 1 (INSERT INTO ks.t (pk, ck, v) VALUES"
            + " (?, ?, ?)) writes partition [java.lang.Integer] of ks.t while statement 0 writes"
            + " partition [java.lang.Integer], but"
            + " a conditional batch must stay in one partition; split the batch per partition");
  }

  @Test
  void should_refuse_a_conditional_batch_over_two_partitions_with_schema_facts() {
    RecordingExecutor withSchema =
        RecordingExecutor.builder().partitionKey("ks", "t", "pk", "ck").build();
    CqlBatch batch = CqlEngine.of(withSchema).batch().add(updateIfExists(1, 1)).add(insert(1, 2));

    MessageValues.show(true); // the keys' values, for development
    try {
      assertThatThrownBy(batch::execute)
          .hasMessageStartingWith(
              "CONDITIONAL_BATCH_MULTIPLE_PARTITIONS: statement 1 (INSERT INTO ks.t (pk, ck, v)"
                  + " VALUES (?, ?, ?)) writes partition [1, 2] of ks.t while statement 0 writes"
                  + " partition [1, 1]");
    } finally {
      MessageValues.show(false);
    }
    withSchema.assertNothingSent();
  }

  @Test
  void should_accept_a_conditional_batch_in_one_partition() {
    BatchResult result =
        engine.batch().partitionKey("ks", "t", "pk")
            .add(updateIfExists(1, 1)).add(insert(1, 2)).add(updateIfExists(1, 3))
            .execute();

    assertThat(result.wasSent()).isTrue();
    assertThat(result.warnings()).isEmpty();
    assertThat(executor.statements()).hasSize(1);
  }

  @Test
  void should_refuse_in_on_the_partition_key_of_a_conditional_batch() {
    CqlStatement inPk =
        update("ks", "t").set("v", "x").where(in("pk", List.of(1, 2))).where("ck", 1).ifExists().build();
    assertRefused(
        engine.batch().partitionKey("ks", "t", "pk").add(updateIfExists(1, 1)).add(inPk),
        CqlRule.CONDITIONAL_BATCH_PARTITION_IN,
        "CONDITIONAL_BATCH_PARTITION_IN: statement 1 (UPDATE ks.t SET v = ? WHERE pk IN ? AND ck ="
            + " ? IF EXISTS) restricts partition-key column pk with IN, which a conditional batch"
            + " does not allow; write one statement per partition-key value");
  }

  @Test
  void should_warn_and_send_when_the_partition_key_is_unknown() {
    BatchResult result = engine.batch().add(updateIfExists(1, 1)).add(insert(2, 1)).execute();

    assertThat(result.warnings())
        .containsExactly(
            "PARTITION_KEY_UNKNOWN: statement 0 (UPDATE ks.t SET v = ? WHERE pk = ? AND ck = ? IF"
                + " EXISTS) touches ks.t, whose partition key is unknown (no schema facts, none"
                + " declared), so whether the conditional batch stays in one partition cannot be"
                + " checked; declare the partition key with CqlValidator.withPartitionKey or"
                + " CqlBatch.partitionKey, or use an executor with SchemaFacts (left to the server;"
                + " a strict validator refuses)");
    assertThat(executor.statements()).hasSize(1);
  }

  @Test
  void should_refuse_an_unknown_partition_key_when_strict() {
    CqlEngine strict = engine.withValidator(CqlValidator.cassandra().withStrictPartitions(true));
    assertRefused(
        strict.batch().add(updateIfExists(1, 1)).add(insert(2, 1)),
        CqlRule.PARTITION_KEY_UNKNOWN,
        "PARTITION_KEY_UNKNOWN: statement 0 (UPDATE ks.t SET v = ? WHERE pk = ? AND ck = ? IF"
            + " EXISTS) touches ks.t, whose partition key is unknown (no schema facts, none"
            + " declared), so whether the conditional batch stays in one partition cannot be"
            + " checked; declare the partition key with CqlValidator.withPartitionKey or"
            + " CqlBatch.partitionKey, or use an executor with SchemaFacts");
  }

  @Test
  void should_refuse_a_statement_that_does_not_bind_the_partition_key_when_strict() {
    CqlStatement byCk = update("ks", "t").set("v", "x").where("ck", 1).ifExists().build();
    CqlEngine strict =
        engine.withValidator(
            CqlValidator.cassandra().withStrictPartitions(true).withPartitionKey("ks", "t", "pk"));
    assertRefused(
        strict.batch().add(byCk),
        CqlRule.PARTITION_KEY_UNKNOWN,
        "PARTITION_KEY_UNKNOWN: statement 0 (UPDATE ks.t SET v = ? WHERE ck = ? IF EXISTS) does not"
            + " bind partition-key column pk of ks.t by equality, so whether the conditional batch"
            + " stays in one partition cannot be checked; declare the partition key with"
            + " CqlValidator.withPartitionKey or CqlBatch.partitionKey, or use an executor with"
            + " SchemaFacts");
  }

  @Test
  void should_refuse_mixed_conditions_on_one_row_for_cassandra() {
    CqlStatement ifNotExists =
        insertInto("ks", "t").value("pk", 1).value("ck", 1).value("v", "a").ifNotExists().build();
    assertRefused(
        engine.batch().partitionKey("ks", "t", "pk").add(updateIfExists(1, 1)).add(ifNotExists),
        CqlRule.MIXED_CONDITIONS_ON_ONE_ROW,
        "MIXED_CONDITIONS_ON_ONE_ROW: statement 1 (INSERT INTO ks.t (pk, ck, v) VALUES (?, ?, ?) IF"
            + " NOT EXISTS) is IF NOT EXISTS on the same row as statement 0, which is IF EXISTS, and"
            + " Cassandra cannot mix IF EXISTS, IF NOT EXISTS and column conditions on one row in a"
            + " batch; use one kind of condition per row (ScyllaDB allows the mix)");
  }

  @Test
  void should_refuse_exists_and_column_conditions_on_one_row_for_cassandra() {
    CqlStatement onlyIf =
        update("ks", "t").set("v", "y").where("pk", 1).where("ck", 1).onlyIf(eq("v", "x")).build();
    assertThatThrownBy(
            engine.batch().partitionKey("ks", "t", "pk").add(updateIfExists(1, 1)).add(onlyIf)::execute)
        .hasMessageStartingWith(
            "MIXED_CONDITIONS_ON_ONE_ROW: statement 1 (UPDATE ks.t SET v = ? WHERE pk = ? AND ck = ?"
                + " IF v = ?) is IF conditions on the same row as statement 0, which is IF EXISTS");
    executor.assertNothingSent();
  }

  @Test
  void should_accept_mixed_conditions_on_different_rows_and_on_scylladb() {
    CqlStatement ifNotExists =
        insertInto("ks", "t").value("pk", 1).value("ck", 2).value("v", "a").ifNotExists().build();
    engine.batch().partitionKey("ks", "t", "pk").add(updateIfExists(1, 1)).add(ifNotExists).execute();

    CqlStatement sameRow =
        insertInto("ks", "t").value("pk", 1).value("ck", 1).value("v", "a").ifNotExists().build();
    engine.withValidator(CqlValidator.scylla()).batch().partitionKey("ks", "t", "pk")
        .add(updateIfExists(1, 1)).add(sameRow).execute();

    assertThat(executor.statements()).hasSize(2);
  }

  @Test
  void should_not_take_a_static_row_condition_for_a_row_condition() {
    CqlStatement staticUpdate = update("ks", "t").set("s", "x").where("pk", 1).ifExists().build();
    CqlStatement ifNotExists =
        insertInto("ks", "t").value("pk", 1).value("ck", 1).value("v", "a").ifNotExists().build();

    engine.batch().partitionKey("ks", "t", "pk").add(staticUpdate).add(ifNotExists).execute();

    assertThat(executor.statements()).hasSize(1);
  }

  @Test
  void should_warn_that_scylladb_ignores_unlogged_on_a_conditional_batch() {
    BatchResult result =
        engine.withValidator(CqlValidator.scylla()).batch(BatchType.UNLOGGED)
            .partitionKey("ks", "t", "pk").add(updateIfExists(1, 1))
            .execute();

    assertThat(result.warnings())
        .containsExactly(
            "UNLOGGED_CONDITIONAL_BATCH: the batch is UNLOGGED and conditional, and ScyllaDB ignores"
                + " UNLOGGED for conditional batches; create it as a LOGGED batch to say what will"
                + " happen");
  }

  @Test
  void should_refuse_a_multi_partition_batch_above_the_fail_threshold() {
    String big = "x".repeat(30 * 1024);
    CqlBatch batch =
        engine.batch().partitionKey("ks", "t", "pk")
            .add(insertInto("ks", "t").value("pk", 1).value("v", big).build())
            .add(insertInto("ks", "t").value("pk", 2).value("v", big).build());
    assertRefused(
        batch,
        CqlRule.BATCH_TOO_LARGE,
        "BATCH_TOO_LARGE: the LOGGED batch has a mutation size of about 61580 bytes over 2"
            + " partitions, above the fail threshold of 51200 bytes; split it into smaller batches,"
            + " or raise the threshold with CqlValidator.withLimits if the server's"
            + " batch_size_fail_threshold is higher");
  }

  @Test
  void should_warn_above_the_warn_threshold_and_send() {
    String text = "x".repeat(3 * 1024);
    BatchResult result =
        engine.batch().partitionKey("ks", "t", "pk")
            .add(insertInto("ks", "t").value("pk", 1).value("v", text).build())
            .add(insertInto("ks", "t").value("pk", 2).value("v", text).build())
            .execute();

    assertThat(result.warnings())
        .containsExactly(
            "BATCH_SIZE_WARNING: the LOGGED batch has a mutation size of about 6284 bytes over 2"
                + " partitions, above the warn threshold of 5120 bytes; prefer smaller batches,"
                + " ideally one partition each");
    assertThat(executor.statements()).hasSize(1);
  }

  @Test
  void should_not_apply_size_thresholds_to_a_single_partition_batch() {
    String big = "x".repeat(30 * 1024);
    BatchResult result =
        engine.batch().partitionKey("ks", "t", "pk")
            .add(insertInto("ks", "t").value("pk", 1).value("ck", 1).value("v", big).build())
            .add(insertInto("ks", "t").value("pk", 1).value("ck", 2).value("v", big).build())
            .execute();

    assertThat(result.warnings()).isEmpty();
    assertThat(executor.statements()).hasSize(1);
  }

  @Test
  void should_apply_scylladb_thresholds_and_custom_limits() {
    String big = "x".repeat(30 * 1024);
    List<CqlStatement> two =
        List.of(
            insertInto("ks", "t").value("pk", 1).value("v", big).build(),
            insertInto("ks", "t").value("pk", 2).value("v", big).build());

    BatchResult scylla =
        engine.withValidator(CqlValidator.scylla()).batch().partitionKey("ks", "t", "pk").addAll(two).execute();
    assertThat(scylla.warnings()).isEmpty();

    CqlEngine tight =
        engine.withValidator(CqlValidator.scylla().withLimits(BatchLimits.of(1024, 2048)));
    assertThatThrownBy(tight.batch().partitionKey("ks", "t", "pk").addAll(two)::execute)
        .hasMessageContaining("above the fail threshold of 2048 bytes");
  }

  @Test
  void should_warn_when_an_oversize_batch_has_unknown_partitions_and_refuse_when_strict() {
    String big = "x".repeat(30 * 1024);
    List<CqlStatement> two =
        List.of(
            insertInto("ks", "t").value("pk", 1).value("v", big).build(),
            insertInto("ks", "t").value("pk", 2).value("v", big).build());

    BatchResult lenient = engine.batch().addAll(two).execute();
    assertThat(lenient.warnings())
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .startsWith(
            "PARTITION_KEY_UNKNOWN: statement 0 (INSERT INTO ks.t (pk, v) VALUES (?, ?)) touches"
                + " ks.t, whose partition key is unknown (no schema facts, none declared), so"
                + " whether the batch, of a mutation size of about 61599 bytes (above the fail"
                + " threshold of 51200 bytes), spans more than one partition cannot be checked");

    CqlEngine strict = engine.withValidator(CqlValidator.cassandra().withStrictPartitions(true));
    assertThatThrownBy(strict.batch().addAll(two)::execute)
        .isInstanceOf(CqlRuleViolationException.class)
        .hasMessageStartingWith("PARTITION_KEY_UNKNOWN: statement 0");
    assertThat(executor.statements()).hasSize(1);
  }

  @Test
  void should_warn_on_an_unlogged_batch_over_more_than_ten_partitions() {
    CqlBatch batch = engine.batch(BatchType.UNLOGGED).partitionKey("ks", "t", "pk");
    for (int pk = 0; pk < 11; pk++) {
      batch.add(insertInto("ks", "t").value("pk", pk).build());
    }

    assertThat(batch.execute().warnings())
        .containsExactly(
            "UNLOGGED_BATCH_MANY_PARTITIONS: the batch is UNLOGGED and touches 11 partitions, more"
                + " than 10; group the statements by partition, or send them concurrently instead");
  }

  @Test
  void should_tell_the_index_of_the_offending_statement() {
    CqlBatch batch = engine.batch().add(insert(1, 1)).add(insert(1, 2)).add(counter("home"));

    assertThatThrownBy(batch::execute)
        .isInstanceOfSatisfying(
            CqlRuleViolationException.class,
            e -> assertThat(e.statementIndex()).hasValue(2));
  }

  /** A protocol-batch executor that binds values by name, as some drivers can. */
  private static final class ByNameExecutor implements CqlExecutor, NativeBatchExecution {
    private final RecordingExecutor delegate;

    ByNameExecutor(RecordingExecutor delegate) {
      this.delegate = delegate;
    }

    @Override
    public java.util.concurrent.CompletionStage<CqlResult> executeAsync(
        CqlStatement statement, ExecutionOptions options) {
      return delegate.executeAsync(statement, options);
    }

    @Override
    public java.util.concurrent.CompletionStage<CqlResult> executeBatchAsync(
        CqlStatement batch, ExecutionOptions options) {
      return delegate.executeAsync(batch, options);
    }

    @Override
    public boolean bindsByName() {
      return true;
    }
  }
}
