package io.cqlkit.builder;

/**
 * A value that leaves its column untouched: bound as the native protocol's <em>unset</em> value,
 * so the server writes nothing for that marker (no tombstone, unlike {@code null}). The text does
 * not change, so one prepared statement serves statements with and without unset values.
 *
 * <pre>{@code
 * import static io.cqlkit.builder.Unset.UNSET;
 *
 * insertInto("ks", "users").value("id", id).value("email", UNSET).build();
 * // INSERT INTO ks.users (id, email) VALUES (?, ?)   params [id, UNSET]: email keeps its value
 * }</pre>
 *
 * <p>An executor binds it as unset (the driver adapter calls {@code BoundStatementBuilder.unset});
 * batch size estimates count it as no bytes. Unset is for values only: a partition-key or
 * clustering value, a TTL or a LIMIT cannot be unset (the server refuses them).
 */
public enum Unset {
  /** The one unset value; {@code toString()} is {@code UNSET}. */
  UNSET;

  /** True if {@code value} is {@link #UNSET}. */
  public static boolean isUnset(Object value) {
    return value == UNSET;
  }
}
