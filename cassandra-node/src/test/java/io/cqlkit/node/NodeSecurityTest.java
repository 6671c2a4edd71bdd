package io.cqlkit.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NodeSecurityTest {

  @Test
  void should_add_no_setting_by_default() {
    assertThat(NodeSecurity.none().yaml()).isEmpty();
    assertThat(NodeSecurity.builder().build()).isEqualTo(NodeSecurity.none());
    assertThat(NodeSecurity.none()).hasToString("NodeSecurity{none}");
  }

  @Test
  void should_configure_password_authentication_and_authorization() {
    NodeSecurity security = NodeSecurity.builder().authorization().build();

    assertThat(security.authenticates()).isTrue();
    assertThat(security.authorizes()).isTrue();
    assertThat(security.encryptsClients()).isFalse();
    assertThat(security.yaml()).containsExactly(
        "authenticator:\n  class_name: org.apache.cassandra.auth.PasswordAuthenticator",
        "role_manager:\n  class_name: org.apache.cassandra.auth.CassandraRoleManager",
        "authorizer:\n  class_name: org.apache.cassandra.auth.CassandraAuthorizer");
  }

  @Test
  void should_generate_a_key_store_for_localhost_and_the_loopback_addresses(@TempDir Path dir)
      throws Exception {
    NodeKeyStore keys = NodeKeyStore.generate(dir);

    KeyStore store = KeyStore.getInstance("PKCS12");
    try (var in = Files.newInputStream(keys.trustStore())) {
      store.load(in, keys.password().toCharArray());
    }
    X509Certificate certificate = (X509Certificate) store.getCertificate(store.aliases().nextElement());
    assertThat(certificate.getSubjectAlternativeNames())
        .extracting(name -> (Object) name.get(1))
        .contains((Object) "localhost", "127.0.0.1", "127.0.0.2", "127.0.0.3");
    assertThat(keys.sslContext().getProtocol()).isEqualTo("TLS");
    assertThat(keys.toString()).doesNotContain(keys.password());

    List<String> yaml = NodeSecurity.builder().clientEncryption(keys).build().yaml();
    assertThat(yaml).hasSize(1);
    assertThat(yaml.get(0))
        .startsWith("client_encryption_options:\n  enabled: true\n  optional: false\n")
        .contains("  keystore: '" + keys.keyStore() + "'\n")
        .contains("  store_type: PKCS12\n");
    assertThat(NodeYaml.render(dir, 7000, 9042, false, yaml)).contains(yaml.get(0));
  }

  @Test
  void should_refuse_a_null_key_store() {
    assertThatThrownBy(() -> NodeSecurity.builder().clientEncryption(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the key store must not be null: pass NodeKeyStore.generate() for a fresh self-signed one");
    assertThatThrownBy(() -> CassandraNode.builder().security(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("security must not be null: pass NodeSecurity.none() for none");
  }
}
