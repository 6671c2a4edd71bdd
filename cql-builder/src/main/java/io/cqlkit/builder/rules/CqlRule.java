package io.cqlkit.builder.rules;

/**
 * Every rule checked before a statement or a batch is sent, with the words of its message: the one
 * list of rules, used by the builders at {@code build()} and by the executor engine. The server's
 * own answer, where it has one, is quoted on each constant (Apache Cassandra 5.0.9, measured).
 *
 * <p>A message reads {@code RULE_NAME: <subject> <problem>; <fix>}, where the subject names the
 * statement's index in the batch and its CQL, e.g. {@code COUNTER_BATCH_ONLY_COUNTERS: statement 1
 * (INSERT INTO ks.t (pk, a) VALUES (?, ?)) is not a counter statement, but a COUNTER batch takes
 * only counter statements; move it to a LOGGED or UNLOGGED batch}.
 */
public enum CqlRule {
  /** A batch holds only INSERT, UPDATE and DELETE. */
  BATCH_ONLY_MODIFICATIONS(
      "is a %s statement, but a batch holds only INSERT, UPDATE and DELETE",
      "execute it on its own, outside the batch"),
  /**
   * Server: "Cannot include non-counter statement in a counter batch". A counter statement is a
   * counter update or a DELETE on a counter table.
   */
  COUNTER_BATCH_ONLY_COUNTERS(
      "is not a counter statement, but a COUNTER batch takes only counter updates and deletes on"
          + " counter tables",
      "move it to a LOGGED or UNLOGGED batch"),
  /** Server: "Counter and non-counter mutations cannot exist in the same batch". */
  COUNTER_MIXED_WITH_NON_COUNTER(
      "is %s while statement %s is %s, and counter and non-counter mutations cannot share a batch",
      "send the counter statements in a COUNTER batch of their own"),
  /** Server: "Cannot include a counter statement in a logged batch" (counter-table DELETEs too). */
  COUNTER_IN_LOGGED_BATCH(
      "is a counter statement, but a LOGGED batch cannot hold counter statements",
      "create the batch with BatchType.COUNTER (or UNLOGGED)"),
  /** Server, for a text batch: "Cannot provide custom timestamp for conditional BATCH". */
  TIMESTAMP_ON_CONDITIONAL_BATCH(
      "has USING TIMESTAMP in its text, but it is conditional (statement %s is a lightweight"
          + " transaction) and a conditional batch takes no custom timestamp",
      "remove the batch timestamp: Paxos assigns one"),
  /** Server, for a text batch: "Cannot provide custom timestamp for counter BATCH". */
  TIMESTAMP_ON_COUNTER_BATCH(
      "has USING TIMESTAMP in its text, but a counter batch takes no custom timestamp",
      "remove the batch timestamp"),
  /** Server, for a text batch: "Timestamp must be set either on BATCH or individual statements". */
  TIMESTAMP_ON_BATCH_AND_STATEMENT(
      "has its own USING TIMESTAMP while the batch text has one too, and a timestamp is set either"
          + " on the batch or on its statements",
      "remove one of the two timestamps"),
  /** Server: "Global TTL on the BATCH statement is not supported." */
  BATCH_TTL(
      "has a batch-level USING TTL, which CQL does not support",
      "put USING TTL on each statement instead"),
  /**
   * Above the fail threshold of {@link BatchLimits}; the server answers "Batch too large". The size
   * is the server's: the mutations' data size (cells with their overhead, rows, clustering), not
   * the partition keys.
   */
  BATCH_TOO_LARGE(
      "has a mutation size of about %s bytes over %s partitions, above the fail threshold of %s"
          + " bytes",
      "split it into smaller batches, or raise the threshold with CqlValidator.withLimits if the"
          + " server's batch_size_fail_threshold is higher"),
  /** Above the warn threshold of {@link BatchLimits}: sent, with a warning. */
  BATCH_SIZE_WARNING(
      "has a mutation size of about %s bytes over %s partitions, above the warn threshold of %s"
          + " bytes",
      "prefer smaller batches, ideally one partition each"),
  /** Cassandra warns on an UNLOGGED batch across many partitions: sent, with a warning. */
  UNLOGGED_BATCH_MANY_PARTITIONS(
      "is UNLOGGED and touches %s partitions, more than %s",
      "group the statements by partition, or send them concurrently instead"),
  /** A protocol batch carries at most {@value CqlValidator#MAX_PROTOCOL_BATCH_STATEMENTS} statements. */
  TOO_MANY_STATEMENTS(
      "has %s statements, but a protocol batch carries at most %s",
      "split it into smaller batches"),
  /** Values bound by name to the statements of a protocol batch are refused. */
  NAMED_MARKERS_IN_BATCH(
      "uses named bind markers %s, and this executor binds a protocol batch's values by name,"
          + " which the server refuses",
      "build it with positional markers (?), or use an executor that binds by position"),
  /** IF NOT EXISTS belongs to INSERT only. */
  IF_NOT_EXISTS_ONLY_ON_INSERT(
      "is %s with IF NOT EXISTS, which only INSERT takes",
      "use IF EXISTS or column conditions"),
  /** INSERT takes no IF EXISTS nor column conditions. */
  INSERT_ONLY_IF_NOT_EXISTS(
      "is an INSERT with %s, but INSERT takes only IF NOT EXISTS",
      "use IF NOT EXISTS, or an UPDATE with conditions"),
  /** Server: "Cannot provide custom timestamp for conditional updates". */
  CONDITIONAL_WITH_TIMESTAMP(
      "is conditional (%s) and has USING TIMESTAMP, which a lightweight transaction cannot take",
      "remove the timestamp: Paxos assigns one"),
  /** Server: "Conditions on counters are not supported". */
  COUNTER_CONDITION(
      "is a counter statement with a condition (%s), but conditions on counters are not supported",
      "remove the condition"),
  /** Server: "Cannot provide custom TTL for counter updates". */
  COUNTER_TTL(
      "is a counter update with USING TTL, but counter updates take no TTL",
      "remove the TTL"),
  /** Server: "Cannot provide custom timestamp for counter updates" (counter-table DELETEs too). */
  COUNTER_TIMESTAMP(
      "is a counter statement with USING TIMESTAMP, but counter statements take no custom timestamp",
      "remove the timestamp"),
  /** Server: "Invalid null value in condition for column …": a primary-key value is null. */
  NULL_KEY_VALUE(
      "gives primary-key column %s of %s a null value, which the server refuses",
      "give every primary-key column a value"),
  /** Server: "Invalid unset value for column …": a primary-key value is {@code Unset.UNSET}. */
  UNSET_KEY_VALUE(
      "gives primary-key column %s of %s the UNSET value, which the server refuses: a key cannot be"
          + " left untouched",
      "give every primary-key column a value"),
  /** Server: "Batch with conditions cannot span multiple tables". */
  CONDITIONAL_BATCH_MULTIPLE_TABLES(
      "writes %s while statement %s writes %s, but a conditional batch must target one table",
      "split the batch per table, or drop the conditions"),
  /** Server: "Batch with conditions cannot span multiple partitions". */
  CONDITIONAL_BATCH_MULTIPLE_PARTITIONS(
      "writes partition %s of %s while statement %s writes partition %s, but a conditional batch"
          + " must stay in one partition",
      "split the batch per partition"),
  /** IN on a partition-key column is not allowed in a conditional batch. */
  CONDITIONAL_BATCH_PARTITION_IN(
      "restricts partition-key column %s with IN, which a conditional batch does not allow",
      "write one statement per partition-key value"),
  /**
   * A fact about a table that a rule needs (its partition key, or whether it is a counter table) is
   * unknown — no schema facts, none declared — so the rule cannot be checked: a strict validator
   * refuses, the default one warns and lets the server decide.
   */
  PARTITION_KEY_UNKNOWN(
      "%s, so %s cannot be checked",
      "declare the partition key with CqlValidator.withPartitionKey or CqlBatch.partitionKey, or"
          + " use an executor with SchemaFacts"),
  /** Whether a DELETE's table is a counter table is unknown, and a counter rule depends on it. */
  TABLE_KIND_UNKNOWN(
      "deletes from %s, and whether that is a counter table is unknown (no schema facts), so %s"
          + " cannot be checked",
      "use an executor with SchemaFacts (the driver adapter has them), or leave it to the server"),
  /** Cassandra only: "Cannot mix IF EXISTS and IF NOT EXISTS conditions for the same row" (and alike). */
  MIXED_CONDITIONS_ON_ONE_ROW(
      "is %s on the same row as statement %s, which is %s, and Cassandra cannot mix IF EXISTS, IF"
          + " NOT EXISTS and column conditions on one row in a batch",
      "use one kind of condition per row (ScyllaDB allows the mix)"),
  /** ScyllaDB ignores UNLOGGED for a conditional batch: sent, with a warning. */
  UNLOGGED_CONDITIONAL_BATCH(
      "is UNLOGGED and conditional, and ScyllaDB ignores UNLOGGED for conditional batches",
      "create it as a LOGGED batch to say what will happen");

  private final String problem;
  private final String fix;

  CqlRule(String problem, String fix) {
    this.problem = problem;
    this.fix = fix;
  }

  /**
   * The message for a breach of this rule by {@code subject} (e.g. "statement 2 (UPDATE …)"), with
   * the rule's arguments.
   */
  public String message(String subject, Object... args) {
    return name() + ": " + subject + " " + String.format(problem, args) + "; " + fix;
  }

  /**
   * The exception for a breach of this rule.
   *
   * @param statementIndex the offending statement's index in its batch, or -1
   */
  public CqlRuleViolationException violation(int statementIndex, String subject, Object... args) {
    return new CqlRuleViolationException(this, statementIndex, message(subject, args));
  }
}
