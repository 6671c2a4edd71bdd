package io.cqlkit.conformance;

import static io.cqlkit.builder.Term.literal;
import static io.cqlkit.builder.Term.marker;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cqlkit.builder.Batch;
import io.cqlkit.builder.BatchType;
import io.cqlkit.builder.Cql;
import io.cqlkit.builder.CqlStatement;
import io.cqlkit.builder.CqlTemplate;
import io.cqlkit.builder.Delete;
import io.cqlkit.builder.Insert;
import io.cqlkit.builder.Order;
import io.cqlkit.builder.Relation;
import io.cqlkit.builder.Select;
import io.cqlkit.builder.Selector;
import io.cqlkit.builder.StatementKind;
import io.cqlkit.builder.Term;
import io.cqlkit.builder.Update;
import io.cqlkit.builder.schema.AlterTable;
import io.cqlkit.builder.schema.CreateIndex;
import io.cqlkit.builder.schema.CreateMaterializedView;
import io.cqlkit.builder.schema.CreateTable;
import io.cqlkit.builder.schema.CreateType;
import io.cqlkit.builder.schema.DataType;
import io.cqlkit.builder.schema.Replication;
import io.cqlkit.builder.schema.Schema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Hostile names and strings — quotes, {@code ;}, {@code --}, {@code /* *}{@code /}, {@code //},
 * newlines, statement keywords, unicode with emoji and right-to-left marks, backslashes, invisible
 * whitespace — used as keyspaces, tables, columns, aliases, fields, types, marker names, literals
 * and DDL option values: every statement parses as exactly one statement that names exactly what
 * was given, no more and no less, and holds exactly the strings given.
 *
 * <p>Fixed seed; {@code -Dcqlkit.conformance.seed=N} tries another one.
 */
class InjectionConformanceTest {
  private static final long SEED = Long.getLong("cqlkit.conformance.seed", 0x1A7EC7L);
  private static final int CASES_PER_AREA = 800;

  /** A statement and everything it must parse back to. */
  private static final class Case {
    final Set<String> names = new LinkedHashSet<>();
    final List<String> strings = new ArrayList<>();
    final Map<String, Object> properties = new LinkedHashMap<>();
    CqlStatement statement;

    String name(String name) {
      names.add(name);
      return name;
    }

    String string(String string) {
      strings.add(string);
      return string;
    }
  }

  private final SplittableRandom random = new SplittableRandom(SEED);
  private final RandomNames names = new RandomNames(random);

  @Test
  void should_keep_hostile_names_and_literals_of_inserts_updates_deletes_and_selects_intact() {
    assertAllIntact("DML", () -> {
      switch (random.nextInt(4)) {
        case 0: return insert();
        case 1: return update();
        case 2: return delete();
        default: return select();
      }
    });
  }

  @Test
  void should_keep_hostile_names_and_literals_of_batches_intact() {
    assertAllIntact("BATCH", () -> {
      Case c = new Case();
      Batch batch = Cql.batch(random.nextBoolean() ? BatchType.LOGGED : BatchType.UNLOGGED);
      for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
        Case child = random.nextBoolean() ? insert() : random.nextBoolean() ? update() : delete();
        batch = batch.add(child.statement);
        c.names.addAll(child.names);
        c.strings.addAll(child.strings);
      }
      c.statement = batch.build();
      return c;
    });
  }

  @Test
  void should_keep_hostile_marker_names_intact() {
    assertAllIntact("NAMED MARKERS", () -> {
      Case c = new Case();
      String ks = c.name(hostileName());
      String table = c.name(hostileName());
      List<String> markers = new ArrayList<>();
      Select select = Cql.selectFrom(ks, table);
      Set<String> columns = new LinkedHashSet<>(); // each column restricted once by =
      for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
        String column = hostileName();
        if (!columns.add(column)) {
          continue;
        }
        String marker = hostileName();
        markers.add(marker);
        select = select.where(Relation.eq(c.name(column), marker(marker)));
      }
      CqlTemplate template = select.limit(marker(hostileName())).template();
      Map<String, Object> values = new LinkedHashMap<>();
      template.markerNames().forEach(name -> values.put(name, name.length()));
      c.statement = template.bind(values);
      assertThat(c.statement.markerNames()).startsWith(markers.toArray(String[]::new));
      return c; // CassandraParser compares the marker names it read with markerNames()
    });
  }

  @Test
  void should_keep_hostile_names_and_option_values_of_schema_statements_intact() {
    assertAllIntact("DDL", () -> {
      switch (random.nextInt(9)) {
        case 0: return createTable();
        case 1: return alterTable();
        case 2: return createIndex();
        case 3: return createType();
        case 4: return alterType();
        case 5: return alterKeyspace();
        case 6: return createView();
        case 7: return drop();
        default: return truncate();
      }
    });
  }

  @Test
  void should_refuse_hostile_names_for_objects_cassandra_creates() {
    for (int i = 0; i < 200; i++) {
      String name = names.hostile();
      if (name.matches("\\w+")) {
        continue; // "SELECT", "null0x00": word characters, which Cassandra accepts (quoted)
      }
      assertThatThrownBy(() -> Schema.createKeyspace(name))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("may hold only letters, digits and underscores");
      assertThatThrownBy(() -> Schema.createTable("ks", name))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("may hold only letters, digits and underscores");
      assertThatThrownBy(() -> Schema.createIndex(name))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("may hold only letters, digits and underscores");
      assertThatThrownBy(() -> Schema.createMaterializedView("ks", name))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("may hold only letters, digits and underscores");
    }
  }

  @Test
  void should_refuse_empty_names_before_rendering_anything() {
    assertThatThrownBy(() -> Cql.insertInto("ks", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a table name must not be null or empty, but was \"\": pass the exact table name");
    assertThatThrownBy(() -> Cql.selectFrom("ks", "t").columns(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a column name must not be null or empty, but was \"\": pass the exact column name");
    assertThatThrownBy(() -> marker(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a marker name must not be null or empty, but was \"\": pass the exact marker name");
  }

  @Test
  void should_report_a_name_or_string_the_parser_reads_otherwise() {
    Case extraColumn = new Case();
    extraColumn.name("ks");
    extraColumn.name("t");
    extraColumn.name("a");
    extraColumn.statement = CqlStatement.schema(StatementKind.DDL, "CREATE TABLE ks.t (a int PRIMARY KEY, b int)", "ks", "t");
    Case splitString = new Case();
    splitString.name("ks");
    splitString.name("t");
    splitString.name("a");
    splitString.string("x', 'y");
    splitString.statement = Cql.insertInto("ks", "t").value("a", literal(List.of("x", "y"))).build();

    assertThat(check(extraColumn)).isEqualTo("the parser read the names [ks, t, a, b] but the statement was"
        + " built with [ks, t, a] in:\n  CREATE TABLE ks.t (a int PRIMARY KEY, b int)");
    assertThat(check(splitString)).isEqualTo("the parser read the strings [x, y] but the statement was"
        + " built with [x', 'y] in:\n  INSERT INTO ks.t (a) VALUES (['x', 'y'])");
  }

  // --- checking ----------------------------------------------------------------------------------

  private void assertAllIntact(String area, Supplier<Case> cases) {
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < CASES_PER_AREA; i++) {
      Case c = cases.get();
      String failure = check(c);
      if (failure != null) {
        failures.add("seed " + SEED + ", " + area + " case " + i + ": " + failure);
      }
    }
    assertThat(failures)
        .as("%s of %s %s cases failed; the first ones:%n%s", failures.size(), CASES_PER_AREA, area,
            failures.stream().limit(10).collect(Collectors.joining("\n\n")))
        .isEmpty();
  }

  private static String check(Case c) {
    ParsedCql parsed;
    try {
      parsed = CassandraParser.assertParses(c.statement);
    } catch (AssertionError e) {
      return e.getMessage();
    }
    RawContents contents = RawContents.of(parsed.statement());
    String where = " in:\n  " + c.statement.cql().replace("\n", "\n  ");
    if (!contents.names().equals(c.names)) {
      return "the parser read the names " + quoted(contents.names()) + " but the statement was built with "
          + quoted(c.names) + where;
    }
    if (!sorted(contents.strings()).equals(sorted(c.strings))) {
      return "the parser read the strings " + quoted(contents.strings()) + " but the statement was built with "
          + quoted(c.strings) + where;
    }
    for (Map.Entry<String, Object> expected : c.properties.entrySet()) {
      Object actual = contents.properties().get(expected.getKey());
      boolean same = expected.getValue() instanceof Map && actual instanceof Map
          ? ((Map<?, ?>) actual).entrySet().containsAll(((Map<?, ?>) expected.getValue()).entrySet())
          : expected.getValue().equals(actual);
      if (!same) {
        return "the parser read option " + expected.getKey() + " = " + quoted(actual) + " but it was built with "
            + quoted(expected.getValue()) + where;
      }
    }
    return null;
  }

  private static List<String> sorted(List<String> strings) {
    return strings.stream().sorted().collect(Collectors.toList());
  }

  /** Shows invisible characters, so a failure says which one went wrong. */
  private static String quoted(Object value) {
    StringBuilder sb = new StringBuilder();
    String text = String.valueOf(value);
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch < 0x20 || (ch >= 0x7f && ch < 0xa0) || Character.getType(ch) == Character.FORMAT
          || Character.isSpaceChar(ch) && ch != ' ') {
        sb.append(String.format("\\u%04x", (int) ch));
      } else {
        sb.append(ch);
      }
    }
    return sb.toString();
  }

  // --- hostile inputs ----------------------------------------------------------------------------

  /** Mostly hostile, sometimes a keyword or a plain name, so hostile names sit next to plain ones. */
  private String hostileName() {
    int pick = random.nextInt(10);
    return pick < 7 ? names.hostile() : pick < 9 ? names.keyword() : names.plain();
  }

  private List<String> hostileNames(Case c, int count) {
    List<String> out = new ArrayList<>();
    while (out.size() < count) {
      String name = hostileName();
      if (!out.contains(name)) {
        out.add(c.name(name));
      }
    }
    return out;
  }

  /** A string literal to write into the text; hostile most of the time. */
  private Object stringLiteral(Case c) {
    if (random.nextInt(5) == 0) {
      String key = c.string(names.hostile());
      String value = c.string(names.text());
      return literal(Map.of(key, value));
    }
    if (random.nextInt(5) == 0) {
      return literal(List.of(c.string(names.hostile()), c.string(names.text())));
    }
    return literal(c.string(random.nextBoolean() ? names.hostile() : names.text()));
  }

  private Object value(Case c) {
    return random.nextInt(3) == 0 ? names.hostile() /* bound: never in the text */ : stringLiteral(c);
  }

  // --- DML ---------------------------------------------------------------------------------------

  private Case insert() {
    Case c = new Case();
    Insert insert = Cql.insertInto(c.name(hostileName()), c.name(hostileName()));
    for (String column : hostileNames(c, 1 + random.nextInt(4))) {
      insert = insert.value(column, value(c));
    }
    if (random.nextBoolean()) {
      insert = insert.ifNotExists().usingTtl(60);
    }
    c.statement = insert.build();
    return c;
  }

  private Case update() {
    Case c = new Case();
    Update update = Cql.update(c.name(hostileName()), c.name(hostileName()));
    List<String> columns = hostileNames(c, 2 + random.nextInt(3));
    update = update.set(columns.get(0), value(c));
    for (String column : columns.subList(1, columns.size())) {
      update = random.nextBoolean() ? update.put(column, value(c), value(c)) : update.addToSet(column, value(c));
    }
    update = update.where(c.name(hostileName()), value(c));
    if (random.nextBoolean()) {
      update = update.onlyIf(Selector.element(c.name(hostileName()), value(c)).eq(value(c)))
          .onlyIf(Relation.ne(c.name(hostileName()), value(c)));
    }
    c.statement = update.build();
    return c;
  }

  private Case delete() {
    Case c = new Case();
    Delete delete = Cql.deleteFrom(c.name(hostileName()), c.name(hostileName()));
    if (random.nextBoolean()) {
      delete = delete.columns(c.name(hostileName())).element(c.name(hostileName()), value(c));
    }
    delete = delete.where(c.name(hostileName()), value(c))
        .where(Relation.gte(c.name(hostileName()), value(c)));
    if (random.nextBoolean()) {
      delete = delete.ifExists();
    }
    c.statement = delete.build();
    return c;
  }

  private Case select() {
    Case c = new Case();
    Select select = Cql.selectFrom(c.name(hostileName()), c.name(hostileName()));
    for (String column : hostileNames(c, 1 + random.nextInt(3))) {
      select = select.columns(column);
      if (random.nextBoolean()) {
        select = select.as(c.name(hostileName()));
      }
    }
    if (random.nextBoolean()) {
      select = select.select(Selector.writetime(c.name(hostileName()))).as(c.name(hostileName()));
    }
    select = select.where(c.name(hostileName()), value(c));
    switch (random.nextInt(5)) {
      case 0: select = select.where(Relation.in(c.name(hostileName()), Term.tuple(value(c), value(c)))); break;
      case 1: select = select.where(Relation.contains(c.name(hostileName()), value(c))); break;
      case 2: select = select.where(Relation.like(c.name(hostileName()), value(c))); break;
      case 3: select = select.where(Selector.token(c.name(hostileName())).gt(value(c))); break;
      default: select = select.where(Selector.columns(c.name(hostileName()), c.name(hostileName()))
          .gt(Term.tuple(value(c), value(c))));
    }
    if (random.nextBoolean()) {
      select = select.groupBy(c.name(hostileName())).orderBy(c.name(hostileName()), Order.DESC);
    }
    c.statement = select.allowFiltering().build();
    return c;
  }

  // --- DDL ---------------------------------------------------------------------------------------

  private Case createTable() {
    Case c = new Case();
    String table = c.name(names.word());
    CreateTable create = Schema.createTable(c.name(hostileName()), table);
    List<String> columns = hostileNames(c, 3 + random.nextInt(3));
    create = create.withPartitionKey(columns.get(0), DataType.TEXT)
        .withClusteringColumn(columns.get(1), DataType.INT)
        .withColumn(columns.get(2), DataType.frozen(DataType.udt(c.name(typeName()))));
    for (String column : columns.subList(3, columns.size())) {
      create = create.withColumn(column, DataType.mapOf(DataType.TEXT, DataType.frozen(DataType.udt(c.name(typeName())))));
    }
    String comment = names.hostile();
    c.properties.put("comment", comment);
    String compaction = names.hostile();
    c.properties.put("compaction", Map.of("class", compaction));
    c.statement = create.withClusteringOrder(columns.get(1), io.cqlkit.builder.schema.ClusteringOrder.DESC)
        .withComment(comment)
        .withCompaction(Map.of("class", compaction))
        .build();
    return c;
  }

  private Case alterTable() {
    Case c = new Case();
    AlterTable alter = Schema.alterTable(c.name(hostileName()), c.name(hostileName()));
    switch (random.nextInt(4)) {
      case 0:
        for (String column : hostileNames(c, 1 + random.nextInt(3))) {
          alter = alter.addColumn(column, DataType.listOf(DataType.TEXT));
        }
        break;
      case 1:
        for (String column : hostileNames(c, 1 + random.nextInt(3))) {
          alter = alter.dropColumn(column);
        }
        break;
      case 2: {
        List<String> columns = hostileNames(c, 2);
        alter = alter.renameColumn(columns.get(0), columns.get(1));
        break;
      }
      default: {
        String comment = names.hostile();
        c.properties.put("comment", comment);
        alter = alter.withComment(comment);
      }
    }
    c.statement = alter.build();
    return c;
  }

  private Case createIndex() {
    Case c = new Case();
    CreateIndex create = random.nextBoolean() ? Schema.createIndex() : Schema.createIndex(c.name(names.word()));
    create = create.onTable(c.name(hostileName()), c.name(hostileName()));
    String column = c.name(hostileName());
    create = random.nextBoolean() ? create.keys(column) : create.column(column);
    String option = names.hostile();
    String value = names.hostile();
    c.properties.put("options", Map.of(option, value));
    c.statement = create.usingSai().withOption(option, value).build();
    return c;
  }

  private Case createType() {
    Case c = new Case();
    CreateType create = Schema.createType(c.name(hostileName()), c.name(typeName()));
    for (String field : hostileNames(c, 1 + random.nextInt(4))) {
      create = create.withField(field, DataType.tupleOf(DataType.TEXT, DataType.frozen(DataType.udt(c.name(typeName())))));
    }
    c.statement = create.build();
    return c;
  }

  private Case alterType() {
    Case c = new Case();
    List<String> fields = hostileNames(c, 2);
    c.statement = Schema.alterType(c.name(hostileName()), c.name(typeName()))
        .renameField(fields.get(0), fields.get(1)).build();
    return c;
  }

  private Case alterKeyspace() {
    Case c = new Case();
    Replication replication = Replication.networkTopologyStrategy();
    Map<String, String> expected = new LinkedHashMap<>();
    for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
      String datacenter = names.hostile();
      int factor = 1 + random.nextInt(5);
      replication = replication.withDatacenter(datacenter, factor);
      expected.put(datacenter, String.valueOf(factor));
    }
    c.properties.put("replication", expected);
    c.statement = Schema.alterKeyspace(c.name(hostileName())).withReplication(replication).build();
    return c;
  }

  private Case createView() {
    Case c = new Case();
    CreateMaterializedView create = Schema.createMaterializedView(c.name(hostileName()), c.name(names.word()))
        .asSelectFrom(c.name(hostileName()));
    List<String> key = hostileNames(c, 2);
    create = create.withPartitionKey(key.get(0)).withClusteringColumn(key.get(1));
    for (String column : hostileNames(c, random.nextInt(3))) {
      create = create.column(column);
    }
    String restricted = c.string(names.hostile());
    c.statement = create.where(key.get(1), ">=", restricted).build();
    return c;
  }

  private Case drop() {
    Case c = new Case();
    String ks = c.name(hostileName());
    switch (random.nextInt(5)) {
      case 0: c.statement = Schema.dropKeyspace(ks).ifExists().build(); break;
      case 1: c.statement = Schema.dropTable(ks, c.name(hostileName())).build(); break;
      case 2: c.statement = Schema.dropIndex(ks, c.name(hostileName())).build(); break;
      case 3: c.statement = Schema.dropMaterializedView(ks, c.name(hostileName())).build(); break;
      default: c.statement = Schema.dropType(ks, c.name(typeName())).ifExists().build();
    }
    return c;
  }

  private Case truncate() {
    Case c = new Case();
    c.statement = Schema.truncate(c.name(hostileName()), c.name(hostileName())).build();
    return c;
  }

  /** A hostile name, or sometimes a keyword the grammar refuses as a bare type name. */
  private String typeName() {
    return random.nextInt(10) == 0 ? names.typeName() : hostileName();
  }
}
