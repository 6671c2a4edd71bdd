package io.cqlkit.builder.schema;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import com.google.errorprone.annotations.CheckReturnValue;
import io.cqlkit.builder.CqlIdentifier;
import io.cqlkit.builder.CqlLiteral;
import io.cqlkit.builder.CqlStatement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.CheckForNull;

/**
 * {@code CREATE [OR REPLACE] FUNCTION [IF NOT EXISTS] ks.name(a int, ...) CALLED | RETURNS NULL ON
 * NULL INPUT RETURNS type LANGUAGE language AS body}: a user-defined function (the node needs
 * {@code user_defined_functions_enabled: true}).
 *
 * <pre>{@code
 * createFunction("ks", "plus").withParameter("a", INT).withParameter("b", INT)
 *     .returnsNullOnNullInput().returns(INT).language("java").as("return a + b;").build().cql();
 * // CREATE FUNCTION ks.plus(a int, b int) RETURNS NULL ON NULL INPUT RETURNS int LANGUAGE java
 * //     AS $$return a + b;$$
 * }</pre>
 */
@CheckReturnValue
public final class CreateFunction implements SchemaStatementBuilder {
  private final QualifiedName function;
  private final boolean orReplace;
  private final boolean ifNotExists;
  private final Chain<Parameter> parameters;
  /** True: CALLED ON NULL INPUT; false: RETURNS NULL ON NULL INPUT; null: not said yet. */
  @CheckForNull private final Boolean calledOnNullInput;
  @CheckForNull private final DataType returnType;
  @CheckForNull private final String language;
  @CheckForNull private final String body;

  private CreateFunction(
      QualifiedName function,
      boolean orReplace,
      boolean ifNotExists,
      Chain<Parameter> parameters,
      @CheckForNull Boolean calledOnNullInput,
      @CheckForNull DataType returnType,
      @CheckForNull String language,
      @CheckForNull String body) {
    this.function = function;
    this.orReplace = orReplace;
    this.ifNotExists = ifNotExists;
    this.parameters = parameters;
    this.calledOnNullInput = calledOnNullInput;
    this.returnType = returnType;
    this.language = language;
    this.body = body;
  }

  static CreateFunction of(QualifiedName function) {
    return new CreateFunction(function, false, false, Chain.empty(), null, null, null, null);
  }

  /** {@code CREATE OR REPLACE FUNCTION}: replaces a function of the same signature. */
  public CreateFunction orReplace() {
    return new CreateFunction(
        function, true, ifNotExists, parameters, calledOnNullInput, returnType, language, body);
  }

  /** {@code IF NOT EXISTS}: no error (and no change) when the function already exists. */
  public CreateFunction ifNotExists() {
    return new CreateFunction(
        function, orReplace, true, parameters, calledOnNullInput, returnType, language, body);
  }

  /** Declares a parameter, in order: its exact name and its type. */
  public CreateFunction withParameter(String name, DataType type) {
    checkArgument(type != null, "parameter %s needs a type, e.g. DataType.INT", name);
    return new CreateFunction(
        function,
        orReplace,
        ifNotExists,
        parameters.add(new Parameter(Names.of(name, "parameter"), type)),
        calledOnNullInput,
        returnType,
        language,
        body);
  }

  /** {@code CALLED ON NULL INPUT}: the body runs even when an argument is null. */
  public CreateFunction calledOnNullInput() {
    return new CreateFunction(
        function, orReplace, ifNotExists, parameters, true, returnType, language, body);
  }

  /** {@code RETURNS NULL ON NULL INPUT}: null without running the body when an argument is null. */
  public CreateFunction returnsNullOnNullInput() {
    return new CreateFunction(
        function, orReplace, ifNotExists, parameters, false, returnType, language, body);
  }

  /** {@code RETURNS type}. */
  public CreateFunction returns(DataType type) {
    checkArgument(type != null, "returns(...) needs a type, e.g. DataType.INT");
    return new CreateFunction(
        function, orReplace, ifNotExists, parameters, calledOnNullInput, type, language, body);
  }

  /** {@code LANGUAGE java} (or another language the node enables). */
  public CreateFunction language(String language) {
    checkArgument(
        language != null && language.matches("[A-Za-z][A-Za-z0-9_]*"),
        "language(...) takes a language name such as java, not %s",
        language == null ? "null" : '"' + language + '"');
    return new CreateFunction(
        function, orReplace, ifNotExists, parameters, calledOnNullInput, returnType, language,
        body);
  }

  /**
   * {@code AS body}: written {@code $$body$$} when that reads back as the same text, otherwise as
   * a quoted string with {@code '} doubled, so no body can end the statement.
   */
  public CreateFunction as(String body) {
    checkArgument(
        body != null && !body.isEmpty(), "as(...) needs the function's body, e.g. \"return a + b;\"");
    return new CreateFunction(
        function, orReplace, ifNotExists, parameters, calledOnNullInput, returnType, language,
        body);
  }

  @Override
  public CqlStatement build() {
    checkState(
        !(orReplace && ifNotExists),
        "CREATE FUNCTION %s has both orReplace() and ifNotExists(): Cassandra refuses the two"
            + " together; choose one",
        function);
    checkState(
        calledOnNullInput != null,
        "CREATE FUNCTION %s does not say what a null argument does: call calledOnNullInput() or"
            + " returnsNullOnNullInput()",
        function);
    checkState(returnType != null, "CREATE FUNCTION %s has no return type: call returns(type)", function);
    checkState(language != null, "CREATE FUNCTION %s has no language: call language(\"java\")", function);
    checkState(body != null, "CREATE FUNCTION %s has no body: call as(\"...\")", function);
    List<Parameter> all = parameters.toList();
    Set<CqlIdentifier> seen = new HashSet<>();
    for (Parameter parameter : all) {
      checkState(
          seen.add(parameter.name),
          "parameter %s is declared twice in function %s: declare each parameter once",
          parameter.name,
          function);
    }
    StringBuilder sb = new StringBuilder("CREATE ");
    if (orReplace) {
      sb.append("OR REPLACE ");
    }
    sb.append("FUNCTION ");
    if (ifNotExists) {
      sb.append("IF NOT EXISTS ");
    }
    function.appendTo(sb);
    sb.append('(');
    for (int i = 0; i < all.size(); i++) {
      if (i > 0) {
        sb.append(", ");
      }
      sb.append(all.get(i).name.asCql()).append(' ').append(all.get(i).type.asCql());
    }
    sb.append(calledOnNullInput ? ") CALLED ON NULL INPUT" : ") RETURNS NULL ON NULL INPUT");
    sb.append(" RETURNS ").append(returnType.asCql());
    sb.append(" LANGUAGE ").append(language.toLowerCase(java.util.Locale.ROOT));
    sb.append(" AS ");
    appendBody(sb, body);
    return Statements.ddl(sb, function.keyspaceName(), null);
  }

  /** {@code $$body$$}, or {@code 'body'} with {@code '} doubled when {@code $$} would not hold it. */
  static void appendBody(StringBuilder sb, String body) {
    if (!body.contains("$$") && !body.endsWith("$")) {
      sb.append("$$").append(body).append("$$");
    } else {
      CqlLiteral.appendTo(sb, body);
    }
  }

  /** The CQL, or why it cannot build yet. */
  @Override
  public String toString() {
    return Statements.describe(this);
  }

  private static final class Parameter {
    final CqlIdentifier name;
    final DataType type;

    Parameter(CqlIdentifier name, DataType type) {
      this.name = name;
      this.type = type;
    }
  }
}
