package io.cqlkit.builder;

/** The lightweight-transaction condition a statement carries, if any. */
public enum ConditionKind {
  NONE,
  IF_EXISTS,
  IF_NOT_EXISTS,
  /** Column conditions: {@code IF a = ? AND m[?] = ? AND w IN ?}. */
  IF_CONDITIONS;

  public boolean isConditional() {
    return this != NONE;
  }
}
