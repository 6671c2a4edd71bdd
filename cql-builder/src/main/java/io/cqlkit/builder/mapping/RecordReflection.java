package io.cqlkit.builder.mapping;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * How a {@link RecordModel} is made: the record's components read by reflection, the naming rule
 * applied, and its accessors and canonical constructor turned into method handles.
 */
final class RecordReflection {
  private RecordReflection() {}

  /** The model of {@code type}, made by reflection (once per class: see {@link RecordModel#of}). */
  static <R extends Record> RecordModel<R> create(Class<R> type) {
    MethodHandles.Lookup lookup;
    try {
      // A named io.cqlkit.builder module reads the record's module only when asked to.
      RecordModel.class.getModule().addReads(type.getModule());
      lookup = MethodHandles.privateLookupIn(type, MethodHandles.lookup());
    } catch (IllegalAccessException e) {
      throw new IllegalArgumentException(
          String.format(
              "cqlkit cannot read record %s: open its package to module io.cqlkit.builder (%s)",
              type.getName(), e.getMessage()),
          e);
    }
    RecordComponent[] declared = type.getRecordComponents();
    ImmutableList.Builder<RecordModel.Component> components = ImmutableList.builder();
    Map<String, Integer> exact = new HashMap<>();
    Map<String, Integer> snake = new HashMap<>();
    Map<String, String> owners = new HashMap<>();
    Class<?>[] parameterTypes = new Class<?>[declared.length];
    for (int i = 0; i < declared.length; i++) {
      RecordComponent rc = declared[i];
      Column column = rc.getAnnotation(Column.class);
      if (column != null) {
        checkArgument(
            !column.value().isEmpty(),
            "@Column on %s.%s names no column: give the column name, or remove the annotation",
            type.getSimpleName(),
            rc.getName());
      }
      String name = rc.getName();
      String columnName = column != null ? column.value() : RecordModel.snakeCase(name);
      String exactName = column != null ? column.value() : name;
      String owner = owners.put(exactName, name);
      checkArgument(
          owner == null,
          "components %s.%s and %s.%s of %s both answer to the name %s: rename one, or give it"
              + " another @Column name",
          type.getSimpleName(),
          owner,
          type.getSimpleName(),
          name,
          type.getName(),
          exactName);
      exact.put(exactName, i);
      if (column == null && !columnName.equals(name)) {
        snake.putIfAbsent(columnName, i);
      }
      parameterTypes[i] = rc.getType();
      components.add(
          new RecordModel.Component(
              type,
              i,
              name,
              columnName,
              column != null,
              rc.getType(),
              rc.getGenericType(),
              accessor(lookup, type, rc.getAccessor())));
    }
    MethodHandle constructor;
    MethodHandle extractor;
    try {
      int n = declared.length;
      MethodHandle array = MethodHandles.identity(Object[].class).asCollector(Object[].class, n);
      MethodHandle[] getters = new MethodHandle[n];
      for (int i = 0; i < n; i++) {
        getters[i] =
            lookup
                .unreflect(declared[i].getAccessor())
                .asType(MethodType.methodType(Object.class, Object.class));
      }
      extractor =
          n == 0
              ? MethodHandles.dropArguments(
                  MethodHandles.constant(Object[].class, new Object[0]).asType(
                      MethodType.methodType(Object[].class)), 0, Object.class)
              : MethodHandles.permuteArguments(
                  MethodHandles.filterArguments(array, 0, getters),
                  MethodType.methodType(Object[].class, Object.class),
                  new int[n]);

      Constructor<R> canonical = type.getDeclaredConstructor(parameterTypes);
      constructor =
          lookup
              .unreflectConstructor(canonical)
              .asSpreader(Object[].class, declared.length)
              .asType(MethodType.methodType(Object.class, Object[].class));
    } catch (ReflectiveOperationException e) {
      throw new IllegalArgumentException(
          "cqlkit cannot call the canonical constructor of record " + type.getName(), e);
    }
    return new RecordModel<>(type, components.build(), exact, snake, constructor, extractor);
  }

  /** A generated {@code Function} calling the accessor (a plain method handle if that fails). */
  @SuppressWarnings("unchecked")
  private static Function<Object, Object> accessor(
      MethodHandles.Lookup lookup, Class<?> type, Method accessor) {
    MethodHandle handle;
    try {
      handle = lookup.unreflect(accessor);
    } catch (IllegalAccessException e) {
      throw new IllegalArgumentException(
          "cqlkit cannot call accessor " + accessor + ": " + e.getMessage(), e);
    }
    try {
      Class<?> returned = accessor.getReturnType();
      CallSite site =
          LambdaMetafactory.metafactory(
              lookup,
              "apply",
              MethodType.methodType(Function.class),
              MethodType.methodType(Object.class, Object.class),
              handle,
              MethodType.methodType(
                  returned.isPrimitive() ? com.google.common.primitives.Primitives.wrap(returned) : returned,
                  type));
      return (Function<Object, Object>) site.getTarget().invoke();
    } catch (Throwable generatedFailed) {
      MethodHandle generic = handle.asType(MethodType.methodType(Object.class, Object.class));
      return record -> {
        try {
          return generic.invokeExact(record);
        } catch (RuntimeException | Error e) {
          throw e;
        } catch (Throwable t) {
          throw new IllegalStateException(t);
        }
      };
    }
  }
}
