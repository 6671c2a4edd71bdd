package io.cqlkit.builder.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChainTest {

  @Test
  void should_list_items_in_the_order_added() {
    Chain<String> chain = Chain.<String>empty().add("a").add("b").add("c");

    assertThat(chain.toList()).containsExactly("a", "b", "c");
    assertThat(chain.size()).isEqualTo(3);
    assertThat(chain.isEmpty()).isFalse();
  }

  @Test
  void should_leave_earlier_versions_unchanged_when_branching() {
    Chain<String> base = Chain.<String>empty().add("a");

    Chain<String> left = base.add("left");
    Chain<String> right = base.add("right").add("more");

    assertThat(base.toList()).containsExactly("a");
    assertThat(left.toList()).containsExactly("a", "left");
    assertThat(right.toList()).containsExactly("a", "right", "more");
  }

  @Test
  void should_be_empty_at_first() {
    assertThat(Chain.empty().isEmpty()).isTrue();
    assertThat(Chain.empty().toList()).isEmpty();
  }
}
