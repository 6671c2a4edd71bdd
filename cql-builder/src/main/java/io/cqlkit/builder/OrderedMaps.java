package io.cqlkit.builder;

import com.google.common.collect.ImmutableMap;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;

/**
 * The one-call forms take columns in their map's iteration order, so the map must have an order
 * that does not change between JVMs: the text (and the prepared statement it keys) depends on it.
 */
final class OrderedMaps {
  private OrderedMaps() {}

  /**
   * Refuses a map of more than one entry whose iteration order is not defined.
   *
   * @throws IllegalArgumentException for a HashMap, {@code Map.of(...)} of several entries, ...
   */
  static void checkOrdered(Map<?, ?> map, String method, String what) {
    if (map.size() <= 1
        || map instanceof LinkedHashMap
        || map instanceof SortedMap
        || map instanceof ImmutableMap
        || map instanceof EnumMap) {
      return;
    }
    throw new IllegalArgumentException(
        String.format(
            "%s takes the %s map's columns in its iteration order, but a %s has no defined order"
                + " (the text, and the prepared statement it keys, could change between JVMs):"
                + " pass a LinkedHashMap, a SortedMap such as TreeMap, a Guava ImmutableMap, or a"
                + " map of one entry",
            method,
            what,
            map.getClass().getName()));
  }
}
