package io.cqlkit.builder.schema;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.Immutable;
import io.cqlkit.builder.CqlIdentifier;
import io.cqlkit.builder.CqlSnippet;
import java.util.List;

/**
 * A CQL data type, for column and field declarations. Native types are constants named as in CQL;
 * the others come from factories named like the driver's {@code DataTypes}:
 *
 * <pre>{@code
 * import static io.cqlkit.builder.schema.DataType.*;
 *
 * mapOf(TEXT, frozen(listOf(INT))).asCql();   // map<text, frozen<list<int>>>
 * vectorOf(FLOAT, 3).asCql();                 // vector<float, 3>
 * udt("Address").asCql();                     // "Address"
 * }</pre>
 *
 * <p>A type Cassandra would refuse is refused when it is made: a counter inside a collection, tuple
 * or vector, a non-frozen collection or user type inside a collection, a duration in a set or as a
 * map key, {@code frozen} around a native type, a dimension below one. Two types are equal when
 * they render the same CQL.
 */
@Immutable
public final class DataType implements CqlSnippet {

  private enum Kind {
    NATIVE,
    LIST,
    SET,
    MAP,
    TUPLE,
    UDT,
    VECTOR
  }

  /** {@code ascii}: US-ASCII text. */
  public static final DataType ASCII = nativeType("ascii");

  /** {@code bigint}: 64-bit signed integer. */
  public static final DataType BIGINT = nativeType("bigint");

  /** {@code blob}: arbitrary bytes. */
  public static final DataType BLOB = nativeType("blob");

  /** {@code boolean}. */
  public static final DataType BOOLEAN = nativeType("boolean");

  /**
   * {@code counter}: a 64-bit distributed counter; only for the non-key columns of a counter table.
   */
  public static final DataType COUNTER = nativeType("counter");

  /** {@code date}: a day without time. */
  public static final DataType DATE = nativeType("date");

  /** {@code decimal}: arbitrary-precision decimal. */
  public static final DataType DECIMAL = nativeType("decimal");

  /** {@code double}: 64-bit floating point. */
  public static final DataType DOUBLE = nativeType("double");

  /** {@code duration}: months, days and nanoseconds; not allowed in a primary key. */
  public static final DataType DURATION = nativeType("duration");

  /** {@code float}: 32-bit floating point. */
  public static final DataType FLOAT = nativeType("float");

  /** {@code inet}: an IPv4 or IPv6 address. */
  public static final DataType INET = nativeType("inet");

  /** {@code int}: 32-bit signed integer. */
  public static final DataType INT = nativeType("int");

  /** {@code smallint}: 16-bit signed integer. */
  public static final DataType SMALLINT = nativeType("smallint");

  /** {@code text}: UTF-8 text. */
  public static final DataType TEXT = nativeType("text");

  /** {@code time}: a time of day, nanosecond precision. */
  public static final DataType TIME = nativeType("time");

  /** {@code timestamp}: an instant, millisecond precision. */
  public static final DataType TIMESTAMP = nativeType("timestamp");

  /** {@code timeuuid}: a version 1 UUID. */
  public static final DataType TIMEUUID = nativeType("timeuuid");

  /** {@code tinyint}: 8-bit signed integer. */
  public static final DataType TINYINT = nativeType("tinyint");

  /** {@code uuid}. */
  public static final DataType UUID = nativeType("uuid");

  /** {@code varchar}: CQL's alias of {@code text}. */
  public static final DataType VARCHAR = nativeType("varchar");

  /** {@code varint}: arbitrary-precision integer. */
  public static final DataType VARINT = nativeType("varint");

  private static final ImmutableList<DataType> NATIVE_TYPES =
      ImmutableList.of(
          ASCII, BIGINT, BLOB, BOOLEAN, COUNTER, DATE, DECIMAL, DOUBLE, DURATION, FLOAT, INET, INT,
          SMALLINT, TEXT, TIME, TIMESTAMP, TIMEUUID, TINYINT, UUID, VARCHAR, VARINT);

  private final Kind kind;
  private final boolean frozen;

  @SuppressWarnings("Immutable") // an ImmutableList of immutable types
  private final ImmutableList<DataType> parameters;

  private final String cql;

  private DataType(Kind kind, boolean frozen, ImmutableList<DataType> parameters, String cql) {
    this.kind = kind;
    this.frozen = frozen;
    this.parameters = parameters;
    this.cql = cql;
  }

  /** A constant of the one native type list, {@link CqlIdentifier#nativeTypes()}. */
  private static DataType nativeType(String name) {
    if (!CqlIdentifier.isNativeType(name)) {
      throw new AssertionError(name + " is not in CqlIdentifier's native types");
    }
    return new DataType(Kind.NATIVE, false, ImmutableList.of(), name);
  }

  /** Every native type constant, in alphabetical order (for generators and tests). */
  public static List<DataType> nativeTypes() {
    return NATIVE_TYPES;
  }

  /** {@code list<element>}. */
  public static DataType listOf(DataType element) {
    checkNotNull(element, "list element");
    String cql = "list<" + element.cql + '>';
    checkNested(element, cql, "list<frozen<" + element.cql + ">>");
    return collection(Kind.LIST, ImmutableList.of(element), cql);
  }

  /** {@code set<element>}; a duration cannot be a set element. */
  public static DataType setOf(DataType element) {
    checkNotNull(element, "set element");
    String cql = "set<" + element.cql + '>';
    checkNested(element, cql, "set<frozen<" + element.cql + ">>");
    checkArgument(
        !element.equals(DURATION),
        "durations are not allowed inside sets (set<duration>), since they have no order: use"
            + " listOf(DURATION)");
    return collection(Kind.SET, ImmutableList.of(element), cql);
  }

  /** {@code map<key, value>}; a duration cannot be a map key. */
  public static DataType mapOf(DataType key, DataType value) {
    checkNotNull(key, "map key");
    checkNotNull(value, "map value");
    String cql = "map<" + key.cql + ", " + value.cql + '>';
    checkNested(key, cql, "map<frozen<" + key.cql + ">, " + value.cql + '>');
    checkNested(value, cql, "map<" + key.cql + ", frozen<" + value.cql + ">>");
    checkArgument(
        !key.equals(DURATION),
        "durations are not allowed as map keys (%s), since they have no order: use another key"
            + " type",
        cql);
    return collection(Kind.MAP, ImmutableList.of(key, value), cql);
  }

  /** {@code tuple<a, b, ...>}: a fixed sequence of typed values (always stored frozen). */
  public static DataType tupleOf(DataType... elements) {
    checkArgument(
        elements != null && elements.length > 0,
        "a tuple needs at least one element type: pass them in order, e.g. tupleOf(INT, TEXT)");
    StringBuilder sb = new StringBuilder("tuple<");
    for (int i = 0; i < elements.length; i++) {
      DataType element = elements[i];
      checkArgument(element != null, "tuple element %s must not be null: pass a DataType", i);
      checkArgument(
          !element.isCounter(), "counters are not allowed inside tuples: use another type");
      if (i > 0) {
        sb.append(", ");
      }
      sb.append(element.cql);
    }
    return new DataType(
        Kind.TUPLE, false, ImmutableList.copyOf(elements), sb.append('>').toString());
  }

  /**
   * {@code frozen<type>}: the collection, tuple, vector or user type stored and replaced as one
   * value, as a key column or a collection element must be. Freezing a frozen type returns it.
   */
  public static DataType frozen(DataType type) {
    checkArgument(type != null, "the type to freeze must not be null: pass a DataType");
    checkArgument(
        type.kind != Kind.NATIVE,
        "frozen<> is only allowed on collections, tuples, vectors and user-defined types, not on"
            + " %s:"
            + " use %s as it is",
        type.cql,
        type.cql);
    if (type.frozen) {
      return type;
    }
    return new DataType(type.kind, true, type.parameters, "frozen<" + type.cql + '>');
  }

  /**
   * The user-defined type {@code name} of the statement's keyspace; quoted as needed, and also when
   * the name would read as a type keyword ({@code udt("text")} is {@code "text"}). Use it inside a
   * collection or key column as {@code frozen(udt(name))}.
   */
  public static DataType udt(String name) {
    return new DataType(
        Kind.UDT, false, ImmutableList.of(), Names.typeName(Names.of(name, "user type")));
  }

  /** The user-defined type {@code keyspace.name}; it must live in the statement's keyspace. */
  public static DataType udt(String keyspace, String name) {
    return new DataType(
        Kind.UDT,
        false,
        ImmutableList.of(),
        Names.of(keyspace, "keyspace").asCql() + '.' + Names.typeName(Names.of(name, "user type")));
  }

  /** {@code vector<element, dimensions>}, e.g. {@code vectorOf(FLOAT, 3)} for an embedding. */
  public static DataType vectorOf(DataType element, int dimensions) {
    checkArgument(element != null, "the vector element type must not be null: pass e.g. FLOAT");
    checkArgument(
        dimensions > 0,
        "a vector needs a positive dimension, but was %s: pass its number of elements, e.g."
            + " vectorOf(FLOAT, 3)",
        dimensions);
    checkArgument(
        !element.isCounter(), "counters are not allowed inside vectors: use another type");
    return new DataType(
        Kind.VECTOR,
        false,
        ImmutableList.of(element),
        "vector<" + element.cql + ", " + dimensions + '>');
  }

  private static DataType collection(Kind kind, ImmutableList<DataType> parameters, String cql) {
    return new DataType(kind, false, parameters, cql);
  }

  private static void checkNotNull(DataType type, String role) {
    checkArgument(type != null, "the %s type must not be null: pass a DataType", role);
  }

  /** Checks an element of {@code collection}; {@code frozenForm} is the collection fixed. */
  private static void checkNested(DataType element, String collection, String frozenForm) {
    checkArgument(
        !element.isCounter(),
        "counters are not allowed inside collections (%s): use a counter column",
        collection);
    checkArgument(
        !element.isMultiCell(),
        "non-frozen %s are not allowed inside collections (%s): wrap %s in frozen(...), as in %s",
        element.kind == Kind.UDT ? "user types" : "collections",
        collection,
        element.cql,
        frozenForm);
  }

  /** The type as it appears in CQL text, e.g. {@code map<text, int>}. */
  public String asCql() {
    return cql;
  }

  @Override
  public void appendTo(StringBuilder sb) {
    sb.append(cql);
  }

  /** True for {@code counter}. */
  public boolean isCounter() {
    return kind == Kind.NATIVE && cql.equals("counter");
  }

  /** True for a type written {@code frozen<...>}. */
  public boolean isFrozen() {
    return frozen;
  }

  /** True for list, set and map types, frozen or not. */
  public boolean isCollection() {
    return kind == Kind.LIST || kind == Kind.SET || kind == Kind.MAP;
  }

  /**
   * The type parameters in order: a collection's or vector's element, a map's key and value, a
   * tuple's elements; empty for native and user types.
   */
  public List<DataType> parameters() {
    return parameters;
  }

  /** True for a type stored cell by cell: a non-frozen collection or user type. */
  boolean isMultiCell() {
    return !frozen && (isCollection() || kind == Kind.UDT);
  }

  /** True when Cassandra refuses it in a primary key: counter, duration or a multi-cell type. */
  boolean isAllowedInPrimaryKey() {
    return !isCounter() && !equals(DURATION) && !isMultiCell();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DataType && ((DataType) o).cql.equals(cql);
  }

  @Override
  public int hashCode() {
    return cql.hashCode();
  }

  /** The CQL form, as {@link #asCql()}. */
  @Override
  public String toString() {
    return cql;
  }
}
