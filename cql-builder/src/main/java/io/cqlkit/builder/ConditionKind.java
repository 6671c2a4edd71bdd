package io.cqlkit.builder;

/** The lightweight-transaction condition a statement carries, if any. */
public enum ConditionKind {
  /** Not a lightweight transaction. */
  NONE,
  /** {@code IF EXISTS} (UPDATE, DELETE). */
  IF_EXISTS,
  /** {@code IF NOT EXISTS} (INSERT). */
  IF_NOT_EXISTS,
  /** Column conditions: {@code IF a = ? AND m[?] = ? AND w IN ?}. */
  IF_CONDITIONS;

  /** True for every kind but NONE. */
  public boolean isConditional() {
    return this != NONE;
  }
}
