package io.cqlkit.executor;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableSet;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.CheckForNull;

/**
 * Named executors, as cqlengine's named connections: register, unregister, choose the default,
 * look up by name. Thread-safe. Create one per application with {@link #create()}, or share the
 * process-wide {@link #global()} one.
 *
 * <pre>{@code
 * ExecutorRegistry executors = ExecutorRegistry.create()
 *     .register("main", mainExecutor)          // the first one registered becomes the default
 *     .register("analytics", analyticsExecutor);
 * CqlEngine engine = CqlEngine.of(executors);
 * engine.using("analytics").execute(select);
 * }</pre>
 */
public final class ExecutorRegistry {
  private static final ExecutorRegistry GLOBAL = new ExecutorRegistry();

  private final Map<String, CqlExecutor> executors = new LinkedHashMap<>();
  @CheckForNull private String defaultName;

  private ExecutorRegistry() {}

  /** An empty registry. */
  public static ExecutorRegistry create() {
    return new ExecutorRegistry();
  }

  /** The process-wide registry, for applications that want one shared set of named executors. */
  public static ExecutorRegistry global() {
    return GLOBAL;
  }

  /**
   * Registers an executor under a name; the first executor registered (or the first after the
   * default was unregistered) becomes the default.
   *
   * @throws IllegalArgumentException if the name is taken
   */
  @CanIgnoreReturnValue
  public synchronized ExecutorRegistry register(String name, CqlExecutor executor) {
    checkName(name);
    checkArgument(executor != null, "executor '%s' must not be null", name);
    checkArgument(
        !executors.containsKey(name),
        "an executor named '%s' is already registered; unregister it first to replace it",
        name);
    executors.put(name, executor);
    if (defaultName == null) {
      defaultName = name;
    }
    return this;
  }

  /**
   * Registers an executor and makes it the default.
   *
   * @throws IllegalArgumentException if the name is taken
   */
  @CanIgnoreReturnValue
  public synchronized ExecutorRegistry registerDefault(String name, CqlExecutor executor) {
    register(name, executor);
    defaultName = name;
    return this;
  }

  /**
   * Removes an executor and returns it; when it was the default, there is no default until {@link
   * #setDefault(String)} or the next registration.
   *
   * @throws IllegalArgumentException if no executor has this name
   */
  @CanIgnoreReturnValue
  public synchronized CqlExecutor unregister(String name) {
    CqlExecutor removed = get(name);
    executors.remove(name);
    if (name.equals(defaultName)) {
      defaultName = null;
    }
    return removed;
  }

  /**
   * Makes a registered executor the default.
   *
   * @throws IllegalArgumentException if no executor has this name
   */
  @CanIgnoreReturnValue
  public synchronized ExecutorRegistry setDefault(String name) {
    get(name);
    defaultName = name;
    return this;
  }

  /**
   * The executor registered under {@code name}.
   *
   * @throws IllegalArgumentException if no executor has this name (the message lists those that do)
   */
  public synchronized CqlExecutor get(String name) {
    checkName(name);
    CqlExecutor executor = executors.get(name);
    checkArgument(
        executor != null,
        "no executor named '%s'; registered executors are %s: register it first, or pick one of those",
        name,
        executors.keySet());
    return executor;
  }

  /**
   * The default executor.
   *
   * @throws IllegalStateException if there is none
   */
  public synchronized CqlExecutor getDefault() {
    return get(defaultName());
  }

  /**
   * The name of the default executor.
   *
   * @throws IllegalStateException if there is none
   */
  public synchronized String defaultName() {
    checkState(
        defaultName != null,
        "no default executor; registered executors are %s: register one, or call setDefault(name)",
        executors.keySet());
    return defaultName;
  }

  /** The name of the default executor, if there is one. */
  public synchronized Optional<String> findDefaultName() {
    return Optional.ofNullable(defaultName);
  }

  /** True if an executor has this name. */
  public synchronized boolean contains(String name) {
    return executors.containsKey(name);
  }

  /** The registered names, in registration order. */
  public synchronized Set<String> names() {
    return ImmutableSet.copyOf(executors.keySet());
  }

  private static void checkName(@CheckForNull String name) {
    checkArgument(name != null && !name.isEmpty(), "an executor name must not be null or empty");
  }

  @Override
  public synchronized String toString() {
    return "ExecutorRegistry" + executors.keySet() + (defaultName == null ? "" : " default=" + defaultName);
  }
}
