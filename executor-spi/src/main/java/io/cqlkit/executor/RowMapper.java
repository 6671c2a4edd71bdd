package io.cqlkit.executor;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.primitives.Primitives;
import io.cqlkit.builder.mapping.RecordModel;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Reads rows into records, by the naming rule of {@link RecordModel} (the same rule that binds
 * records to markers): component {@code userId} reads column {@code userId} if the row has it,
 * else {@code user_id}; {@link io.cqlkit.builder.mapping.Column @Column("name")} reads exactly
 * {@code name}. Values are converted by the executor's own {@link Row#get(String, Class)}. Columns
 * the record does not name are ignored. Made once per record class (cached), thread-safe.
 *
 * <pre>{@code
 * record Event(UUID userId, Instant ts, String eventType) {}
 * RowMapper<Event> events = RowMapper.of(Event.class);
 *
 * Event one = events.map(engine.execute(get).one());
 * List<Event> page = events.list(engine.execute(select));
 * try (Stream<Event> all = engine.allRows(select).map(events)) { ... }
 * }</pre>
 *
 * @param <R> the record type
 */
public final class RowMapper<R extends Record> implements Function<Row, R> {
  /** Per row class: true if it overrides {@link Row#get(String, Class)} (converts on its own). */
  private static final ClassValue<Boolean> CONVERTS =
      new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> rowClass) {
          try {
            return rowClass.getMethod("get", String.class, Class.class).getDeclaringClass() != Row.class;
          } catch (NoSuchMethodException e) {
            return true;
          }
        }
      };

  private static final ClassValue<RowMapper<?>> MAPPERS =
      new ClassValue<>() {
        @Override
        protected RowMapper<?> computeValue(Class<?> type) {
          return new RowMapper<>(RecordModel.of(type.asSubclass(Record.class)));
        }
      };

  private final RecordModel<R> model;
  private final RecordModel.Component[] components;
  /** Per component: the column it reads first (its exact or annotated name). */
  private final String[] first;
  /** Per component: the column it reads if the row lacks {@code first}, or null if none. */
  private final String[] second;
  /** Per component: the type asked of the row (boxed for primitives). */
  private final Class<?>[] types;

  private final boolean[] primitive;
  /**
   * The columns read for the last column list seen: executors share one list among the rows of a
   * page, so a page resolves the names once (a race only means another resolution).
   */
  @javax.annotation.CheckForNull private volatile Resolution last;

  /** The column each component reads, for rows whose column list is {@code columns}. */
  private static final class Resolution {
    final List<String> columns;
    final Class<?> rowClass;
    final String[] names;
    final boolean converts;

    Resolution(List<String> columns, Class<?> rowClass, String[] names, boolean converts) {
      this.columns = columns;
      this.rowClass = rowClass;
      this.names = names;
      this.converts = converts;
    }
  }

  private RowMapper(RecordModel<R> model) {
    this.model = model;
    List<RecordModel.Component> list = model.components();
    int n = list.size();
    components = list.toArray(new RecordModel.Component[0]);
    first = new String[n];
    second = new String[n];
    types = new Class<?>[n];
    primitive = new boolean[n];
    for (int i = 0; i < n; i++) {
      RecordModel.Component c = components[i];
      List<String> names = c.names();
      first[i] = names.get(0);
      second[i] = names.size() > 1 ? names.get(1) : null;
      types[i] = Primitives.wrap(c.type());
      primitive[i] = c.type().isPrimitive();
    }
  }

  /**
   * The mapper of a record class, made once per class.
   *
   * @throws IllegalArgumentException if {@code type} is not a record, or two of its components
   *     answer to the same name
   */
  @SuppressWarnings("unchecked") // the cache holds the mapper of exactly this class
  public static <R extends Record> RowMapper<R> of(Class<R> type) {
    checkArgument(type != null, "record type must not be null");
    RecordModel.of(type); // checks it is a record, with its message
    return (RowMapper<R>) MAPPERS.get(type);
  }

  /** The record class. */
  public Class<R> type() {
    return model.type();
  }

  /**
   * The record of {@code row}.
   *
   * @throws IllegalArgumentException if the row has no column for a component, a value cannot be
   *     read as its component's type, or a primitive component's column is null
   */
  public R map(Row row) {
    checkArgument(row != null, "row must not be null");
    int n = components.length;
    Resolution r = last;
    if (r == null || r.columns != row.columnNames() || r.rowClass != row.getClass()) {
      r = resolve(row);
    }
    String[] names = r.names;
    boolean converts = r.converts;
    Object[] values = new Object[n];
    for (int i = 0; i < n; i++) {
      String column = names[i];
      Object value;
      try {
        if (converts) {
          value = row.get(column, types[i]);
        } else {
          // Row.get's default, without looking up the boxed type again for each value
          value = row.getObject(column);
          if (value != null && !types[i].isInstance(value)) {
            throw new IllegalArgumentException(
                String.format(
                    "column '%s' holds a %s, which cannot be read as %s",
                    column, value.getClass().getName(), components[i].type().getName()));
          }
        }
      } catch (IllegalArgumentException | ClassCastException e) {
        throw failure(row, i, column, e);
      }
      if (value == null && primitive[i]) {
        throw new IllegalArgumentException(
            String.format(
                "column %s is null, but component %s is a primitive %s: declare it as %s to read"
                    + " nulls",
                column,
                components[i],
                components[i].type().getName(),
                types[i].getSimpleName()));
      }
      values[i] = value;
    }
    return model.newInstance(values);
  }

  /**
   * The column each component reads in {@code row}: its exact name if the row has it, else its
   * other; as the row's own name object when the row lists it, so that a row looking values up by
   * name finds each at its first compare.
   */
  private Resolution resolve(Row row) {
    String[] names = first.clone();
    for (int i = 0; i < names.length; i++) {
      if (second[i] != null && !row.contains(first[i])) {
        names[i] = second[i];
      }
    }
    List<String> columns = row.columnNames();
    for (int i = 0; i < names.length; i++) {
      int at = columns.indexOf(names[i]);
      if (at >= 0) {
        names[i] = columns.get(at);
      }
    }
    Resolution r =
        new Resolution(row.columnNames(), row.getClass(), names, CONVERTS.get(row.getClass()));
    last = r;
    return r;
  }

  /** Same as {@link #map(Row)}, so a mapper can be passed to {@code Stream.map}. */
  @Override
  public R apply(Row row) {
    return map(row);
  }

  /** The records of a result's rows (one page), in order. */
  public List<R> list(CqlResult result) {
    checkArgument(result != null, "result must not be null");
    List<Row> rows = result.rows();
    List<R> out = new ArrayList<>(rows.size());
    for (Row row : rows) {
      out.add(map(row));
    }
    return out;
  }

  /**
   * The records of a stream of rows, such as {@link CqlEngine#allRows}; closing the returned
   * stream closes {@code rows}.
   */
  public Stream<R> stream(Stream<Row> rows) {
    checkArgument(rows != null, "rows must not be null");
    return rows.map(this);
  }

  private IllegalArgumentException failure(Row row, int index, String column, RuntimeException e) {
    RecordModel.Component c = components[index];
    if (!row.contains(column)) {
      return new IllegalArgumentException(
          String.format(
              "the row has no column %s for component %s (%s); its columns are %s: select the"
                  + " column, or name the component after one (@Column(\"name\"))",
              second[index] == null ? column : first[index] + " or " + second[index],
              c,
              c.type().getName(),
              row.columnNames()),
          e);
    }
    return new IllegalArgumentException(
        String.format(
            "cannot read column %s into component %s (%s): %s",
            column, c, c.genericType().getTypeName(), e.getMessage()),
        e);
  }

  @Override
  public String toString() {
    return "RowMapper[" + model.type().getName() + ": " + model.describe() + "]";
  }
}
