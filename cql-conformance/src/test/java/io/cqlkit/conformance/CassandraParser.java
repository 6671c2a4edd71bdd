package io.cqlkit.conformance;

import io.cqlkit.builder.BatchType;
import io.cqlkit.builder.ConditionKind;
import io.cqlkit.builder.CqlStatement;
import io.cqlkit.builder.StatementKind;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.cassandra.config.DatabaseDescriptor;
import org.apache.cassandra.cql3.CQLStatement;
import org.apache.cassandra.cql3.ColumnIdentifier;
import org.apache.cassandra.cql3.QualifiedName;
import org.apache.cassandra.cql3.QueryProcessor;
import org.apache.cassandra.cql3.UTName;
import org.apache.cassandra.cql3.VariableSpecifications;
import org.apache.cassandra.cql3.statements.BatchStatement;
import org.apache.cassandra.cql3.statements.DeleteStatement;
import org.apache.cassandra.cql3.statements.ModificationStatement;
import org.apache.cassandra.cql3.statements.QualifiedStatement;
import org.apache.cassandra.cql3.statements.SelectStatement;
import org.apache.cassandra.cql3.statements.TruncateStatement;
import org.apache.cassandra.cql3.statements.UpdateStatement;
import org.apache.cassandra.exceptions.RequestValidationException;

/**
 * Cassandra 5.0's own CQL parser as a test oracle: parses text the way a server does (no server,
 * no schema) and fails with an {@link AssertionError} that shows the CQL and the parser's message.
 *
 * <pre>{@code
 * CassandraParser.assertParses(statement);   // parses; markers == params; same kind, table, condition
 * }</pre>
 *
 * <p>Exactly one statement: Cassandra's grammar ({@code query: cqlStatement (';')* EOF}) rejects a
 * second statement after {@code ;} ("mismatched input ... expecting EOF") but accepts trailing
 * semicolons, which cqlkit's canonical text never has, so this helper rejects those too.
 * Thread-safe (each parse has its own lexer and parser).
 */
public final class CassandraParser {
  private static final String SCHEMA_PACKAGE = "org.apache.cassandra.cql3.statements.schema.";

  private CassandraParser() {}

  /** Parses one statement, or fails with the CQL and why Cassandra rejects it. */
  public static ParsedCql parse(String cql) {
    Objects.requireNonNull(cql, "cql");
    String trimmed = cql.strip();
    if (trimmed.endsWith(";")) {
      throw new AssertionError("CQL ends with ';' (canonical text is one statement without a trailing"
          + " semicolon):\n  " + indent(cql));
    }
    CQLStatement.Raw raw;
    try {
      raw = Client.parse(cql);
    } catch (RequestValidationException e) {
      throw new AssertionError("Cassandra's parser rejects this CQL:\n  " + indent(cql)
          + "\nparser says: " + e.getMessage(), e);
    }
    return describe(cql, raw, markers(raw));
  }

  /** Parses one statement and checks its marker count. */
  public static ParsedCql assertParses(String cql, int expectedMarkers) {
    ParsedCql parsed = parse(cql);
    if (parsed.markerCount() != expectedMarkers) {
      throw new AssertionError("expected " + expectedMarkers + " bind markers but Cassandra's parser"
          + " found " + parsed.markerCount() + " in:\n  " + indent(cql));
    }
    return parsed;
  }

  /**
   * Parses the statement's text and checks it against the statement's own facts: one marker per
   * param (and the same marker names), the same kind, the same keyspace and table (for DDL: the
   * object it changes, see {@link ParsedCql#table()}), for DML the same condition, and for a batch
   * the same type and statements.
   */
  public static ParsedCql assertParses(CqlStatement statement) {
    ParsedCql parsed = assertParses(statement.cql(), statement.paramCount());
    expect(statement, "marker names", statement.markerNames(), parsed.markerNames());
    expect(statement, "kind", Optional.of(statement.kind()), parsed.kind());
    if (statement.kind() != StatementKind.BATCH) {
      compareTarget(statement, statement, parsed);
    }
    if (statement.kind() != StatementKind.SELECT && isDml(statement.kind())) {
      expect(statement, "condition", Optional.of(statement.conditionKind()), parsed.conditionKind());
    }
    if (statement.kind() == StatementKind.BATCH) {
      expect(statement, "batch type", statement.batchType(), parsed.batchType());
      expect(statement, "number of statements", statement.children().size(), parsed.children().size());
      for (int i = 0; i < parsed.children().size(); i++) {
        CqlStatement child = statement.children().get(i);
        ParsedCql parsedChild = parsed.children().get(i);
        expect(statement, "kind of statement " + i, Optional.of(child.kind()), parsedChild.kind());
        compareTarget(statement, child, parsedChild);
        expect(statement, "condition of statement " + i,
            Optional.of(child.conditionKind()), parsedChild.conditionKind());
      }
    }
    return parsed;
  }

  /** Asserts that Cassandra's parser (or the one-statement rule) rejects the text; returns why. */
  public static String assertRejects(String cql) {
    ParsedCql parsed;
    try {
      parsed = parse(cql);
    } catch (AssertionError e) {
      return e.getMessage();
    }
    throw new AssertionError("expected Cassandra's parser to reject this CQL, but it parsed as "
        + parsed.kind().map(Enum::name).orElse("a statement") + ":\n  " + indent(cql));
  }

  // ---------------------------------------------------------------------------------------------

  private static void compareTarget(CqlStatement whole, CqlStatement statement, ParsedCql parsed) {
    expect(whole, "keyspace of " + statement.cql(), statement.keyspace(), parsed.keyspace());
    expect(whole, "table of " + statement.cql(), statement.table(), parsed.table());
  }

  private static boolean isDml(StatementKind kind) {
    return kind == StatementKind.INSERT || kind == StatementKind.UPDATE
        || kind == StatementKind.DELETE || kind == StatementKind.SELECT;
  }

  private static void expect(CqlStatement statement, String what, Object expected, Object actual) {
    if (!Objects.equals(expected, actual)) {
      throw new AssertionError("the statement says its " + what + " is " + expected
          + " but Cassandra's parser reads " + actual + " in:\n  " + indent(statement.cql()));
    }
  }

  private static ParsedCql describe(String cql, CQLStatement.Raw raw, VariableSpecifications markers) {
    int markerCount = -1;
    List<String> names = Collections.emptyList();
    if (markers != null) {
      List<ColumnIdentifier> identifiers = variableNames(markers);
      markerCount = identifiers.size();
      if (identifiers.stream().anyMatch(Objects::nonNull)) {
        names = new ArrayList<>();
        for (ColumnIdentifier identifier : identifiers) {
          names.add(identifier == null ? null : identifier.toString());
        }
      }
    }
    String keyspace = null;
    String table = null;
    if (raw instanceof QualifiedStatement && !(raw instanceof BatchStatement.Parsed)) {
      QualifiedStatement qualified = (QualifiedStatement) raw;
      keyspace = qualified.isFullyQualified() ? qualified.keyspace() : null;
      table = qualified.name();
    } else if (raw.getClass().getName().startsWith(SCHEMA_PACKAGE)) {
      String[] target = SchemaTarget.of(raw);
      keyspace = target[0];
      table = target[1];
    }
    ConditionKind condition = null;
    if (raw instanceof ModificationStatement.Parsed) {
      condition = conditionOf((ModificationStatement.Parsed) raw);
    }
    BatchType batchType = null;
    List<ParsedCql> children = Collections.emptyList();
    if (raw instanceof BatchStatement.Parsed) {
      batchType = BatchType.valueOf(((Enum<?>) read(raw, BatchStatement.Parsed.class, "type")).name());
      children = new ArrayList<>();
      for (Object child : (List<?>) read(raw, BatchStatement.Parsed.class, "parsedStatements")) {
        children.add(describe(cql, (CQLStatement.Raw) child, null));
      }
    }
    return new ParsedCql(cql, raw, markerCount, names, kindOf(raw), keyspace, table, condition,
        batchType, children);
  }

  private static StatementKind kindOf(CQLStatement.Raw raw) {
    if (raw instanceof UpdateStatement.ParsedInsert || raw instanceof UpdateStatement.ParsedInsertJson) {
      return StatementKind.INSERT;
    } else if (raw instanceof UpdateStatement.ParsedUpdate) {
      return StatementKind.UPDATE;
    } else if (raw instanceof DeleteStatement.Parsed) {
      return StatementKind.DELETE;
    } else if (raw instanceof SelectStatement.RawStatement) {
      return StatementKind.SELECT;
    } else if (raw instanceof BatchStatement.Parsed) {
      return StatementKind.BATCH;
    } else if (raw instanceof TruncateStatement) {
      return StatementKind.TRUNCATE;
    } else if (raw.getClass().getName().startsWith(SCHEMA_PACKAGE)) {
      return StatementKind.DDL;
    }
    return null;
  }

  private static ConditionKind conditionOf(ModificationStatement.Parsed raw) {
    if ((Boolean) read(raw, ModificationStatement.Parsed.class, "ifNotExists")) {
      return ConditionKind.IF_NOT_EXISTS;
    } else if ((Boolean) read(raw, ModificationStatement.Parsed.class, "ifExists")) {
      return ConditionKind.IF_EXISTS;
    } else if (!raw.getConditions().isEmpty()) {
      return ConditionKind.IF_CONDITIONS;
    }
    return ConditionKind.NONE;
  }

  /**
   * The keyspace and object a schema statement changes, as cqlkit's schema builders record them:
   * the table of CREATE INDEX, the index of DROP INDEX, the view, type or table otherwise, and
   * only the keyspace for keyspace statements.
   */
  private static final class SchemaTarget {
    static String[] of(CQLStatement.Raw raw) {
      Class<?> type = raw.getClass();
      String name = type.getSimpleName().equals("Raw")
          ? type.getEnclosingClass().getSimpleName() : type.getSimpleName();
      switch (name) {
        case "CreateKeyspaceStatement":
        case "AlterKeyspaceStatement":
        case "DropKeyspaceStatement":
          return new String[] {(String) read(raw, type, "keyspaceName"), null};
        case "CreateIndexStatement":
          return qualified(read(raw, type, "tableName"));
        case "CreateViewStatement":
          return qualified(read(raw, type, "viewName"));
        case "CreateAggregateStatement":
          return qualified(read(raw, type, "aggregateName"));
        case "CreateTypeStatement":
        case "AlterTypeStatement":
        case "DropTypeStatement":
          UTName typeName = (UTName) read(raw, type, "name");
          return new String[] {
            typeName.hasKeyspace() ? typeName.getKeyspace() : null, typeName.getStringTypeName()};
        default:
          return qualified(read(raw, type, "name"));
      }
    }

    private static String[] qualified(Object name) {
      if (name instanceof org.apache.cassandra.cql3.functions.FunctionName) {
        // A function or aggregate: cqlkit records its keyspace only (it is no table).
        return new String[] {((org.apache.cassandra.cql3.functions.FunctionName) name).keyspace, null};
      }
      QualifiedName qualified = (QualifiedName) name;
      return new String[] {
        qualified.hasKeyspace() ? qualified.getKeyspace() : null, qualified.getName()};
    }
  }

  /** {@code CQLStatement.Raw.bindVariables} is protected and has no accessor: the parser fills it per statement. */
  private static VariableSpecifications markers(CQLStatement.Raw raw) {
    return (VariableSpecifications) read(raw, CQLStatement.Raw.class, "bindVariables");
  }

  /** One entry per marker occurrence: its name, or null for {@code ?}. */
  @SuppressWarnings("unchecked")
  private static List<ColumnIdentifier> variableNames(VariableSpecifications markers) {
    return (List<ColumnIdentifier>) read(markers, VariableSpecifications.class, "variableNames");
  }

  private static Object read(Object target, Class<?> owner, String field) {
    try {
      Field f = owner.getDeclaredField(field);
      f.setAccessible(true);
      return f.get(target);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cassandra's " + owner.getName() + " has no field " + field
          + " any more: update CassandraParser for this Cassandra version", e);
    }
  }

  private static String indent(String cql) {
    return cql.replace("\n", "\n  ");
  }

  /** Initializes Cassandra's client mode once, on first use. */
  private static final class Client {
    static {
      DatabaseDescriptor.clientInitialization();
    }

    static CQLStatement.Raw parse(String cql) {
      return QueryProcessor.parseStatement(cql);
    }
  }
}
