package io.cqlkit.builder;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.CheckForNull;

/**
 * Batch statements made without the batch builder's own checks, so a test can send a batch that
 * breaks a rule straight to the server and see the server refuse it too.
 */
public final class UncheckedBatches {
  private UncheckedBatches() {}

  /** A batch of {@code children}, with a batch-level timestamp when {@code timestamp} is set. */
  public static CqlStatement of(BatchType type, @CheckForNull Long timestamp, CqlStatement... children) {
    boolean conditional = false;
    boolean counter = false;
    boolean idempotent = true;
    List<Object> params = new ArrayList<>();
    if (timestamp != null) {
      params.add(timestamp);
    }
    for (CqlStatement child : children) {
      conditional |= child.isConditional();
      counter |= child.isCounter();
      idempotent &= child.isIdempotent();
      params.addAll(child.params());
    }
    Shape shape =
        new Shape(
            null,
            StatementKind.BATCH,
            null,
            null,
            conditional ? ConditionKind.IF_CONDITIONS : ConditionKind.NONE,
            counter,
            false,
            timestamp != null,
            idempotent,
            ImmutableList.of(),
            new String[0],
            new int[0],
            new Object[0],
            ImmutableSet.of());
    return new CqlStatement(shape, params.toArray(), ImmutableList.copyOf(children), type);
  }
}
