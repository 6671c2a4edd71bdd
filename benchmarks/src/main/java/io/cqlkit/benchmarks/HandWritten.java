package io.cqlkit.benchmarks;

/**
 * The baseline: the same CQL text and params as the builders produce, written by hand into one
 * StringBuilder. Nothing can be cheaper while still building the text per call.
 */
final class HandWritten {
  private HandWritten() {}

  /** A (cql, params) pair, as the hand-written code returns it. */
  record Statement(String cql, Object[] params) {}

  static Statement insert10(Object[] values) {
    StringBuilder sb = new StringBuilder(128);
    sb.append("INSERT INTO ks.t (");
    for (int i = 0; i < 10; i++) {
      if (i > 0) {
        sb.append(", ");
      }
      sb.append(Fixtures.COLUMNS[i]);
    }
    sb.append(") VALUES (");
    for (int i = 0; i < 10; i++) {
      sb.append(i == 0 ? "?" : ", ?");
    }
    sb.append(')');
    return new Statement(sb.toString(), values.clone());
  }

  static Statement update5(Object[] values, Object pk, Object ck) {
    StringBuilder sb = new StringBuilder(96);
    sb.append("UPDATE ks.t SET ");
    for (int i = 0; i < 5; i++) {
      if (i > 0) {
        sb.append(", ");
      }
      sb.append(Fixtures.COLUMNS[i]).append(" = ?");
    }
    sb.append(" WHERE pk = ? AND ck = ?");
    Object[] params = new Object[7];
    System.arraycopy(values, 0, params, 0, 5);
    params[5] = pk;
    params[6] = ck;
    return new Statement(sb.toString(), params);
  }

  static Statement select5(Object pk, Object cks, int limit) {
    StringBuilder sb = new StringBuilder(96);
    sb.append("SELECT ");
    for (int i = 0; i < 5; i++) {
      if (i > 0) {
        sb.append(", ");
      }
      sb.append(Fixtures.COLUMNS[i]);
    }
    sb.append(" FROM ks.t WHERE pk = ? AND ck IN ? LIMIT ?");
    return new Statement(sb.toString(), new Object[] {pk, cks, limit});
  }

  static Statement selectPk3(Object pk, Object ck1, Object ck2) {
    StringBuilder sb = new StringBuilder(64);
    sb.append("SELECT * FROM ks.t WHERE pk = ? AND ck1 = ? AND ck2 = ?");
    return new Statement(sb.toString(), new Object[] {pk, ck1, ck2});
  }

  static Statement deleteIfExists(Object pk, Object ck) {
    StringBuilder sb = new StringBuilder(64);
    sb.append("DELETE FROM ks.t WHERE pk = ? AND ck = ? IF EXISTS");
    return new Statement(sb.toString(), new Object[] {pk, ck});
  }

  static Statement insert5IfNotExistsTtl(Object[] values, int ttl) {
    StringBuilder sb = new StringBuilder(112);
    sb.append("INSERT INTO ks.t (");
    for (int i = 0; i < 5; i++) {
      if (i > 0) {
        sb.append(", ");
      }
      sb.append(Fixtures.COLUMNS[i]);
    }
    sb.append(") VALUES (?, ?, ?, ?, ?) IF NOT EXISTS USING TTL ?");
    Object[] params = new Object[6];
    System.arraycopy(values, 0, params, 0, 5);
    params[5] = ttl;
    return new Statement(sb.toString(), params);
  }

  static Statement batch10(Object[][] rows) {
    StringBuilder sb = new StringBuilder(800);
    Object[] params = new Object[rows.length * 5];
    sb.append("BEGIN BATCH\n");
    for (int r = 0; r < rows.length; r++) {
      sb.append("  INSERT INTO ks.t (");
      for (int i = 0; i < 5; i++) {
        if (i > 0) {
          sb.append(", ");
        }
        sb.append(Fixtures.COLUMNS[i]);
      }
      sb.append(") VALUES (?, ?, ?, ?, ?);\n");
      System.arraycopy(rows[r], 0, params, r * 5, 5);
    }
    sb.append("APPLY BATCH");
    return new Statement(sb.toString(), params);
  }
}
