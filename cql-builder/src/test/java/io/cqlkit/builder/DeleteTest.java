package io.cqlkit.builder;

import static io.cqlkit.builder.Cql.deleteFrom;
import static io.cqlkit.builder.Relation.eq;
import static io.cqlkit.builder.Relation.gt;
import static io.cqlkit.builder.Relation.in;
import static io.cqlkit.builder.Relation.lt;
import static io.cqlkit.builder.assertj.CqlAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import io.cqlkit.builder.rules.CqlRuleViolationException;
import org.junit.jupiter.api.Test;

class DeleteTest {

  @Test
  void should_delete_a_whole_row() {
    assertThat(deleteFrom("t").where("pk", 1).build())
        .hasKind(StatementKind.DELETE)
        .hasCql("DELETE FROM t WHERE pk = ?")
        .hasParams(1)
        .isIdempotent();
  }

  @Test
  void should_delete_columns() {
    assertThat(deleteFrom("ks", "t").columns("a", "Select").columns("b").where("pk", 1).build())
        .hasCql("DELETE a, \"Select\", b FROM ks.t WHERE pk = ?")
        .hasParams(1);
  }

  @Test
  void should_delete_a_list_element_by_index() {
    assertThat(deleteFrom("ks", "t").listElement("l", 2).where("pk", 1).build())
        .hasCql("DELETE l[?] FROM ks.t WHERE pk = ?")
        .hasParams(2, 1)
        .isNotIdempotent();
  }

  @Test
  void should_delete_a_clustering_range() {
    assertThat(deleteFrom("ks", "t").where("pk", 1).where(gt("ck", 2)).where(lt("ck", 9)).build())
        .hasCql("DELETE FROM ks.t WHERE pk = ? AND ck > ? AND ck < ?")
        .hasParams(1, 2, 9);
  }

  @Test
  void should_delete_with_in() {
    assertThat(deleteFrom("ks", "t").where(in("pk", List.of(1, 2))).build())
        .hasCql("DELETE FROM ks.t WHERE pk IN ?")
        .hasParams(List.of(1, 2));
  }

  @Test
  void should_delete_with_conditions() {
    assertThat(deleteFrom("ks", "t").where("pk", 1).onlyIf(eq("v", "x")).build())
        .hasCql("DELETE FROM ks.t WHERE pk = ? IF v = ?")
        .hasParams(1, "x")
        .isConditional()
        .hasConditionKind(ConditionKind.IF_CONDITIONS)
        .isNotIdempotent();
  }

  @Test
  void should_show_the_text_so_far_in_to_string() {
    assertThat(deleteFrom("ks", "t").columns("a").toString()).isEqualTo("DELETE a FROM ks.t");
  }

  @Test
  void should_refuse_a_delete_without_where() {
    assertThatThrownBy(() -> deleteFrom("ks", "t").columns("a").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "DELETE FROM ks.t has no WHERE clause: add where(column, value) for the partition key"
                + " (CQL cannot delete every row; use TRUNCATE for that)");
  }

  @Test
  void should_refuse_a_conditional_delete_with_a_timestamp() {
    assertThatThrownBy(
            () -> deleteFrom("ks", "t").where("pk", 1).ifExists().usingTimestamp(1L).build())
        .isInstanceOf(CqlRuleViolationException.class)
        .hasMessage(
            "CONDITIONAL_WITH_TIMESTAMP: the statement (DELETE FROM ks.t) is conditional (IF EXISTS)"
                + " and has USING TIMESTAMP, which a lightweight transaction cannot take; remove the"
                + " timestamp: Paxos assigns one");
  }

  @Test
  void should_refuse_if_exists_with_conditions() {
    assertThatThrownBy(
            () -> deleteFrom("ks", "t").where("pk", 1).onlyIf(eq("a", 1)).ifExists().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "DELETE FROM ks.t has both IF EXISTS and IF conditions: CQL takes one or the other;"
                + " drop ifExists() or the onlyIf(...) conditions");
  }

  @Test
  void should_refuse_empty_columns_and_negative_index() {
    assertThatThrownBy(() -> deleteFrom("t").columns())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "columns(...) needs at least one column name; to delete whole rows, call no"
                + " columns(...)");
    assertThatThrownBy(() -> deleteFrom("t").listElement("l", -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a list index is 0 or more, not -1");
  }
}
