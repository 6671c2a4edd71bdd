package io.cqlkit.conformance;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.cassandra.cql3.CQLStatement;
import org.apache.cassandra.cql3.ColumnIdentifier;
import org.apache.cassandra.cql3.Constants;
import org.apache.cassandra.cql3.FieldIdentifier;
import org.apache.cassandra.cql3.QualifiedName;
import org.apache.cassandra.cql3.UTName;
import org.apache.cassandra.cql3.selection.Selectable;
import org.apache.cassandra.cql3.statements.PropertyDefinitions;

/**
 * Every name and every string literal Cassandra's parser read in a raw statement, found by walking
 * the statement's object tree: the proof that a hostile name or value came through as exactly what
 * was given, with nothing added and nothing split off.
 *
 * <p>Names are what the grammar reads as identifiers (keyspaces, tables, columns, aliases, fields,
 * user types), exactly as Cassandra stores them (unquoted names folded to lower case). Marker names
 * are left out: {@link CassandraParser} checks those.
 */
final class RawContents {
  private static final String CASSANDRA = "org.apache.cassandra.";
  /** Packages whose objects hold no parsed text (types, schema, server state). */
  private static final List<String> OPAQUE = List.of(
      CASSANDRA + "db.", CASSANDRA + "schema.", CASSANDRA + "service.", CASSANDRA + "config.");

  private final Set<String> names = new LinkedHashSet<>();
  private final List<String> strings = new ArrayList<>();
  private final Map<String, Object> properties = new LinkedHashMap<>();
  private final Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());

  private RawContents() {}

  static RawContents of(CQLStatement.Raw statement) {
    RawContents contents = new RawContents();
    contents.walk(statement);
    return contents;
  }

  /** The distinct names, in the order found. */
  Set<String> names() {
    return Collections.unmodifiableSet(names);
  }

  /** The string literals (the text between single quotes, unescaped), in the order found. */
  List<String> strings() {
    return Collections.unmodifiableList(strings);
  }

  /** The WITH properties of a schema statement: a String, or a Map of Strings, per name. */
  Map<String, Object> properties() {
    return Collections.unmodifiableMap(properties);
  }

  private void walk(Object value) {
    if (value == null || value instanceof Enum || value instanceof CharSequence
        || value instanceof Number || value instanceof Boolean || !seen.add(value)) {
      return;
    }
    if (value instanceof ColumnIdentifier || value instanceof FieldIdentifier) {
      names.add(value.toString());
    } else if (value instanceof Selectable.RawIdentifier) {
      boolean quoted = (Boolean) read(value, "quoted");
      String text = (String) read(value, "text");
      names.add(quoted ? text : text.toLowerCase(Locale.US));
    } else if (value instanceof QualifiedName) {
      QualifiedName name = (QualifiedName) value;
      if (name.hasKeyspace()) {
        names.add(name.getKeyspace());
      }
      if (name.getName() != null) { // null: CREATE INDEX without a name
        names.add(name.getName());
      }
    } else if (value instanceof UTName) {
      UTName name = (UTName) value;
      if (name.hasKeyspace()) {
        names.add(name.getKeyspace());
      }
      names.add(name.getStringTypeName());
    } else if (value instanceof Constants.Literal) {
      if (read(value, "type") == Constants.Type.STRING) {
        strings.add(((Constants.Literal) value).getRawText());
      }
    } else if (value instanceof PropertyDefinitions) {
      @SuppressWarnings("unchecked")
      Map<String, Object> defined = (Map<String, Object>) readIn(value, PropertyDefinitions.class, "properties");
      properties.putAll(defined);
    } else if (value instanceof Collection) {
      ((Collection<?>) value).forEach(this::walk);
    } else if (value instanceof Map) {
      ((Map<?, ?>) value).forEach((k, v) -> {
        walk(k);
        walk(v);
      });
    } else if (isParsedText(value.getClass())) {
      walkFields(value);
    }
  }

  private static boolean isParsedText(Class<?> type) {
    String name = type.getName();
    return name.startsWith(CASSANDRA) && OPAQUE.stream().noneMatch(name::startsWith);
  }

  private void walkFields(Object value) {
    for (Class<?> type = value.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
      for (Field field : type.getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers()) || field.getType().isPrimitive()
            || field.getName().equals("bindVariables")) {
          continue;
        }
        if (field.getName().equals("keyspaceName") && field.getType() == String.class) {
          names.add((String) get(field, value)); // CREATE / ALTER / DROP KEYSPACE
          continue;
        }
        walk(get(field, value));
      }
    }
  }

  private static Object read(Object target, String field) {
    return readIn(target, target.getClass(), field);
  }

  private static Object readIn(Object target, Class<?> owner, String name) {
    try {
      return get(owner.getDeclaredField(name), target);
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException(owner.getName() + " has no field " + name
          + " any more: update RawContents for this Cassandra version", e);
    }
  }

  private static Object get(Field field, Object target) {
    try {
      field.setAccessible(true);
      return field.get(target);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot read " + field, e);
    }
  }
}
