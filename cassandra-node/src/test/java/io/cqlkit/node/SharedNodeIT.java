package io.cqlkit.node;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A second class of the run: gets the node the first class got, not a new one. */
@ExtendWith(CassandraNodeExtension.class)
class SharedNodeIT {
  @Test
  void should_share_the_node_with_the_other_test_classes(CassandraNode node) {
    assertThat(node).isSameAs(SharedNodes.first(node));
    assertThat(node.isRunning()).isTrue();
  }
}
