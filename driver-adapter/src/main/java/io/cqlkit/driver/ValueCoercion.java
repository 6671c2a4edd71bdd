package io.cqlkit.driver;

import com.datastax.oss.driver.api.core.data.CqlDuration;
import com.datastax.oss.driver.api.core.data.CqlVector;
import com.datastax.oss.driver.api.core.type.DataType;
import com.datastax.oss.driver.api.core.type.DataTypes;
import com.datastax.oss.driver.api.core.type.VectorType;
import com.google.common.primitives.Doubles;
import com.google.common.primitives.Floats;
import com.google.common.primitives.Ints;
import com.google.common.primitives.Longs;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import javax.annotation.CheckForNull;

/**
 * Converts a value the driver has no codec for into one it has, where the conversion loses
 * nothing: numbers between numeric CQL types when the value fits exactly (an {@code Integer} for
 * a {@code bigint}, a {@code Long} for an {@code int} TTL), a {@link Date} for a {@code timestamp},
 * a {@code byte[]} for a {@code blob} (wrapped in a {@link ByteBuffer}, not copied: a statement's
 * {@code params()} hands out a copy of each array already), a {@link Duration} for a
 * {@code duration} (as ScyllaDB's {@code USING TIMEOUT ?} takes it), and a list or array of numbers
 * for a {@code vector}. Only called when the driver found no codec, so values of the right type
 * never pay for it.
 */
final class ValueCoercion {
  private ValueCoercion() {}

  /** The converted value, or null when there is no lossless conversion to {@code type}. */
  @CheckForNull
  static Object coerce(Object value, DataType type) {
    if (type instanceof VectorType) {
      return toVector(value, (VectorType) type);
    }
    if (value instanceof Number) {
      return toNumber((Number) value, type);
    }
    if (value instanceof Date && type.equals(DataTypes.TIMESTAMP)) {
      return ((Date) value).toInstant();
    }
    if (value instanceof byte[] && type.equals(DataTypes.BLOB)) {
      return ByteBuffer.wrap((byte[]) value); // the statement's copy: no one else holds it
    }
    if (value instanceof Duration && type.equals(DataTypes.DURATION)) {
      return toCqlDuration((Duration) value);
    }
    return null;
  }

  /** The same length in nanoseconds (no months, no days), or null beyond a long's 292 years. */
  @CheckForNull
  private static CqlDuration toCqlDuration(Duration duration) {
    try {
      return CqlDuration.newInstance(0, 0, duration.toNanos());
    } catch (ArithmeticException tooLong) {
      return null;
    }
  }

  @CheckForNull
  private static Object toNumber(Number number, DataType type) {
    BigDecimal exact = exactValue(number);
    if (exact == null) {
      return null;
    }
    try {
      if (type.equals(DataTypes.INT)) {
        return exact.intValueExact();
      } else if (type.equals(DataTypes.BIGINT) || type.equals(DataTypes.COUNTER)) {
        return exact.longValueExact();
      } else if (type.equals(DataTypes.SMALLINT)) {
        return exact.shortValueExact();
      } else if (type.equals(DataTypes.TINYINT)) {
        return exact.byteValueExact();
      } else if (type.equals(DataTypes.VARINT)) {
        return exact.toBigIntegerExact();
      } else if (type.equals(DataTypes.DECIMAL)) {
        return decimalValue(number, exact);
      } else if (type.equals(DataTypes.DOUBLE)) {
        double d = exact.doubleValue();
        return new BigDecimal(d).compareTo(exact) == 0 ? d : null;
      } else if (type.equals(DataTypes.FLOAT)) {
        float f = exact.floatValue();
        return new BigDecimal(f).compareTo(exact) == 0 ? f : null;
      }
    } catch (ArithmeticException notExact) {
      return null;
    }
    return null;
  }

  /** The exact value of a standard Java number, or null for other Number types, NaN and infinities. */
  @CheckForNull
  private static BigDecimal exactValue(Number number) {
    if (number instanceof Integer
        || number instanceof Long
        || number instanceof Short
        || number instanceof Byte) {
      return BigDecimal.valueOf(number.longValue());
    } else if (number instanceof BigInteger) {
      return new BigDecimal((BigInteger) number);
    } else if (number instanceof BigDecimal) {
      return (BigDecimal) number;
    } else if (number instanceof Double || number instanceof Float) {
      double d = number.doubleValue();
      return Double.isFinite(d) ? new BigDecimal(d) : null;
    }
    return null;
  }

  /** A float or double becomes the decimal it prints as ({@code 0.1} stays 0.1). */
  private static BigDecimal decimalValue(Number number, BigDecimal exact) {
    if (number instanceof Double) {
      return BigDecimal.valueOf(number.doubleValue());
    } else if (number instanceof Float) {
      return new BigDecimal(number.toString());
    }
    return exact;
  }

  /**
   * A vector from a list or a primitive array of numbers. Elements of a {@code vector<float, n>}
   * or {@code vector<double, n>} are converted as Java converts them (embeddings are approximate
   * by nature); other element types must fit exactly.
   */
  @CheckForNull
  private static CqlVector<?> toVector(Object value, VectorType type) {
    List<?> elements = asList(value);
    if (elements == null) {
      return null;
    }
    DataType elementType = type.getElementType();
    List<Number> converted = new ArrayList<>(elements.size());
    for (Object element : elements) {
      if (!(element instanceof Number)) {
        return null;
      }
      Number number = (Number) element;
      Object e;
      if (elementType.equals(DataTypes.FLOAT)) {
        e = number.floatValue();
      } else if (elementType.equals(DataTypes.DOUBLE)) {
        e = number.doubleValue();
      } else {
        e = toNumber(number, elementType);
      }
      if (!(e instanceof Number)) {
        return null;
      }
      converted.add((Number) e);
    }
    return CqlVector.newInstance(converted);
  }

  @CheckForNull
  private static List<?> asList(Object value) {
    if (value instanceof List) {
      return (List<?>) value;
    } else if (value instanceof float[]) {
      return Floats.asList((float[]) value);
    } else if (value instanceof double[]) {
      return Doubles.asList((double[]) value);
    } else if (value instanceof int[]) {
      return Ints.asList((int[]) value);
    } else if (value instanceof long[]) {
      return Longs.asList((long[]) value);
    }
    return null;
  }
}
