package io.cqlkit.builder;

import static io.cqlkit.builder.Cql.buildInsert;
import static io.cqlkit.builder.Cql.insertInto;
import static io.cqlkit.builder.Cql.update;
import static io.cqlkit.builder.Term.marker;
import static io.cqlkit.builder.Unset.UNSET;
import static io.cqlkit.builder.assertj.CqlAssertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UnsetTest {

  @Test
  void should_bind_unset_without_changing_the_text() {
    CqlStatement set = insertInto("ks", "users").value("id", 1).value("email", "a@b").build();
    CqlStatement unset = insertInto("ks", "users").value("id", 1).value("email", UNSET).build();
    assertThat(unset)
        .hasCql(set.cql())
        .hasParams(1, UNSET)
        .isIdempotent();
    org.assertj.core.api.Assertions.assertThat(unset.toString())
        .isEqualTo("CqlStatement{cql=INSERT INTO ks.users (id, email) VALUES (?, ?), params=[java.lang.Integer, UNSET]}");
    org.assertj.core.api.Assertions.assertThat(Unset.isUnset(unset.params().get(1))).isTrue();
  }

  @Test
  void should_bind_unset_in_templates_and_updates() {
    CqlTemplate t = update("ks", "users").set("email", marker()).where("id", marker()).template();
    assertThat(t.bind(UNSET, 1)).hasCql("UPDATE ks.users SET email = ? WHERE id = ?").hasParams(UNSET, 1);
  }

  @Test
  void should_refuse_unset_inside_a_collection() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> insertInto("ks", "t").value("pk", 1).value("l", java.util.List.of(UNSET)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("[UNSET] holds UNSET: only a whole value can be unset, not an element; remove it");
  }

  @Test
  void should_write_nulls_as_unset_when_asked() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("id", 1);
    values.put("email", null);
    assertThat(buildInsert("ks", "users", values)).hasParams(1, null);
    assertThat(buildInsert("ks", "users", values, InsertOptions.builder().nullsAsUnset().build()))
        .hasCql("INSERT INTO ks.users (id, email) VALUES (?, ?)")
        .hasParams(1, UNSET);
  }
}
