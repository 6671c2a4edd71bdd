package io.cqlkit.builder;

import io.cqlkit.builder.mapping.RecordModel;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How one record class fills one template's markers: for each marker, the component that answers
 * to its name (the naming rule of {@link RecordModel}). Planned once per (template, record class)
 * and kept by the template, so a bind reads the components through generated accessors only.
 */
final class RecordBinding {
  final Class<?> type;
  private final RecordModel<?> model;
  /** The component index of each marker, or null when marker i is component i for every i. */
  @javax.annotation.CheckForNull private final int[] bySlot;

  private RecordBinding(Class<?> type, RecordModel<?> model, @javax.annotation.CheckForNull int[] bySlot) {
    this.type = type;
    this.model = model;
    this.bySlot = bySlot;
  }

  /**
   * The plan for {@code type} and markers named {@code names} (text order, repeats included).
   *
   * @throws IllegalArgumentException if a marker has no component or a component has no marker
   */
  static RecordBinding plan(Class<? extends Record> type, List<String> names, String cql) {
    RecordModel<?> model = RecordModel.of(type);
    List<RecordModel.Component> components = model.components();
    RecordModel.Component[] bySlot = new RecordModel.Component[names.size()];
    boolean[] used = new boolean[components.size()];
    Set<String> missing = new LinkedHashSet<>();
    for (int i = 0; i < bySlot.length; i++) {
      int index = model.indexOf(names.get(i));
      if (index < 0) {
        missing.add(names.get(i));
      } else {
        bySlot[i] = components.get(index);
        used[index] = true;
      }
    }
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException(
          String.format(
              "marker(s) %s of `%s` have no component in record %s (components: %s): name a"
                  + " component after each marker (user_id or userId), or annotate it with"
                  + " @Column(\"%s\")",
              missing.stream().map(n -> ":" + n).collect(java.util.stream.Collectors.joining(", ")),
              cql,
              type.getName(),
              model.describe(),
              missing.iterator().next()));
    }
    List<String> unused = new ArrayList<>();
    for (int i = 0; i < used.length; i++) {
      if (!used[i]) {
        RecordModel.Component c = components.get(i);
        unused.add(c + (c.columnName().equals(c.name()) ? "" : " (" + c.columnName() + ")"));
      }
    }
    if (!unused.isEmpty()) {
      throw new IllegalArgumentException(
          String.format(
              "component(s) %s have no marker in `%s` (its markers: %s): bind a record of just"
                  + " those values, or a Map",
              String.join(", ", unused),
              cql,
              new LinkedHashSet<>(names)));
    }
    int[] indexes = new int[bySlot.length];
    boolean identity = bySlot.length == components.size();
    for (int i = 0; i < indexes.length; i++) {
      indexes[i] = bySlot[i].index();
      identity &= indexes[i] == i;
    }
    return new RecordBinding(type, model, identity ? null : indexes);
  }

  /** The values of {@code record}, one per marker, in a new array. */
  Object[] values(Object record) {
    Object[] all = model.valuesOf(record);
    int[] s = bySlot;
    if (s == null) {
      return all;
    }
    Object[] values = new Object[s.length];
    for (int i = 0; i < s.length; i++) {
      values[i] = all[s[i]];
    }
    return values;
  }
}
