package io.cqlkit.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The extension injects one running node, shared by every test class of the run. */
@ExtendWith(CassandraNodeExtension.class)
class CassandraNodeExtensionIT {
  private static CassandraNode beforeAllNode;
  private final CassandraNode constructorNode;

  CassandraNodeExtensionIT(CassandraNode node) {
    this.constructorNode = node;
  }

  @BeforeAll
  static void remember(CassandraNode node) {
    beforeAllNode = node;
  }

  @Test
  void should_inject_a_running_node_that_serves_cql(CassandraNode node) {
    assertThat(node.isRunning()).isTrue();
    assertThat(CqlProbe.answersOptions(node.contactPoint(), Duration.ofSeconds(5))).isTrue();
    assertThat(node.logTail(1000)).anyMatch(line -> line.contains(CassandraNode.READY_LOG_LINE));
  }

  @Test
  void should_inject_the_same_node_into_constructors_lifecycle_methods_and_tests(CassandraNode node) {
    assertThat(node).isSameAs(constructorNode).isSameAs(beforeAllNode);
  }

  @Test
  void should_share_the_node_with_the_other_test_classes(CassandraNode node) {
    assertThat(node).isSameAs(SharedNodes.first(node));
  }

  @Nested
  class NestedTests {
    @Test
    void should_inject_the_same_node_into_nested_classes(CassandraNode node) {
      assertThat(node).isSameAs(constructorNode);
    }
  }
}
