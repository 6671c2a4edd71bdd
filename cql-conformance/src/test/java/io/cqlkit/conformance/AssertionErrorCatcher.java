package io.cqlkit.conformance;

import static org.assertj.core.api.Assertions.assertThat;

/** Asserts that a parser check fails with the given message (an AssertionError is what it throws). */
final class AssertionErrorCatcher {
  private AssertionErrorCatcher() {}

  static void assertFails(Runnable check, String message) {
    AssertionError failure = null;
    try {
      check.run();
    } catch (AssertionError e) {
      failure = e;
    }
    assertThat(failure).as("the check failed").isNotNull();
    assertThat(failure.getMessage()).isEqualTo(message);
  }
}
