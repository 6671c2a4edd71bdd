package io.cqlkit.benchmarks;

import static com.datastax.oss.driver.api.querybuilder.QueryBuilder.bindMarker;
import static com.datastax.oss.driver.api.querybuilder.QueryBuilder.deleteFrom;
import static com.datastax.oss.driver.api.querybuilder.QueryBuilder.insertInto;
import static com.datastax.oss.driver.api.querybuilder.QueryBuilder.selectFrom;
import static com.datastax.oss.driver.api.querybuilder.QueryBuilder.update;

import com.datastax.oss.driver.api.core.cql.BatchStatement;
import com.datastax.oss.driver.api.core.cql.BatchStatementBuilder;
import com.datastax.oss.driver.api.core.cql.DefaultBatchType;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import com.datastax.oss.driver.api.querybuilder.insert.RegularInsert;
import com.datastax.oss.driver.api.querybuilder.update.UpdateWithAssignments;

/**
 * The same shapes with the driver's own query builder (com.scylladb:java-driver-query-builder),
 * used the way its manual shows: build the query, then {@code build(values)} into a statement.
 */
final class DriverQueryBuilder {
  private DriverQueryBuilder() {}

  static SimpleStatement insert10(Object[] values) {
    RegularInsert insert = insertInto("ks", "t").value(Fixtures.COLUMNS[0], bindMarker());
    for (int i = 1; i < 10; i++) {
      insert = insert.value(Fixtures.COLUMNS[i], bindMarker());
    }
    return insert.build(values);
  }

  static SimpleStatement update5(Object[] values, Object pk, Object ck) {
    UpdateWithAssignments update = update("ks", "t").setColumn(Fixtures.COLUMNS[0], bindMarker());
    for (int i = 1; i < 5; i++) {
      update = update.setColumn(Fixtures.COLUMNS[i], bindMarker());
    }
    return update
        .whereColumn("pk")
        .isEqualTo(bindMarker())
        .whereColumn("ck")
        .isEqualTo(bindMarker())
        .build(values[0], values[1], values[2], values[3], values[4], pk, ck);
  }

  static SimpleStatement select5(Object pk, Object cks, int limit) {
    return selectFrom("ks", "t")
        .columns(Fixtures.COLUMNS[0], Fixtures.COLUMNS[1], Fixtures.COLUMNS[2], Fixtures.COLUMNS[3], Fixtures.COLUMNS[4])
        .whereColumn("pk")
        .isEqualTo(bindMarker())
        .whereColumn("ck")
        .in(bindMarker())
        .limit(bindMarker())
        .build(pk, cks, limit);
  }

  static SimpleStatement selectPk3(Object pk, Object ck1, Object ck2) {
    return selectFrom("ks", "t")
        .all()
        .whereColumn("pk")
        .isEqualTo(bindMarker())
        .whereColumn("ck1")
        .isEqualTo(bindMarker())
        .whereColumn("ck2")
        .isEqualTo(bindMarker())
        .build(pk, ck1, ck2);
  }

  static SimpleStatement deleteIfExists(Object pk, Object ck) {
    return deleteFrom("ks", "t")
        .whereColumn("pk")
        .isEqualTo(bindMarker())
        .whereColumn("ck")
        .isEqualTo(bindMarker())
        .ifExists()
        .build(pk, ck);
  }

  static SimpleStatement insert5IfNotExistsTtl(Object[] values, int ttl) {
    RegularInsert insert = insertInto("ks", "t").value(Fixtures.COLUMNS[0], bindMarker());
    for (int i = 1; i < 5; i++) {
      insert = insert.value(Fixtures.COLUMNS[i], bindMarker());
    }
    return insert
        .ifNotExists()
        .usingTtl(bindMarker())
        .build(values[0], values[1], values[2], values[3], values[4], ttl);
  }

  /** The driver's builder has no batch text: a batch is a BatchStatement of built statements. */
  static BatchStatement batch10(Object[][] rows) {
    BatchStatementBuilder batch = BatchStatement.builder(DefaultBatchType.LOGGED);
    for (Object[] row : rows) {
      RegularInsert insert = insertInto("ks", "t").value(Fixtures.COLUMNS[0], bindMarker());
      for (int i = 1; i < 5; i++) {
        insert = insert.value(Fixtures.COLUMNS[i], bindMarker());
      }
      batch.addStatement(insert.build(row));
    }
    return batch.build();
  }
}
