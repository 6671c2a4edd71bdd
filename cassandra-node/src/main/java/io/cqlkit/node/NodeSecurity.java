package io.cqlkit.node;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * How a test node keeps strangers out: password authentication (Cassandra's {@code
 * PasswordAuthenticator} and role manager), authorization ({@code CassandraAuthorizer}) and TLS on
 * the native (CQL) port. A value: give the same one to every member of a ring, so they share the
 * key store and a client trusts them all.
 *
 * <pre>{@code
 * NodeSecurity security = NodeSecurity.builder()
 *     .passwordAuthentication()
 *     .authorization()
 *     .clientEncryption(NodeKeyStore.generate())
 *     .build();
 * CassandraNode node = CassandraNode.builder().security(security).build().start();
 * // log in as NodeSecurity.SUPERUSER / NodeSecurity.SUPERUSER_PASSWORD, trust security.keyStore()
 * }</pre>
 *
 * <p>A node with authentication is ready only when its default superuser can log in (the launcher
 * polls a login, there is no fixed delay); with client encryption, the native port speaks TLS only.
 */
public final class NodeSecurity {
  /** The default superuser Cassandra creates on its first start with password authentication. */
  public static final String SUPERUSER = "cassandra";
  /** The default superuser's password (a test node's, never a real cluster's). */
  public static final String SUPERUSER_PASSWORD = "cassandra";

  private static final NodeSecurity NONE = new NodeSecurity(false, false, null);

  private final boolean authentication;
  private final boolean authorization;
  private final NodeKeyStore keyStore; // null: plain text

  private NodeSecurity(boolean authentication, boolean authorization, NodeKeyStore keyStore) {
    this.authentication = authentication;
    this.authorization = authorization;
    this.keyStore = keyStore;
  }

  /** No authentication, no authorization, plain text: the default of a test node. */
  public static NodeSecurity none() {
    return NONE;
  }

  /** A builder; nothing is on until asked for. */
  public static Builder builder() {
    return new Builder();
  }

  /** True when clients must log in ({@code PasswordAuthenticator}). */
  public boolean authenticates() {
    return authentication;
  }

  /** True when roles need permissions ({@code CassandraAuthorizer}). */
  public boolean authorizes() {
    return authorization;
  }

  /** True when the native port speaks TLS only. */
  public boolean encryptsClients() {
    return keyStore != null;
  }

  /** The key store the native port serves, with the trust store clients need; empty for plain text. */
  public Optional<NodeKeyStore> keyStore() {
    return Optional.ofNullable(keyStore);
  }

  /** The {@code cassandra.yaml} settings these options need (top-level blocks, as for {@code yaml(...)}). */
  public List<String> yaml() {
    List<String> settings = new ArrayList<>();
    if (authentication) {
      settings.add("authenticator:\n  class_name: org.apache.cassandra.auth.PasswordAuthenticator");
      settings.add("role_manager:\n  class_name: org.apache.cassandra.auth.CassandraRoleManager");
    }
    if (authorization) {
      settings.add("authorizer:\n  class_name: org.apache.cassandra.auth.CassandraAuthorizer");
    }
    if (keyStore != null) {
      settings.add("client_encryption_options:\n"
          + "  enabled: true\n"
          + "  optional: false\n"
          + "  keystore: " + quoted(keyStore.keyStore()) + "\n"
          + "  keystore_password: " + quoted(keyStore.password()) + "\n"
          + "  truststore: " + quoted(keyStore.trustStore()) + "\n"
          + "  truststore_password: " + quoted(keyStore.password()) + "\n"
          + "  store_type: " + NodeKeyStore.STORE_TYPE + "\n"
          + "  require_client_auth: false");
    }
    return Collections.unmodifiableList(settings);
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof NodeSecurity)) {
      return false;
    }
    NodeSecurity that = (NodeSecurity) other;
    return authentication == that.authentication && authorization == that.authorization
        && (keyStore == null ? that.keyStore == null : keyStore.equals(that.keyStore));
  }

  @Override
  public int hashCode() {
    return (authentication ? 1 : 0) + (authorization ? 2 : 0) + (keyStore == null ? 0 : keyStore.hashCode() * 4);
  }

  @Override
  public String toString() {
    if (this.equals(NONE)) {
      return "NodeSecurity{none}";
    }
    return "NodeSecurity{" + (authentication ? "password authentication" : "no authentication")
        + (authorization ? ", authorization" : "")
        + (keyStore != null ? ", client TLS" : ", plain text") + "}";
  }

  private static String quoted(Path path) {
    return quoted(path.toAbsolutePath().toString());
  }

  private static String quoted(String text) {
    return "'" + text.replace("'", "''") + "'";
  }

  /** Options of a {@link NodeSecurity}. */
  public static final class Builder {
    private boolean authentication;
    private boolean authorization;
    private NodeKeyStore keyStore;

    private Builder() {}

    /** Clients log in with a role's password ({@code PasswordAuthenticator}, {@code CassandraRoleManager}). */
    public Builder passwordAuthentication() {
      this.authentication = true;
      return this;
    }

    /** Roles need permissions ({@code CassandraAuthorizer}); turns password authentication on too. */
    public Builder authorization() {
      this.authorization = true;
      this.authentication = true;
      return this;
    }

    /** TLS only on the native port, serving this key store (e.g. {@link NodeKeyStore#generate()}). */
    public Builder clientEncryption(NodeKeyStore keyStore) {
      if (keyStore == null) {
        throw new IllegalArgumentException(
            "the key store must not be null: pass NodeKeyStore.generate() for a fresh self-signed one");
      }
      this.keyStore = keyStore;
      return this;
    }

    /** The options. */
    public NodeSecurity build() {
      return authentication || keyStore != null ? new NodeSecurity(authentication, authorization, keyStore) : NONE;
    }
  }
}
