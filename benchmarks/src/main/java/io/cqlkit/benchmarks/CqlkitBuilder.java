package io.cqlkit.benchmarks;

import static io.cqlkit.builder.Cql.deleteFrom;
import static io.cqlkit.builder.Cql.insertInto;
import static io.cqlkit.builder.Cql.loggedBatch;
import static io.cqlkit.builder.Cql.selectFrom;
import static io.cqlkit.builder.Cql.update;

import io.cqlkit.builder.Batch;
import io.cqlkit.builder.CqlStatement;
import io.cqlkit.builder.CqlTemplate;
import io.cqlkit.builder.Insert;
import io.cqlkit.builder.Relation;
import io.cqlkit.builder.Term;
import io.cqlkit.builder.Update;

/** The same shapes with cqlkit's builders, each built from scratch per call like the others. */
final class CqlkitBuilder {
  /** Built once, bound per call: the fast path for hot loops. */
  static final CqlTemplate INSERT10_TEMPLATE = insert10Template();

  private CqlkitBuilder() {}

  static CqlStatement insert10(Object[] values) {
    Insert insert = insertInto("ks", "t");
    for (int i = 0; i < 10; i++) {
      insert = insert.value(Fixtures.COLUMNS[i], values[i]);
    }
    return insert.build();
  }

  static CqlStatement update5(Object[] values, Object pk, Object ck) {
    Update update = update("ks", "t");
    for (int i = 0; i < 5; i++) {
      update = update.set(Fixtures.COLUMNS[i], values[i]);
    }
    return update.where("pk", pk).where("ck", ck).build();
  }

  static CqlStatement select5(Object pk, Object cks, int limit) {
    return selectFrom("ks", "t")
        .columns(Fixtures.COLUMNS[0], Fixtures.COLUMNS[1], Fixtures.COLUMNS[2], Fixtures.COLUMNS[3], Fixtures.COLUMNS[4])
        .where("pk", pk)
        .where(Relation.in("ck", cks))
        .limit(limit)
        .build();
  }

  static CqlStatement selectPk3(Object pk, Object ck1, Object ck2) {
    return selectFrom("ks", "t").where("pk", pk).where("ck1", ck1).where("ck2", ck2).build();
  }

  static CqlStatement deleteIfExists(Object pk, Object ck) {
    return deleteFrom("ks", "t").where("pk", pk).where("ck", ck).ifExists().build();
  }

  static CqlStatement insert5IfNotExistsTtl(Object[] values, int ttl) {
    Insert insert = insertInto("ks", "t");
    for (int i = 0; i < 5; i++) {
      insert = insert.value(Fixtures.COLUMNS[i], values[i]);
    }
    return insert.ifNotExists().usingTtl(ttl).build();
  }

  /** The batch statement; its text is rendered by the caller's {@code cql()} (lazily, once). */
  static CqlStatement batch10(Object[][] rows) {
    Batch batch = loggedBatch();
    for (Object[] row : rows) {
      Insert insert = insertInto("ks", "t");
      for (int i = 0; i < 5; i++) {
        insert = insert.value(Fixtures.COLUMNS[i], row[i]);
      }
      batch = batch.add(insert.build());
    }
    return batch.build();
  }

  private static CqlTemplate insert10Template() {
    Insert insert = insertInto("ks", "t");
    for (int i = 0; i < 10; i++) {
      insert = insert.value(Fixtures.COLUMNS[i], Term.marker());
    }
    return insert.template();
  }
}
