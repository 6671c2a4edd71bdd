package io.cqlkit.builder.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RecordModelTest {
  record Event(UUID userId, long ts, @Column("kind") String eventType) {}

  record Both(String user_id, String userId) {}

  record Clash(@Column("a") String x, String a) {}

  static final class NotARecord {}

  @Test
  void should_turn_java_names_into_snake_case() {
    assertThat(RecordModel.snakeCase("userId")).isEqualTo("user_id");
    assertThat(RecordModel.snakeCase("ts")).isEqualTo("ts");
    assertThat(RecordModel.snakeCase("eventType2")).isEqualTo("event_type2");
    assertThat(RecordModel.snakeCase("v2Name")).isEqualTo("v2_name");
    assertThat(RecordModel.snakeCase("HTTPStatus")).isEqualTo("http_status");
    assertThat(RecordModel.snakeCase("userID")).isEqualTo("user_id");
    assertThat(RecordModel.snakeCase("already_snake")).isEqualTo("already_snake");
  }

  @Test
  void should_find_components_by_exact_snake_or_annotated_name() {
    RecordModel<Event> model = RecordModel.of(Event.class);
    assertThat(model.indexOf("user_id")).isEqualTo(0);
    assertThat(model.indexOf("userId")).isEqualTo(0);
    assertThat(model.indexOf("ts")).isEqualTo(1);
    assertThat(model.indexOf("kind")).isEqualTo(2);
    assertThat(model.indexOf("event_type")).isEqualTo(-1);
    assertThat(model.indexOf("eventType")).isEqualTo(-1);
    assertThat(model.components().get(0).names()).isEqualTo(List.of("userId", "user_id"));
    assertThat(model.components().get(2).names()).isEqualTo(List.of("kind"));
    assertThat(model.describe()).isEqualTo("userId → user_id, ts, eventType → kind");
  }

  @Test
  void should_prefer_the_exact_match() {
    RecordModel<Both> model = RecordModel.of(Both.class);
    assertThat(model.indexOf("user_id")).isEqualTo(0);
    assertThat(model.indexOf("userId")).isEqualTo(1);
  }

  @Test
  void should_read_components_and_make_records() {
    RecordModel<Event> model = RecordModel.of(Event.class);
    UUID id = UUID.randomUUID();
    Event e = new Event(id, 5L, "login");
    assertThat(model.components().get(0).get(e)).isEqualTo(id);
    assertThat(model.components().get(1).get(e)).isEqualTo(5L);
    assertThat(model.newInstance(id, 5L, "login")).isEqualTo(e);
    assertThat(RecordModel.of(Event.class)).isSameAs(model);
  }

  @Test
  void should_refuse_two_components_of_one_name() {
    assertThatThrownBy(() -> RecordModel.of(Clash.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "components Clash.x and Clash.a of io.cqlkit.builder.mapping.RecordModelTest$Clash both"
                + " answer to the name a: rename one, or give it another @Column name");
  }

  @Test
  @SuppressWarnings({"unchecked", "rawtypes"})
  void should_refuse_a_class_that_is_not_a_record() {
    assertThatThrownBy(() -> RecordModel.of((Class) NotARecord.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "io.cqlkit.builder.mapping.RecordModelTest$NotARecord is not a record class: cqlkit"
                + " binds and reads Java records (declare it as `record NotARecord(...)`)");
  }

  @Test
  void should_refuse_null_in_a_primitive_component() {
    assertThatThrownBy(() -> RecordModel.of(Event.class).newInstance(null, null, "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "component Event.ts is a primitive long and cannot be null: declare it as Long to allow null");
  }
}
