package io.cqlkit.builder;

/** Renders a batch's multi-line text from its children (see cql-format.md). */
final class BatchRendering {
  private BatchRendering() {}

  static String render(CqlStatement batch) {
    StringBuilder sb = new StringBuilder(64 + 96 * batch.children().size());
    sb.append("BEGIN ").append(batch.batchType().orElseThrow().keyword()).append("BATCH");
    if (batch.hasTimestamp()) {
      sb.append(" USING TIMESTAMP ?");
    }
    sb.append('\n');
    for (CqlStatement child : batch.children()) {
      sb.append("  ").append(child.cql()).append(";\n");
    }
    return sb.append("APPLY BATCH").toString();
  }
}
