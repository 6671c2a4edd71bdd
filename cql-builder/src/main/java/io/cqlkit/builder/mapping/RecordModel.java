package io.cqlkit.builder.mapping;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.lang.invoke.MethodHandle;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.annotation.CheckForNull;

/**
 * A record class as cqlkit reads and writes it: its components, the column each one answers to,
 * and fast accessors and constructor, resolved once per class (cached in a {@link ClassValue}) and
 * shared by every bind and every row.
 *
 * <p><b>The naming rule</b> (the one rule for binding records to markers and reading rows into
 * records):
 *
 * <ol>
 *   <li>a component annotated {@link Column @Column("name")} answers to that exact name only;
 *   <li>any other component answers to its own name exactly ({@code userId}), and to its
 *       snake-case form ({@code user_id}, see {@link #snakeCase(String)});
 *   <li>an exact match wins: for the name {@code user_id}, a component named {@code user_id} (or
 *       annotated so) is chosen over a component {@code userId}.
 * </ol>
 *
 * Two components that answer to the same name exactly (e.g. {@code @Column("a") x} and {@code a})
 * are refused when the model is made.
 *
 * <pre>{@code
 * record Event(UUID userId, Instant ts, @Column("kind") String eventType) {}
 * RecordModel.of(Event.class).indexOf("user_id");  // 0
 * RecordModel.of(Event.class).indexOf("kind");     // 2
 * }</pre>
 *
 * @param <R> the record type
 */
public final class RecordModel<R extends Record> {
  private static final ClassValue<RecordModel<?>> MODELS =
      new ClassValue<>() {
        @Override
        protected RecordModel<?> computeValue(Class<?> type) {
          return RecordReflection.create(type.asSubclass(Record.class));
        }
      };

  private final Class<R> type;
  private final ImmutableList<Component> components;
  private final Map<String, Integer> exact;
  private final Map<String, Integer> snake;
  /** The canonical constructor as {@code (Object[]) -> Object}. */
  private final MethodHandle constructor;
  /** Every component's value as {@code (Object) -> Object[]}: one compiled tree, no dispatch per component. */
  private final MethodHandle extractor;
  private final boolean[] primitive;

  RecordModel(
      Class<R> type,
      ImmutableList<Component> components,
      Map<String, Integer> exact,
      Map<String, Integer> snake,
      MethodHandle constructor,
      MethodHandle extractor) {
    this.type = type;
    this.components = components;
    this.exact = exact;
    this.snake = snake;
    this.constructor = constructor;
    this.extractor = extractor;
    this.primitive = new boolean[components.size()];
    for (int i = 0; i < primitive.length; i++) {
      primitive[i] = components.get(i).type.isPrimitive();
    }
  }

  /**
   * The model of a record class, made once per class.
   *
   * @throws IllegalArgumentException if {@code type} is not a record class, or two of its
   *     components answer to the same name
   */
  @SuppressWarnings("unchecked") // the cache holds the model of exactly this class
  public static <R extends Record> RecordModel<R> of(Class<R> type) {
    checkArgument(type != null, "record type must not be null");
    checkArgument(
        type.isRecord(),
        "%s is not a record class: cqlkit binds and reads Java records (declare it as `record %s(...)`)",
        type.getName(),
        type.getSimpleName());
    return (RecordModel<R>) MODELS.get(type);
  }

  /**
   * The snake-case form of a Java name: an underscore before each upper-case letter that follows a
   * lower-case letter or digit, or that starts a new word after an acronym, then all lower case:
   * {@code userId} → {@code user_id}, {@code eventType2} → {@code event_type2}, {@code
   * HTTPStatus} → {@code http_status}, {@code ts} → {@code ts}.
   */
  public static String snakeCase(String name) {
    StringBuilder sb = new StringBuilder(name.length() + 4);
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isUpperCase(c) && i > 0) {
        char before = name.charAt(i - 1);
        boolean afterLower = Character.isLowerCase(before) || Character.isDigit(before);
        boolean acronymEnd =
            Character.isUpperCase(before)
                && i + 1 < name.length()
                && Character.isLowerCase(name.charAt(i + 1));
        if (afterLower || acronymEnd) {
          sb.append('_');
        }
      }
      sb.append(Character.toLowerCase(c));
    }
    return sb.toString();
  }

  /** The record class. */
  public Class<R> type() {
    return type;
  }

  /** The components, in declaration order (the canonical constructor's order). */
  public List<Component> components() {
    return components;
  }

  /**
   * The index of the component that answers to {@code name} by the naming rule, or -1 if none does.
   */
  public int indexOf(String name) {
    Integer index = exact.get(name);
    if (index == null) {
      index = snake.get(name);
    }
    return index == null ? -1 : index;
  }

  /**
   * A new record from its component values, in declaration order.
   *
   * @throws IllegalArgumentException if the count is wrong, or a primitive component gets null
   */
  public R newInstance(Object... values) {
    checkArgument(
        values.length == components.size(),
        "%s has %s components, but received %s values",
        type.getName(),
        components.size(),
        values.length);
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null && primitive[i]) {
        throw new IllegalArgumentException(
            String.format(
                "component %s is a primitive %s and cannot be null: declare it as %s to allow"
                    + " null",
                components.get(i),
                components.get(i).type.getName(),
                com.google.common.primitives.Primitives.wrap(components.get(i).type).getSimpleName()));
      }
    }
    return type.cast(construct(values));
  }

  /**
   * The values of every component of {@code record}, in declaration order, in a new array: one
   * call of a method-handle tree made once per class, so it costs about as much as reading the
   * fields by hand.
   */
  public Object[] values(R record) {
    return valuesOf(record);
  }

  /** {@link #values} for a record known to be of this class. */
  public Object[] valuesOf(Object record) {
    try {
      return (Object[]) extractor.invokeExact(record);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException("reading the components of " + type.getName() + " failed", t);
    }
  }

  /** A new record from {@code values} (one per component, primitives non-null), unchecked. */
  private Object construct(Object[] values) {
    try {
      return constructor.invokeExact(values);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException("the constructor of " + type.getName() + " failed", t);
    }
  }

  /** A description for messages: {@code userId → user_id, ts, kind (eventType)}. */
  public String describe() {
    StringBuilder sb = new StringBuilder();
    for (Component c : components) {
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append(c.name);
      if (!c.columnName.equals(c.name)) {
        sb.append(" → ").append(c.columnName);
      }
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return "RecordModel[" + type.getName() + ": " + describe() + "]";
  }

  /** One record component: its names, its type and its accessor. */
  public static final class Component {
    private final Class<?> record;
    private final int index;
    private final String name;
    private final String columnName;
    private final boolean annotated;
    private final Class<?> type;
    private final Type genericType;
    private final Function<Object, Object> accessor;

    Component(
        Class<?> record,
        int index,
        String name,
        String columnName,
        boolean annotated,
        Class<?> type,
        Type genericType,
        Function<Object, Object> accessor) {
      this.record = record;
      this.index = index;
      this.name = name;
      this.columnName = columnName;
      this.annotated = annotated;
      this.type = type;
      this.genericType = genericType;
      this.accessor = accessor;
    }

    /** Its place in the record's declaration. */
    public int index() {
      return index;
    }

    /** The component's Java name. */
    public String name() {
      return name;
    }

    /**
     * The column it writes and reads by default: its {@link Column @Column} name, else its
     * snake-case name.
     */
    public String columnName() {
      return columnName;
    }

    /**
     * The names it answers to, best first: the {@link Column @Column} name alone, or its own name
     * then (if different) its snake-case name.
     */
    public List<String> names() {
      return annotated || columnName.equals(name)
          ? ImmutableList.of(columnName)
          : ImmutableList.of(name, columnName);
    }

    /** True if {@link Column @Column} names its column. */
    public boolean isAnnotated() {
      return annotated;
    }

    /** The component's class ({@code int}, {@code List}, ...). */
    public Class<?> type() {
      return type;
    }

    /** The component's generic type ({@code List<String>}, ...). */
    public Type genericType() {
      return genericType;
    }

    /** The component's value in {@code record}. */
    @CheckForNull
    public Object get(Object record) {
      return accessor.apply(record);
    }

    /** {@code Event.userId}. */
    @Override
    public String toString() {
      return record.getSimpleName() + "." + name;
    }
  }
}
