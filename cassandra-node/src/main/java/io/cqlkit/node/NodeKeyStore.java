package io.cqlkit.node;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A self-signed key pair for a test node's client encryption, generated at test time with the JDK's
 * own {@code keytool} (no key material is ever committed): a PKCS12 key store the node serves, and
 * a PKCS12 trust store holding only its certificate, for clients.
 *
 * <p>The certificate names {@code localhost} and the loopback addresses 127.0.0.1 to 127.0.0.9, so
 * a client that verifies host names accepts every member of a local ring that shares this key store.
 *
 * <pre>{@code
 * NodeKeyStore keys = NodeKeyStore.generate();
 * CassandraNode node = CassandraNode.builder()
 *     .security(NodeSecurity.builder().passwordAuthentication().clientEncryption(keys).build())
 *     .build();
 * SSLContext tls = keys.sslContext(); // trusts the node
 * }</pre>
 */
public final class NodeKeyStore {
  /** The store type of both files. */
  public static final String STORE_TYPE = "PKCS12";
  /** The host names and addresses the certificate is valid for. */
  public static final List<String> SUBJECT_ALTERNATIVE_NAMES = subjectAlternativeNames();

  private static final String ALIAS = "cqlkit-node";
  private static final String PASSWORD_ENV = "CQLKIT_KEYSTORE_PASSWORD";
  private static final long KEYTOOL_TIMEOUT_SECONDS = 60;
  private static final SecureRandom RANDOM = new SecureRandom();
  private static int counter;

  private final Path keyStore;
  private final Path trustStore;
  private final String password;

  private NodeKeyStore(Path keyStore, Path trustStore, String password) {
    this.keyStore = keyStore;
    this.trustStore = trustStore;
    this.password = password;
  }

  /**
   * Generates a key store and its trust store in a fresh directory ({@code target/cassandra-node/
   * keys-…} in a Maven module, else the temp directory); takes a second or two (three keytool runs).
   */
  public static NodeKeyStore generate() {
    return generate(defaultDirectory());
  }

  /** Generates {@code node-keystore.p12} and {@code client-truststore.p12} in {@code directory}. */
  public static NodeKeyStore generate(Path directory) {
    if (directory == null) {
      throw new IllegalArgumentException("the key store directory must not be null");
    }
    Path dir = directory.toAbsolutePath();
    Path keyStore = dir.resolve("node-keystore.p12");
    Path trustStore = dir.resolve("client-truststore.p12");
    Path certificate = dir.resolve("node.crt");
    String password = randomPassword();
    try {
      Files.createDirectories(dir);
      Files.deleteIfExists(keyStore);
      Files.deleteIfExists(trustStore);
    } catch (IOException e) {
      throw new CassandraNodeException("cannot prepare the key store directory " + dir + ": " + e.getMessage(), e);
    }
    keytool(dir, password, "-genkeypair", "-alias", ALIAS, "-keyalg", "EC", "-groupname", "secp256r1",
        "-sigalg", "SHA256withECDSA", "-dname", "CN=localhost, OU=cqlkit tests", "-validity", "30",
        "-ext", "SAN=" + String.join(",", SUBJECT_ALTERNATIVE_NAMES),
        "-keystore", keyStore.toString(), "-storetype", STORE_TYPE,
        "-storepass:env", PASSWORD_ENV, "-keypass:env", PASSWORD_ENV);
    keytool(dir, password, "-exportcert", "-rfc", "-alias", ALIAS, "-file", certificate.toString(),
        "-keystore", keyStore.toString(), "-storetype", STORE_TYPE, "-storepass:env", PASSWORD_ENV);
    keytool(dir, password, "-importcert", "-noprompt", "-alias", ALIAS, "-file", certificate.toString(),
        "-keystore", trustStore.toString(), "-storetype", STORE_TYPE, "-storepass:env", PASSWORD_ENV);
    return new NodeKeyStore(keyStore, trustStore, password);
  }

  /** The key store (private key and certificate) the node serves. */
  public Path keyStore() {
    return keyStore;
  }

  /** The trust store holding the node's certificate only, for clients. */
  public Path trustStore() {
    return trustStore;
  }

  /** The password of both stores: random, generated with them (test material, never a real secret). */
  public String password() {
    return password;
  }

  /** A TLS context that trusts the node's certificate (and nothing else). */
  public SSLContext sslContext() {
    try (InputStream in = Files.newInputStream(trustStore)) {
      KeyStore store = KeyStore.getInstance(STORE_TYPE);
      store.load(in, password.toCharArray());
      TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      trust.init(store);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, trust.getTrustManagers(), null);
      return context;
    } catch (IOException | GeneralSecurityException e) {
      throw new CassandraNodeException("cannot load the trust store " + trustStore + ": " + e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    return "NodeKeyStore{" + keyStore + ", trust store " + trustStore + "}"; // never the password
  }

  private static void keytool(Path directory, String password, String... args) {
    Path keytool = Paths.get(System.getProperty("java.home"), "bin",
        System.getProperty("os.name", "").startsWith("Windows") ? "keytool.exe" : "keytool");
    if (!Files.isExecutable(keytool)) {
      throw new CassandraNodeException("cannot generate the node's key store: " + keytool
          + " is missing (run the tests on a JDK, not a JRE)");
    }
    List<String> command = new ArrayList<>();
    command.add(keytool.toString());
    command.addAll(Arrays.asList(args));
    Path output = directory.resolve("keytool.log");
    try {
      ProcessBuilder builder = new ProcessBuilder(command)
          .directory(directory.toFile())
          .redirectErrorStream(true)
          .redirectOutput(output.toFile());
      builder.environment().put(PASSWORD_ENV, password); // not on the command line: ps would show it
      Process process = builder.start();
      process.getOutputStream().close();
      if (!process.waitFor(KEYTOOL_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new CassandraNodeException("keytool " + args[0] + " did not finish in "
            + KEYTOOL_TIMEOUT_SECONDS + " s");
      }
      if (process.exitValue() != 0) {
        String text = new String(Files.readAllBytes(output), StandardCharsets.UTF_8).trim();
        throw new CassandraNodeException("keytool " + args[0] + " failed with exit code "
            + process.exitValue() + ": " + text);
      }
    } catch (IOException e) {
      throw new CassandraNodeException("cannot run " + keytool + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CassandraNodeException("interrupted while generating the node's key store", e);
    }
  }

  private static String randomPassword() {
    char[] alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    char[] password = new char[24];
    for (int i = 0; i < password.length; i++) {
      password[i] = alphabet[RANDOM.nextInt(alphabet.length)];
    }
    return new String(password);
  }

  private static List<String> subjectAlternativeNames() {
    List<String> names = new ArrayList<>();
    names.add("dns:localhost");
    for (int i = 1; i <= 9; i++) {
      names.add("ip:127.0.0." + i);
    }
    return List.copyOf(names);
  }

  private static synchronized Path defaultDirectory() {
    String id = ProcessHandle.current().pid() + "-" + System.currentTimeMillis() + "-" + (++counter);
    Path target = Paths.get("target");
    if (Files.isDirectory(target)) {
      return target.resolve("cassandra-node").resolve("keys-" + id);
    }
    return Paths.get(System.getProperty("java.io.tmpdir"), "cqlkit-keys-" + id);
  }
}
