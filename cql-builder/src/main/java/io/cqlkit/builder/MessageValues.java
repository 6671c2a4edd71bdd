package io.cqlkit.builder;

import java.util.Arrays;
import java.util.List;
import javax.annotation.CheckForNull;

/**
 * Whether cqlkit's exception messages and logs show bound values, or only their Java types (the
 * default). Values are user data — names, e-mail addresses, tokens — and messages end up in logs,
 * so a message shows the CQL text and, for each value, its type:
 * {@code cannot bind param 1 of `INSERT INTO ks.t (pk, v) VALUES (?, ?)`: ... but the value is a java.lang.String}.
 *
 * <p>One switch for the whole JVM, for development: the system property {@value
 * #SHOW_VALUES_PROPERTY}{@code =true} (read once, when cqlkit first describes a value), or {@link
 * #show(boolean)} at run time. cql-builder, the engine and the adapter all read it here. The test
 * kit's {@code RecordingExecutor} always shows values in its mismatch messages: they are test data.
 */
public final class MessageValues {
  /** The system property that, set to {@code true}, shows values in messages. */
  public static final String SHOW_VALUES_PROPERTY = "cqlkit.messages.showValues";

  private static volatile boolean shown = Boolean.getBoolean(SHOW_VALUES_PROPERTY);

  private MessageValues() {}

  /** True when messages show values, false (the default) when they show only the values' types. */
  public static boolean shown() {
    return shown;
  }

  /** Shows values in messages from now on ({@code true}), or hides them again; for development and tests. */
  public static void show(boolean show) {
    shown = show;
  }

  /**
   * One value for a message: {@code a java.lang.String}, or with values shown {@code a
   * java.lang.String (abc)}; {@code null} for null.
   */
  public static String describe(@CheckForNull Object value) {
    if (value == null || value == Unset.UNSET) {
      return String.valueOf(value); // no user data: shown as they are
    }
    String type = "a " + value.getClass().getName();
    return shown ? type + " (" + text(value) + ")" : type;
  }

  /** Values for a message: {@code [java.lang.String, java.lang.Integer]}, or with values shown {@code [abc, 1]}. */
  public static String describeAll(List<?> values) {
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < values.size(); i++) {
      Object value = values.get(i);
      sb.append(i == 0 ? "" : ", ")
          .append(shown || value == null || value == Unset.UNSET ? text(value) : value.getClass().getName());
    }
    return sb.append(']').toString();
  }

  /** {@link #describeAll(List)} of an array. */
  public static String describeAll(Object[] values) {
    return describeAll(Arrays.asList(values));
  }

  private static String text(@CheckForNull Object value) {
    return value instanceof Object[] ? Arrays.deepToString((Object[]) value)
        : value instanceof byte[] ? Arrays.toString((byte[]) value)
        : String.valueOf(value);
  }
}
