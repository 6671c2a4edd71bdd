package io.cqlkit.node;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;

/** Finds a JDK that Cassandra 5.0 runs on (11 or 17): it dies at start on newer JDKs. */
final class JavaRuntime {
  static final String JAVA17_HOME = "JAVA17_HOME";
  static final String JAVA11_HOME = "JAVA11_HOME";

  private final Path home;
  private final int feature;

  private JavaRuntime(Path home, int feature) {
    this.home = home;
    this.feature = feature;
  }

  Path home() {
    return home;
  }

  int feature() {
    return feature;
  }

  Path javaExecutable() {
    return home.resolve("bin").resolve(isWindows() ? "java.exe" : "java");
  }

  static boolean supports(int feature) {
    return feature == 11 || feature == 17;
  }

  /** The configured JDK, else this JVM when it is 11 or 17, else JAVA17_HOME, /usr/lib/jvm/*17*, JAVA11_HOME, /usr/lib/jvm/*11*. */
  static JavaRuntime find(Optional<Path> configured) {
    return find(
        configured,
        Paths.get(System.getProperty("java.home")),
        Runtime.version().feature(),
        System.getenv(),
        Paths.get("/usr/lib/jvm"));
  }

  static JavaRuntime find(
      Optional<Path> configured, Path currentHome, int currentFeature, Map<String, String> env, Path jvmRoot) {
    if (configured.isPresent()) {
      Path home = configured.get();
      OptionalInt feature = featureOf(home);
      if (feature.isEmpty() || !hasJava(home)) {
        throw new IllegalArgumentException(
            "javaHome " + home + " is not a JDK (no bin/java and release file): pass the home directory"
                + " of a JDK 17 or 11, e.g. /usr/lib/jvm/java-17-openjdk-amd64");
      }
      if (!supports(feature.getAsInt())) {
        throw new IllegalArgumentException(
            "javaHome " + home + " is a JDK " + feature.getAsInt() + ", but Cassandra 5.0 runs only on"
                + " JDK 11 or 17: pass the home directory of a JDK 17 or 11");
      }
      return new JavaRuntime(home, feature.getAsInt());
    }
    if (supports(currentFeature)) {
      return new JavaRuntime(currentHome, currentFeature);
    }
    List<Path> candidates = new ArrayList<>();
    addEnv(candidates, env, JAVA17_HOME);
    candidates.addAll(matching(jvmRoot, "17"));
    addEnv(candidates, env, JAVA11_HOME);
    candidates.addAll(matching(jvmRoot, "11"));
    for (Path home : candidates) {
      OptionalInt feature = featureOf(home);
      if (feature.isPresent()
          && supports(feature.getAsInt())
          && hasJava(home)) {
        return new JavaRuntime(home, feature.getAsInt());
      }
    }
    throw new CassandraNodeException(
        "Cassandra 5.0 runs only on JDK 11 or 17, this JVM is a JDK " + currentFeature
            + " and no JDK 17 or 11 was found (looked at $" + JAVA17_HOME + ", " + jvmRoot + "/*17*, $"
            + JAVA11_HOME + ", " + jvmRoot + "/*11*): install a JDK 17 and set " + JAVA17_HOME
            + " to its home directory, or call CassandraNode.builder().javaHome(path)");
  }

  private static void addEnv(List<Path> candidates, Map<String, String> env, String name) {
    String value = env.get(name);
    if (value != null && !value.isBlank()) {
      candidates.add(Paths.get(value));
    }
  }

  private static List<Path> matching(Path root, String version) {
    List<Path> found = new ArrayList<>();
    if (!Files.isDirectory(root)) {
      return found;
    }
    try (DirectoryStream<Path> dirs = Files.newDirectoryStream(root, "*" + version + "*")) {
      dirs.forEach(found::add);
    } catch (IOException e) {
      return found;
    }
    found.sort(null);
    return found;
  }

  /** The feature version from the JDK's {@code release} file ({@code JAVA_VERSION="17.0.15"}). */
  static OptionalInt featureOf(Path home) {
    Path release = home.resolve("release");
    if (!Files.isRegularFile(release)) {
      return OptionalInt.empty();
    }
    Properties properties = new Properties();
    try (var reader = Files.newBufferedReader(release)) {
      properties.load(reader);
    } catch (IOException | IllegalArgumentException e) {
      return OptionalInt.empty();
    }
    String version = properties.getProperty("JAVA_VERSION", "").replace("\"", "").trim();
    if (version.startsWith("1.")) {
      version = version.substring(2); // 1.8.0_392
    }
    int end = 0;
    while (end < version.length() && Character.isDigit(version.charAt(end))) {
      end++;
    }
    return end == 0 ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(version.substring(0, end)));
  }

  private static boolean hasJava(Path home) {
    return Files.isRegularFile(home.resolve("bin").resolve("java"))
        || Files.isRegularFile(home.resolve("bin").resolve("java.exe"));
  }

  private static boolean isWindows() {
    return System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows");
  }

  @Override
  public String toString() {
    return "JDK " + feature + " at " + home;
  }
}
