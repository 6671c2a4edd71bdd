package io.cqlkit.builder.schema;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import io.cqlkit.builder.CqlIdentifier;
import io.cqlkit.builder.CqlLiteral;
import io.cqlkit.builder.CqlSnippet;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.annotation.CheckForNull;

/**
 * One {@code name = literal} property of a WITH clause. The value is checked and frozen when the
 * option is made: a string, number or boolean, or a map of those (a CQL map literal, its {@code
 * 'class'} entry first and the other keys sorted, so the text never depends on the iteration order
 * of the caller's map).
 */
final class Option implements CqlSnippet {
  private final String name;
  private final Object value;
  private final String cql;

  private Option(String name, Object value, String cql) {
    this.name = name;
    this.value = value;
    this.cql = cql;
  }

  /** The option {@code name = value}, its value checked and frozen. */
  static Option of(String name, Object value) {
    CqlIdentifier id = Names.of(name, "option");
    checkArgument(
        value != null,
        "the value of option %s must not be null: pass a string, number, boolean or map",
        name);
    Object frozen = freeze(name, value);
    checkRange(name.toLowerCase(Locale.ROOT), frozen);
    return new Option(name, frozen, id.asCql() + " = " + CqlLiteral.render(frozen));
  }

  /**
   * The range checks of the options that have one, so {@code withOption("default_time_to_live",
   * -5)} is refused as {@code withDefaultTimeToLive(-5)} is: one check, whichever the step.
   */
  private static void checkRange(String name, Object value) {
    switch (name) {
      case "default_time_to_live":
        checkArgument(
            isWhole(value)
                && ((Number) value).longValue() >= 0
                && ((Number) value).longValue() <= TableOptions.MAX_TTL_SECONDS,
            "default_time_to_live must be between 0 (no expiry) and %s seconds (20 years), but was"
                + " %s",
            TableOptions.MAX_TTL_SECONDS,
            value);
        break;
      case "gc_grace_seconds":
        checkArgument(
            isWhole(value) && ((Number) value).longValue() >= 0,
            "gc_grace_seconds must be 0 or more seconds, but was %s",
            value);
        break;
      case "bloom_filter_fp_chance":
        checkArgument(
            value instanceof Number
                && ((Number) value).doubleValue() > 0
                && ((Number) value).doubleValue() <= 1,
            "bloom_filter_fp_chance must be above 0 and at most 1, but was %s",
            value);
        break;
      default:
        break;
    }
  }

  private static boolean isWhole(Object value) {
    return value instanceof Integer
        || value instanceof Long
        || value instanceof Short
        || value instanceof Byte;
  }

  private static Object freeze(String name, Object value) {
    if (value instanceof Map) {
      return canonicalMap(
          "option " + name, (Map<?, ?>) value, name.equalsIgnoreCase("extensions"));
    }
    checkSimple("option " + name, value, "");
    return value instanceof CharSequence ? value.toString() : value;
  }

  /**
   * The map with its entries checked and ordered: {@code class} first, then by key.
   *
   * @param label what the map is, for messages: {@code "option compaction"}
   */
  static ImmutableMap<String, Object> canonicalMap(String label, Map<?, ?> map) {
    return canonicalMap(label, map, false);
  }

  /**
   * As {@link #canonicalMap(String, Map)}; with {@code blobs}, a value may also be a
   * {@code byte[]} or {@code ByteBuffer} (copied, rendered {@code 0x...}): the values of the
   * {@code extensions} option, a {@code map<text, blob>}.
   */
  static ImmutableMap<String, Object> canonicalMap(String label, Map<?, ?> map, boolean blobs) {
    List<String> keys = new ArrayList<>(map.size());
    Map<String, Object> byKey = new LinkedHashMap<>();
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      Object key = entry.getKey();
      checkArgument(
          key instanceof CharSequence && key.toString().length() > 0,
          "the keys of %s must be non-empty strings, but one was %s",
          label,
          key == null ? "null" : describe(key));
      checkArgument(
          entry.getValue() != null,
          "the value of %s in %s must not be null: pass a string, number or boolean",
          key,
          label);
      String k = key.toString();
      keys.add(k);
      Object v = entry.getValue();
      if (blobs && (v instanceof byte[] || v instanceof ByteBuffer)) {
        byKey.put(k, blob(v));
        continue;
      }
      checkSimple(
          label,
          v,
          " (key " + key + ")",
          blobs ? "a blob (byte[] or ByteBuffer), a string, number or boolean" : null);
      byKey.put(k, v instanceof CharSequence ? v.toString() : v);
    }
    Collections.sort(
        keys, (a, b) -> a.equals("class") ? -1 : b.equals("class") ? 1 : a.compareTo(b));
    ImmutableMap.Builder<String, Object> out = ImmutableMap.builderWithExpectedSize(keys.size());
    for (String k : keys) {
      out.put(k, byKey.get(k));
    }
    return out.buildOrThrow();
  }

  /** A copy of a blob value, no one else can change. */
  private static ByteBuffer blob(Object value) {
    byte[] bytes;
    if (value instanceof byte[]) {
      bytes = ((byte[]) value).clone();
    } else {
      ByteBuffer buffer = ((ByteBuffer) value).duplicate();
      bytes = new byte[buffer.remaining()];
      buffer.get(bytes);
    }
    return ByteBuffer.wrap(bytes).asReadOnlyBuffer();
  }

  private static void checkSimple(String label, Object value, String where) {
    checkSimple(label, value, where, null);
  }

  private static void checkSimple(
      String label, Object value, String where, @CheckForNull String expected) {
    boolean simple =
        value instanceof CharSequence
            || value instanceof Boolean
            || value instanceof Integer
            || value instanceof Long
            || value instanceof Short
            || value instanceof Byte
            || value instanceof BigInteger
            || value instanceof BigDecimal
            || value instanceof Double
            || value instanceof Float;
    checkArgument(
        simple,
        "%s%s takes %s%s, not %s",
        label,
        where,
        expected != null ? expected : "a string, number or boolean",
        where.isEmpty() ? ", or a map of those" : "",
        describe(value));
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      checkArgument(
          !Double.isNaN(d) && !Double.isInfinite(d),
          "%s%s must be a finite number, but was %s",
          label,
          where,
          value);
    }
  }

  private static String describe(Object value) {
    String kind =
        value instanceof Collection
            ? "collection"
            : value instanceof Map ? "map" : value.getClass().getName();
    return "a " + kind + " (" + value + ")";
  }

  String name() {
    return name;
  }

  /** The frozen value: a String, Number, Boolean or ImmutableMap of those. */
  Object value() {
    return value;
  }

  @Override
  public void appendTo(StringBuilder sb) {
    sb.append(cql);
  }

  /**
   * The options in first-set order, each with the last value set for its name: setting an option
   * again replaces its value and keeps its place.
   */
  static List<Option> latest(Chain<Option> options) {
    Map<String, Option> byName = new LinkedHashMap<>();
    for (Option option : options.toList()) {
      byName.put(option.name, option);
    }
    return new ArrayList<>(byName.values());
  }

  @Override
  public String toString() {
    return cql;
  }
}
