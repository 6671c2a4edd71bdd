package io.cqlkit.builder.schema;

import static com.google.common.base.Preconditions.checkArgument;

import io.cqlkit.builder.CqlIdentifier;
import java.util.regex.Pattern;

/** Checks and renders the names schema statements use; the rules Cassandra 5.0 applies. */
final class Names {
  /** Cassandra's limit for keyspace names (SchemaConstants.NAME_LENGTH). */
  static final int MAX_KEYSPACE_NAME_LENGTH = 48;

  /** Cassandra 5.0's limit for table and view names (SchemaConstants.TABLE_NAME_LENGTH). */
  static final int MAX_TABLE_NAME_LENGTH = 222;

  private static final Pattern WORD_CHARACTERS = Pattern.compile("[A-Za-z0-9_]+");
  private static final Pattern NON_WORD_CHARACTER = Pattern.compile("[^A-Za-z0-9_]");

  private Names() {}

  /** The identifier of an existing object; {@code what} names its role in the message. */
  static CqlIdentifier of(String name, String what) {
    checkArgument(
        name != null && !name.isEmpty(),
        "the %s name must not be null or empty, but was %s: pass the exact %s name",
        what,
        name == null ? "null" : "\"\"",
        what);
    return CqlIdentifier.of(name);
  }

  /** The name of a keyspace to create: word characters only, at most 48 of them. */
  static CqlIdentifier newKeyspace(String name) {
    return created(name, "keyspace", MAX_KEYSPACE_NAME_LENGTH);
  }

  /** The name of a table or materialized view to create: word characters, at most 222. */
  static CqlIdentifier newTable(String name, String what) {
    return created(name, what, MAX_TABLE_NAME_LENGTH);
  }

  /** The name of an index to create: word characters only. */
  static CqlIdentifier newIndex(String name) {
    return created(name, "index", Integer.MAX_VALUE);
  }

  private static CqlIdentifier created(String name, String what, int maxLength) {
    CqlIdentifier id = of(name, what);
    checkArgument(
        WORD_CHARACTERS.matcher(name).matches(),
        "the %s name \"%s\" may hold only letters, digits and underscores (Cassandra refuses"
            + " any other character): use a name like \"%s\"",
        what,
        name,
        NON_WORD_CHARACTER.matcher(name).replaceAll("_"));
    checkArgument(
        name.length() <= maxLength,
        "the %s name \"%s\" is %s characters long, but Cassandra allows at most %s: choose a"
            + " shorter name",
        what,
        name,
        name.length(),
        maxLength);
    return id;
  }

  /**
   * The CQL form of a user-defined type's name: as any identifier, but quoted when it would
   * otherwise read as a type or selector keyword ({@code "text"}, {@code "map"}, {@code "ttl"}).
   */
  static String typeName(CqlIdentifier id) {
    return id.asTypeCql();
  }
}
