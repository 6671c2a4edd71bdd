package io.cqlkit.node;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension that injects one {@link CassandraNode} shared by every test class of the run:
 * started on first use, closed when the run ends (or, with the system property
 * {@value CassandraNode#CONTACT_POINT_PROPERTY}, a handle on that external cluster).
 *
 * <pre>{@code
 * @ExtendWith(CassandraNodeExtension.class)
 * class EventsIT {
 *   @BeforeAll
 *   static void connect(CassandraNode node) {
 *     session = CqlSession.builder()
 *         .addContactPoint(node.contactPoint())
 *         .withLocalDatacenter(node.localDatacenter())
 *         .build();
 *   }
 * }
 * }</pre>
 *
 * A node that failed to start fails every later test at once with the same cause, not after a
 * second start timeout. Tests must not stop, kill or close the shared node; fault tests build their
 * own with {@link CassandraNode#builder()}.
 */
public final class CassandraNodeExtension implements ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(CassandraNodeExtension.class);

  /** Creates the extension; JUnit calls it. */
  public CassandraNodeExtension() {}

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == CassandraNode.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    try {
      return sharedNode(context);
    } catch (RuntimeException e) {
      throw new ParameterResolutionException(
          "cannot inject the shared Cassandra node into " + parameter.getDeclaringExecutable()
              + ": " + e.getMessage(), e);
    }
  }

  /** The run's shared node, started on first call; for code that has an ExtensionContext but no parameter. */
  public static CassandraNode sharedNode(ExtensionContext context) {
    return context.getRoot().getStore(NAMESPACE)
        .getOrComputeIfAbsent(SharedNode.class, key -> SharedNode.start(), SharedNode.class)
        .get();
  }

  /** The store's value: the started node, or why it could not start; closed at the end of the run. */
  private static final class SharedNode implements ExtensionContext.Store.CloseableResource {
    private final CassandraNode node;
    private final RuntimeException failure;

    private SharedNode(CassandraNode node, RuntimeException failure) {
      this.node = node;
      this.failure = failure;
    }

    static SharedNode start() {
      CassandraNode node = CassandraNode.builder().build();
      try {
        return new SharedNode(node.start(), null);
      } catch (RuntimeException e) {
        node.close();
        return new SharedNode(null, e);
      }
    }

    CassandraNode get() {
      if (failure != null) {
        throw new CassandraNodeException(
            "the shared Cassandra node failed to start earlier in this run: " + failure.getMessage(), failure);
      }
      return node;
    }

    @Override
    public void close() {
      if (node != null) {
        node.close();
      }
    }
  }
}
