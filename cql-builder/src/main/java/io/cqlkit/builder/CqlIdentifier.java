package io.cqlkit.builder;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSet;
import com.google.errorprone.annotations.Immutable;
import java.util.Locale;
import java.util.Set;

/**
 * An exact CQL name (keyspace, table, column, type, function…) that knows its rendered form.
 *
 * <p>Names are case-sensitive, exactly as given. A name renders bare when it matches
 * {@code [a-z][a-z0-9_]*} and is not a reserved keyword of Cassandra 5 or ScyllaDB; otherwise
 * it is double-quoted with every {@code "} doubled, so no name can end a statement or start
 * another: {@code of("Events").asCql()} is {@code "Events"}, {@code of("a\"b").asCql()} is
 * {@code "a""b"}.
 */
@Immutable
public final class CqlIdentifier implements CqlSnippet {

  /**
   * Reserved keywords: Apache Cassandra 5.0's reserved_keywords.txt, plus TRUE and FALSE (the
   * lexer reads them as boolean literals wherever a name goes) and ScyllaDB's REPLACE.
   * Quoting a name that would not need it is always valid; leaving one bare that needs it is not.
   */
  private static final ImmutableSet<String> RESERVED =
      ImmutableSet.of(
          "ADD", "ALLOW", "ALTER", "AND", "APPLY", "ASC", "AUTHORIZE", "BATCH", "BEGIN", "BY",
          "COLUMNFAMILY", "CREATE", "DELETE", "DESC", "DESCRIBE", "DROP", "ENTRIES", "EXECUTE",
          "FALSE", "FROM", "FULL", "GRANT", "IF", "IN", "INDEX", "INFINITY", "INSERT", "INTO",
          "IS", "KEYSPACE", "LIMIT", "MATERIALIZED", "MODIFY", "NAN", "NORECURSIVE", "NOT",
          "NULL", "OF", "ON", "OR", "ORDER", "PRIMARY", "RENAME", "REPLACE", "REVOKE", "SCHEMA",
          "SELECT", "SET", "TABLE", "TO", "TOKEN", "TRUE", "TRUNCATE", "UNLOGGED", "UPDATE",
          "USE", "USING", "VIEW", "WHERE", "WITH");

  private static final ImmutableSet<String> RESERVED_LOWER_CASE =
      RESERVED.stream()
          .map(word -> word.toLowerCase(Locale.ROOT))
          .collect(ImmutableSet.toImmutableSet());

  private static final int SHORTEST_RESERVED =
      RESERVED.stream().mapToInt(String::length).min().getAsInt();
  private static final int LONGEST_RESERVED =
      RESERVED.stream().mapToInt(String::length).max().getAsInt();

  /** The native CQL types, lower case: the one list ({@code cast}, DataType and type names). */
  private static final ImmutableSet<String> NATIVE_TYPES =
      ImmutableSet.of(
          "ascii", "bigint", "blob", "boolean", "counter", "date", "decimal", "double", "duration",
          "float", "inet", "int", "smallint", "text", "time", "timestamp", "timeuuid", "tinyint",
          "uuid", "varchar", "varint");

  /** Selector keywords the grammar reads where a function or type name could stand. */
  private static final ImmutableSet<String> SELECTOR_KEYWORDS =
      ImmutableSet.of("cast", "distinct", "json", "maxwritetime", "ttl", "writetime");

  /** Words the grammar refuses as a bare function name besides the reserved keywords. */
  private static final ImmutableSet<String> FUNCTION_KEYWORDS =
      ImmutableSet.<String>builder().addAll(SELECTOR_KEYWORDS).add("key").build();

  /**
   * Words that cannot name a user-defined type bare: the native and parameterized type keywords,
   * the names Cassandra reserves for types, and the selector keywords the grammar's
   * {@code non_type_ident} leaves out.
   */
  private static final ImmutableSet<String> TYPE_KEYWORDS =
      ImmutableSet.<String>builder()
          .addAll(NATIVE_TYPES)
          .add("list", "set", "map", "frozen", "tuple", "vector")
          .add("byte", "complex", "enum", "interval", "macaddr", "bitstring")
          .addAll(SELECTOR_KEYWORDS)
          .add("count")
          .build();

  private final String name;
  private final String cql;

  private CqlIdentifier(String name, String cql) {
    this.name = name;
    this.cql = cql;
  }

  /**
   * The identifier for an exact name.
   *
   * @throws IllegalArgumentException if the name is null or empty
   */
  public static CqlIdentifier of(String name) {
    checkArgument(
        name != null && !name.isEmpty(),
        "a CQL name must not be null or empty, but was %s: pass the exact keyspace, table or"
            + " column name",
        name == null ? "null" : "\"\"");
    return new CqlIdentifier(name, needsQuotes(name) ? quote(name) : name);
  }

  /**
   * Checks a name given to a builder step; {@code what} says which name it is ("table",
   * "column", ...), so the message points at the argument to fix.
   */
  public static String checkName(String name, String what) {
    checkArgument(
        name != null && !name.isEmpty(),
        "a %s name must not be null or empty, but was %s: pass the exact %s name",
        what,
        name == null ? "null" : "\"\"",
        what);
    return name;
  }

  /**
   * Appends the CQL form of {@code name} without allocating an identifier: the rendering path of
   * every builder, so the quoting rule stays in this one class.
   */
  public static void appendName(StringBuilder sb, String name) {
    if (needsQuotes(name)) {
      checkWellFormed(name);
      sb.append('"');
      for (int i = 0; i < name.length(); i++) {
        char c = name.charAt(i);
        if (c == '"') {
          sb.append('"');
        }
        sb.append(c);
      }
      sb.append('"');
    } else {
      sb.append(name);
    }
  }

  /** True if {@code name} (in any case) is a native CQL type, such as {@code text} or {@code int}. */
  public static boolean isNativeType(String name) {
    return NATIVE_TYPES.contains(name.toLowerCase(Locale.ROOT));
  }

  /** The native CQL type names, lower case, in the grammar's order. */
  public static Set<String> nativeTypes() {
    return NATIVE_TYPES;
  }

  /**
   * This name as a user-defined type's name: as {@link #asCql()}, but also quoted where it would
   * read as a type or selector keyword: {@code of("text").asTypeCql()} is {@code "text"}.
   */
  public String asTypeCql() {
    return TYPE_KEYWORDS.contains(cql) ? '"' + cql + '"' : cql;
  }

  /**
   * This name as a function's own name (without keyspace), exact: as {@link #asCql()}, but also
   * quoted where the grammar reads it as a keyword: {@code of("key").asFunctionCql()} is
   * {@code "key"}.
   */
  public String asFunctionCql() {
    return FUNCTION_KEYWORDS.contains(cql) ? '"' + cql + '"' : cql;
  }

  /**
   * Cassandra 5.0's native (system) functions, lower case: a call of one of these by name in any
   * case renders in lower case ({@code toTimestamp} is {@code totimestamp}); any other function
   * name is exact, quoted when needed, like every other name. The type conversions
   * ({@code blobAsText}, {@code text_as_blob}...) are matched by {@link #isNativeFunction}.
   */
  private static final ImmutableSet<String> NATIVE_FUNCTIONS =
      ImmutableSet.of(
          "abs", "avg", "cast", "collection_avg", "collection_count", "collection_max",
          "collection_min", "collection_sum", "count", "current_date", "current_time",
          "current_timestamp", "current_timeuuid", "currentdate", "currenttime",
          "currenttimestamp", "currenttimeuuid", "dateof", "exp", "floor", "format_bytes",
          "format_time", "fromjson", "log", "log10", "map_keys", "map_values", "mask_default",
          "mask_hash", "mask_inner", "mask_null", "mask_outer", "mask_replace", "max",
          "max_timeuuid", "maxtimeuuid", "maxwritetime", "min", "min_timeuuid", "mintimeuuid",
          "now", "round", "similarity_cosine", "similarity_dot_product", "similarity_euclidean",
          "sum", "to_date", "to_timestamp", "to_unix_timestamp", "todate", "tojson", "token",
          "totimestamp", "tounixtimestamp", "ttl", "unixtimestampof", "uuid", "writetime");

  /** True if {@code name}, in any case, is one of Cassandra's native functions. */
  static boolean isNativeFunction(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (NATIVE_FUNCTIONS.contains(lower)) {
      return true;
    }
    String type =
        lower.startsWith("blobas") ? lower.substring(6)
            : lower.startsWith("blob_as_") ? lower.substring(8)
            : lower.endsWith("asblob") ? lower.substring(0, lower.length() - 6)
            : lower.endsWith("_as_blob") ? lower.substring(0, lower.length() - 8)
            : null;
    return type != null && NATIVE_TYPES.contains(type);
  }

  /**
   * Appends a function's own name (without keyspace), exact: bare when it is a plain lower-case
   * name, otherwise quoted, and quoted too where the grammar reads it as a keyword ({@code "key"},
   * {@code "select"}).
   */
  static void appendFunctionName(StringBuilder sb, String name) {
    if (FUNCTION_KEYWORDS.contains(name)) {
      sb.append('"').append(name).append('"');
    } else {
      appendName(sb, name);
    }
  }

  /** True if {@code word}, in any case, is a reserved CQL keyword that must be quoted as a name. */
  public static boolean isReservedKeyword(String word) {
    return RESERVED.contains(word.toUpperCase(Locale.ROOT));
  }

  /** The exact name, as given. */
  public String name() {
    return name;
  }

  /** The name as it appears in CQL text: bare when safe, otherwise double-quoted. */
  public String asCql() {
    return cql;
  }

  /** Appends {@link #asCql()} to {@code sb}. */
  @Override
  public void appendTo(StringBuilder sb) {
    sb.append(cql);
  }

  private static boolean needsQuotes(String name) {
    char first = name.charAt(0);
    if (first < 'a' || first > 'z') {
      return true;
    }
    boolean onlyLetters = true;
    for (int i = 1; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c < 'a' || c > 'z') {
        if (!((c >= '0' && c <= '9') || c == '_')) {
          return true;
        }
        onlyLetters = false;
      }
    }
    // Keywords are letters only: most column names (user_id, c1) never need the set lookup, and
    // the names that do are lower case, so no upper-case copy is allocated.
    return onlyLetters
        && name.length() >= SHORTEST_RESERVED
        && name.length() <= LONGEST_RESERVED
        && RESERVED_LOWER_CASE.contains(name);
  }

  private static String quote(String name) {
    checkWellFormed(name);
    return '"' + name.replace("\"", "\"\"") + '"';
  }

  /**
   * Refuses an unpaired UTF-16 surrogate: it becomes {@code ?} in UTF-8, so two different names
   * could reach the server as one. Only quoted names are checked: a bare name is ASCII.
   */
  private static void checkWellFormed(String name) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < name.length()
          && Character.isLowSurrogate(name.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new IllegalArgumentException(
            String.format(
                "the name \"%s\" holds an unpaired UTF-16 surrogate (\\u%04X at index %s): it"
                    + " would become '?' in UTF-8, so two names could collide; pass a well-formed"
                    + " string",
                name, (int) c, i));
      }
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CqlIdentifier && ((CqlIdentifier) o).name.equals(name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  /** The rendered form, as in CQL text. */
  @Override
  public String toString() {
    return cql;
  }
}
