package io.cqlkit.benchmarks;

import java.util.List;
import java.util.UUID;

/** The values every variant of a benchmark shape works with, so all produce the same statement. */
final class Fixtures {
  static final String[] COLUMNS = {"c0", "c1", "c2", "c3", "c4", "c5", "c6", "c7", "c8", "c9"};

  static final Object[] TEN_VALUES = {
    UUID.fromString("1d9b3a3e-6c4a-4a8e-9f0e-6a1b2c3d4e5f"), 42, "login", 3.5d, true,
    1_700_000_000_000L, "page_view", 7, "fr", 99L
  };
  static final Object PK = 17;
  static final Object CK = 3;
  static final Object CK2 = "b";
  static final List<Integer> CKS = List.of(1, 2, 3, 4);
  static final int LIMIT = 100;
  static final int TTL = 3600;

  static final Object[][] BATCH_ROWS = new Object[10][];

  static {
    for (int r = 0; r < 10; r++) {
      BATCH_ROWS[r] = new Object[] {r, "v" + r, r * 2, r % 2 == 0, (long) r};
    }
  }

  private Fixtures() {}
}
