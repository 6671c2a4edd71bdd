package io.cqlkit.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ArgFileTest {
  @Test
  void should_write_one_quoted_argument_a_line() {
    assertThat(ArgFile.render(Arrays.asList("-Xmx1g", "-cp", "/a b/c.jar")))
        .isEqualTo("\"-Xmx1g\"\n\"-cp\"\n\"/a b/c.jar\"\n");
  }

  @Test
  void should_escape_backslashes_and_quotes() {
    assertThat(ArgFile.render(Arrays.asList("C:\\data", "say \"hi\"")))
        .isEqualTo("\"C:\\\\data\"\n\"say \\\"hi\\\"\"\n");
  }
}
