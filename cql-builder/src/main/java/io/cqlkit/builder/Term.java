package io.cqlkit.builder;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSet;
import com.google.errorprone.annotations.CheckReturnValue;
import io.cqlkit.builder.internal.Sink;
import java.util.Locale;
import java.util.Map;
import javax.annotation.CheckForNull;

/**
 * What goes where a value goes. Builders take plain Java values and bind each as {@code ?}; a
 * {@code Term} is for the other cases: a marker without a value (for templates), a literal
 * written into the text, a function call, or a tuple.
 *
 * <pre>{@code
 * insertInto("ks", "events").value("id", marker("id")).value("at", call("toTimestamp", now()))
 * // INSERT INTO ks.events (id, at) VALUES (:id, totimestamp(now()))
 * }</pre>
 */
@CheckReturnValue
public abstract sealed class Term implements CqlSnippet
    permits BoundTerm,
        CallTerm,
        CollectionTerm,
        LiteralTerm,
        MarkerTerm,
        NamedMarkerTerm,
        OperationTerm,
        TupleTerm,
        TypeHintTerm {
  /** Functions whose result differs on each call: a statement using them is not idempotent. */
  static final ImmutableSet<String> NON_DETERMINISTIC =
      ImmutableSet.of(
          "now", "uuid", "currenttimestamp", "currentdate", "currenttime", "currenttimeuuid");

  private static final Term POSITIONAL_MARKER = new MarkerTerm();

  Term() {}

  /** A positional marker {@code ?} without a value: bind it later through a {@link CqlTemplate}. */
  public static Term marker() {
    return POSITIONAL_MARKER;
  }

  /** A named marker {@code :name} without a value: bind it later, by name or by position. */
  public static Term marker(String name) {
    return new NamedMarkerTerm(CqlIdentifier.checkName(name, "marker"));
  }

  /**
   * A value written into the text as a CQL literal ({@link CqlLiteral}) instead of a bound
   * {@code ?}: for constants that should be part of the prepared statement.
   *
   * @throws IllegalArgumentException if {@link CqlLiteral} cannot render the value
   */
  public static Term literal(@CheckForNull Object value) {
    return new LiteralTerm(value, CqlLiteral.render(value));
  }

  /** {@code now()}: a new time-based UUID on the server (not idempotent). */
  public static Term now() {
    return call("now");
  }

  /** {@code uuid()}: a new random UUID on the server (not idempotent). */
  public static Term uuid() {
    return call("uuid");
  }

  /**
   * A call of a function on values: {@code call("toTimestamp", now())} renders
   * {@code totimestamp(now())}; plain arguments are bound as {@code ?}. A native function's name
   * renders in lower case; any other name is exact, keyspace part included, quoted when needed:
   * {@code call("MyKs.MyFn", 1)} renders {@code "MyKs"."MyFn"(?)}, {@code call("key", 1)}
   * renders {@code "key"(?)}. The first {@code .} separates the keyspace.
   *
   * @throws IllegalArgumentException if the name or its keyspace part is empty, or it is
   *     {@code cast} (use {@link Selector#cast})
   */
  public static Term call(String function, Object... arguments) {
    return new CallTerm(functionName(function), of(arguments));
  }

  /** A tuple of values, {@code (?, ?)}: for tuple relations such as {@code (ck1, ck2) > (?, ?)}. */
  public static Term tuple(Object... elements) {
    checkArgument(
        elements != null && elements.length > 0,
        "a tuple needs at least one element: pass its values, e.g. tuple(ck1, ck2)");
    return new TupleTerm(of(elements));
  }

  /**
   * A list literal, {@code [1, 2]}. Cassandra refuses bind markers inside collection literals
   * ("bind variables are not supported inside collection literals"), so the elements are written
   * as literals ({@link CqlLiteral}); to bind a list, pass it as one value
   * ({@code set("l", List.of(1, 2))} renders {@code l = ?}).
   *
   * @throws IllegalArgumentException if an element is a marker or holds one, or cannot be written
   *     as a literal
   */
  public static Term listOf(Object... elements) {
    checkArgument(elements != null, "listOf(...) needs its elements, or none for []");
    return new CollectionTerm(
        CollectionTerm.Kind.LIST, null, null, literals(elements, "listOf(...)"));
  }

  /**
   * A set literal, {@code {1, 2}} ({@code {}} when empty), its elements written as literals (see
   * {@link #listOf}).
   */
  public static Term setOf(Object... elements) {
    checkArgument(elements != null, "setOf(...) needs its elements, or none for {}");
    return new CollectionTerm(CollectionTerm.Kind.SET, null, null, literals(elements, "setOf(...)"));
  }

  /**
   * A map literal, {@code {1: 'one', 2: 'two'}}, its entries in the map's iteration order (keep it
   * stable: a {@code LinkedHashMap} or a sorted map), written as literals (see {@link #listOf}).
   */
  public static Term mapOf(Map<?, ?> entries) {
    checkArgument(
        entries != null && !entries.isEmpty(),
        "mapOf(...) needs at least one entry: CQL reads {} as an empty set; bind an empty map as"
            + " a value instead");
    Term[] keys = literals(entries.keySet().toArray(), "mapOf(...)");
    Term[] values = literals(entries.values().toArray(), "mapOf(...)");
    return new CollectionTerm(CollectionTerm.Kind.MAP, keys, null, values);
  }

  /** The elements of a collection literal: literals, never markers (the server refuses them). */
  private static Term[] literals(Object[] elements, String what) {
    Term[] terms = new Term[elements.length];
    for (int i = 0; i < elements.length; i++) {
      Object element = elements[i];
      if (element instanceof Term) {
        Term term = (Term) element;
        checkArgument(
            term.paramCount() == 0,
            "%s element %s holds a bind marker: Cassandra refuses bind markers inside collection"
                + " literals (\"bind variables are not supported inside collection literals\");"
                + " bind the whole collection as one value, e.g. set(\"l\", List.of(...))",
            what,
            term);
        terms[i] = term;
      } else {
        checkArgument(
            !(element instanceof Selector || element instanceof Relation),
            "%s is not a value: give a plain value or a literal Term",
            element);
        terms[i] = literal(element);
      }
    }
    return terms;
  }

  /**
   * A user-defined type literal, {@code {street: ?, city: ?}}, its fields in the map's iteration
   * order; field names are exact, quoted when needed.
   */
  public static Term udtOf(Map<String, ?> fields) {
    checkArgument(
        fields != null && !fields.isEmpty(),
        "udtOf(...) needs at least one field, e.g. udtOf(Map.of(\"city\", city))");
    String[] names = new String[fields.size()];
    Term[] values = new Term[fields.size()];
    int i = 0;
    for (Map.Entry<String, ?> entry : fields.entrySet()) {
      names[i] = CqlIdentifier.checkName(entry.getKey(), "field");
      values[i++] = of(entry.getValue());
    }
    return new CollectionTerm(CollectionTerm.Kind.UDT, null, names, values);
  }

  /**
   * A value with a type hint, {@code (int) ?} or {@code (map<text, int>) ?}: tells the server the
   * type where it cannot infer it (an overloaded function's argument, an arithmetic operand).
   *
   * @throws IllegalArgumentException if {@code type} is not a CQL type
   */
  public static Term typeHint(String type, Object value) {
    return new TypeHintTerm(CqlTypeText.canonical(type), of(value));
  }

  /**
   * {@code left + right} (numbers, or a duration added to a date or timestamp). A bound operand
   * needs a type hint, as the server cannot infer it: {@code add(typeHint("int", a), typeHint("int",
   * b))} renders {@code (int) ? + (int) ?}; literals and function calls need none.
   *
   * @throws IllegalArgumentException if an operand is a bind marker without a type hint
   */
  public static Term add(Object left, Object right) {
    return operation(Arithmetic.ADD, left, right);
  }

  /** {@code left - right}. */
  public static Term subtract(Object left, Object right) {
    return operation(Arithmetic.SUBTRACT, left, right);
  }

  /** {@code left * right}. */
  public static Term multiply(Object left, Object right) {
    return operation(Arithmetic.MULTIPLY, left, right);
  }

  /** {@code left / right}. */
  public static Term divide(Object left, Object right) {
    return operation(Arithmetic.DIVIDE, left, right);
  }

  /** {@code left % right}. */
  public static Term remainder(Object left, Object right) {
    return operation(Arithmetic.REMAINDER, left, right);
  }

  /** {@code -value}: unary minus. */
  public static Term negate(Object value) {
    return new OperationTerm(Arithmetic.NEGATE, null, operand(Arithmetic.NEGATE, value));
  }

  private static Term operation(Arithmetic operator, Object left, Object right) {
    return new OperationTerm(operator, operand(operator, left), operand(operator, right));
  }

  /**
   * An operand of arithmetic: a marker needs a type hint, as the server infers no marker's type
   * in an operation ("Ambiguous '+' operation with args ? and ?: use type hint to disambiguate").
   */
  private static Term operand(Arithmetic operator, Object value) {
    Term term = of(value);
    if (term.isSingleMarker() && !(term instanceof TypeHintTerm)) {
      throw new IllegalArgumentException(
          String.format(
              "the operand %s of %s is a bind marker without a type: Cassandra cannot infer it"
                  + " (\"Ambiguous '%s' operation ... use type hint to disambiguate\"); give it a"
                  + " type hint, e.g. typeHint(\"int\", value)",
              term, operator.symbol, operator.symbol));
    }
    return term;
  }

  /**
   * The function name as rendered: a native function ({@code toTimestamp}, {@code blobAsText})
   * in lower case, as the server knows it; any other name exact, each part quoted when needed
   * ({@code MyKs.MyFn} is {@code "MyKs"."MyFn"}, {@code key} is {@code "key"}).
   */
  static String functionName(String function) {
    CqlIdentifier.checkName(function, "function");
    int dot = function.indexOf('.');
    String keyspace = dot < 0 ? null : function.substring(0, dot);
    String name = function.substring(dot + 1);
    checkArgument(
        !name.isEmpty() && (keyspace == null || !keyspace.isEmpty()),
        "\"%s\" is not a function name: write name or keyspace.name, neither part empty",
        function);
    boolean nativeFunction =
        (keyspace == null || keyspace.equals("system")) && CqlIdentifier.isNativeFunction(name);
    String exact = nativeFunction ? name.toLowerCase(Locale.ROOT) : name;
    checkArgument(
        keyspace != null || !exact.equals("cast"),
        "cast is not a plain function: CQL writes cast(selector AS type); use"
            + " Selector.cast(selector, type) in a SELECT");
    StringBuilder sb = new StringBuilder(function.length() + 6);
    if (keyspace != null) {
      CqlIdentifier.appendName(sb, keyspace);
      sb.append('.');
    }
    CqlIdentifier.appendFunctionName(sb, exact);
    return sb.toString();
  }

  /** A plain value becomes a bound {@code ?}; a Term stays what it is. */
  static Term of(@CheckForNull Object value) {
    return value instanceof Term ? (Term) value : new BoundTerm(checkPlain(value));
  }

  /**
   * Checks that a value to bind is not a piece of CQL (a selector, a relation, an identifier) and
   * is {@link Values#bindable}; returns it frozen.
   * Class checks only: an interface check ({@code instanceof CqlSnippet}) that fails costs a scan
   * of the value's interfaces on every value, the hottest path of every builder.
   */
  @CheckForNull
  static Object checkPlain(@CheckForNull Object value) {
    if (value != null && Values.isCommonScalar(value.getClass())) {
      return value; // the common values: one class check, none of the tests below
    }
    checkArgument(
        !(value instanceof Selector
            || value instanceof Relation
            || value instanceof CqlIdentifier),
        "%s is not a value: give a plain value, or a Term (marker(), literal(...), call(...))",
        value);
    return Values.bindable(value);
  }

  private static Term[] of(Object[] values) {
    Term[] terms = new Term[values == null ? 0 : values.length];
    for (int i = 0; i < terms.length; i++) {
      terms[i] = of(values[i]);
    }
    return terms;
  }

  /** Renders the text and hands each param to the sink, in text order. */
  abstract void render(Sink sink);

  /**
   * Notes that {@code column} is bound by equality to this term, whose first param (if any) is at
   * {@code index}: a marker's value is read from the params, a literal is kept as is, and a
   * function call (whose value only the server knows) is not a binding.
   */
  final void noteBinding(Sink sink, String column, int index) {
    if (isSingleMarker()) {
      sink.markerBinding(column, index);
    } else if (isLiteral()) {
      sink.literalBinding(column, literalValue());
    }
  }

  /** The grammar's precedence of this term: {@link Arithmetic#ATOM} unless it is an operation. */
  int precedence() {
    return Arithmetic.ATOM;
  }

  /** How many params {@link #render} adds. */
  abstract int paramCount();

  /** True when the term renders exactly one marker (so a binding can read its param). */
  boolean isSingleMarker() {
    return false;
  }

  boolean isLiteral() {
    return false;
  }

  /** True for a {@link #tuple}. */
  boolean isTuple() {
    return false;
  }

  /** True for a tuple whose elements are all markers or all tuples: the IN of a tuple of columns. */
  boolean isTupleOfMarkersOrOfTuples() {
    return false;
  }

  /** True for a plain value, bound as {@code ?}. */
  boolean isPlain() {
    return false;
  }

  /** The value of a {@link #isPlain()} term. */
  @CheckForNull
  Object plainValue() {
    throw new IllegalStateException("not a plain value: " + this);
  }

  @CheckForNull
  Object literalValue() {
    throw new IllegalStateException("not a literal: " + this);
  }

  @Override
  public final void appendTo(StringBuilder sb) {
    render(Sink.textOnly(sb));
  }

  /** The term as it appears in CQL text. */
  @Override
  public final String toString() {
    StringBuilder sb = new StringBuilder();
    appendTo(sb);
    return sb.toString();
  }

  static void renderAll(Sink sink, Term[] terms) {
    for (int i = 0; i < terms.length; i++) {
      if (i > 0) {
        sink.sb.append(", ");
      }
      terms[i].render(sink);
    }
  }

  static int paramCount(Term[] terms) {
    int count = 0;
    for (Term t : terms) {
      count += t.paramCount();
    }
    return count;
  }
}
