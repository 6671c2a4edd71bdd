package io.cqlkit.driver;

import com.datastax.oss.driver.api.core.ProtocolVersion;
import com.datastax.oss.driver.api.core.cql.BoundStatementBuilder;
import com.datastax.oss.driver.api.core.cql.ColumnDefinition;
import com.datastax.oss.driver.api.core.cql.ColumnDefinitions;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.type.DataType;
import com.datastax.oss.driver.api.core.type.codec.CodecNotFoundException;
import com.datastax.oss.driver.api.core.type.codec.TypeCodec;
import com.datastax.oss.driver.api.core.type.codec.registry.CodecRegistry;
import io.cqlkit.builder.CqlStatement;
import io.cqlkit.builder.MessageValues;
import io.cqlkit.builder.Unset;
import java.nio.ByteBuffer;
import java.util.List;
import javax.annotation.CheckForNull;

/**
 * Binds statements' params to one prepared statement, positionally, with the driver's codecs (so
 * the driver computes the routing key from the bound partition-key values). A value of a type the
 * driver has no codec for gets a lossless {@link ValueCoercion}, else a clear error.
 *
 * <p>Remembers the codec each marker used last, so binding values of the same types again skips
 * the codec registry's search. Thread-safe: a codec is immutable, and a race only means a lookup.
 */
final class ParamBinder {
  private final PreparedStatement prepared;
  private final TypeCodec<Object>[] codecs;

  @SuppressWarnings({"unchecked", "rawtypes"}) // a generic array
  private ParamBinder(PreparedStatement prepared) {
    this.prepared = prepared;
    this.codecs = new TypeCodec[prepared.getVariableDefinitions().size()];
  }

  /** A binder for {@code prepared}. */
  static ParamBinder of(PreparedStatement prepared) {
    return new ParamBinder(prepared);
  }

  /** The prepared statement this binder binds to. */
  PreparedStatement prepared() {
    return prepared;
  }

  /**
   * A builder of the bound statement, every param set.
   *
   * @throws IllegalArgumentException if the param count or a value does not fit the prepared
   *     statement's markers
   */
  BoundStatementBuilder bind(CqlStatement statement) {
    ColumnDefinitions markers = prepared.getVariableDefinitions();
    List<Object> params = statement.params();
    int count = params.size();
    if (count != markers.size()) {
      throw new IllegalArgumentException(
          String.format(
              "the server counts %s bind markers in `%s` but the statement has %s params: build"
                  + " the statement with a cqlkit builder so that markers and params match",
              markers.size(), statement.cql(), count));
    }
    BoundStatementBuilder builder = prepared.boundStatementBuilder();
    if (count == 0) {
      return builder;
    }
    CodecRegistry registry = builder.codecRegistry();
    ProtocolVersion protocol = builder.protocolVersion();
    for (int i = 0; i < count; i++) {
      Object value = params.get(i);
      if (value == null) {
        builder.setToNull(i);
        continue;
      }
      if (value == Unset.UNSET) {
        builder.unset(i); // the protocol's unset value: the column is left untouched
        continue;
      }
      TypeCodec<Object> codec = codecs[i];
      if (codec != null && codec.accepts(value)) {
        builder.setBytesUnsafe(i, encodeWith(codec, value, value, markers.get(i), i, statement, registry, protocol));
      } else {
        builder.setBytesUnsafe(i, encode(value, markers.get(i), i, statement, registry, protocol));
      }
    }
    return builder;
  }

  private ByteBuffer encode(
      Object value,
      ColumnDefinition marker,
      int index,
      CqlStatement statement,
      CodecRegistry registry,
      ProtocolVersion protocol) {
    DataType type = marker.getType();
    TypeCodec<Object> codec;
    try {
      codec = registry.codecFor(type, value);
    } catch (CodecNotFoundException noCodec) {
      Object coerced = ValueCoercion.coerce(value, type);
      if (coerced == null) {
        throw badValue(value, marker, index, statement, registry, noCodec);
      }
      return encodeWith(registry.codecFor(type, coerced), coerced, value, marker, index, statement, registry, protocol);
    }
    codecs[index] = codec;
    return encodeWith(codec, value, value, marker, index, statement, registry, protocol);
  }

  private static ByteBuffer encodeWith(
      TypeCodec<Object> codec,
      Object bound,
      Object value,
      ColumnDefinition marker,
      int index,
      CqlStatement statement,
      CodecRegistry registry,
      ProtocolVersion protocol) {
    try {
      return codec.encode(bound, protocol);
    } catch (IllegalArgumentException | ClassCastException | NullPointerException e) {
      throw badValue(value, marker, index, statement, registry, e);
    }
  }

  /**
   * The error for a value that does not fit its marker. With values hidden ({@link MessageValues}),
   * it names the value's type only, and leaves out a codec's exception that may quote the value
   * (a codec-not-found or class-cast exception names types only, and stays).
   */
  private static IllegalArgumentException badValue(
      Object value,
      ColumnDefinition marker,
      int index,
      CqlStatement statement,
      CodecRegistry registry,
      Throwable cause) {
    String expected = javaTypeFor(marker.getType(), registry);
    boolean typesOnly = cause instanceof CodecNotFoundException || cause instanceof ClassCastException;
    boolean keepCause = typesOnly || MessageValues.shown();
    return new IllegalArgumentException(
        String.format(
            "cannot bind param %s of `%s`: marker '%s' has CQL type %s, but the value is %s;"
                + " pass %s%s",
            index,
            statement.cql(),
            marker.getName().asInternal(),
            marker.getType().asCql(false, true),
            MessageValues.describe(value), // its type only, unless values are shown
            expected == null ? "a value of that CQL type" : "a " + expected,
            !keepCause || cause instanceof CodecNotFoundException || cause.getMessage() == null
                ? ""
                : " (" + cause.getMessage() + ")"),
        keepCause ? cause : null);
  }

  @CheckForNull
  private static String javaTypeFor(DataType type, CodecRegistry registry) {
    try {
      return registry.codecFor(type).getJavaType().toString();
    } catch (CodecNotFoundException e) {
      return null;
    }
  }
}
