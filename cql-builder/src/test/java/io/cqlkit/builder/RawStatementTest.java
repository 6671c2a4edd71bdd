package io.cqlkit.builder;

import static io.cqlkit.builder.Cql.raw;
import static io.cqlkit.builder.assertj.CqlAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cqlkit.builder.rules.CqlRuleViolationException;
import java.util.List;
import org.junit.jupiter.api.Test;

class RawStatementTest {

  @Test
  void should_take_its_kind_from_the_first_keyword() {
    assertThat(raw("select * from ks.t where pk = ?", 1)).hasKind(StatementKind.SELECT).isIdempotent();
    assertThat(raw("INSERT INTO ks.t (pk) VALUES (?)", 1)).hasKind(StatementKind.INSERT).isNotIdempotent();
    assertThat(raw("  -- why\n UPDATE ks.t SET v = v + ? WHERE pk = ?", 1, 2)).hasKind(StatementKind.UPDATE);
    assertThat(raw("/* c */ DELETE FROM ks.t WHERE pk = ?", 1)).hasKind(StatementKind.DELETE);
    assertThat(raw("TRUNCATE ks.t")).hasKind(StatementKind.TRUNCATE).hasNoParams();
    assertThat(raw("CREATE TABLE ks.t (pk int PRIMARY KEY)")).hasKind(StatementKind.DDL);
    assertThat(raw("BEGIN UNLOGGED BATCH\n  INSERT INTO ks.t (pk) VALUES (?);\n  DELETE FROM ks.t WHERE pk = ?;\nAPPLY BATCH;", 1, 2))
        .hasKind(StatementKind.BATCH)
        .hasParams(1, 2);
    assertThat(raw("begin counter batch UPDATE ks.c SET n = n + ? WHERE k = ?; APPLY BATCH", 1L, "a"))
        .hasKind(StatementKind.BATCH);
  }

  @Test
  void should_keep_the_text_and_params_as_given() {
    CqlStatement s = raw("UPDATE ks.t SET v = v + ? WHERE pk = ?;", 1, 7);
    assertThat(s).hasCql("UPDATE ks.t SET v = v + ? WHERE pk = ?;").hasParams(1, 7).isNotConditional();
    org.assertj.core.api.Assertions.assertThat(s.isRaw()).isTrue();
    org.assertj.core.api.Assertions.assertThat(s.isCounter()).isFalse();
    org.assertj.core.api.Assertions.assertThat(s.bindings()).isEmpty();
  }

  @Test
  void should_read_its_table_condition_ttl_and_timestamp_from_the_text() {
    CqlStatement insert = raw("insert into Ks.\"My Table\" (pk) values (?) if not exists using ttl ?", 1, 60);
    org.assertj.core.api.Assertions.assertThat(insert.keyspace()).contains("ks");
    org.assertj.core.api.Assertions.assertThat(insert.table()).contains("My Table");
    assertThat(insert).hasConditionKind(ConditionKind.IF_NOT_EXISTS).isNotIdempotent();
    org.assertj.core.api.Assertions.assertThat(insert.hasTtl()).isTrue();
    org.assertj.core.api.Assertions.assertThat(insert.hasTimestamp()).isFalse();

    CqlStatement update = raw("UPDATE t USING TIMESTAMP 5 AND TTL ? SET v = 'if' WHERE pk = ? IF v = ?", 1, 2, "x");
    org.assertj.core.api.Assertions.assertThat(update.keyspace()).isEmpty();
    org.assertj.core.api.Assertions.assertThat(update.table()).contains("t");
    assertThat(update).hasConditionKind(ConditionKind.IF_CONDITIONS);
    org.assertj.core.api.Assertions.assertThat(update.hasTtl()).isTrue();
    org.assertj.core.api.Assertions.assertThat(update.hasTimestamp()).isTrue();

    CqlStatement delete = raw("DELETE m[?] FROM ks.t /* IF EXISTS */ WHERE pk = ? IF EXISTS", "k", 1);
    org.assertj.core.api.Assertions.assertThat(delete.table()).contains("t");
    assertThat(delete).hasConditionKind(ConditionKind.IF_EXISTS);

    CqlStatement plain = raw("DELETE FROM ks.t WHERE \"if\" = ? AND ttl = ?", 1, 2);
    assertThat(plain).hasConditionKind(ConditionKind.NONE);
    org.assertj.core.api.Assertions.assertThat(plain.hasTtl()).isFalse();

    CqlStatement select = raw("SELECT ttl(v) FROM ks.t WHERE pk = ?", 1);
    org.assertj.core.api.Assertions.assertThat(select.table()).contains("t");
    org.assertj.core.api.Assertions.assertThat(select.hasTtl()).isFalse();

    CqlStatement batch = raw("BEGIN BATCH USING TIMESTAMP ? UPDATE ks.t SET v = ? WHERE pk = ? IF v = ?; APPLY BATCH", 1L, 2, 3, 4);
    assertThat(batch).hasConditionKind(ConditionKind.IF_CONDITIONS);
    org.assertj.core.api.Assertions.assertThat(batch.hasTimestamp()).isTrue();
    org.assertj.core.api.Assertions.assertThat(raw("CREATE TABLE IF NOT EXISTS ks.t (pk int PRIMARY KEY)").isConditional())
        .isFalse();
  }

  @Test
  void should_not_count_markers_in_literals_names_or_comments() {
    assertThat(
            raw(
                "SELECT \"what?\", 'it''s ?' FROM ks.t -- a ? here\n"
                    + "WHERE pk = ? /* and :there ? */ AND v = $$ ? :x $$ // ?",
                1))
        .hasParams(1);
  }

  @Test
  void should_count_named_markers_in_text_order() {
    CqlStatement s = raw("SELECT * FROM ks.t WHERE pk = :pk AND ck > :From AND ck < :\"To\" AND v = :pk", 1, 2, 3, 1);
    assertThat(s).hasParams(1, 2, 3, 1);
    org.assertj.core.api.Assertions.assertThat(s.markerNames()).containsExactly("pk", "from", "To", "pk");
  }

  @Test
  void should_refuse_what_it_cannot_tell_or_count() {
    assertThatThrownBy(() -> raw("SELECT * FROM ks.t WHERE pk = ? AND ck = ?", 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "`SELECT * FROM ks.t WHERE pk = ? AND ck = ?` has 2 positional marker(s), but received 1"
                + " param(s): give one value per marker, in text order");
    assertThatThrownBy(() -> raw("SELECT * FROM ks.t WHERE pk = :a AND ck = :a", 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "`SELECT * FROM ks.t WHERE pk = :a AND ck = :a` has 2 named marker(s), but received 1"
                + " param(s): give one value per marker, in text order (a name used twice takes two values)");
    assertThatThrownBy(() -> raw("SELECT * FROM ks.t WHERE pk = :pk AND ck = ?", 1, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "`SELECT * FROM ks.t WHERE pk = :pk AND ck = ?` mixes 1 positional (?) and 1 named"
                + " (:name) markers: use one kind only");
    assertThatThrownBy(() -> raw("USE ks"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Cql.raw(...) cannot tell what `USE ks` does: it must start with SELECT, INSERT, UPDATE,"
                + " DELETE, BEGIN [UNLOGGED | COUNTER] BATCH, TRUNCATE, CREATE, ALTER, DROP, GRANT or REVOKE");
    assertThatThrownBy(() -> raw("BEGIN TRANSACTION"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Cql.raw(...) cannot tell what `BEGIN TRANSACTION` does");
    assertThatThrownBy(() -> raw("DELETE FROM ks.t WHERE pk = 1; DROP TABLE ks.t"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Cql.raw(...) takes one statement, but `DELETE FROM ks.t WHERE pk = 1; DROP TABLE ks.t`"
                + " holds more after its ';': make one statement of each, or a batch");
    assertThatThrownBy(() -> raw("SELECT * FROM ks.t WHERE v = 'open"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A string literal starting at offset 29 of `SELECT * FROM ks.t WHERE v = 'open` is not closed");
    assertThatThrownBy(() -> raw(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cql.raw(...) needs a CQL text, but received an empty text");
  }

  @Test
  void should_go_in_a_built_batch_and_be_refused_there_by_kind() {
    CqlStatement raw = raw("UPDATE ks.t SET l = l + ? WHERE pk = ?", List.of(1), 1);
    assertThat(Cql.loggedBatch().add(raw).add(Cql.insertInto("ks", "t").value("pk", 2).build()).build())
        .hasCql("BEGIN BATCH\n  UPDATE ks.t SET l = l + ? WHERE pk = ?;\n  INSERT INTO ks.t (pk) VALUES (?);\nAPPLY BATCH")
        .hasParams(List.of(1), 1, 2);
    assertThatThrownBy(() -> Cql.loggedBatch().add(raw("SELECT * FROM ks.t")))
        .isInstanceOf(CqlRuleViolationException.class)
        .hasMessage(
            "BATCH_ONLY_MODIFICATIONS: statement 0 (SELECT * FROM ks.t) is a SELECT statement, but a"
                + " batch holds only INSERT, UPDATE and DELETE; execute it on its own, outside the batch");
  }
}
