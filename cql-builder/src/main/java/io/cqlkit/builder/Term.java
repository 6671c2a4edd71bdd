package io.cqlkit.builder;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSet;
import com.google.errorprone.annotations.CheckReturnValue;
import io.cqlkit.builder.internal.Sink;
import java.util.Locale;
import java.util.regex.Pattern;
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
    permits BoundTerm, CallTerm, LiteralTerm, MarkerTerm, NamedMarkerTerm, TupleTerm {
  static final Pattern FUNCTION_NAME =
      Pattern.compile("([A-Za-z][A-Za-z0-9_]*\\.)?[A-Za-z][A-Za-z0-9_]*");

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
   * {@code totimestamp(now())}; plain arguments are bound as {@code ?}. Unquoted CQL names are
   * case-insensitive, so the name renders in lower case, double-quoted when the grammar would read
   * it as a keyword: {@code call("key", 1)} renders {@code "key"(?)}.
   *
   * @throws IllegalArgumentException if the name is not a plain (optionally keyspace-qualified)
   *     function name, or is {@code cast} (use {@link Selector#cast})
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
   * The function name as rendered: checked to be a plain name, in lower case, each part quoted
   * when the grammar refuses it bare ({@code "key"}, {@code "select".f}).
   */
  static String functionName(String function) {
    CqlIdentifier.checkName(function, "function");
    checkArgument(
        FUNCTION_NAME.matcher(function).matches(),
        "\"%s\" is not a function name: use letters, digits and _ (optionally keyspace.name)",
        function);
    String lower = function.toLowerCase(Locale.ROOT);
    int dot = lower.indexOf('.');
    String name = lower.substring(dot + 1);
    checkArgument(
        dot >= 0 || !name.equals("cast"),
        "cast is not a plain function: CQL writes cast(selector AS type); use"
            + " Selector.cast(selector, type) in a SELECT");
    StringBuilder sb = new StringBuilder(lower.length() + 4);
    if (dot >= 0) {
      CqlIdentifier.appendName(sb, lower.substring(0, dot));
      sb.append('.');
    }
    CqlIdentifier.appendFunctionName(sb, name);
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
