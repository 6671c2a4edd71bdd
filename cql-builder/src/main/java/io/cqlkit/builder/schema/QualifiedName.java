package io.cqlkit.builder.schema;

import io.cqlkit.builder.CqlIdentifier;
import io.cqlkit.builder.CqlSnippet;
import javax.annotation.CheckForNull;

/** {@code ks.name}, or {@code name} alone when the session's keyspace applies. */
final class QualifiedName implements CqlSnippet {
  @CheckForNull private final CqlIdentifier keyspace;
  private final CqlIdentifier name;
  private final String cql;

  private QualifiedName(@CheckForNull CqlIdentifier keyspace, CqlIdentifier name, String nameCql) {
    this.keyspace = keyspace;
    this.name = name;
    this.cql = keyspace == null ? nameCql : keyspace.asCql() + '.' + nameCql;
  }

  /** A name in an optional keyspace. */
  static QualifiedName of(@CheckForNull CqlIdentifier keyspace, CqlIdentifier name) {
    return new QualifiedName(keyspace, name, name.asCql());
  }

  /** The name of a user-defined type, quoted when it would read as a type keyword. */
  static QualifiedName ofType(@CheckForNull CqlIdentifier keyspace, CqlIdentifier name) {
    return new QualifiedName(keyspace, name, Names.typeName(name));
  }

  /** The name of a function or aggregate: exact, quoted where it would read as a keyword. */
  static QualifiedName ofFunction(@CheckForNull CqlIdentifier keyspace, CqlIdentifier name) {
    return new QualifiedName(keyspace, name, name.asFunctionCql());
  }

  /** The same keyspace, another object: for a view's base table. */
  QualifiedName sibling(CqlIdentifier other) {
    return new QualifiedName(keyspace, other, other.asCql());
  }

  @CheckForNull
  String keyspaceName() {
    return keyspace == null ? null : keyspace.name();
  }

  String name() {
    return name.name();
  }

  @Override
  public void appendTo(StringBuilder sb) {
    sb.append(cql);
  }

  @Override
  public String toString() {
    return cql;
  }
}
