package io.cqlkit.builder;

import static io.cqlkit.builder.Cql.insertInto;
import static io.cqlkit.builder.Cql.selectFrom;
import static io.cqlkit.builder.Relation.in;
import static io.cqlkit.builder.Term.marker;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Test;

/** A statement is immutable: the caller's objects are copied or frozen as they enter. */
class FrozenValuesTest {

  @Test
  void should_not_change_when_the_list_given_to_in_changes() {
    List<Integer> cks = new ArrayList<>(List.of(1, 2));
    CqlStatement s = selectFrom("ks", "t").where("pk", 1).where(in("ck", cks)).build();
    int hash = s.hashCode();
    cks.add(3);
    assertThat(s.params()).containsExactly(1, List.of(1, 2));
    assertThat(s.hashCode()).isEqualTo(hash);
    assertThatThrownBy(() -> ((List<?>) s.params().get(1)).clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void should_not_change_when_a_byte_array_or_buffer_changes() {
    byte[] bytes = {1, 2, 3};
    ByteBuffer buffer = ByteBuffer.wrap(new byte[] {4, 5});
    CqlStatement s =
        insertInto("ks", "t").value("pk", 1).value("b", bytes).value("c", buffer).build();
    int hash = s.hashCode();
    bytes[0] = 9;
    buffer.put(0, (byte) 9);
    assertThat((byte[]) s.params().get(1)).containsExactly(1, 2, 3);
    assertThat(((ByteBuffer) s.params().get(2)).get(0)).isEqualTo((byte) 4);
    assertThat(((ByteBuffer) s.params().get(2)).isReadOnly()).isTrue();
    assertThat(s.hashCode()).isEqualTo(hash);
  }

  @Test
  void should_not_change_when_a_vector_array_changes() {
    float[] embedding = {1f, 2f};
    long[] counts = {3L};
    CqlStatement s =
        insertInto("ks", "t").value("pk", 1).value("v", embedding).value("c", counts).build();
    int hash = s.hashCode();
    embedding[0] = 9f;
    counts[0] = 9L;
    assertThat((float[]) s.params().get(1)).containsExactly(1f, 2f);
    assertThat((long[]) s.params().get(2)).containsExactly(3L);
    assertThat(s.hashCode()).isEqualTo(hash);
  }

  @Test
  void should_not_change_when_an_array_read_from_its_params_changes() {
    CqlStatement s =
        insertInto("ks", "t")
            .value("pk", 1)
            .value("b", new byte[] {1})
            .value("v", new int[] {2})
            .build();
    int hash = s.hashCode();
    ((byte[]) s.params().get(1))[0] = 9;
    ((int[]) s.params().toArray()[2])[0] = 9;
    assertThat((byte[]) s.params().get(1)).containsExactly(1);
    assertThat((int[]) s.params().get(2)).containsExactly(2);
    assertThat(s.hashCode()).isEqualTo(hash);
  }

  @Test
  void should_compare_params_holding_arrays_by_content() {
    CqlStatement s = insertInto("ks", "t").value("pk", 1).value("b", new byte[] {1}).build();
    CqlStatement same = insertInto("ks", "t").value("pk", 1).value("b", new byte[] {1}).build();
    assertThat(s.params()).isEqualTo(same.params()).isEqualTo(s.params());
    assertThat(s.params().hashCode()).isEqualTo(same.params().hashCode());
    CqlStatement other = insertInto("ks", "t").value("pk", 1).value("b", new byte[] {2}).build();
    assertThat(s.params()).isNotEqualTo(other.params());
    assertThat(insertInto("ks", "t").value("pk", 1).value("a", "x").build().params())
        .isEqualTo(List.of(1, "x"))
        .hasSameHashCodeAs(List.of(1, "x"));
  }

  @Test
  void should_keep_immutable_values_as_they_are() {
    List<Integer> cks = List.of(1, 2);
    String text = "x";
    CqlStatement s = selectFrom("ks", "t").where("pk", text).where(in("ck", cks)).build();
    assertThat(s.params().get(0)).isSameAs(text);
    assertThat(s.params().get(1)).isSameAs(cks);
  }

  @Test
  void should_freeze_values_bound_to_a_template() {
    CqlTemplate template =
        insertInto("ks", "t").value("pk", marker()).value("m", marker()).template();
    Map<String, Integer> m = new HashMap<>(Map.of("a", 1));
    CqlStatement s = template.bind(1, m);
    m.put("b", 2);
    assertThat(s.params()).containsExactly(1, Map.of("a", 1));
  }

  @Test
  void should_refuse_values_no_executor_can_bind() {
    assertThatThrownBy(() -> insertInto("ks", "t").value("pk", new Object()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "a java.lang.Object is not a value an executor can bind: pass " + Values.ACCEPTED);
    assertThatThrownBy(() -> insertInto("ks", "t").value("pk", Optional.of(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "a java.util.Optional is not a value an executor can bind: pass "
                + Values.ACCEPTED
                + "; for an Optional pass optional.orElse(null)");
    CqlStatement statement = insertInto("ks", "t").value("pk", 1).build();
    assertThatThrownBy(() -> selectFrom("ks", "t").where("pk", statement))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "a io.cqlkit.builder.CqlStatement is not a value an executor can bind: pass "
                + Values.ACCEPTED);
    assertThatThrownBy(() -> insertInto("ks", "t").value("n", new AtomicLong(5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "a java.util.concurrent.atomic.AtomicLong is not a value an executor can bind: pass "
                + Values.ACCEPTED
                + "; pass its current value (get() or sum())");
    assertThatThrownBy(
            () -> insertInto("ks", "t").value("n", marker()).template().bind(new LongAdder()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "a java.util.concurrent.atomic.LongAdder is not a value an executor can bind");
    assertThatThrownBy(() -> selectFrom("ks", "t").where(in("pk", List.of(1, new Object()))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a java.lang.Object is not a value an executor can bind");
  }

  @Test
  void should_show_the_refused_value_only_when_asked() {
    MessageValues.show(true);
    try {
      assertThatThrownBy(() -> insertInto("ks", "t").value("pk", Optional.of("secret")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith(
              "a java.util.Optional (Optional[secret]) is not a value an executor can bind: pass ");
    } finally {
      MessageValues.show(false);
    }
  }

  @Test
  void should_refuse_a_null_inside_a_collection() {
    List<Integer> withNull = new ArrayList<>();
    withNull.add(null);
    assertThatThrownBy(() -> selectFrom("ks", "t").where(in("pk", withNull)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "[null] holds a null: CQL collections hold no nulls (the server refuses them); remove"
                + " it");
  }
}
