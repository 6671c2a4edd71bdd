package io.cqlkit.node;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension that injects one {@link CassandraRing} of 3 nodes shared by every test class of
 * the run: started on first use, closed when the run ends. The shared ring is crash-safe, so a fault
 * test may kill a member — and must {@linkplain CassandraRing#restart(int) restart} it before it
 * ends, leaving the ring whole for the next class.
 *
 * <pre>{@code
 * @ExtendWith(CassandraRingExtension.class)
 * class RoutingIT {
 *   @BeforeAll
 *   static void connect(CassandraRing ring) {
 *     session = CqlSession.builder()
 *         .addContactPoints(ring.contactPoints())
 *         .withLocalDatacenter(ring.localDatacenter())
 *         .build();
 *   }
 * }
 * }</pre>
 *
 * A ring that failed to start fails every later test at once with the same cause.
 */
public final class CassandraRingExtension implements ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(CassandraRingExtension.class);

  /** Creates the extension; JUnit calls it. */
  public CassandraRingExtension() {}

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == CassandraRing.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    try {
      return sharedRing(context);
    } catch (RuntimeException e) {
      throw new ParameterResolutionException(
          "cannot inject the shared Cassandra ring into " + parameter.getDeclaringExecutable()
              + ": " + e.getMessage(), e);
    }
  }

  /** The run's shared ring, started on first call. */
  public static CassandraRing sharedRing(ExtensionContext context) {
    return context.getRoot().getStore(NAMESPACE)
        .getOrComputeIfAbsent(SharedRing.class, key -> SharedRing.start(), SharedRing.class)
        .get();
  }

  /** The store's value: the started ring, or why it could not start; closed at the end of the run. */
  private static final class SharedRing implements ExtensionContext.Store.CloseableResource {
    private final CassandraRing ring;
    private final RuntimeException failure;

    private SharedRing(CassandraRing ring, RuntimeException failure) {
      this.ring = ring;
      this.failure = failure;
    }

    static SharedRing start() {
      try {
        CassandraRing ring = CassandraRing.builder().crashSafe(true).build();
        try {
          ring.start();
          System.out.println("cqlkit: shared Cassandra ring of " + ring.size() + " nodes ready in "
              + NodeFiles.format(ring.startTime()) + " at " + ring.contactPoints());
          return new SharedRing(ring, null);
        } catch (RuntimeException e) {
          ring.close();
          throw e;
        }
      } catch (RuntimeException e) {
        return new SharedRing(null, e);
      }
    }

    CassandraRing get() {
      if (failure != null) {
        throw new CassandraNodeException(
            "the shared Cassandra ring failed to start earlier in this run: " + failure.getMessage(), failure);
      }
      return ring;
    }

    @Override
    public void close() {
      if (ring != null) {
        ring.close();
      }
    }
  }
}
