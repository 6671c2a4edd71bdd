package io.cqlkit.node;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The Cassandra server's jars, as Maven resolved them when this module was built (the
 * {@code cassandra-classpath.txt} resource written by maven-dependency-plugin's build-classpath).
 */
final class ServerClasspath {
  static final String RESOURCE = "cassandra-classpath.txt";
  private static final String REBUILD =
      "build the cassandra-node module with Maven (mvn -pl cassandra-node -am verify), which resolves"
          + " org.apache.cassandra:cassandra-all from Maven Central and writes this list";

  private ServerClasspath() {}

  /** The jars, each checked to exist. */
  static List<Path> jars() {
    String text;
    try (InputStream in = ServerClasspath.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new CassandraNodeException(
            "the resource io/cqlkit/node/" + RESOURCE + " (the Cassandra server's classpath) is missing: "
                + REBUILD);
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
    } catch (IOException e) {
      throw new CassandraNodeException("cannot read the Cassandra server's classpath: " + e, e);
    }
    return parse(text);
  }

  static List<Path> parse(String text) {
    List<Path> jars = new ArrayList<>();
    List<Path> missing = new ArrayList<>();
    for (String entry : text.trim().split(File.pathSeparator)) {
      if (entry.isBlank()) {
        continue;
      }
      Path jar = Paths.get(entry.trim());
      jars.add(jar);
      if (!Files.isRegularFile(jar)) {
        missing.add(jar);
      }
    }
    if (jars.stream().noneMatch(jar -> jar.getFileName().toString().startsWith("cassandra-all-"))) {
      throw new CassandraNodeException(
          "the Cassandra server's classpath names no cassandra-all jar: " + REBUILD);
    }
    if (!missing.isEmpty()) {
      throw new CassandraNodeException(
          missing.size() + " jar(s) of the Cassandra server's classpath are missing, e.g. " + missing.get(0)
              + " (the local Maven repository was cleaned or this jar was built on another machine): "
              + REBUILD);
    }
    return Collections.unmodifiableList(jars);
  }
}
