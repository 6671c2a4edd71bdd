package io.cqlkit.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JavaRuntimeTest {
  @TempDir Path root;

  @Test
  void should_use_this_jvm_when_it_is_a_jdk_17_or_11() throws IOException {
    Path current = jdk("current", "17.0.15");

    JavaRuntime java = JavaRuntime.find(Optional.empty(), current, 17, Collections.emptyMap(), root);

    assertThat(java.home()).isEqualTo(current);
    assertThat(java.feature()).isEqualTo(17);
    assertThat(java.javaExecutable()).isEqualTo(current.resolve("bin").resolve("java"));
  }

  @Test
  void should_prefer_JAVA17_HOME_when_this_jvm_is_newer() throws IOException {
    Path current = jdk("temurin-25", "25");
    Path java17 = jdk("elsewhere-17", "17.0.2");
    jdk("java-17-openjdk", "17.0.15");

    JavaRuntime java = JavaRuntime.find(
        Optional.empty(), current, 25, Map.of("JAVA17_HOME", java17.toString()), root);

    assertThat(java.home()).isEqualTo(java17);
  }

  @Test
  void should_find_a_jdk_17_in_the_jvm_directory() throws IOException {
    Path current = jdk("temurin-25", "25");
    jdk("openjdk-17", null); // no release file: not a JDK it can check
    Path java17 = jdk("java-17-openjdk-amd64", "17.0.15");

    JavaRuntime java = JavaRuntime.find(Optional.empty(), current, 25, Collections.emptyMap(), root);

    assertThat(java.home()).isEqualTo(java17);
  }

  @Test
  void should_fall_back_to_a_jdk_11() throws IOException {
    Path current = jdk("temurin-25", "25");
    Path java11 = jdk("java-11-openjdk", "11.0.22");

    JavaRuntime java = JavaRuntime.find(Optional.empty(), current, 25, Collections.emptyMap(), root);

    assertThat(java.home()).isEqualTo(java11);
    assertThat(java.feature()).isEqualTo(11);
  }

  @Test
  void should_say_how_to_provide_a_jdk_when_none_is_found() throws IOException {
    Path current = jdk("temurin-25", "25");

    assertThatThrownBy(() -> JavaRuntime.find(Optional.empty(), current, 25, Collections.emptyMap(), root))
        .isInstanceOf(CassandraNodeException.class)
        .hasMessage("Cassandra 5.0 runs only on JDK 11 or 17, this JVM is a JDK 25 and no JDK 17 or 11"
            + " was found (looked at $JAVA17_HOME, " + root + "/*17*, $JAVA11_HOME, " + root + "/*11*):"
            + " install a JDK 17 and set JAVA17_HOME to its home directory, or call"
            + " CassandraNode.builder().javaHome(path)");
  }

  @Test
  void should_use_the_configured_jdk_even_when_this_jvm_fits() throws IOException {
    Path current = jdk("current", "17.0.15");
    Path configured = jdk("configured", "11.0.22");

    JavaRuntime java = JavaRuntime.find(Optional.of(configured), current, 17, Collections.emptyMap(), root);

    assertThat(java.home()).isEqualTo(configured);
  }

  @Test
  void should_reject_a_configured_jdk_that_cassandra_does_not_run_on() throws IOException {
    Path configured = jdk("temurin-25", "25");

    assertThatThrownBy(() -> JavaRuntime.find(Optional.of(configured), configured, 17, Collections.emptyMap(), root))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("javaHome " + configured + " is a JDK 25, but Cassandra 5.0 runs only on JDK 11 or"
            + " 17: pass the home directory of a JDK 17 or 11");
  }

  @Test
  void should_reject_a_configured_directory_that_is_not_a_jdk() {
    assertThatThrownBy(() -> JavaRuntime.find(Optional.of(root), root, 17, Collections.emptyMap(), root))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("javaHome " + root + " is not a JDK (no bin/java and release file): pass the home"
            + " directory of a JDK 17 or 11, e.g. /usr/lib/jvm/java-17-openjdk-amd64");
  }

  @Test
  void should_read_the_feature_version_from_the_release_file() throws IOException {
    assertThat(JavaRuntime.featureOf(jdk("a", "17.0.15"))).isEqualTo(OptionalInt.of(17));
    assertThat(JavaRuntime.featureOf(jdk("b", "1.8.0_392"))).isEqualTo(OptionalInt.of(8));
    assertThat(JavaRuntime.featureOf(jdk("c", "25"))).isEqualTo(OptionalInt.of(25));
    assertThat(JavaRuntime.featureOf(jdk("d", null))).isEmpty();
  }

  /** A fake JDK: bin/java and, unless version is null, a release file. */
  private Path jdk(String name, String version) throws IOException {
    Path home = Files.createDirectories(root.resolve(name));
    Files.createDirectories(home.resolve("bin"));
    Files.write(home.resolve("bin").resolve("java"), new byte[0]);
    if (version != null) {
      Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"" + version + "\"\n");
    }
    return home;
  }
}
