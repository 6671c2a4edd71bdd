package io.cqlkit.driver;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.BatchStatement;
import com.datastax.oss.driver.api.core.cql.BatchStatementBuilder;
import com.datastax.oss.driver.api.core.cql.DefaultBatchType;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.ResultSet;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import io.cqlkit.node.CassandraNode;
import io.cqlkit.node.CassandraNodeExtension;
import java.util.List;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Temporary: prints the server's batch sizes for shapes, to calibrate the size model. */
@ExtendWith(CassandraNodeExtension.class)
class SizeCalibrationIT {
  static CqlSession s;

  @Test
  void calibrate(CassandraNode node) throws Exception {
    DriverExecutor ex = TestCluster.connect(node);
    s = ex.session();
    s.execute("DROP KEYSPACE IF EXISTS calib");
    s.execute("CREATE KEYSPACE calib WITH replication = {'class':'SimpleStrategy','replication_factor':1}");
    s.execute("CREATE TABLE calib.t (pk int, ck int, v int, PRIMARY KEY (pk, ck))");
    s.execute("CREATE TABLE calib.w (pk int, ck int, a int, b bigint, c text, PRIMARY KEY (pk, ck))");
    s.execute("CREATE TABLE calib.k (pk text, v int, PRIMARY KEY (pk))");
    s.execute("CREATE TABLE calib.st (pk int, ck int, s int static, v int, PRIMARY KEY (pk, ck))");
    s.execute("CREATE TABLE calib.col (pk int, ck int, l list<int>, st set<text>, m map<text, int>, PRIMARY KEY (pk, ck))");
    s.execute("CREATE TABLE calib.cnt (pk int, ck int, n counter, PRIMARY KEY (pk, ck))");
    s.execute("CREATE TABLE calib.cnt2 (pk int, n counter, m counter, PRIMARY KEY (pk))");
    s.execute("CREATE TABLE calib.ck2 (pk int, c1 text, c2 int, v int, PRIMARY KEY (pk, c1, c2))");

    run("t insert 2x100", "INSERT INTO calib.t (pk, ck, v) VALUES (?, ?, ?)", 2, 100, null);
    run("t insert 2x60", "INSERT INTO calib.t (pk, ck, v) VALUES (?, ?, ?)", 2, 60, null);
    run("t insert 3x40", "INSERT INTO calib.t (pk, ck, v) VALUES (?, ?, ?)", 3, 40, null);
    run("t insert 30x4", "INSERT INTO calib.t (pk, ck, v) VALUES (?, ?, ?)", 30, 4, null);
    run("t update 2x100", "UPDATE calib.t SET v = ? WHERE pk = ? AND ck = ?", 2, 100, null);
    run("t insert ttl 2x100", "INSERT INTO calib.t (pk, ck, v) VALUES (?, ?, ?) USING TTL 1000", 2, 100, null);
    run("t update ttl 2x100", "UPDATE calib.t USING TTL 1000 SET v = ? WHERE pk = ? AND ck = ?", 2, 100, null);
    run("t insert ts 2x100", "INSERT INTO calib.t (pk, ck, v) VALUES (?, ?, ?) USING TIMESTAMP 1000", 2, 100, null);
    run("t delete row 2x150", "DELETE FROM calib.t WHERE pk = ? AND ck = ?", 2, 150, null);
    run("t delete cell 2x150", "DELETE v FROM calib.t WHERE pk = ? AND ck = ?", 2, 150, null);
    run("t delete partition 300", "DELETE FROM calib.t WHERE pk = ?", 300, 1, null);
    run("t insert null 2x100", "INSERT INTO calib.t (pk, ck, v) VALUES (?, ?, null)", 2, 100, null);
    run("w insert 2x60 c=10", "INSERT INTO calib.w (pk, ck, a, b, c) VALUES (?, ?, 1, 2, '0123456789')", 2, 60, null);
    run("w insert 2x60 c=30", "INSERT INTO calib.w (pk, ck, a, b, c) VALUES (?, ?, 1, 2, '012345678901234567890123456789')", 2, 60, null);
    run("w insert 2x60 a only", "INSERT INTO calib.w (pk, ck, a) VALUES (?, ?, 1)", 2, 60, null);
    run("w insert 2x60 keys only", "INSERT INTO calib.w (pk, ck) VALUES (?, ?)", 2, 60, null);
    run("st static 200", "UPDATE calib.st SET s = 1 WHERE pk = ?", 200, 1, null);
    run("st static+row 100", "INSERT INTO calib.st (pk, ck, s, v) VALUES (?, ?, 1, 1)", 100, 1, null);
    run("col list3 2x30", "INSERT INTO calib.col (pk, ck, l) VALUES (?, ?, [1,2,3])", 2, 30, null);
    run("col set3 2x30", "INSERT INTO calib.col (pk, ck, st) VALUES (?, ?, {'a','bb','ccc'})", 2, 30, null);
    run("col map2 2x30", "INSERT INTO calib.col (pk, ck, m) VALUES (?, ?, {'a':1,'bb':2})", 2, 30, null);
    run("col append 2x30", "UPDATE calib.col SET l = l + [1,2,3] WHERE pk = ? AND ck = ?", 2, 30, null);
    run("col setadd 2x30", "UPDATE calib.col SET st = st + {'a','bb','ccc'} WHERE pk = ? AND ck = ?", 2, 30, null);
    run("col mapput 2x30", "UPDATE calib.col SET m['a'] = 1 WHERE pk = ? AND ck = ?", 2, 30, null);
    run("col set empty 2x30", "UPDATE calib.col SET l = [] WHERE pk = ? AND ck = ?", 2, 30, null);
    runCounter("cnt 2x100", "UPDATE calib.cnt SET n = n + 1 WHERE pk = ? AND ck = ?", 2, 100);
    runCounter("cnt2 200", "UPDATE calib.cnt2 SET n = n + 1 WHERE pk = ?", 200, 1);
    runCounter("cnt2 two 200", "UPDATE calib.cnt2 SET n = n + 1, m = m + 2 WHERE pk = ?", 200, 1);
    runCounter("cnt delete 2x150", "DELETE FROM calib.cnt WHERE pk = ? AND ck = ?", 2, 150);
    runKeys("k 1000-byte keys x 20", 20, 1000);
    runKeys("k 10-byte keys x 200", 200, 10);
    run("ck2 2x60", "INSERT INTO calib.ck2 (pk, c1, c2, v) VALUES (?, 'abcde', ?, 1)", 2, 60, null);
    run("t merged same row 2x100x2", "INSERT INTO calib.t (pk, ck, v) VALUES (?, ?, ?)", 2, 100, null, 2);
    run("t 3000 rows 2 partitions", "INSERT INTO calib.t (pk, ck, v) VALUES (?, ?, ?)", 2, 1500, null);
    run("t 2 partitions 50KiB edge 2x520", "INSERT INTO calib.t (pk, ck, v) VALUES (?, ?, ?)", 2, 520, null);
    run("t 2 partitions 50KiB edge 2x530", "INSERT INTO calib.t (pk, ck, v) VALUES (?, ?, ?)", 2, 530, null);
    ex.close();
  }

  static void run(String name, String cql, int partitions, int rows, Object ignored) {
    run(name, cql, partitions, rows, ignored, 1);
  }

  static void run(String name, String cql, int partitions, int rows, Object ignored, int repeat) {
    PreparedStatement p = s.prepare(cql);
    int vars = p.getVariableDefinitions().size();
    BatchStatementBuilder b = BatchStatement.builder(DefaultBatchType.UNLOGGED);
    for (int r = 0; r < repeat; r++)
      for (int pk = 0; pk < partitions; pk++) {
        for (int ck = 0; ck < rows; ck++) {
          Object[] values;
          if (vars == 3) values = cql.startsWith("UPDATE") ? new Object[] {7, pk, ck} : new Object[] {pk, ck, 7};
          else if (vars == 2) values = new Object[] {pk, ck};
          else values = new Object[] {pk};
          b.addStatement(p.bind(values));
        }
      }
    send(name, b.build());
  }

  static void runCounter(String name, String cql, int partitions, int rows) {
    PreparedStatement p = s.prepare(cql);
    int vars = p.getVariableDefinitions().size();
    BatchStatementBuilder b = BatchStatement.builder(DefaultBatchType.COUNTER);
    for (int pk = 0; pk < partitions; pk++)
      for (int ck = 0; ck < rows; ck++) b.addStatement(vars == 2 ? p.bind(pk, ck) : p.bind(pk));
    send(name, b.build());
  }

  static void runKeys(String name, int partitions, int keyBytes) {
    PreparedStatement p = s.prepare("INSERT INTO calib.k (pk, v) VALUES (?, 1)");
    BatchStatementBuilder b = BatchStatement.builder(DefaultBatchType.UNLOGGED);
    for (int i = 0; i < partitions; i++) {
      String key = String.format("%0" + keyBytes + "d", i);
      b.addStatement(p.bind(key));
    }
    send(name, b.build());
  }

  static void send(String name, BatchStatement batch) {
    try {
      ResultSet rs = s.execute(batch);
      List<String> w = rs.getExecutionInfo().getWarnings();
      System.out.println("CALIB " + name + " -> " + (w.isEmpty() ? "no warning" : w));
    } catch (RuntimeException e) {
      System.out.println("CALIB " + name + " -> FAIL " + e.getMessage());
    }
  }
}
