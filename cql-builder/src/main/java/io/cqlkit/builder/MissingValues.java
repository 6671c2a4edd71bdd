package io.cqlkit.builder;

import javax.annotation.CheckForNull;

/**
 * What the server does with a null or UNSET value in a relation, as measured on Cassandra 5.0.9
 * ({@code MissingValuesIT}); the builder steps and the template binds both ask here.
 *
 * <p>In WHERE it refuses them everywhere but in one place: a null bound of a one-column range
 * ({@code ck > ?}) is an open bound on a clustering column, which the server accepts, and refused
 * on any other column; without the schema cqlkit cannot tell which, so it lets the server decide.
 *
 * <p>In an IF condition a null compares with {@code =} and {@code !=} (and stands in an {@code IN}
 * tuple), but not with an ordering, {@code CONTAINS}, {@code CONTAINS KEY} or {@code IN ?}; an
 * UNSET is refused but with {@code CONTAINS}, {@code CONTAINS KEY} and in an {@code IN} tuple.
 */
final class MissingValues {
  private MissingValues() {}

  /**
   * True if the server refuses {@code value}, null or UNSET, as the right side of an IF condition
   * {@code left operator ?} (a column or a collection element).
   */
  static boolean isRefusedInCondition(Operator operator, @CheckForNull Object value) {
    return value == null
        ? isRange(operator)
            || operator == Operator.CONTAINS
            || operator == Operator.CONTAINS_KEY
            || operator == Operator.IN
        : operator != Operator.CONTAINS && operator != Operator.CONTAINS_KEY;
  }

  /** The message of a builder step given the missing value: {@code IF v > ? gets null, ...}. */
  static String inCondition(String condition, Operator operator, @CheckForNull Object value) {
    return String.format(
        "IF %s gets %s, which the server refuses there (it says: %s); pass a value, or drop the"
            + " condition",
        condition, name(value), conditionWords(operator, value));
  }

  /** The message of a bind that gives the marker of {@code condition} the missing value. */
  static String inConditionBind(
      String condition, Operator operator, @CheckForNull Object value, String cql) {
    return inCondition(condition, operator, value) + ", for: " + cql;
  }

  /** The server's message, as it says it. */
  private static String conditionWords(Operator operator, @CheckForNull Object value) {
    if (value != null) {
      return "Invalid 'unset' value in condition";
    }
    return operator == Operator.IN
        ? "Invalid null list in IN condition"
        : "Invalid comparison with null for operator \"" + operator.cql + "\"";
  }

  /**
   * True if the server refuses {@code value}, null or {@link Unset#UNSET}, in a relation {@code
   * column operator ?} ({@code column} null for a token or tuple relation).
   */
  static boolean isRefusedInWhere(
      @CheckForNull String column, Operator operator, @CheckForNull Object value) {
    return value == Unset.UNSET || column == null || !isRange(operator);
  }

  /** The message of a builder step given the missing value: {@code WHERE pk = null: ...}. */
  static String inWhere(String column, Operator operator, @CheckForNull Object value) {
    return String.format(
        "WHERE %s %s %s: a WHERE relation needs a value (%s); pass a value, or marker() to bind one"
            + " later",
        CqlIdentifier.of(column), operator.cql, name(value), serverWords(column, operator, value));
  }

  /** The message of a bind that gives the marker of {@code relation} the missing value. */
  static String inWhereBind(
      String relation,
      @CheckForNull String column,
      Operator operator,
      @CheckForNull Object value,
      String cql) {
    return String.format(
        "the marker of WHERE %s gets %s: a WHERE relation needs a value (%s); pass a value, for: %s",
        relation, name(value), serverWords(column, operator, value), cql);
  }

  private static boolean isRange(Operator operator) {
    return operator == Operator.GT
        || operator == Operator.GTE
        || operator == Operator.LT
        || operator == Operator.LTE;
  }

  private static String name(@CheckForNull Object value) {
    return value == null ? "null" : "UNSET";
  }

  /** What the server says, as exactly as the relation alone tells. */
  private static String serverWords(
      @CheckForNull String column, Operator operator, @CheckForNull Object value) {
    String what = name(value);
    if (column == null || operator == Operator.LIKE) {
      return "the server refuses " + what + " there";
    }
    String unsupported =
        String.format(
            "\"Unsupported %s value for column %s\"", value == null ? "null" : "unset", column);
    if (operator == Operator.CONTAINS || operator == Operator.CONTAINS_KEY) {
      return "the server refuses " + what + " there: " + unsupported;
    }
    String invalid =
        value != null
            ? String.format("\"Invalid unset value for column %s\"", column)
            : operator == Operator.IN
                ? String.format("\"Invalid null value for column %s\"", column)
                : String.format("\"Invalid null value in condition for column %s\"", column);
    return String.format(
        "the server refuses %s there: %s on a primary-key column, %s on another",
        what, invalid, unsupported);
  }
}
