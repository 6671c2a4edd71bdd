package io.cqlkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Keeps the release honest: cqlkit-bom (which has no parent) lists exactly the published modules,
 * at the project's version, every published module builds sources and javadoc jars, and the
 * README's dependency snippets import that BOM. (The Central metadata itself is checked by the
 * enforcer execution "central-metadata" of every module.)
 */
class PublishedArtifactsTest {
  private static final Path ROOT = Paths.get("..").toAbsolutePath().normalize();
  private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");
  private static final Pattern ARTIFACT = Pattern.compile("<artifactId>([^<]+)</artifactId>");

  @Test
  void should_list_every_published_module_in_the_bom_at_the_project_version() throws IOException {
    String parent = read(ROOT.resolve("pom.xml"));
    String bom = read(ROOT.resolve("cqlkit-bom/pom.xml"));
    TreeSet<String> published = new TreeSet<>();
    for (String module : all(MODULE, parent)) {
      String pom = read(ROOT.resolve(module).resolve("pom.xml"));
      if (!module.equals("cqlkit-bom") && !pom.contains("<maven.deploy.skip>true</maven.deploy.skip>")) {
        published.add(module);
        assertThat(pom)
            .as("%s is published: it must build its sources and javadoc jars", module)
            .contains("<artifactId>maven-source-plugin</artifactId>")
            .contains("<artifactId>maven-javadoc-plugin</artifactId>");
      }
    }
    String managed = bom.substring(bom.indexOf("<dependencyManagement>"), bom.indexOf("</dependencyManagement>"));

    assertThat(new TreeSet<>(all(ARTIFACT, managed))).isEqualTo(published);
    assertThat(published).contains("cql-builder", "executor-spi", "driver-adapter", "executor-metrics");
    assertThat(version(bom)).isEqualTo(version(parent));
  }

  @Test
  void should_import_the_bom_in_the_readme_snippets() throws IOException {
    String readme = read(ROOT.resolve("README.md"));
    String version = version(read(ROOT.resolve("pom.xml")));

    assertThat(readme)
        .contains(
            "    <dependency>\n"
                + "      <groupId>io.cqlkit</groupId>\n"
                + "      <artifactId>cqlkit-bom</artifactId>\n"
                + "      <version>" + version + "</version>\n"
                + "      <type>pom</type>\n"
                + "      <scope>import</scope>\n"
                + "    </dependency>")
        .contains("mvn -B -ntp install -DskipTests");
    // Once the BOM is imported, no snippet names a cqlkit version again.
    assertThat(readme.split("<artifactId>cqlkit-bom</artifactId>\n\\s*<version>", -1)).hasSize(2);
  }

  /** The project's own version: the first <version> after </parent> or, without a parent, after <artifactId>. */
  private static String version(String pom) {
    int from = pom.contains("</parent>") ? pom.indexOf("</parent>") : pom.indexOf("<artifactId>");
    Matcher m = Pattern.compile("<version>([^<]+)</version>").matcher(pom);
    assertThat(m.find(from)).isTrue();
    return m.group(1);
  }

  private static List<String> all(Pattern pattern, String text) {
    List<String> found = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  private static String read(Path path) throws IOException {
    return Files.readString(path, StandardCharsets.UTF_8);
  }
}
