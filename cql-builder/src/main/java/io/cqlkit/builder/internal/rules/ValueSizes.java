package io.cqlkit.builder.internal.rules;

import com.google.common.base.Utf8;
import io.cqlkit.builder.Unset;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.annotation.CheckForNull;

/**
 * The serialized size of one bound value, as its CQL type writes it: by the column's CQL type when
 * known and fixed-size, else by the Java value (strings' UTF-8 length, buffers' remaining bytes,
 * numbers' widths); unknown types (UDT values, tuples) count as the UTF-8 length of their text.
 */
final class ValueSizes {
  private ValueSizes() {}

  /** The serialized size of {@code value} in a column of CQL type {@code cqlType} (or null). */
  static long of(@CheckForNull Object value, @CheckForNull String cqlType) {
    if (value != null && value != Unset.UNSET && cqlType != null) {
      switch (cqlType) {
        case "tinyint":
        case "boolean":
          return 1;
        case "smallint":
          return 2;
        case "int":
        case "float":
        case "date":
          return 4;
        case "bigint":
        case "counter":
        case "double":
        case "timestamp":
        case "time":
          return 8;
        case "uuid":
        case "timeuuid":
          return 16;
        default:
          break;
      }
    }
    return of(value);
  }

  /** The estimated serialized size of one value, in bytes. */
  static long of(@CheckForNull Object value) {
    if (value == null || value == Unset.UNSET) {
      return 0; // an unset value is not sent: it writes nothing
    }
    if (value instanceof CharSequence) {
      return Utf8.encodedLength((CharSequence) value);
    }
    if (value instanceof ByteBuffer) {
      return ((ByteBuffer) value).remaining();
    }
    if (value instanceof byte[]) {
      return ((byte[]) value).length;
    }
    if (value instanceof Boolean || value instanceof Byte) {
      return 1;
    }
    if (value instanceof Short) {
      return 2;
    }
    if (value instanceof Integer || value instanceof Float || value instanceof LocalDate) {
      return 4;
    }
    if (value instanceof Long
        || value instanceof Double
        || value instanceof Date
        || value instanceof LocalTime
        || value instanceof Temporal) {
      return 8;
    }
    if (value instanceof UUID) {
      return 16;
    }
    if (value instanceof BigInteger) {
      return ((BigInteger) value).bitLength() / 8 + 1;
    }
    if (value instanceof BigDecimal) {
      return 4 + ((BigDecimal) value).unscaledValue().bitLength() / 8 + 1;
    }
    if (value instanceof InetAddress) {
      return ((InetAddress) value).getAddress().length;
    }
    if (value instanceof Collection) {
      long sum = 4;
      for (Object element : (Collection<?>) value) {
        sum += 4 + of(element);
      }
      return sum;
    }
    if (value instanceof Map) {
      long sum = 4;
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
        sum += 8 + of(entry.getKey()) + of(entry.getValue());
      }
      return sum;
    }
    if (value instanceof Optional) {
      return of(((Optional<?>) value).orElse(null));
    }
    if (value instanceof Number) {
      return 8;
    }
    return Utf8.encodedLength(value.toString());
  }
}
