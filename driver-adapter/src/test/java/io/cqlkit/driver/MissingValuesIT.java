package io.cqlkit.driver;

import static io.cqlkit.builder.Cql.selectFrom;
import static io.cqlkit.builder.Cql.update;
import static io.cqlkit.builder.Relation.contains;
import static io.cqlkit.builder.Relation.containsKey;
import static io.cqlkit.builder.Relation.eq;
import static io.cqlkit.builder.Relation.gt;
import static io.cqlkit.builder.Relation.in;
import static io.cqlkit.builder.Relation.lte;
import static io.cqlkit.builder.Relation.ne;
import static io.cqlkit.builder.Selector.element;
import static io.cqlkit.builder.Selector.token;
import static io.cqlkit.builder.Term.marker;
import static io.cqlkit.builder.schema.DataType.INT;
import static io.cqlkit.builder.schema.DataType.mapOf;
import static io.cqlkit.builder.schema.DataType.setOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.cqlkit.builder.CqlStatement;
import io.cqlkit.builder.CqlTemplate;
import io.cqlkit.builder.StatementKind;
import io.cqlkit.builder.Unset;
import io.cqlkit.builder.schema.Schema;
import io.cqlkit.node.CassandraNode;
import io.cqlkit.node.CassandraNodeExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.annotation.CheckForNull;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A null or UNSET for the marker of a WHERE relation or of an IF condition: a template's bind and
 * the node agree on refusing or accepting it, and the bind's message holds what the node says. (A
 * null bound of a range on a regular column, {@code v > ?} with ALLOW FILTERING, is refused by the
 * server but taken by the bind: without the schema it cannot tell a regular column from a
 * clustering one, on which the server takes a null bound.)
 */
@ExtendWith(CassandraNodeExtension.class)
class MissingValuesIT {
  private static final String KS = "adapter_missing_values";
  private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");
  private static DriverExecutor executor;

  @BeforeAll
  static void schema(CassandraNode node) {
    executor = TestCluster.connect(node);
    TestCluster.recreateKeyspace(executor, KS);
    executor.execute(
        Schema.createTable(KS, "t")
            .withPartitionKey("pk", INT)
            .withClusteringColumn("ck", INT)
            .withColumn("v", INT)
            .withColumn("s", setOf(INT))
            .withColumn("m", mapOf(INT, INT))
            .build());
    executor.execute(TestCluster.ddl("CREATE INDEX ON " + KS + ".t (s)"));
    executor.execute(
        TestCluster.ddl(
            "INSERT INTO " + KS + ".t (pk, ck, v, s, m) VALUES (1, 1, 1, {1}, {1: 1})"));
  }

  @AfterAll
  static void close() {
    if (executor != null) {
      executor.close();
    }
  }

  /** A template with one marker, and the index of that marker's param. */
  static Stream<Arguments> relations() {
    return Stream.of(
        Arguments.of(selectFrom(KS, "t").where("pk", marker()).template(), 0),
        Arguments.of(selectFrom(KS, "t").where("pk", 1).where("ck", marker()).template(), 1),
        Arguments.of(selectFrom(KS, "t").where("pk", 1).where(gt("ck", marker())).template(), 1),
        Arguments.of(selectFrom(KS, "t").where("pk", 1).where(lte("ck", marker())).template(), 1),
        Arguments.of(selectFrom(KS, "t").where(in("pk", marker())).template(), 0),
        Arguments.of(selectFrom(KS, "t").where("pk", 1).where(in("ck", marker())).template(), 1),
        Arguments.of(selectFrom(KS, "t").where(token("pk").gt(marker())).template(), 0),
        Arguments.of(
            selectFrom(KS, "t").where("pk", 1).where(contains("s", marker())).template(), 1),
        Arguments.of(selectFrom(KS, "t").where(eq("v", marker())).allowFiltering().template(), 0));
  }

  /** An UPDATE of the row with one IF condition whose right side is the marker (-1: the last param). */
  static Stream<Arguments> conditions() {
    return Stream.of(
            eq("v", marker()),
            ne("v", marker()),
            gt("v", marker()),
            lte("v", marker()),
            in("v", marker()),
            contains("s", marker()),
            containsKey("m", marker()),
            element("m", 1).eq(marker()),
            element("m", 1).gt(marker()))
        .map(
            condition ->
                Arguments.of(
                    update(KS, "t")
                        .set("v", 1)
                        .where("pk", 1)
                        .where("ck", 1)
                        .onlyIf(condition)
                        .template(),
                    -1));
  }

  @ParameterizedTest
  @MethodSource("relations")
  void should_refuse_at_bind_what_the_node_refuses_in_where(CqlTemplate template, int param) {
    agree(template, param, StatementKind.SELECT);
  }

  @ParameterizedTest
  @MethodSource("conditions")
  void should_refuse_at_bind_what_the_node_refuses_in_a_condition(CqlTemplate template, int param) {
    agree(template, param, StatementKind.UPDATE);
  }

  /** Binds null and UNSET to the marker at {@code param}, and sends the same unchecked. */
  private static void agree(CqlTemplate template, int param, StatementKind kind) {
    for (Object missing : new Object[] {null, Unset.UNSET}) {
      String refusedAtBind = refusal(() -> template.bind(missing));
      Object[] params = template.bind(1).params().toArray();
      params[param < 0 ? params.length - 1 : param] = missing;
      CqlStatement unchecked =
          CqlStatement.builder(kind, template.cql()).table(KS, "t").params(params).build();
      String refusedByNode = refusal(() -> executor.execute(unchecked));

      String what = template.cql() + " given " + missing;
      assertThat(refusedAtBind != null)
          .as("refused at bind: %s", what)
          .isEqualTo(refusedByNode != null);
      if (refusedAtBind != null
          && (refusedAtBind.contains("\"") || refusedAtBind.contains("it says"))) {
        String serverMessage = refusedByNode.replaceAll(" \\[cql: .*", "");
        List<String> said = quoted(refusedAtBind);
        assertThat(
                said.contains(serverMessage)
                    || refusedAtBind.contains("it says: " + serverMessage + ")"))
            .as("the server's words for %s: %s in %s", what, serverMessage, refusedAtBind)
            .isTrue();
      }
    }
  }

  @CheckForNull
  private static String refusal(Runnable action) {
    try {
      action.run();
      return null;
    } catch (RuntimeException e) {
      return e.getMessage();
    }
  }

  private static List<String> quoted(String message) {
    List<String> out = new ArrayList<>();
    if (message != null) {
      Matcher m = QUOTED.matcher(message);
      while (m.find()) {
        out.add(m.group(1));
      }
    }
    return out;
  }
}
