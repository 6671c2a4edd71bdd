package io.cqlkit.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ServerClasspathTest {
  @Test
  void should_list_the_cassandra_server_jars_resolved_by_maven() {
    List<Path> jars = ServerClasspath.jars();

    assertThat(jars).extracting(jar -> jar.getFileName().toString())
        .contains("cassandra-all-5.0.9.jar")
        .anyMatch(name -> name.startsWith("netty-all-"))
        .anyMatch(name -> name.startsWith("logback-classic-"))
        .noneMatch(name -> name.startsWith("junit-") || name.startsWith("assertj-")
            || name.startsWith("opentest4j-") || name.startsWith("cassandra-node"));
    assertThat(jars).allMatch(jar -> jar.toFile().isFile());
  }

  /**
   * The parent pom manages guava/logback/slf4j for the rest of the build, and managed versions also
   * apply to transitive dependencies: the server must still get the versions Cassandra declares.
   */
  @Test
  void should_use_the_versions_cassandra_declares_for_its_direct_dependencies() throws Exception {
    List<Path> jars = ServerClasspath.jars();
    Path cassandraAll = jars.stream()
        .filter(jar -> jar.getFileName().toString().equals("cassandra-all-5.0.9.jar"))
        .findFirst().orElseThrow();
    Path versionDir = cassandraAll.getParent();
    Path repository = versionDir.getParent().getParent(); // .../org/apache/cassandra
    Document parent = parse(repository.resolve("cassandra-parent/5.0.9/cassandra-parent-5.0.9.pom"));
    Document all = parse(versionDir.resolve("cassandra-all-5.0.9.pom"));
    Map<String, Element> managed = managedDependencies(parent);

    List<String> expected = new ArrayList<>();
    NodeList dependencies = ((Element) all.getElementsByTagName("dependencies").item(0))
        .getElementsByTagName("dependency");
    for (int i = 0; i < dependencies.getLength(); i++) {
      Element dependency = (Element) dependencies.item(i);
      String artifact = text(dependency, "artifactId");
      Element management = managed.get(text(dependency, "groupId") + ":" + artifact);
      if (management == null) {
        continue;
      }
      String version = text(management, "version");
      String scope = firstNonNull(text(dependency, "scope"), text(management, "scope"), "compile");
      String optional = firstNonNull(text(dependency, "optional"), text(management, "optional"), "false");
      if (version != null && !version.contains("$")
          && (scope.equals("compile") || scope.equals("runtime")) && optional.equals("false")) {
        expected.add(artifact + "-" + version);
      }
    }

    assertThat(expected).contains("guava-32.0.1-jre", "logback-classic-1.5.18", "slf4j-api-2.0.17");
    List<String> names = new ArrayList<>();
    jars.forEach(jar -> names.add(jar.getFileName().toString()));
    for (String jar : expected) {
      assertThat(names).as("the server classpath holds %s.jar", jar)
          .anyMatch(name -> name.equals(jar + ".jar") || name.startsWith(jar + "-"));
    }
  }

  @Test
  void should_keep_cassandra_off_the_callers_classpath() {
    assertThatThrownBy(() -> Class.forName("org.apache.cassandra.service.CassandraDaemon"))
        .isInstanceOf(ClassNotFoundException.class);
  }

  @Test
  void should_say_how_to_rebuild_when_a_jar_is_missing() {
    String text = "/no/such/repo/cassandra-all-5.0.9.jar" + File.pathSeparator + "/no/such/repo/guava.jar";

    assertThatThrownBy(() -> ServerClasspath.parse(text))
        .isInstanceOf(CassandraNodeException.class)
        .hasMessage("2 jar(s) of the Cassandra server's classpath are missing, e.g."
            + " /no/such/repo/cassandra-all-5.0.9.jar (the local Maven repository was cleaned or this"
            + " jar was built on another machine): build the cassandra-node module with Maven (mvn -pl"
            + " cassandra-node -am verify), which resolves org.apache.cassandra:cassandra-all from Maven"
            + " Central and writes this list");
  }

  @Test
  void should_reject_a_classpath_without_cassandra() {
    assertThatThrownBy(() -> ServerClasspath.parse("/repo/guava.jar"))
        .isInstanceOf(CassandraNodeException.class)
        .hasMessageStartingWith("the Cassandra server's classpath names no cassandra-all jar: build the"
            + " cassandra-node module with Maven");
  }

  private static Map<String, Element> managedDependencies(Document pom) {
    Map<String, Element> versions = new HashMap<>();
    Element management = (Element) pom.getElementsByTagName("dependencyManagement").item(0);
    NodeList dependencies = management.getElementsByTagName("dependency");
    for (int i = 0; i < dependencies.getLength(); i++) {
      Element dependency = (Element) dependencies.item(i);
      if (dependency.getParentNode().getParentNode() == management) {
        versions.put(text(dependency, "groupId") + ":" + text(dependency, "artifactId"), dependency);
      }
    }
    return versions;
  }

  private static String firstNonNull(String... values) {
    for (String value : values) {
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  private static String text(Element element, String child) {
    NodeList nodes = element.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i) instanceof Element && ((Element) nodes.item(i)).getTagName().equals(child)) {
        return nodes.item(i).getTextContent().trim();
      }
    }
    return null;
  }

  private static Document parse(Path pom) throws Exception {
    return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
  }
}
