package io.cqlkit.driver;

import static io.cqlkit.builder.Cql.selectFrom;
import static io.cqlkit.builder.Relation.contains;
import static io.cqlkit.builder.Relation.eq;
import static io.cqlkit.builder.Relation.gt;
import static io.cqlkit.builder.Relation.in;
import static io.cqlkit.builder.Relation.lte;
import static io.cqlkit.builder.Selector.token;
import static io.cqlkit.builder.Term.marker;
import static io.cqlkit.builder.schema.DataType.INT;
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
 * A null or UNSET for a WHERE marker: a template's bind and the node agree on refusing or accepting
 * it, and where the bind quotes the server, the node says one of the quoted messages. (A null bound
 * of a range on a regular column, {@code v > ?} with ALLOW FILTERING, is refused by the server but
 * taken by the bind: without the schema it cannot tell a regular column from a clustering one, on
 * which the server takes a null bound.)
 */
@ExtendWith(CassandraNodeExtension.class)
class WhereValuesIT {
  private static final String KS = "adapter_where_values";
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
            .build());
    executor.execute(TestCluster.ddl("CREATE INDEX ON " + KS + ".t (s)"));
    executor.execute(TestCluster.ddl("INSERT INTO " + KS + ".t (pk, ck, v, s) VALUES (1, 1, 1, {1})"));
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
        Arguments.of(
            selectFrom(KS, "t").where(eq("v", marker())).allowFiltering().template(), 0));
  }

  @ParameterizedTest
  @MethodSource("relations")
  void should_refuse_at_bind_what_the_node_refuses(CqlTemplate template, int param) {
    for (Object missing : new Object[] {null, Unset.UNSET}) {
      String refusedAtBind = refusal(() -> template.bind(missing));
      Object[] params = template.bind(1).params().toArray();
      params[param] = missing;
      CqlStatement unchecked =
          CqlStatement.builder(StatementKind.SELECT, template.cql())
              .table(KS, "t")
              .params(params)
              .build();
      String refusedByNode = refusal(() -> executor.execute(unchecked));

      String what = template.cql() + " given " + missing;
      assertThat(refusedAtBind != null).as("refused at bind: %s", what).isEqualTo(refusedByNode != null);
      List<String> quoted = quoted(refusedAtBind);
      if (!quoted.isEmpty()) {
        String serverMessage = refusedByNode.replaceAll(" \\[cql: .*", "");
        assertThat(quoted).as("the server's words for %s", what).contains(serverMessage);
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
