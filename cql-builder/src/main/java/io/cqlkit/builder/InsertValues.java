package io.cqlkit.builder;

import io.cqlkit.builder.internal.Part;
import io.cqlkit.builder.internal.ShapeCache;
import io.cqlkit.builder.internal.Sink;

/** The {@code (c1, c2) VALUES (?, ?)} of an INSERT: its columns, its values, their bindings. */
final class InsertValues {
  /**
   * The param indexes {@code 0, 1, 2...}: the bindings of an INSERT whose values are all single
   * markers share it instead of allocating their own (a Shape reads only the first n entries).
   */
  private static final int[] IDENTITY = new int[64];

  static {
    for (int i = 0; i < IDENTITY.length; i++) {
      IDENTITY[i] = i;
    }
  }

  private static final Object[] NO_LITERALS = new Object[0];

  /** {@code MARKERS[n]} is {@code "?, ?, ..."} with n markers: the VALUES text of n bound values. */
  private static final String[] MARKERS = new String[IDENTITY.length + 1];

  static {
    MARKERS[0] = "";
    for (int n = 1; n < MARKERS.length; n++) {
      MARKERS[n] = n == 1 ? "?" : MARKERS[n - 1] + ", ?";
    }
  }

  private InsertValues() {}

  /** {@code (c1, c2) VALUES (?, ?)}, noting each column's binding on the way. */
  static void render(Sink sink, String[] columns, Insert[] steps) {
    StringBuilder sb = sink.sb;
    sb.append(" (");
    for (int i = 0; i < columns.length; i++) {
      if (i > 0) {
        sb.append(',').append(' ');
      }
      CqlIdentifier.appendName(sb, columns[i]);
    }
    sb.append(") VALUES (");
    int plain = 0;
    for (Insert step : steps) {
      plain += step.isPlain() ? 1 : 0;
    }
    if (plain == steps.length && plain <= IDENTITY.length) {
      // The common case: every value bound. One append for the markers; column i is param i.
      sb.append(MARKERS[plain]);
      for (int i = 0; i < steps.length; i++) {
        sink.from(ShapeCache.source(Part.VALUES, i));
        sink.bound(steps[i].plainValue());
      }
      sink.bindings(columns, IDENTITY, NO_LITERALS);
    } else {
      renderTerms(sink, columns, steps);
    }
    sb.append(')');
  }

  private static void renderTerms(Sink sink, String[] columns, Insert[] steps) {
    for (int i = 0; i < steps.length; i++) {
      if (i > 0) {
        sink.sb.append(", ");
      }
      int index = sink.size();
      steps[i].renderValue(sink);
      steps[i].valueTerm().noteBinding(sink, columns[i], index);
    }
  }
}
