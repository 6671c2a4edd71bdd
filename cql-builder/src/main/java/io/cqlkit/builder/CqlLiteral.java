package io.cqlkit.builder;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.io.BaseEncoding;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Renders Java values as CQL literals, for the places where a value must be written into the
 * text (DDL options, defaults) or where the caller explicitly asks for a literal instead of a
 * bound marker. Strings are single-quoted with every {@code '} doubled, so no value can end the
 * statement.
 *
 * <p>Supported: null, String, Boolean, the integral types and BigInteger, Float, Double,
 * BigDecimal, UUID, InetAddress, Instant (a timestamp, millisecond precision), LocalDate,
 * LocalTime, Duration (a CQL duration literal such as {@code 1h30m}), ByteBuffer and byte[]
 * (blobs), and List, Set and Map of those. An Instant outside
 * the years 0001 to 9999, or a BigDecimal beyond the double range that is not an integer, has no
 * literal Cassandra reads back: bind it as a value.
 * {@code render(List.of("a", "it's"))} is {@code ['a', 'it''s']}.
 */
public final class CqlLiteral {
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSX").withZone(ZoneOffset.UTC);

  private static final Instant FIRST_TIMESTAMP = Instant.parse("0001-01-01T00:00:00Z");
  private static final Instant AFTER_LAST_TIMESTAMP = Instant.parse("+10000-01-01T00:00:00Z");

  /** The most digits of a decimal beyond the double range rendered as an integer literal. */
  private static final int MAX_DECIMAL_DIGITS = 10_000;

  private CqlLiteral() {}

  /** The CQL literal for {@code value}. */
  public static String render(Object value) {
    StringBuilder sb = new StringBuilder();
    appendTo(sb, value);
    return sb.toString();
  }

  /** Appends the CQL literal for {@code value} to {@code sb}. */
  public static void appendTo(StringBuilder sb, Object value) {
    if (value == null) {
      sb.append("NULL");
    } else if (value instanceof CharSequence) {
      appendQuoted(sb, value.toString());
    } else if (value instanceof Boolean
        || value instanceof Integer
        || value instanceof Long
        || value instanceof Short
        || value instanceof Byte
        || value instanceof BigInteger
        || value instanceof UUID) {
      sb.append(value);
    } else if (value instanceof Double || value instanceof Float) {
      appendFloating(sb, ((Number) value).doubleValue(), value.toString());
    } else if (value instanceof BigDecimal) {
      appendDecimal(sb, (BigDecimal) value);
    } else if (value instanceof InetAddress) {
      appendQuoted(sb, ((InetAddress) value).getHostAddress());
    } else if (value instanceof Instant) {
      appendTimestamp(sb, (Instant) value);
    } else if (value instanceof java.time.Duration) {
      appendDuration(sb, (java.time.Duration) value);
    } else if (value instanceof LocalDate || value instanceof LocalTime) {
      appendQuoted(sb, value.toString());
    } else if (value instanceof ByteBuffer) {
      ByteBuffer buffer = ((ByteBuffer) value).duplicate();
      byte[] bytes = new byte[buffer.remaining()];
      buffer.get(bytes);
      appendBlob(sb, bytes);
    } else if (value instanceof byte[]) {
      appendBlob(sb, (byte[]) value);
    } else if (value instanceof List) {
      appendElements(sb, '[', ((List<?>) value).iterator(), ']');
    } else if (value instanceof Set) {
      appendElements(sb, '{', ((Set<?>) value).iterator(), '}');
    } else if (value instanceof Map) {
      appendMap(sb, (Map<?, ?>) value);
    } else {
      checkArgument(
          false,
          "cannot render a %s as a CQL literal: bind it as a value (rendered ?) instead, or"
              + " pass one of String, Boolean, a number, UUID, InetAddress, Instant, LocalDate,"
              + " LocalTime, ByteBuffer, byte[], List, Set or Map",
          value.getClass().getName());
    }
  }

  /** A duration literal: {@code 1h30m}, {@code 500ms}, {@code -2s}; zero is {@code 0s}. */
  static void appendDuration(StringBuilder sb, java.time.Duration duration) {
    if (duration.isZero()) {
      sb.append("0s");
      return;
    }
    java.time.Duration d = duration;
    if (d.isNegative()) {
      sb.append('-');
      d = d.negated();
    }
    long nanos = d.toNanosPart();
    long[] amounts = {
      d.toHours(), d.toMinutesPart(), d.toSecondsPart(), nanos / 1_000_000, nanos / 1000 % 1000,
      nanos % 1000
    };
    String[] units = {"h", "m", "s", "ms", "us", "ns"};
    for (int i = 0; i < amounts.length; i++) {
      if (amounts[i] != 0) {
        sb.append(amounts[i]).append(units[i]);
      }
    }
  }

  private static void appendQuoted(StringBuilder sb, String s) {
    sb.append('\'');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\'') {
        sb.append('\'');
      }
      sb.append(c);
    }
    sb.append('\'');
  }

  private static void appendFloating(StringBuilder sb, double d, String javaText) {
    if (Double.isNaN(d)) {
      sb.append("NaN");
    } else if (Double.isInfinite(d)) {
      sb.append(d > 0 ? "Infinity" : "-Infinity");
    } else {
      sb.append(javaText);
    }
  }

  /**
   * Cassandra's parser reads a literal with a fraction or an exponent as a double first, so beyond
   * the double range only an integer literal parses: {@code 1E+400} renders as its digits.
   */
  private static void appendDecimal(StringBuilder sb, BigDecimal d) {
    if (!Double.isInfinite(d.doubleValue())) {
      sb.append(d.toString());
      return;
    }
    BigDecimal integral = d.stripTrailingZeros();
    checkArgument(
        integral.scale() <= 0 && integral.precision() - integral.scale() <= MAX_DECIMAL_DIGITS,
        "cannot render the decimal %s as a CQL literal: beyond the double range Cassandra's parser"
            + " reads only an integer of at most %s digits; bind it as a value (rendered ?)"
            + " instead",
        d,
        MAX_DECIMAL_DIGITS);
    sb.append(integral.toBigIntegerExact());
  }

  /** A timestamp literal holds a four-digit year of the common era, 0001 to 9999. */
  private static void appendTimestamp(StringBuilder sb, Instant instant) {
    checkArgument(
        !instant.isBefore(FIRST_TIMESTAMP) && instant.isBefore(AFTER_LAST_TIMESTAMP),
        "cannot render the instant %s as a CQL literal: a timestamp literal holds the years 0001"
            + " to 9999; bind it as a value (rendered ?) instead",
        instant);
    appendQuoted(sb, TIMESTAMP.format(instant));
  }

  private static void appendBlob(StringBuilder sb, byte[] bytes) {
    sb.append("0x").append(BaseEncoding.base16().lowerCase().encode(bytes));
  }

  private static void appendElements(StringBuilder sb, char open, Iterator<?> it, char close) {
    sb.append(open);
    while (it.hasNext()) {
      appendTo(sb, it.next());
      if (it.hasNext()) {
        sb.append(", ");
      }
    }
    sb.append(close);
  }

  private static void appendMap(StringBuilder sb, Map<?, ?> map) {
    sb.append('{');
    Iterator<? extends Map.Entry<?, ?>> it = map.entrySet().iterator();
    while (it.hasNext()) {
      Map.Entry<?, ?> e = it.next();
      appendTo(sb, e.getKey());
      sb.append(": ");
      appendTo(sb, e.getValue());
      if (it.hasNext()) {
        sb.append(", ");
      }
    }
    sb.append('}');
  }
}
