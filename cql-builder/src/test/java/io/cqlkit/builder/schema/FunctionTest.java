package io.cqlkit.builder.schema;

import static io.cqlkit.builder.schema.DataType.INT;
import static io.cqlkit.builder.schema.DataType.TEXT;
import static io.cqlkit.builder.schema.DataType.listOf;
import static io.cqlkit.builder.schema.Schema.createAggregate;
import static io.cqlkit.builder.schema.Schema.createFunction;
import static io.cqlkit.builder.schema.Schema.dropAggregate;
import static io.cqlkit.builder.schema.Schema.dropFunction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cqlkit.builder.StatementKind;
import org.junit.jupiter.api.Test;

class FunctionTest {
  private static final CreateFunction PLUS =
      createFunction("ks", "plus")
          .withParameter("a", INT)
          .withParameter("b", INT)
          .returnsNullOnNullInput()
          .returns(INT)
          .language("java")
          .as("return a + b;");

  @Test
  void should_create_a_function_with_its_body_between_dollars() {
    assertThat(PLUS.build().cql())
        .isEqualTo(
            "CREATE FUNCTION ks.plus(a int, b int) RETURNS NULL ON NULL INPUT RETURNS int"
                + " LANGUAGE java AS $$return a + b;$$");
    assertThat(PLUS.build().kind()).isEqualTo(StatementKind.DDL);
  }

  @Test
  void should_create_or_replace_and_if_not_exists_with_exact_names() {
    assertThat(
            createFunction("MyKs", "MyFn")
                .orReplace()
                .withParameter("Input", listOf(TEXT))
                .calledOnNullInput()
                .returns(TEXT)
                .language("JAVA")
                .as("return Input == null ? null : Input.toString();")
                .build()
                .cql())
        .isEqualTo(
            "CREATE OR REPLACE FUNCTION \"MyKs\".\"MyFn\"(\"Input\" list<text>) CALLED ON NULL"
                + " INPUT RETURNS text LANGUAGE java AS $$return Input == null ? null :"
                + " Input.toString();$$");
    assertThat(createFunction("ks", "key").withParameter("a", INT).calledOnNullInput()
            .returns(INT).language("java").as("return a;").ifNotExists().build().cql())
        .isEqualTo(
            "CREATE FUNCTION IF NOT EXISTS ks.\"key\"(a int) CALLED ON NULL INPUT RETURNS int"
                + " LANGUAGE java AS $$return a;$$");
  }

  @Test
  void should_quote_a_body_that_dollars_cannot_hold() {
    assertThat(PLUS.as("return \"$$\".length() + a + b; // it's").build().cql())
        .endsWith(" AS 'return \"$$\".length() + a + b; // it''s'");
    assertThat(PLUS.as("return a; // $").build().cql()).endsWith(" AS 'return a; // $'");
  }

  @Test
  void should_create_an_aggregate() {
    assertThat(
            createAggregate("ks", "total")
                .withArgumentType(INT)
                .stateFunction("plus")
                .stateType(INT)
                .initialCondition(0)
                .build()
                .cql())
        .isEqualTo("CREATE AGGREGATE ks.total(int) SFUNC plus STYPE int INITCOND 0");
    assertThat(
            createAggregate("ks", "Average")
                .orReplace()
                .withArgumentType(INT)
                .stateFunction("avgState")
                .stateType(DataType.tupleOf(INT, DataType.BIGINT))
                .finalFunction("avgFinal")
                .initialCondition(java.util.List.of(0, 0))
                .build()
                .cql())
        .isEqualTo(
            "CREATE OR REPLACE AGGREGATE ks.\"Average\"(int) SFUNC \"avgState\" STYPE"
                + " tuple<int, bigint> FINALFUNC \"avgFinal\" INITCOND [0, 0]");
  }

  @Test
  void should_drop_a_function_or_aggregate_by_its_argument_types() {
    assertThat(dropFunction("ks", "plus", INT, INT).ifExists().build().cql())
        .isEqualTo("DROP FUNCTION IF EXISTS ks.plus(int, int)");
    assertThat(dropFunction("ks", "MyFn").build().cql()).isEqualTo("DROP FUNCTION ks.\"MyFn\"");
    assertThat(dropAggregate("ks", "total", INT).build().cql())
        .isEqualTo("DROP AGGREGATE ks.total(int)");
  }

  @Test
  void should_refuse_an_incomplete_or_contradictory_function() {
    assertThatThrownBy(() -> PLUS.orReplace().ifNotExists().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "CREATE FUNCTION ks.plus has both orReplace() and ifNotExists(): Cassandra refuses the"
                + " two together; choose one");
    assertThatThrownBy(
            () -> createFunction("ks", "f").returns(INT).language("java").as("return 1;").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "CREATE FUNCTION ks.f does not say what a null argument does: call calledOnNullInput()"
                + " or returnsNullOnNullInput()");
    assertThatThrownBy(() -> PLUS.withParameter("a", TEXT).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("parameter a is declared twice in function ks.plus: declare each parameter once");
    assertThatThrownBy(() -> PLUS.language("java; DROP"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("language(...) takes a language name such as java, not \"java; DROP\"");
    assertThatThrownBy(() -> createAggregate("ks", "a").stateType(INT).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("CREATE AGGREGATE ks.a has no state function: call stateFunction(\"name\")");
  }
}
