package io.cqlkit.builder;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSet;
import com.google.errorprone.annotations.CheckReturnValue;
import io.cqlkit.builder.internal.Sink;
import java.util.Locale;
import java.util.Set;
import javax.annotation.CheckForNull;

/**
 * A column or an expression on columns: what a SELECT returns, what a DELETE removes, and the
 * left side of a WHERE relation or an IF condition.
 *
 * <pre>{@code
 * selectFrom("ks", "t").select(column("a").as("x"), writetime("b"), count(), cast(column("c"), "text"))
 * selectFrom("ks", "t").where(token("pk").gt(last))                   // WHERE token(pk) > ?
 * selectFrom("ks", "t2").where(columns("ck1", "ck2").gt(tuple(1, 2)))  // WHERE (ck1, ck2) > (?, ?)
 * update("ks", "t").set("v", v).where("pk", pk).onlyIf(element("m", 1).eq("x")) // IF m[?] = ?
 * }</pre>
 */
@CheckReturnValue
public abstract sealed class Selector implements CqlSnippet
    permits AliasedSelector,
        CastSelector,
        ColumnSelector,
        ColumnTupleSelector,
        ElementSelector,
        FieldSelector,
        FunctionSelector,
        IndexExpressionSelector,
        OperationSelector,
        StarSelector,
        SubSelector,
        TermSelector,
        TokenSelector,
        TypeHintSelector {
  /** The selectors on one column or element that look like functions. */
  static final ImmutableSet<String> COLUMN_FUNCTIONS =
      ImmutableSet.of("maxwritetime", "ttl", "writetime");

  Selector() {}

  /** A column, by its exact name. */
  public static Selector column(String name) {
    return new ColumnSelector(CqlIdentifier.checkName(name, "column"));
  }

  /** A collection element {@code m[?]}: a map entry by key, or a list element by index. */
  public static Selector element(String column, Object key) {
    return new ElementSelector(CqlIdentifier.checkName(column, "column"), Term.of(key));
  }

  /**
   * A field of a user-defined type column, {@code address.city}: selected, deleted
   * ({@code Delete.field}), set ({@code Update.setField}) or in an IF condition.
   */
  public static Selector field(String column, String field) {
    return column(column).field(field);
  }

  /**
   * A slice of a set or map column, {@code s[? .. ?]}: the elements (or keys) from {@code from}
   * to {@code to}, both included; a null bound leaves that end open ({@code s[? ..]},
   * {@code s[.. ?]}).
   */
  public static Selector range(String column, @CheckForNull Object from, @CheckForNull Object to) {
    return column(column).range(from, to);
  }

  /**
   * A value selected as it is: a literal ({@code term(Term.literal(1))}), a marker, a collection
   * literal, a value with a type hint ({@code term(Term.typeHint("int", 5))} renders
   * {@code (int) ?}); a plain value is bound as {@code ?} (the server may need a type hint to
   * prepare it).
   */
  public static Selector term(@CheckForNull Object value) {
    return new TermSelector(Term.of(value));
  }

  /**
   * A selector with a type hint, {@code (bigint) a}.
   *
   * @throws IllegalArgumentException if {@code type} is not a CQL type
   */
  public static Selector typeHint(String type, Selector selector) {
    checkArgument(selector != null, "typeHint(...) needs a selector, e.g. typeHint(\"bigint\", column(\"a\"))");
    return new TypeHintSelector(CqlTypeText.canonical(type), selector);
  }

  /** {@code left + right}; parentheses are added where precedence needs them. */
  public static Selector add(Selector left, Selector right) {
    return OperationSelector.of(Arithmetic.ADD, left, right);
  }

  /** {@code left - right}. */
  public static Selector subtract(Selector left, Selector right) {
    return OperationSelector.of(Arithmetic.SUBTRACT, left, right);
  }

  /** {@code left * right}. */
  public static Selector multiply(Selector left, Selector right) {
    return OperationSelector.of(Arithmetic.MULTIPLY, left, right);
  }

  /** {@code left / right}. */
  public static Selector divide(Selector left, Selector right) {
    return OperationSelector.of(Arithmetic.DIVIDE, left, right);
  }

  /** {@code left % right}. */
  public static Selector remainder(Selector left, Selector right) {
    return OperationSelector.of(Arithmetic.REMAINDER, left, right);
  }

  /** {@code -selector}: unary minus. */
  public static Selector negate(Selector selector) {
    OperationSelector.checkOperand(selector, Arithmetic.NEGATE);
    return new OperationSelector(Arithmetic.NEGATE, null, selector);
  }

  /** {@code token(pk1, pk2)}: the partition token of the partition-key columns. */
  public static Selector token(String... partitionKeyColumns) {
    return new TokenSelector(ColumnNames.check(partitionKeyColumns, "token(...)"));
  }

  /** A tuple of columns, {@code (ck1, ck2)}: the left side of a multi-column relation. */
  public static Selector columns(String... columns) {
    return new ColumnTupleSelector(ColumnNames.check(columns, "a tuple of columns"));
  }

  /** {@code count(*)}: the number of rows. */
  public static Selector count() {
    return new FunctionSelector("count", new Selector[] {StarSelector.INSTANCE});
  }

  /** {@code count(column)}: the number of non-null values. */
  public static Selector count(String column) {
    return function("count", column(column));
  }

  /** {@code min(column)}. */
  public static Selector min(String column) {
    return function("min", column(column));
  }

  /** {@code max(column)}. */
  public static Selector max(String column) {
    return function("max", column(column));
  }

  /** {@code sum(column)}. */
  public static Selector sum(String column) {
    return function("sum", column(column));
  }

  /** {@code avg(column)}. */
  public static Selector avg(String column) {
    return function("avg", column(column));
  }

  /** {@code writetime(column)}: the write time of the column's value, in microseconds. */
  public static Selector writetime(String column) {
    return function("writetime", column(column));
  }

  /** {@code ttl(column)}: the remaining time to live of the column's value, in seconds. */
  public static Selector ttl(String column) {
    return function("ttl", column(column));
  }

  /**
   * {@code cast(selector AS type)} to a native type: {@code cast(column("c"), "text")}.
   *
   * @throws IllegalArgumentException if {@code type} is not a native type name
   */
  public static Selector cast(Selector selector, String type) {
    checkArgument(selector != null, "cast(...) needs a selector, e.g. cast(column(\"c\"), \"text\")");
    CqlIdentifier.checkName(type, "type");
    String lower = type.toLowerCase(Locale.ROOT);
    checkArgument(
        CqlIdentifier.isNativeType(lower),
        "cast(...) converts to a native type (%s), not \"%s\"",
        String.join(", ", CqlIdentifier.nativeTypes()),
        type);
    return new CastSelector(selector, lower);
  }

  /**
   * A call of any function (built-in, user-defined, or an aggregate) on selectors; a native
   * function's name renders in lower case, any other name is exact, keyspace part included,
   * quoted when needed ({@code "MyKs"."MyFn"(a)}, {@code "key"(a)}). {@code writetime}, {@code maxwritetime} and
   * {@code ttl} of one column or element render bare: the built-in selectors.
   *
   * @throws IllegalArgumentException if the name or its keyspace part is empty, or it is
   *     {@code cast} (use {@link #cast})
   */
  public static Selector function(String name, Selector... arguments) {
    checkArgument(arguments != null, "pass the function's arguments, or none");
    for (Selector argument : arguments) {
      checkArgument(argument != null, "a function argument must not be null: %s", name);
    }
    String lower = name == null ? null : name.toLowerCase(Locale.ROOT);
    boolean columnFunction =
        COLUMN_FUNCTIONS.contains(lower)
            && arguments.length == 1
            && arguments[0].isColumnOrElement();
    return new FunctionSelector(columnFunction ? lower : Term.functionName(name), arguments.clone());
  }

  /** A field of this user-defined type value: {@code column("address").field("city")}. */
  public Selector field(String field) {
    checkArgument(isSelectable() && !(this instanceof AliasedSelector),
        "%s has no field: a field is taken from a column or an expression of a user-defined type",
        this);
    return new FieldSelector(this, CqlIdentifier.checkName(field, "field"));
  }

  /**
   * An element of this collection value, {@code m[?][?]} for {@code element("m", k1).element(k2)}:
   * the value at a map key or list index (in a SELECT).
   */
  public Selector element(Object key) {
    checkArgument(isSelectable() && !(this instanceof AliasedSelector),
        "%s has no elements: an element is taken from a collection column or expression", this);
    return new SubSelector(this, Term.of(key), null, false);
  }

  /**
   * A slice of this set or map value, {@code s[? .. ?]}, both bounds included; a null bound
   * leaves that end open ({@code s[? ..]}, {@code s[.. ?]}).
   *
   * @throws IllegalArgumentException if both bounds are null (select the whole collection)
   */
  public Selector range(@CheckForNull Object from, @CheckForNull Object to) {
    checkArgument(isSelectable() && !(this instanceof AliasedSelector),
        "%s has no elements: a slice is taken from a set or map column or expression", this);
    checkArgument(
        from != null || to != null,
        "range(null, null) of %s is the whole collection: select the column itself, or give a bound",
        this);
    return new SubSelector(this, from == null ? null : Term.of(from), to == null ? null : Term.of(to), true);
  }

  /** This selector under another name in the result: {@code a AS x}. */
  public Selector as(String alias) {
    checkArgument(
        !(this instanceof AliasedSelector), "%s already has an alias: alias a selector once", this);
    return new AliasedSelector(this, CqlIdentifier.checkName(alias, "alias"));
  }

  /** The relation {@code this = value}. */
  public Relation eq(Object value) {
    return SelectorRelations.of(this, Operator.EQ, value);
  }

  /** The condition {@code this != value} (an IF condition only). */
  public Relation ne(Object value) {
    return SelectorRelations.of(this, Operator.NE, value);
  }

  /** The relation {@code this < value}. */
  public Relation lt(Object value) {
    return SelectorRelations.of(this, Operator.LT, value);
  }

  /** The relation {@code this <= value}. */
  public Relation lte(Object value) {
    return SelectorRelations.of(this, Operator.LTE, value);
  }

  /** The relation {@code this > value}. */
  public Relation gt(Object value) {
    return SelectorRelations.of(this, Operator.GT, value);
  }

  /** The relation {@code this >= value}. */
  public Relation gte(Object value) {
    return SelectorRelations.of(this, Operator.GTE, value);
  }

  /**
   * The relation {@code this IN ?}: {@code values} is one param (a List or Set), or a
   * {@link Term#tuple} for {@code IN (?, ?)}.
   */
  public Relation in(Object values) {
    return SelectorRelations.of(this, Operator.IN, values);
  }

  /** The relation {@code this CONTAINS value} (a collection containing a value). */
  public Relation contains(Object value) {
    return SelectorRelations.of(this, Operator.CONTAINS, value);
  }

  /** The relation {@code this CONTAINS KEY key} (a map containing a key). */
  public Relation containsKey(Object key) {
    return SelectorRelations.of(this, Operator.CONTAINS_KEY, key);
  }

  /** The relation {@code this LIKE pattern} (with an SAI or SASI index). */
  public Relation like(Object pattern) {
    return SelectorRelations.of(this, Operator.LIKE, pattern);
  }


  /** Checks that the grammar takes {@code right} after this selector and the operator. */
  Term checkRight(Operator operator, Term right) {
    checkArgument(
        operator != Operator.IN || right.isSingleMarker() || right.isTuple(),
        "%s IN %s does not parse: IN takes one marker or a tuple; pass the values as one List or"
            + " Set (bound as ?), or Term.tuple(...) for IN (?, ?)",
        this,
        right);
    return right;
  }

  /** The grammar's precedence of this selector: {@link Arithmetic#ATOM} unless an operation. */
  int precedence() {
    return Arithmetic.ATOM;
  }

  /** Renders this selector, in parentheses when its precedence is below {@code atLeast}. */
  final void renderOperand(Sink sink, int atLeast) {
    if (precedence() < atLeast) {
      sink.sb.append('(');
      render(sink);
      sink.sb.append(')');
    } else {
      render(sink);
    }
  }

  /** True for a value selected alone without a type hint: the server cannot infer its type. */
  boolean isUntypedValue() {
    return false;
  }

  /** True for what CQL takes in an IF condition but not in a WHERE relation (a UDT field). */
  boolean isConditionOnly() {
    return false;
  }

  /** The operators a relation on this selector may use. */
  abstract Set<Operator> operators();

  abstract void render(Sink sink);

  abstract int paramCount();

  /** For a plain column: its name, for bindings; otherwise null. */
  @CheckForNull
  String columnName() {
    return null;
  }

  /** The columns of a plain column or a tuple of columns; otherwise empty. */
  String[] restrictedColumns() {
    return new String[0];
  }

  /** True for a collection element {@code m[?]}. */
  boolean isElement() {
    return false;
  }

  /** True for a collection element whose key (or index) is a plain null: {@code m[null]}. */
  boolean hasNullKey() {
    return false;
  }

  /** True if this may stand in a DELETE: a column or an element. */
  boolean isColumnOrElement() {
    return false;
  }

  /** True if this may stand in a SELECT list. */
  boolean isSelectable() {
    return true;
  }

  @Override
  public final void appendTo(StringBuilder sb) {
    render(Sink.textOnly(sb));
  }

  /** The selector as it appears in CQL text. */
  @Override
  public final String toString() {
    StringBuilder sb = new StringBuilder();
    appendTo(sb);
    return sb.toString();
  }
}
