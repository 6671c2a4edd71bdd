package io.cqlkit.conformance;

import static io.cqlkit.builder.Term.call;
import static io.cqlkit.builder.Term.literal;
import static io.cqlkit.builder.Term.marker;
import static io.cqlkit.builder.Term.now;
import static io.cqlkit.builder.Term.tuple;
import static io.cqlkit.builder.Term.uuid;

import com.google.common.collect.ImmutableList;
import io.cqlkit.builder.Batch;
import io.cqlkit.builder.BatchType;
import io.cqlkit.builder.Cql;
import io.cqlkit.builder.CqlStatement;
import io.cqlkit.builder.CqlTemplate;
import io.cqlkit.builder.Delete;
import io.cqlkit.builder.DeleteOptions;
import io.cqlkit.builder.Insert;
import io.cqlkit.builder.InsertOptions;
import io.cqlkit.builder.Order;
import io.cqlkit.builder.Relation;
import io.cqlkit.builder.Select;
import io.cqlkit.builder.SelectOptions;
import io.cqlkit.builder.Selector;
import io.cqlkit.builder.Term;
import io.cqlkit.builder.Update;
import io.cqlkit.builder.UpdateOptions;
import io.cqlkit.builder.schema.AlterKeyspace;
import io.cqlkit.builder.schema.AlterMaterializedView;
import io.cqlkit.builder.schema.AlterTable;
import io.cqlkit.builder.schema.AlterType;
import io.cqlkit.builder.schema.ClusteringOrder;
import io.cqlkit.builder.schema.CreateIndex;
import io.cqlkit.builder.schema.CreateKeyspace;
import io.cqlkit.builder.schema.CreateMaterializedView;
import io.cqlkit.builder.schema.CreateTable;
import io.cqlkit.builder.schema.CreateType;
import io.cqlkit.builder.schema.DataType;
import io.cqlkit.builder.schema.Drop;
import io.cqlkit.builder.schema.Replication;
import io.cqlkit.builder.schema.Schema;
import io.cqlkit.builder.schema.SimilarityFunction;
import io.cqlkit.builder.schema.TableOptions;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Statements generated at random from a fixed seed across every builder and option: INSERT,
 * UPDATE, DELETE, SELECT, batches, templates with positional or named markers, and every schema
 * statement. Combinations are random, so some break a CQL rule and the builder refuses them: such
 * an attempt is returned with its refusal instead of a statement.
 *
 * <pre>{@code
 * RandomStatements statements = new RandomStatements(42);
 * RandomStatements.Generated g = statements.next();   // g.statement() or g.refusal()
 * }</pre>
 */
final class RandomStatements {

  /** What a generated statement exercises; the first six are DML, the rest schema statements. */
  enum Kind {
    INSERT, UPDATE, DELETE, SELECT, BATCH, TEMPLATE,
    CREATE_KEYSPACE, ALTER_KEYSPACE, CREATE_TABLE, ALTER_TABLE, CREATE_INDEX, CREATE_VIEW,
    ALTER_VIEW, CREATE_TYPE, ALTER_TYPE, DROP, TRUNCATE, FUNCTION
  }

  /** One attempt: the statement the builders made, or why they refused. */
  record Generated(Kind kind, int index, CqlStatement statement, RuntimeException refusal) {
    boolean accepted() {
      return statement != null;
    }
  }

  /** How values are given: plain values and terms, or markers to bind later. */
  private enum Values { BOUND, POSITIONAL, NAMED }

  /**
   * Function names, with keywords the grammar refuses bare (the builder quotes them) and cast
   * (refused: it needs AS type).
   */
  private static final ImmutableList<String> FUNCTIONS = ImmutableList.of(
      "now", "uuid", "toTimestamp", "toUnixTimestamp", "blobAsInt", "intAsBlob", "abs", "floor",
      "currentTimestamp", "minTimeuuid", "maxTimeuuid", "token", "fromJson", "toJson", "mask_default",
      "ks.my_function", "Other_KS.FN1", "similarity_cosine", "log10", "round", "key", "select",
      "TTL", "writetime", "json", "true", "from", "distinct", "select.f", "ks.select", "cast");

  private static final ImmutableList<String> SELECTOR_FUNCTIONS = ImmutableList.of(
      "toJson", "blobAsText", "dateOf", "unixTimestampOf", "similarity_dot_product", "abs",
      "my_ks.my_agg", "collection_count", "map_keys", "mask_inner", "ttl2", "count2", "ttl",
      "WriteTime", "maxwritetime", "json", "distinct", "key", "from", "false", "keyspace.f", "cast");

  private static final ImmutableList<String> CAST_TYPES = ImmutableList.of(
      "text", "int", "bigint", "varchar", "ascii", "double", "float", "decimal", "varint", "BOOLEAN",
      "Timestamp", "date", "smallint", "tinyint", "blob", "counter", "duration", "inet", "time",
      "timeuuid", "uuid", "foo", "list", "vector"); // the last three: refused (not native)

  private final long seed;
  private final SplittableRandom random;
  private final RandomNames names;
  private int index;
  private Values values = Values.BOUND;
  /** The named markers of the template being generated, each with the value to bind. */
  private final Map<String, Object> namedValues = new LinkedHashMap<>();

  RandomStatements(long seed) {
    this.seed = seed;
    this.random = new SplittableRandom(seed);
    this.names = new RandomNames(random);
  }

  long seed() {
    return seed;
  }

  /** The next attempt. */
  Generated next() {
    Kind kind = pickKind();
    int at = index++;
    try {
      return new Generated(kind, at, generate(kind), null);
    } catch (IllegalArgumentException | IllegalStateException e) {
      return new Generated(kind, at, null, e);
    } finally {
      values = Values.BOUND;
      namedValues.clear();
    }
  }

  private Kind pickKind() {
    int pick = random.nextInt(100);
    if (pick < 14) {
      return Kind.INSERT;
    } else if (pick < 27) {
      return Kind.UPDATE;
    } else if (pick < 37) {
      return Kind.DELETE;
    } else if (pick < 53) {
      return Kind.SELECT;
    } else if (pick < 61) {
      return Kind.BATCH;
    } else if (pick < 70) {
      return Kind.TEMPLATE;
    }
    Kind[] schema = {
      Kind.CREATE_KEYSPACE, Kind.ALTER_KEYSPACE, Kind.CREATE_TABLE, Kind.CREATE_TABLE,
      Kind.CREATE_TABLE, Kind.ALTER_TABLE, Kind.ALTER_TABLE, Kind.CREATE_INDEX, Kind.CREATE_INDEX,
      Kind.CREATE_VIEW, Kind.ALTER_VIEW, Kind.CREATE_TYPE, Kind.ALTER_TYPE, Kind.DROP, Kind.TRUNCATE,
      Kind.FUNCTION
    };
    return schema[random.nextInt(schema.length)];
  }

  private CqlStatement generate(Kind kind) {
    switch (kind) {
      case INSERT: return chance(8) ? shortcut(kind) : insert().build();
      case UPDATE: return chance(8) ? shortcut(kind) : update(random.nextInt(5) == 0).build();
      case DELETE: return chance(8) ? shortcut(kind) : delete().build();
      case SELECT: return chance(8) ? shortcut(kind) : select().build();
      case BATCH: return batch();
      case TEMPLATE: return template();
      case CREATE_KEYSPACE: return createKeyspace();
      case ALTER_KEYSPACE: return alterKeyspace();
      case CREATE_TABLE: return createTable();
      case ALTER_TABLE: return alterTable();
      case CREATE_INDEX: return createIndex();
      case CREATE_VIEW: return createView();
      case ALTER_VIEW: return alterView();
      case CREATE_TYPE: return createType();
      case ALTER_TYPE: return alterType();
      case DROP: return drop();
      case TRUNCATE: return truncate();
      case FUNCTION: return function();
      default: throw new AssertionError(kind);
    }
  }

  // --- a random table: its names ---------------------------------------------------------------

  /** The names of a table a statement uses: the parser needs no schema, only consistent names. */
  private final class Table {
    final String keyspace = chance(85) ? names.name() : null;
    final String name = names.name();
    final List<String> partitionKey;
    final List<String> clustering;
    final List<String> columns;

    Table() {
      List<String> all = names.distinct(2 + random.nextInt(9));
      int pk = 1 + random.nextInt(Math.min(2, all.size() - 1));
      int ck = random.nextInt(Math.min(3, all.size() - pk));
      partitionKey = all.subList(0, pk);
      clustering = all.subList(pk, pk + ck);
      columns = all.subList(pk + ck, all.size());
    }

    String column() {
      return pick(columns.isEmpty() ? partitionKey : columns);
    }

    String anyColumn() {
      return chance(50) ? column() : chance(50) ? pick(partitionKey) : pick(all());
    }

    List<String> all() {
      List<String> all = new ArrayList<>(partitionKey);
      all.addAll(clustering);
      all.addAll(columns);
      return all;
    }

    List<String> clusteringOrAny() {
      return clustering.isEmpty() ? all() : clustering;
    }
  }

  // --- DML -------------------------------------------------------------------------------------

  private Insert insert() {
    Table t = new Table();
    Insert insert = t.keyspace == null ? Cql.insertInto(t.name) : Cql.insertInto(t.keyspace, t.name);
    if (chance(10)) {
      insert = insert.json(jsonValue());
      if (chance(30)) {
        insert = chance(50) ? insert.defaultNull() : insert.defaultUnset();
      }
      if (chance(3)) {
        insert = insert.value(t.column(), value()); // refused: JSON and values
      }
    } else {
      List<String> columns = t.all();
      int n = 1 + random.nextInt(columns.size());
      for (int i = 0; i < n; i++) {
        insert = insert.value(columns.get(i), value());
      }
      if (chance(3)) {
        insert = insert.value(columns.get(0), value()); // refused: a column twice
      }
    }
    if (chance(20)) {
      insert = insert.ifNotExists();
    }
    if (chance(25)) {
      insert = values == Values.BOUND && chance(80) ? insert.usingTtl(ttl()) : insert.usingTtl(integerTerm());
    }
    if (chance(15)) { // with IF NOT EXISTS: refused
      insert = values == Values.BOUND && chance(80)
          ? insert.usingTimestamp(random.nextLong()) : insert.usingTimestamp(integerTerm());
    }
    return insert;
  }

  private Update update(boolean counter) {
    Table t = new Table();
    Update update = t.keyspace == null ? Cql.update(t.name) : Cql.update(t.keyspace, t.name);
    int n = 1 + random.nextInt(5);
    for (int i = 0; i < n; i++) {
      // a column may come twice: a plain set with another assignment of it is refused
      String column = t.column();
      if (counter && !chance(3)) {
        boolean up = chance(50);
        if (values == Values.BOUND && chance(70)) {
          update = up ? update.increment(column, random.nextLong()) : update.decrement(column, random.nextLong());
        } else {
          Term amount = term();
          update = up ? update.increment(column, amount) : update.decrement(column, amount);
        }
        continue;
      }
      switch (random.nextInt(11)) {
        case 0: update = update.append(column, value()); break;
        case 1: update = update.prepend(column, value()); break;
        case 2: update = update.removeFromList(column, value()); break;
        case 3: update = update.addToSet(column, value()); break;
        case 4: update = update.removeFromSet(column, value()); break;
        case 5: update = update.put(column, value(), value()); break;
        case 6: update = update.putAll(column, value()); break;
        case 7: update = update.removeKeys(column, value()); break;
        case 8: update = update.setElement(column, value(), value()); break;
        case 9: update = chance(50) ? update.setField(column, names.name(), value()) : update.set(column, term()); break;
        default: update = update.set(column, value()); break;
      }
    }
    for (Relation relation : where(t, true)) {
      update = update.where(relation);
    }
    if (chance(12)) {
      update = update.ifExists();
    }
    if (chance(18)) {
      for (int i = 0, c = 1 + random.nextInt(3); i < c; i++) {
        update = update.onlyIf(condition(t));
      }
    }
    if (chance(20)) {
      update = values == Values.BOUND && chance(80) ? update.usingTtl(ttl()) : update.usingTtl(integerTerm());
    }
    if (chance(15)) {
      update = values == Values.BOUND && chance(80)
          ? update.usingTimestamp(random.nextLong()) : update.usingTimestamp(integerTerm());
    }
    return update;
  }

  private Delete delete() {
    Table t = new Table();
    Delete delete = t.keyspace == null ? Cql.deleteFrom(t.name) : Cql.deleteFrom(t.keyspace, t.name);
    int what = random.nextInt(4);
    for (int i = 0, n = 1 + random.nextInt(3); what > 0 && i < n; i++) {
      switch (random.nextInt(4)) {
        case 0: delete = delete.element(t.column(), value()); break;
        case 1: delete = delete.listElement(t.column(), chance(3) ? -1 : random.nextInt(100)); break;
        case 2: delete = chance(30) ? delete.field(t.column(), names.name()) : delete.columns(t.column()); break;
        default: delete = delete.columns(t.column()); break;
      }
    }
    for (Relation relation : where(t, chance(95))) {
      delete = delete.where(relation);
    }
    if (chance(12)) {
      delete = delete.ifExists();
    }
    if (chance(15)) {
      for (int i = 0, c = 1 + random.nextInt(3); i < c; i++) {
        delete = delete.onlyIf(condition(t));
      }
    }
    if (chance(20)) {
      delete = values == Values.BOUND && chance(80)
          ? delete.usingTimestamp(random.nextLong()) : delete.usingTimestamp(integerTerm());
    }
    return delete;
  }

  private Select select() {
    Table t = new Table();
    Select select = t.keyspace == null ? Cql.selectFrom(t.name) : Cql.selectFrom(t.keyspace, t.name);
    int selection = random.nextInt(4);
    if (selection == 1) {
      select = select.all();
    } else if (selection >= 2) {
      for (int i = 0, n = 1 + random.nextInt(5); i < n; i++) {
        if (chance(40)) {
          select = select.columns(t.anyColumn());
        } else {
          select = select.select(selector(t, 2));
        }
        if (chance(25)) {
          select = select.as(names.name());
        }
      }
      if (chance(3)) {
        select = select.all(); // refused: * and columns
      }
    }
    if (chance(10)) {
      select = select.distinct();
    }
    if (chance(10)) {
      select = select.json();
    }
    for (Relation relation : where(t, chance(80))) {
      select = select.where(relation);
    }
    if (chance(12)) {
      List<String> group = t.all();
      select = select.groupBy(group.subList(0, 1 + random.nextInt(group.size())).toArray(String[]::new));
      if (chance(30)) {
        select = select.groupBy(Selector.function("floor", Selector.column(t.column()),
            Selector.term(literal(java.time.Duration.ofMinutes(1 + random.nextInt(120))))));
      }
    }
    boolean ann = false;
    if (chance(20)) {
      for (int i = 0, n = 1 + random.nextInt(2); i < n; i++) {
        select = select.orderBy(pick(t.clusteringOrAny()), chance(50) ? Order.ASC : Order.DESC);
      }
    } else if (chance(10)) {
      ann = true;
      select = select.orderByAnn(t.column(), value());
      if (chance(5)) {
        select = select.orderBy(pick(t.clusteringOrAny()), Order.ASC); // refused: ANN and another
      }
    }
    if (chance(12)) {
      select = values == Values.BOUND && chance(80)
          ? select.perPartitionLimit(limit()) : select.perPartitionLimit(integerTerm());
    }
    if (ann ? !chance(3) : chance(30)) {
      select = values == Values.BOUND && chance(80) ? select.limit(limit()) : select.limit(integerTerm());
    }
    if (chance(15)) {
      select = select.allowFiltering();
    }
    return select;
  }

  private Selector selector(Table t, int depth) {
    int pick = random.nextInt(depth <= 0 ? 5 : 17);
    switch (pick) {
      case 0: return Selector.column(t.anyColumn());
      case 1: return Selector.writetime(t.column());
      case 2: return Selector.ttl(t.column());
      case 3: return Selector.count();
      case 4: return Selector.count(t.anyColumn());
      case 5: return Selector.min(t.anyColumn());
      case 6: return Selector.max(t.anyColumn());
      case 7: return Selector.sum(t.column());
      case 8: return Selector.avg(t.column());
      case 9: return Selector.cast(selector(t, depth - 1), pick(CAST_TYPES));
      case 10: return Selector.token(t.partitionKey.toArray(String[]::new));
      case 11: return Selector.element(t.column(), value());
      case 12: return Selector.columns(t.column()); // refused: a tuple of columns is not selectable
      case 13: return vocabularySelector(t, depth);
      default:
        Selector[] arguments = new Selector[random.nextInt(3)];
        for (int i = 0; i < arguments.length; i++) {
          arguments[i] = selector(t, depth - 1);
        }
        return Selector.function(pick(SELECTOR_FUNCTIONS), arguments);
    }
  }

  /** The one-call forms {@code Cql.buildInsert(...)} and friends, with values in maps. */
  /** Arithmetic, fields, elements, slices, type hints and typed values in a SELECT. */
  private Selector vocabularySelector(Table t, int depth) {
    switch (random.nextInt(9)) {
      case 0: return Selector.field(t.column(), names.name());
      case 1: return Selector.element(t.column(), value()).element(value());
      case 2: return Selector.range(t.column(), chance(80) ? value() : null, chance(80) ? value() : null);
      case 3: return Selector.typeHint(pick(CAST_TYPES), selector(t, depth - 1));
      case 4: return Selector.term(Term.typeHint(pick(CAST_TYPES), value()));
      case 5: return Selector.term(literal(literalValue(1))); // refused: no type
      case 6: return Selector.negate(selector(t, depth - 1));
      default:
        Selector left = selector(t, depth - 1);
        Selector right = chance(30) ? Selector.term(Term.typeHint("int", value())) : selector(t, depth - 1);
        switch (random.nextInt(5)) {
          case 0: return Selector.add(left, right);
          case 1: return Selector.subtract(left, right);
          case 2: return Selector.multiply(left, right);
          case 3: return Selector.divide(left, right);
          default: return Selector.remainder(left, right);
        }
    }
  }

  private CqlStatement shortcut(Kind kind) {
    Table t = new Table();
    Map<String, Object> key = new LinkedHashMap<>();
    for (String column : t.partitionKey) {
      key.put(column, plainValue());
    }
    Map<String, Object> columns = new LinkedHashMap<>();
    for (String column : t.columns) {
      columns.put(column, chance(80) ? plainValue() : term());
    }
    boolean options = chance(50);
    switch (kind) {
      case INSERT:
        key.putAll(columns);
        if (options) {
          InsertOptions.Builder o = InsertOptions.builder();
          if (chance(40)) {
            o.ifNotExists();
          }
          if (chance(50)) {
            o.ttl(ttl());
          }
          if (chance(40)) {
            o.timestamp(random.nextLong()); // with IF NOT EXISTS: refused
          }
          if (chance(30)) {
            o.nullsAsUnset();
          }
          return Cql.buildInsert(t.keyspace, t.name, key, o.build());
        }
        return Cql.buildInsert(t.keyspace, t.name, key);
      case UPDATE:
        if (options) {
          UpdateOptions.Builder o = UpdateOptions.builder();
          for (int i = 0, n = random.nextInt(3); i < n; i++) {
            o.where(relation(t));
          }
          if (chance(20)) {
            o.ifExists();
          } else if (chance(20)) {
            o.onlyIf(condition(t));
          }
          if (chance(40)) {
            o.ttl(ttl());
          }
          if (chance(30)) {
            o.timestamp(random.nextLong());
          }
          return Cql.buildUpdate(t.keyspace, t.name, columns, key, o.build());
        }
        return Cql.buildUpdate(t.keyspace, t.name, columns, key); // no regular column: refused
      case DELETE:
        if (options) {
          DeleteOptions.Builder o = DeleteOptions.builder();
          if (chance(40) && !t.columns.isEmpty()) {
            o.columns(t.column());
          }
          for (int i = 0, n = random.nextInt(3); i < n; i++) {
            o.where(relation(t));
          }
          if (chance(20)) {
            o.ifExists();
          } else if (chance(20)) {
            o.onlyIf(condition(t));
          }
          if (chance(30)) {
            o.timestamp(random.nextLong());
          }
          return Cql.buildDelete(t.keyspace, t.name, chance(95) ? key : Map.of(), o.build());
        }
        return Cql.buildDelete(t.keyspace, t.name, chance(95) ? key : Map.of());
      default:
        if (options) {
          SelectOptions.Builder o = SelectOptions.builder();
          if (chance(50)) {
            o.columns(t.anyColumn());
          }
          if (chance(15)) {
            o.distinct();
          }
          for (int i = 0, n = random.nextInt(3); i < n; i++) {
            o.where(relation(t));
          }
          if (chance(30)) {
            o.orderBy(pick(t.clusteringOrAny()), chance(50) ? Order.ASC : Order.DESC);
          }
          if (chance(20)) {
            o.perPartitionLimit(limit());
          }
          if (chance(40)) {
            o.limit(limit());
          }
          if (chance(30)) {
            o.allowFiltering();
          }
          return Cql.buildSelect(t.keyspace, t.name, chance(80) ? key : Map.of(), o.build());
        }
        return Cql.buildSelect(t.keyspace, t.name, chance(80) ? key : Map.of());
    }
  }

  /** The WHERE clause: the partition key by equality, then random relations of every kind. */
  private List<Relation> where(Table t, boolean any) {
    List<Relation> relations = new ArrayList<>();
    if (!any) {
      return relations;
    }
    for (String pk : t.partitionKey) {
      relations.add(chance(85) ? Relation.eq(pk, value()) : Relation.in(pk, inValue()));
    }
    for (int i = 0, n = random.nextInt(4); i < n; i++) {
      relations.add(relation(t));
    }
    return relations;
  }

  private Relation relation(Table t) {
    String column = t.anyColumn();
    switch (random.nextInt(17)) {
      case 0: return Relation.lt(column, value());
      case 1: return Relation.lte(column, value());
      case 2: return Relation.gt(column, value());
      case 3: return Relation.gte(column, value());
      case 4: return Relation.in(column, inValue());
      case 6: return Relation.contains(column, value());
      case 7: return Relation.containsKey(column, value());
      case 8: return Relation.like(column, value());
      case 9: return chance(50) ? Relation.ne(column, value()) // refused: != is a condition only
          : Relation.expr(names.name(), value());
      case 10: return tokenRelation(t);
      case 11: return tupleRelation(t);
      case 12: return tupleRelation(t);
      case 13: return elementRelation(t);
      default: return Relation.eq(column, value());
    }
  }

  private Relation tokenRelation(Table t) {
    Selector token = Selector.token(t.partitionKey.toArray(String[]::new));
    switch (random.nextInt(6)) {
      case 0: return token.eq(value());
      case 1: return token.lt(value());
      case 2: return token.lte(value());
      case 3: return token.gte(value());
      case 4: return token.in(value()); // refused: token(...) IN
      default: return token.gt(value());
    }
  }

  private Relation tupleRelation(Table t) {
    List<String> columns = t.clusteringOrAny();
    int n = 1 + random.nextInt(columns.size());
    Selector tuple = Selector.columns(columns.subList(0, n).toArray(String[]::new));
    switch (random.nextInt(9)) {
      case 0: return tuple.eq(tuple(values(n)));
      case 1: return tuple.lt(tuple(values(n)));
      case 2: return tuple.lte(tuple(values(n)));
      case 3: return tuple.gte(tuple(values(n)));
      case 4: return tuple.in(oneMarker()); // one value: the list of tuples
      case 5: {
        Object[] tuples = new Object[1 + random.nextInt(3)];
        for (int i = 0; i < tuples.length; i++) {
          tuples[i] = tuple(values(n));
        }
        return tuple.in(tuple(tuples));
      }
      case 6: return tuple.contains(value()); // refused: CONTAINS on a tuple of columns
      case 7: return chance(70) ? tuple.gt(tuple(values(n)))
          : chance(50) ? tuple.gt(value()) // one marker, or a literal or function: refused
          : tuple.in(tuple(tuple(values(n)), oneMarker())); // tuples mixed with markers: refused
      default: return tuple.in(tuple(values(1 + random.nextInt(3)))); // markers, or refused
    }
  }

  /** {@code m[?] = ?} and its range forms; the builder refuses CONTAINS and LIKE on elements. */
  private Relation elementRelation(Table t) {
    Selector element = Selector.element(t.column(), value());
    switch (random.nextInt(8)) {
      case 0: return element.lt(value());
      case 1: return element.lte(value());
      case 2: return element.gt(value());
      case 3: return element.gte(value());
      case 4: return element.contains(value()); // refused
      case 5: return element.in(inValue()); // refused in WHERE
      default: return element.eq(value());
    }
  }

  private Relation condition(Table t) {
    String column = t.column();
    Selector target = chance(70) ? Selector.column(column)
        : chance(75) ? Selector.element(column, value()) : Selector.field(column, names.name());
    switch (random.nextInt(13)) {
      case 0: return target.ne(value());
      case 1: return target.lt(value());
      case 2: return target.lte(value());
      case 3: return target.gt(value());
      case 4: return target.gte(value());
      case 5: return target.in(inValue());
      case 6: return target.in(tuple(values(1 + random.nextInt(3))));
      case 7: return Relation.like(column, value()); // refused as a condition
      case 8: return Selector.token(column).eq(value()); // refused as a condition
      case 9: return target.contains(value()); // on an element: refused
      case 10: return target.containsKey(value()); // on an element: refused
      default: return target.eq(value());
    }
  }

  // --- batches and templates ---------------------------------------------------------------------

  private CqlStatement batch() {
    BatchType type = pick(List.of(BatchType.values()));
    Batch batch = Cql.batch(type);
    boolean counters = type == BatchType.COUNTER || (type == BatchType.UNLOGGED && chance(30));
    int added = 0;
    for (int i = 0, n = 1 + random.nextInt(6); i < n; i++) {
      CqlStatement child;
      try {
        child = counters != chance(4) ? update(true).build() : build(modification());
      } catch (IllegalArgumentException | IllegalStateException refused) {
        continue; // a refused statement never reaches the batch
      }
      batch = batch.add(child);
      added++;
    }
    if (added == 0 && chance(80)) {
      batch = batch.add(Cql.insertInto("ks", "t").value("pk", random.nextInt()).build());
    }
    if (chance(25)) {
      batch = batch.usingTimestamp(random.nextLong());
    }
    if (chance(8)) {
      return Cql.buildBatch(type, batch.build().children());
    }
    return batch.build();
  }

  private static CqlStatement build(Object builder) {
    if (builder instanceof Insert) {
      return ((Insert) builder).build();
    } else if (builder instanceof Update) {
      return ((Update) builder).build();
    }
    return ((Delete) builder).build();
  }

  /** A random INSERT, UPDATE or DELETE builder. */
  private Object modification() {
    switch (random.nextInt(3)) {
      case 0: return insert();
      case 1: return update(false);
      default: return delete();
    }
  }

  /** A statement with markers, made into a template and bound by position or by name. */
  private CqlStatement template() {
    values = chance(50) ? Values.NAMED : Values.POSITIONAL;
    Object builder;
    switch (random.nextInt(5)) {
      case 0: builder = insert(); break;
      case 1: builder = update(chance(20)); break;
      case 2: builder = delete(); break;
      default: builder = select(); break;
    }
    CqlTemplate template;
    if (builder instanceof Insert) {
      template = ((Insert) builder).template();
    } else if (builder instanceof Update) {
      template = ((Update) builder).template();
    } else if (builder instanceof Delete) {
      template = ((Delete) builder).template();
    } else {
      template = ((Select) builder).template();
    }
    CqlStatement bound;
    if (values == Values.NAMED && template.markerCount() > 0) {
      Map<String, Object> byName = new LinkedHashMap<>();
      for (String name : template.markerNames()) {
        byName.put(name, namedValues.get(name));
      }
      bound = template.bind(byName);
    } else {
      Object[] positional = new Object[template.markerCount()];
      for (int i = 0; i < positional.length; i++) {
        positional[i] = plainValue();
      }
      bound = template.bind(positional);
    }
    if (!bound.cql().equals(template.cql()) || !bound.markerNames().equals(template.markerNames())) {
      throw new AssertionError("a bound statement differs from its template: " + template + " / " + bound);
    }
    return bound;
  }

  // --- values ------------------------------------------------------------------------------------

  /** Where a value goes: a plain value (bound as ?) or a term, or a marker in a template. */
  private Object value() {
    switch (values) {
      case POSITIONAL:
        return chance(70) ? marker() : chance(50) ? plainValue() : term();
      case NAMED:
        return chance(80) ? namedMarker() : literalTerm();
      default:
        return chance(75) ? plainValue() : term();
    }
  }

  /**
   * The right side of IN: one value (a bound list) or a tuple of values, and rarely a literal or
   * a function, which the builder refuses there.
   */
  private Object inValue() {
    if (chance(3)) {
      return chance(50) ? literal(List.of(1, 2)) : term();
    }
    if (chance(30)) {
      return tuple(values(1 + random.nextInt(4)));
    }
    return oneMarker();
  }

  /** One value that renders as one marker: a plain value, or a marker in a template. */
  private Object oneMarker() {
    switch (values) {
      case POSITIONAL: return chance(50) ? marker() : plainValue();
      case NAMED: return namedMarker();
      default: return plainValue();
    }
  }

  private Object[] values(int n) {
    Object[] out = new Object[n];
    for (int i = 0; i < n; i++) {
      out[i] = value();
    }
    return out;
  }

  private Term namedMarker() {
    String name = chance(20) && !namedValues.isEmpty()
        ? pick(new ArrayList<>(namedValues.keySet())) // the same marker twice
        : names.name();
    namedValues.putIfAbsent(name, plainValue());
    return marker(name);
  }

  /** A term that renders without markers of its own: a literal or a function without arguments. */
  private Term literalTerm() {
    return chance(85) ? literal(literalValue(2)) : chance(50) ? now() : uuid();
  }

  /** A term: a literal, a function call (maybe nested), now(), uuid() or a tuple. */
  private Term term() {
    switch (random.nextInt(10)) {
      case 0: return now();
      case 1: return uuid();
      case 2: return call(pick(FUNCTIONS), values(random.nextInt(3)));
      case 3: return tuple(values(1 + random.nextInt(3)));
      case 4: return vocabularyTerm(2);
      case 5: return vocabularyTerm(1);
      default: return values == Values.NAMED ? literalTerm() : literal(literalValue(2));
    }
  }

  /** Arithmetic, collection and UDT literals, and type hints. */
  private Term vocabularyTerm(int depth) {
    switch (random.nextInt(depth <= 0 ? 3 : 9)) {
      case 0: return Term.typeHint(pick(CAST_TYPES), value());
      case 1: return Term.listOf(literalValue(1), literalValue(1));
      case 2: return Term.setOf(chance(90) ? literalValue(1) : marker()); // a marker: refused
      case 3: {
        Map<Object, Object> map = new LinkedHashMap<>();
        map.put(literalValue(0), literalValue(1));
        return Term.mapOf(map);
      }
      case 4: {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put(names.name(), value());
        fields.put(names.name() + "2", value());
        return Term.udtOf(fields);
      }
      case 5: return Term.negate(vocabularyTerm(depth - 1));
      default: {
        Object left = chance(90) ? vocabularyTerm(depth - 1) : value(); // a bare marker: refused
        Object right = chance(50) ? call("abs", Term.typeHint("int", value())) : vocabularyTerm(depth - 1);
        switch (random.nextInt(5)) {
          case 0: return Term.add(left, right);
          case 1: return Term.subtract(left, right);
          case 2: return Term.multiply(left, right);
          case 3: return Term.divide(left, right);
          default: return Term.remainder(left, right);
        }
      }
    }
  }

  /** A term Cassandra reads as an integer: for TTL, TIMESTAMP, LIMIT and PER PARTITION LIMIT. */
  private Term integerTerm() {
    switch (values) {
      case POSITIONAL: return marker();
      case NAMED: return namedMarker();
      default:
        if (chance(3)) {
          return chance(50) ? literal(1.5) : now(); // not an integer: refused
        }
        return literal(chance(50) ? (Object) random.nextInt(1_000_000) : (Object) random.nextLong());
    }
  }

  private Object jsonValue() {
    if (values == Values.BOUND) {
      if (chance(3)) {
        return chance(50) ? literal(5) : now(); // not a string: refused
      }
      return chance(70) ? "{\"a\": 1}" : literal("{\"k\": \"" + names.text().replace("\"", "\\\"") + "\"}");
    }
    return values == Values.NAMED ? namedMarker() : marker();
  }

  private int ttl() {
    return chance(2) ? -1 : chance(50) ? random.nextInt(86_400) : random.nextInt(630_720_001);
  }

  private int limit() {
    return chance(2) ? 0 : 1 + random.nextInt(10_000);
  }

  /** A value to bind: any Java value, since bound values never reach the text. */
  private Object plainValue() {
    switch (random.nextInt(8)) {
      case 0: return null;
      case 1: return random.nextInt();
      case 2: return names.text();
      case 3: return List.of(random.nextInt(), random.nextInt());
      case 4: return Set.of(names.text());
      case 5: return Map.of(names.text(), random.nextLong());
      case 6: return new UUID(random.nextLong(), random.nextLong());
      default: return random.nextDouble();
    }
  }

  /** A value CqlLiteral renders, nested up to {@code depth} collections deep. */
  private Object literalValue(int depth) {
    switch (random.nextInt(depth > 0 ? 22 : 19)) {
      case 0: return null;
      case 1: return names.text();
      case 2: return random.nextInt(Integer.MIN_VALUE, Integer.MAX_VALUE);
      case 3: return random.nextLong();
      case 4: return (short) random.nextInt(Short.MIN_VALUE, Short.MAX_VALUE);
      case 5: return (byte) random.nextInt(Byte.MIN_VALUE, Byte.MAX_VALUE);
      case 6: return new BigInteger(1 + random.nextInt(100), new java.util.Random(random.nextLong()))
          .multiply(BigInteger.valueOf(chance(50) ? 1 : -1));
      case 7: return chance(90) ? BigDecimal.valueOf(random.nextLong(), random.nextInt(-20, 20))
          : BigDecimal.valueOf(random.nextLong(), random.nextInt(-400, -290)); // beyond double
      case 8: return pick(List.of(0.0, -0.0, 1.5, -2.25e-300, 1e300, Double.NaN,
          Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE, random.nextDouble()));
      case 9: return pick(List.of(0.5f, -1e30f, Float.NaN, Float.NEGATIVE_INFINITY, (float) random.nextDouble()));
      case 10: return chance(50);
      case 11: return new UUID(random.nextLong(), random.nextLong());
      case 12: return inet();
      case 13: return chance(97)
          ? Instant.ofEpochMilli(random.nextLong(-62_135_596_800_000L, 253_402_300_799_000L))
          : Instant.ofEpochSecond(random.nextLong(-100_000_000_000L, 400_000_000_000L)); // maybe refused
      case 14: return LocalDate.ofEpochDay(random.nextLong(-719_162, 2_932_896));
      case 15: return LocalTime.ofNanoOfDay(random.nextLong(86_400_000_000_000L));
      case 16: return ByteBuffer.wrap(bytes());
      case 17: return bytes();
      case 18: return names.hostile();
      case 19: {
        List<Object> list = new ArrayList<>();
        for (int i = 0, n = random.nextInt(4); i < n; i++) {
          list.add(literalValue(depth - 1));
        }
        return list;
      }
      case 20: {
        Set<Object> set = new LinkedHashSet<>();
        for (int i = 0, n = random.nextInt(4); i < n; i++) {
          set.add(literalValue(depth - 1));
        }
        return set;
      }
      default: {
        Map<Object, Object> map = new LinkedHashMap<>();
        for (int i = 0, n = random.nextInt(4); i < n; i++) {
          map.put(literalValue(depth - 1), literalValue(depth - 1));
        }
        return map;
      }
    }
  }

  private byte[] bytes() {
    byte[] bytes = new byte[random.nextInt(6)];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) random.nextInt(256);
    }
    return bytes;
  }

  private InetAddress inet() {
    byte[] address = new byte[chance(50) ? 4 : 16];
    for (int i = 0; i < address.length; i++) {
      address[i] = (byte) random.nextInt(256);
    }
    try {
      return InetAddress.getByAddress(address);
    } catch (UnknownHostException e) {
      throw new AssertionError(e);
    }
  }

  // --- schema ------------------------------------------------------------------------------------

  private CqlStatement createKeyspace() {
    CreateKeyspace create = Schema.createKeyspace(names.word());
    if (chance(50)) {
      create = create.ifNotExists();
    }
    if (!chance(3)) {
      create = create.withReplication(replication());
    }
    return keyspaceOptions(create).build();
  }

  private CqlStatement alterKeyspace() {
    AlterKeyspace alter = Schema.alterKeyspace(names.name());
    if (chance(30)) {
      alter = alter.ifExists();
    }
    if (chance(70)) {
      alter = alter.withReplication(replication());
    }
    return keyspaceOptions(alter).build();
  }

  private <T extends io.cqlkit.builder.schema.KeyspaceOptions<T>> T keyspaceOptions(T builder) {
    T out = builder;
    if (chance(30)) {
      out = out.withDurableWrites(chance(50));
    }
    if (chance(15)) {
      out = out.withOption(names.name(), optionValue());
    }
    return out;
  }

  private Replication replication() {
    switch (random.nextInt(4)) {
      case 0: return Replication.simpleStrategy(chance(3) ? 0 : 1 + random.nextInt(5));
      case 1: {
        Replication nts = Replication.networkTopologyStrategy();
        for (int i = 0, n = random.nextInt(4); i < n; i++) {
          nts = nts.withDatacenter(names.text(), 1 + random.nextInt(5));
        }
        return nts; // with no datacenter: refused at build
      }
      case 2: return Replication.networkTopologyStrategy(Map.of(names.name(), 1 + random.nextInt(5)));
      default: return Replication.of(pick(List.of("EverywhereStrategy", "LocalStrategy", names.text())),
          Map.of(names.name(), optionScalar()));
    }
  }

  private CqlStatement createTable() {
    List<String> columns = names.distinct(1 + random.nextInt(10));
    String keyspace = chance(85) ? names.name() : null;
    String table = names.word();
    CreateTable create = keyspace == null ? Schema.createTable(table) : Schema.createTable(keyspace, table);
    if (chance(30)) {
      create = create.ifNotExists();
    }
    boolean counters = chance(10);
    int pk = 1 + random.nextInt(Math.min(3, columns.size()));
    int ck = random.nextInt(Math.min(3, columns.size() - pk) + 1);
    for (int i = 0; i < columns.size(); i++) {
      String column = columns.get(i);
      if (i < pk) {
        create = create.withPartitionKey(column, keyType());
      } else if (i < pk + ck) {
        create = create.withClusteringColumn(column, keyType());
      } else if (counters) {
        create = chance(90) ? create.withColumn(column, DataType.COUNTER)
            : create.withColumn(column, dataType(2)); // refused: counters mixed with others
      } else if (chance(15)) {
        create = create.withStaticColumn(column, dataType(2)); // refused without clustering
      } else {
        create = create.withColumn(column, dataType(3));
      }
    }
    if (ck > 0 && chance(40)) {
      for (String column : columns.subList(pk, pk + ck)) {
        if (chance(70)) {
          create = create.withClusteringOrder(column, chance(50) ? ClusteringOrder.ASC : ClusteringOrder.DESC);
        }
      }
    }
    if (chance(3)) {
      create = create.withClusteringOrder(columns.get(0), ClusteringOrder.DESC); // refused
    }
    return tableOptions(create, true).build();
  }

  private CqlStatement alterTable() {
    String keyspace = chance(85) ? names.name() : null;
    String table = names.name();
    AlterTable alter = keyspace == null ? Schema.alterTable(table) : Schema.alterTable(keyspace, table);
    if (chance(30)) {
      alter = alter.ifExists();
    }
    int kind = random.nextInt(chance(5) ? 5 : 4);
    int n = 1 + random.nextInt(3);
    for (int i = 0; i < n; i++) {
      switch (kind) {
        case 0:
          alter = chance(80) ? alter.addColumn(names.name(), dataType(3))
              : alter.addStaticColumn(names.name(), dataType(2));
          break;
        case 1: alter = alter.dropColumn(names.name()); break;
        case 2: alter = alter.renameColumn(names.name(), names.name()); break;
        case 3: alter = tableOptions(alter, false); break;
        default: alter = alter.addColumn(names.name(), DataType.INT).dropColumn(names.name()); // refused
      }
    }
    if (chance(20)) {
      alter = alter.ifColumnNotExists(); // refused unless adding
    }
    if (chance(20)) {
      alter = alter.ifColumnExists(); // refused unless dropping or renaming
    }
    return alter.build();
  }

  private <T extends TableOptions<T>> T tableOptions(T builder, boolean maybeNone) {
    T out = builder;
    int n = maybeNone ? random.nextInt(4) : 1 + random.nextInt(3);
    for (int i = 0; i < n; i++) {
      switch (random.nextInt(10)) {
        case 0: out = out.withComment(names.text()); break;
        case 1: out = out.withDefaultTimeToLive(ttl()); break;
        case 2: out = out.withGcGraceSeconds(chance(3) ? -1 : random.nextInt(1_000_000)); break;
        case 3: out = out.withCompaction(Map.of("class", pick(List.of("LeveledCompactionStrategy",
            "UnifiedCompactionStrategy", names.text())), "min_threshold", random.nextInt(32))); break;
        case 4: out = out.withCompression(chance(50) ? Map.of("enabled", false)
            : Map.of("class", "LZ4Compressor", "chunk_length_in_kb", 16)); break;
        case 5: out = out.withCaching(Map.of("keys", "ALL", "rows_per_partition", names.text())); break;
        case 6: out = out.withBloomFilterFpChance(chance(3) ? 0 : random.nextDouble(0.0001, 1)); break;
        case 7: out = out.withSpeculativeRetry(pick(List.of("99p", "50ms", "ALWAYS", "NONE", names.text()))); break;
        default: out = out.withOption(names.name(), optionValue()); break;
      }
    }
    return out;
  }

  private Object optionValue() {
    if (chance(25)) {
      Map<String, Object> map = new LinkedHashMap<>();
      for (int i = 0, n = random.nextInt(4); i < n; i++) {
        map.put(chance(20) ? "class" : names.text() + "k", optionScalar());
      }
      return map;
    }
    return optionScalar();
  }

  private Object optionScalar() {
    switch (random.nextInt(6)) {
      case 0: return random.nextInt();
      case 1: return random.nextLong();
      case 2: return chance(50);
      case 3: return BigDecimal.valueOf(random.nextLong(), random.nextInt(-5, 10));
      case 4: return random.nextDouble() * 1000;
      default: return names.text();
    }
  }

  private CqlStatement createIndex() {
    CreateIndex create = chance(40) ? Schema.createIndex() : Schema.createIndex(names.word());
    if (chance(30)) {
      create = create.ifNotExists();
    }
    if (!chance(3)) {
      create = chance(85) ? create.onTable(names.name(), names.name()) : create.onTable(names.name());
    }
    String column = names.name();
    switch (random.nextInt(chance(3) ? 6 : 5)) {
      case 0: create = create.keys(column); break;
      case 1: create = create.values(column); break;
      case 2: create = create.entries(column); break;
      case 3: create = create.full(column); break;
      case 4: create = create.column(column); break;
      default: break; // refused: no target
    }
    int using = random.nextInt(3);
    if (using == 1) {
      create = create.usingSai();
    } else if (using == 2) {
      create = create.custom(pick(List.of("StorageAttachedIndex",
          "org.apache.cassandra.index.sasi.SASIIndex", names.text() + "x")));
    }
    if (chance(40)) { // without USING: refused
      for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
        create = chance(30)
            ? create.withSimilarityFunction(pick(List.of(SimilarityFunction.values())))
            : create.withOption(names.text() + "o", optionScalar());
      }
    }
    return create.build();
  }

  private CqlStatement createView() {
    String keyspace = chance(85) ? names.name() : null;
    String view = names.word();
    CreateMaterializedView create =
        keyspace == null ? Schema.createMaterializedView(view) : Schema.createMaterializedView(keyspace, view);
    if (chance(30)) {
      create = create.ifNotExists();
    }
    if (!chance(3)) {
      create = create.asSelectFrom(names.name());
    }
    List<String> key = names.distinct(1 + random.nextInt(4));
    int pk = 1 + random.nextInt(key.size());
    for (int i = 0; i < key.size(); i++) {
      create = i < pk ? create.withPartitionKey(key.get(i)) : create.withClusteringColumn(key.get(i));
    }
    if (chance(50)) {
      for (String column : names.distinct(1 + random.nextInt(4))) {
        create = create.column(column);
      }
    }
    if (chance(30)) {
      for (String column : key.subList(pk, key.size())) {
        create = create.withClusteringOrder(column, chance(50) ? ClusteringOrder.ASC : ClusteringOrder.DESC);
      }
    }
    if (chance(30)) {
      create = create.where(pick(key), pick(List.of("=", "<", "<=", ">", ">=")), literalValue(1));
    }
    return tableOptions(create, true).build();
  }

  private CqlStatement alterView() {
    AlterMaterializedView alter = chance(85)
        ? Schema.alterMaterializedView(names.name(), names.name())
        : Schema.alterMaterializedView(names.name());
    if (chance(30)) {
      alter = alter.ifExists();
    }
    return tableOptions(alter, chance(5)).build();
  }

  private CqlStatement createType() {
    CreateType create = chance(85)
        ? Schema.createType(names.name(), names.typeName()) : Schema.createType(names.typeName());
    if (chance(30)) {
      create = create.ifNotExists();
    }
    for (String field : names.distinct(random.nextInt(chance(3) ? 1 : 8) + (chance(3) ? 0 : 1))) {
      create = create.withField(field, dataType(3));
    }
    return create.build();
  }

  private CqlStatement alterType() {
    AlterType alter = chance(85)
        ? Schema.alterType(names.name(), names.typeName()) : Schema.alterType(names.typeName());
    if (chance(30)) {
      alter = alter.ifExists();
    }
    if (chance(50)) {
      alter = alter.addField(names.name(), dataType(3));
      if (chance(30)) {
        alter = alter.ifFieldNotExists();
      }
    } else {
      for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
        alter = alter.renameField(names.name(), names.name());
      }
      if (chance(30)) {
        alter = alter.ifFieldExists();
      }
    }
    if (chance(5)) {
      alter = alter.addField(names.name(), DataType.TEXT); // refused: two changes
    }
    return alter.build();
  }

  private CqlStatement drop() {
    boolean qualified = chance(85);
    Drop drop;
    switch (random.nextInt(5)) {
      case 0: drop = Schema.dropKeyspace(names.name()); break;
      case 1: drop = qualified ? Schema.dropTable(names.name(), names.name()) : Schema.dropTable(names.name()); break;
      case 2: drop = qualified ? Schema.dropIndex(names.name(), names.name()) : Schema.dropIndex(names.name()); break;
      case 3: drop = qualified ? Schema.dropMaterializedView(names.name(), names.name())
          : Schema.dropMaterializedView(names.name()); break;
      default: drop = qualified ? Schema.dropType(names.name(), names.typeName()) : Schema.dropType(names.typeName());
    }
    return (chance(50) ? drop.ifExists() : drop).build();
  }

  /** CREATE FUNCTION, CREATE AGGREGATE, DROP FUNCTION and DROP AGGREGATE. */
  private CqlStatement function() {
    String keyspace = names.name();
    switch (random.nextInt(4)) {
      case 0: {
        io.cqlkit.builder.schema.CreateFunction f = Schema.createFunction(keyspace, names.name());
        for (int i = 0, n = random.nextInt(3); i < n; i++) {
          f = f.withParameter(names.name(), dataType(1));
        }
        f = chance(50) ? f.calledOnNullInput() : f.returnsNullOnNullInput();
        if (chance(30)) {
          f = f.orReplace();
        }
        if (chance(30)) {
          f = f.ifNotExists(); // with orReplace: refused
        }
        String body = chance(70) ? "return " + random.nextInt(100) + ";" : "return \"$$'\" + x; // $";
        return f.returns(dataType(1)).language(chance(90) ? "java" : "JavaScript").as(body).build();
      }
      case 1: {
        io.cqlkit.builder.schema.CreateAggregate a = Schema.createAggregate(keyspace, names.name());
        for (int i = 0, n = 1 + random.nextInt(2); i < n; i++) {
          a = a.withArgumentType(dataType(1));
        }
        a = a.stateFunction(names.name()).stateType(dataType(1));
        if (chance(50)) {
          a = a.finalFunction(names.name());
        }
        if (chance(60)) {
          a = a.initialCondition(literalValue(1));
        }
        if (chance(20)) {
          a = a.orReplace();
        }
        if (chance(20)) {
          a = a.ifNotExists();
        }
        return a.build();
      }
      default: {
        DataType[] types = new DataType[random.nextInt(3)];
        for (int i = 0; i < types.length; i++) {
          types[i] = dataType(1);
        }
        Drop drop = chance(50)
            ? Schema.dropFunction(keyspace, names.name(), types)
            : Schema.dropAggregate(keyspace, names.name(), types);
        return (chance(50) ? drop.ifExists() : drop).build();
      }
    }
  }

  private CqlStatement truncate() {
    return (chance(85) ? Schema.truncate(names.name(), names.name()) : Schema.truncate(names.name())).build();
  }

  /** A type allowed in a primary key: native (not counter or duration) or frozen. */
  private DataType keyType() {
    if (chance(3)) {
      return chance(50) ? DataType.COUNTER : DataType.listOf(DataType.INT); // refused in a key
    }
    if (chance(80)) {
      DataType type;
      do {
        type = pick(DataType.nativeTypes());
      } while (type.isCounter() || type.equals(DataType.DURATION));
      return type;
    }
    DataType type = dataType(2);
    return DataType.nativeTypes().contains(type) ? type : DataType.frozen(type);
  }

  /** A random type up to {@code depth} levels of nesting; nested collections are frozen. */
  private DataType dataType(int depth) {
    int pick = random.nextInt(depth > 0 ? 11 : 4);
    switch (pick) {
      case 0: case 1: case 2: {
        DataType type = pick(DataType.nativeTypes());
        return type.isCounter() ? DataType.BIGINT : type;
      }
      case 3: return chance(50) ? DataType.udt(names.typeName()) : DataType.udt(names.name(), names.typeName());
      case 4: return DataType.listOf(element(depth));
      case 5: return DataType.setOf(orderable(element(depth)));
      case 6: return DataType.mapOf(orderable(element(depth)), element(depth));
      case 7: {
        DataType[] elements = new DataType[1 + random.nextInt(3)];
        for (int i = 0; i < elements.length; i++) {
          elements[i] = dataType(depth - 1);
        }
        return DataType.tupleOf(elements);
      }
      case 8: return DataType.vectorOf(chance(70) ? DataType.FLOAT : dataType(depth - 1), 1 + random.nextInt(4096));
      case 9: {
        DataType type = dataType(depth - 1);
        return DataType.nativeTypes().contains(type) ? type : DataType.frozen(type);
      }
      default: return DataType.DURATION;
    }
  }

  /** A collection's element: frozen when it is itself a collection or user type. */
  private DataType element(int depth) {
    DataType type = dataType(depth - 1);
    if (chance(97) && !DataType.nativeTypes().contains(type)) {
      return DataType.frozen(type);
    }
    return type; // a non-frozen collection or user type as an element: refused
  }

  private DataType orderable(DataType type) {
    return type.equals(DataType.DURATION) && chance(90) ? DataType.TEXT : type;
  }

  // --- helpers -----------------------------------------------------------------------------------

  private boolean chance(int percent) {
    return random.nextInt(100) < percent;
  }

  private <T> T pick(List<T> list) {
    return list.get(random.nextInt(list.size()));
  }
}
