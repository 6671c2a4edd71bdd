package io.cqlkit.builder;

import static io.cqlkit.builder.Cql.insertInto;
import static io.cqlkit.builder.Cql.selectFrom;
import static io.cqlkit.builder.Term.marker;
import static io.cqlkit.builder.Unset.UNSET;
import static io.cqlkit.builder.assertj.CqlAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cqlkit.builder.mapping.Column;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BindNamedTest {
  record Event(int userId, long ts, String eventType) {}

  record Renamed(int userId, long ts, @Column("kind") String eventType) {}

  record Key(int userId, long ts) {}

  record Extra(int userId, long ts, String eventType, String source) {}

  private final CqlTemplate named =
      insertInto("ks", "events")
          .value("user_id", marker("user_id"))
          .value("ts", marker("ts"))
          .value("event_type", marker("event_type"))
          .template();

  @Test
  void should_bind_a_record_by_the_naming_rule() {
    assertThat(named.bindNamed(new Event(1, 2L, "login")))
        .hasCql("INSERT INTO ks.events (user_id, ts, event_type) VALUES (:user_id, :ts, :event_type)")
        .hasParams(1, 2L, "login");
    // a second class re-plans, the first again too
    assertThat(selectFrom("ks", "events").where("user_id", marker("user_id")).where("ts", marker("ts"))
            .template().bindNamed(new Key(1, 2L)))
        .hasParams(1, 2L);
    assertThat(named.bindNamed(new Event(3, 4L, "x"))).hasParams(3, 4L, "x");
  }

  @Test
  void should_bind_a_record_to_positional_markers_named_by_withNames() {
    CqlTemplate t =
        insertInto("ks", "events").value("user_id", marker()).value("kind", marker()).value("ts", marker())
            .template().withNames("user_id", "kind", "ts");
    assertThat(t.bindNamed(new Renamed(1, 2L, "login")))
        .hasCql("INSERT INTO ks.events (user_id, kind, ts) VALUES (?, ?, ?)")
        .hasParams(1, "login", 2L);
    assertThat(t.bind(Map.of("ts", 2L, "kind", "k", "user_id", 1))).hasParams(1, "k", 2L);
  }

  @Test
  void should_bind_a_name_used_twice_from_one_component() {
    CqlTemplate t =
        selectFrom("ks", "t").where("a", marker("ts")).where("b", marker("user_id")).where("c", marker("ts"))
            .template();
    assertThat(t.bindNamed(new Key(7, 8L))).hasParams(8L, 7, 8L);
  }

  @Test
  void should_name_both_sides_when_a_marker_has_no_component() {
    assertThatThrownBy(() -> named.bindNamed(new Renamed(1, 2L, "x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "marker(s) :event_type of `INSERT INTO ks.events (user_id, ts, event_type) VALUES (:user_id,"
                + " :ts, :event_type)` have no component in record"
                + " io.cqlkit.builder.BindNamedTest$Renamed (components: userId → user_id, ts,"
                + " eventType → kind): name a component after each marker (user_id or userId), or"
                + " annotate it with @Column(\"event_type\")");
  }

  @Test
  void should_name_both_sides_when_a_component_has_no_marker() {
    assertThatThrownBy(() -> named.bindNamed(new Extra(1, 2L, "x", "web")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "component(s) Extra.source have no marker in `INSERT INTO ks.events (user_id, ts,"
                + " event_type) VALUES (:user_id, :ts, :event_type)` (its markers: [user_id, ts,"
                + " event_type]): bind a record of just those values, or a Map");
  }

  @Test
  void should_refuse_positional_markers_without_names() {
    CqlTemplate positional = insertInto("ks", "t").value("user_id", marker()).template();
    assertThatThrownBy(() -> positional.bindNamed(new Key(1, 2L)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "the markers of INSERT INTO ks.t (user_id) VALUES (?) are positional: name them with"
                + " marker(\"name\") or withNames(...), or bind them with bind(Object...)");
    assertThatThrownBy(() -> positional.withNames("a", "b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "expected 1 names (one per marker, in text order), but received 2, for: INSERT INTO ks.t (user_id) VALUES (?)");
    assertThatThrownBy(() -> named.withNames("a", "b", "c"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "the markers of INSERT INTO ks.events (user_id, ts, event_type) VALUES (:user_id, :ts,"
                + " :event_type) are named in its text already: [user_id, ts, event_type]");
  }

  @Test
  void should_bind_nulls_as_unset_when_asked() {
    CqlTemplate t = named.withNullsAsUnset();
    assertThat(t.bindNamed(new Event(1, 2L, null))).hasParams(1, 2L, UNSET);
    assertThat(t.bind(1, 2L, null)).hasParams(1, 2L, UNSET);
    assertThat(named.bind(1, 2L, null)).hasParams(1, 2L, null);
  }

  @Test
  void should_keep_fixed_values_when_binding_by_name() {
    CqlTemplate t =
        insertInto("ks", "events").value("user_id", marker()).value("ts", marker())
            .usingTtl(60).template().withNames("user_id", "ts");
    assertThat(t.bindNamed(new Key(1, 2L)))
        .hasCql("INSERT INTO ks.events (user_id, ts) VALUES (?, ?) USING TTL ?")
        .hasParams(1, 2L, 60);
    assertThat(t.bind(Map.of("user_id", 1, "ts", 2L))).hasParams(1, 2L, 60);
  }
}
