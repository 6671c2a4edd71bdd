package io.cqlkit.executor;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.base.MoreObjects;
import com.google.errorprone.annotations.CheckReturnValue;
import io.cqlkit.builder.CqlStatement;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import javax.annotation.CheckForNull;

/**
 * How to execute one statement: consistency, serial consistency, timeout, page size, paging
 * state, idempotence, tracing and a keyspace override. Immutable; anything left unset means
 * "the executor's default", and idempotence defaults to the statement's own.
 *
 * <pre>{@code
 * ExecutionOptions opts = ExecutionOptions.defaults()
 *     .withConsistency(Consistency.LOCAL_QUORUM)
 *     .withTimeout(Duration.ofSeconds(2));
 * }</pre>
 */
@CheckReturnValue
public final class ExecutionOptions {
  private static final ExecutionOptions DEFAULTS =
      new ExecutionOptions(null, null, null, 0, null, null, false, null);

  @CheckForNull private final Consistency consistency;
  @CheckForNull private final Consistency serialConsistency;
  @CheckForNull private final Duration timeout;
  private final int pageSize;
  @CheckForNull private final PagingState pagingState;
  @CheckForNull private final Boolean idempotent;
  private final boolean tracing;
  @CheckForNull private final String keyspace;

  private ExecutionOptions(
      @CheckForNull Consistency consistency,
      @CheckForNull Consistency serialConsistency,
      @CheckForNull Duration timeout,
      int pageSize,
      @CheckForNull PagingState pagingState,
      @CheckForNull Boolean idempotent,
      boolean tracing,
      @CheckForNull String keyspace) {
    this.consistency = consistency;
    this.serialConsistency = serialConsistency;
    this.timeout = timeout;
    this.pageSize = pageSize;
    this.pagingState = pagingState;
    this.idempotent = idempotent;
    this.tracing = tracing;
    this.keyspace = keyspace;
  }

  /** No option set: every choice is the executor's default. */
  public static ExecutionOptions defaults() {
    return DEFAULTS;
  }

  /** The consistency level for the statement (for LWT: of the commit phase). */
  public ExecutionOptions withConsistency(Consistency level) {
    checkArgument(level != null, "consistency must not be null");
    checkArgument(
        !level.isSerial(),
        "%s is a serial consistency level: pass it to withSerialConsistency, and a regular"
            + " level (e.g. QUORUM) to withConsistency",
        level);
    return new ExecutionOptions(
        level, serialConsistency, timeout, pageSize, pagingState, idempotent, tracing, keyspace);
  }

  /** The consistency of the Paxos phase of a lightweight transaction: SERIAL or LOCAL_SERIAL. */
  public ExecutionOptions withSerialConsistency(Consistency level) {
    checkArgument(
        level != null && level.isSerial(),
        "serial consistency must be SERIAL or LOCAL_SERIAL, but was %s",
        level);
    return new ExecutionOptions(
        consistency, level, timeout, pageSize, pagingState, idempotent, tracing, keyspace);
  }

  /** How long to wait for the server before the execution fails with a timeout. */
  public ExecutionOptions withTimeout(Duration timeout) {
    checkArgument(
        timeout != null && !timeout.isNegative() && !timeout.isZero(),
        "timeout must be positive, but was %s",
        timeout);
    return new ExecutionOptions(
        consistency, serialConsistency, timeout, pageSize, pagingState, idempotent, tracing,
        keyspace);
  }

  /** How many rows one page of a SELECT holds. */
  public ExecutionOptions withPageSize(int pageSize) {
    checkArgument(pageSize > 0, "page size must be positive, but was %s", pageSize);
    return new ExecutionOptions(
        consistency, serialConsistency, timeout, pageSize, pagingState, idempotent, tracing,
        keyspace);
  }

  /** Resume a SELECT where a previous page ended (see {@link CqlResult#pagingState()}). */
  public ExecutionOptions withPagingState(PagingState pagingState) {
    checkArgument(pagingState != null, "paging state must not be null: omit it to start at the first page");
    return new ExecutionOptions(
        consistency, serialConsistency, timeout, pageSize, pagingState, idempotent, tracing,
        keyspace);
  }

  /** Overrides the statement's own idempotence (which decides whether a driver may retry it). */
  public ExecutionOptions withIdempotent(boolean idempotent) {
    return new ExecutionOptions(
        consistency, serialConsistency, timeout, pageSize, pagingState, idempotent, tracing,
        keyspace);
  }

  /** Asks the server to trace this execution. */
  public ExecutionOptions withTracing(boolean tracing) {
    return new ExecutionOptions(
        consistency, serialConsistency, timeout, pageSize, pagingState, idempotent, tracing,
        keyspace);
  }

  /** The keyspace that unqualified table names refer to, for this execution only. */
  public ExecutionOptions withKeyspace(String keyspace) {
    checkArgument(
        keyspace != null && !keyspace.isEmpty(), "keyspace must not be null or empty");
    return new ExecutionOptions(
        consistency, serialConsistency, timeout, pageSize, pagingState, idempotent, tracing,
        keyspace);
  }

  /** The consistency level, if set. */
  public Optional<Consistency> consistency() {
    return Optional.ofNullable(consistency);
  }

  /** The serial consistency level, if set. */
  public Optional<Consistency> serialConsistency() {
    return Optional.ofNullable(serialConsistency);
  }

  /** The timeout, if set. */
  public Optional<Duration> timeout() {
    return Optional.ofNullable(timeout);
  }

  /** The page size, if set. */
  public OptionalInt pageSize() {
    return pageSize > 0 ? OptionalInt.of(pageSize) : OptionalInt.empty();
  }

  /** Where the SELECT resumes, if set. */
  public Optional<PagingState> pagingState() {
    return Optional.ofNullable(pagingState);
  }

  /** The idempotence set on these options, if any. */
  public Optional<Boolean> idempotent() {
    return Optional.ofNullable(idempotent);
  }

  /** The idempotence to use for {@code statement}: the one set here, else the statement's own. */
  public boolean isIdempotent(CqlStatement statement) {
    return idempotent != null ? idempotent : statement.isIdempotent();
  }

  /** True if the server is asked to trace the execution. */
  public boolean tracing() {
    return tracing;
  }

  /** The keyspace override, if set. */
  public Optional<String> keyspace() {
    return Optional.ofNullable(keyspace);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ExecutionOptions)) {
      return false;
    }
    ExecutionOptions that = (ExecutionOptions) o;
    return pageSize == that.pageSize
        && tracing == that.tracing
        && consistency == that.consistency
        && serialConsistency == that.serialConsistency
        && Objects.equals(timeout, that.timeout)
        && Objects.equals(pagingState, that.pagingState)
        && Objects.equals(idempotent, that.idempotent)
        && Objects.equals(keyspace, that.keyspace);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        consistency, serialConsistency, timeout, pageSize, pagingState, idempotent, tracing,
        keyspace);
  }

  @Override
  public String toString() {
    return MoreObjects.toStringHelper("ExecutionOptions")
        .omitNullValues()
        .add("consistency", consistency)
        .add("serialConsistency", serialConsistency)
        .add("timeout", timeout)
        .add("pageSize", pageSize > 0 ? pageSize : null)
        .add("pagingState", pagingState)
        .add("idempotent", idempotent)
        .add("tracing", tracing ? true : null)
        .add("keyspace", keyspace)
        .toString();
  }
}
