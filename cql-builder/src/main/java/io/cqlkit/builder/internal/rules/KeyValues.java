package io.cqlkit.builder.internal.rules;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Date;
import javax.annotation.CheckForNull;

/**
 * Key values compared as the server compares them, by the bytes their CQL type serializes to: the
 * same integer given as {@code 1} and {@code 1L} is one partition. With the column's CQL type the
 * value is converted as the type would serialize it; without, integral numbers compare by value.
 */
final class KeyValues {
  private KeyValues() {}

  /** A value comparable with equals, as the column of type {@code cqlType} (or null) would store it. */
  @CheckForNull
  static Object normalize(@CheckForNull Object value, @CheckForNull String cqlType) {
    if (value == null) {
      return null;
    }
    if (value instanceof byte[]) {
      return ByteBuffer.wrap((byte[]) value);
    }
    if (cqlType != null && value instanceof Number) {
      Number number = (Number) value;
      switch (cqlType) {
        case "float":
          return number.floatValue();
        case "double":
          return number.doubleValue();
        case "decimal":
          return value instanceof BigDecimal ? value : new BigDecimal(number.toString());
        default:
          break;
      }
    }
    if ("timestamp".equals(cqlType) && value instanceof Date) {
      return ((Date) value).getTime();
    }
    if ("timestamp".equals(cqlType) && value instanceof Instant) {
      return ((Instant) value).toEpochMilli();
    }
    if (value instanceof Long
        || value instanceof Integer
        || value instanceof Short
        || value instanceof Byte) {
      return BigInteger.valueOf(((Number) value).longValue());
    }
    return value;
  }
}
