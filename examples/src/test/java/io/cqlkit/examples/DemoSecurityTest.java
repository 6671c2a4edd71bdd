package io.cqlkit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cqlkit.driver.DriverExecutor;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoSecurityTest {
  private static final String[] CLUSTER = {"--contact-point", "10.0.0.5:9042", "--datacenter", "dc1"};

  @Test
  void should_connect_without_login_or_tls_by_default() {
    assertThat(DemoArgs.parse(CLUSTER).orElseThrow().security().isNone()).isTrue();
  }

  @Test
  void should_read_a_username_ssl_and_a_trust_store(@TempDir Path dir) throws Exception {
    Path trustStore = Files.writeString(dir.resolve("ts.p12"), "");

    DemoSecurity security =
        parse("--username", "app", "--truststore", trustStore.toString(), "--no-hostname-verification");

    assertThat(security).isEqualTo(new DemoSecurity("app", true, trustStore, false));
    assertThat(parse("--ssl")).isEqualTo(new DemoSecurity(null, true, null, true));
  }

  @Test
  void should_never_take_a_password_from_the_command_line() {
    for (String option : new String[] {"--password", "-p", "--truststore-password"}) {
      assertThatThrownBy(() -> parse("--username", "app", option, "secret"))
          .isInstanceOf(DemoArgs.BadArgumentsException.class)
          .hasMessage(option + " is not accepted: a password on the command line ends up in the shell"
              + " history and in the process list; set CQLKIT_PASSWORD (or CQLKIT_TRUSTSTORE_PASSWORD"
              + " for the trust store), or let the job prompt for it");
    }
    assertThatThrownBy(() -> parse("--username", "app", "--password=secret"))
        .isInstanceOf(DemoArgs.BadArgumentsException.class)
        .hasMessageStartingWith("--password is not accepted")
        .hasMessageNotContaining("secret");
  }

  @Test
  void should_refuse_security_options_for_the_embedded_node_and_bad_combinations() {
    assertThatThrownBy(() -> DemoArgs.parse("--username", "app"))
        .isInstanceOf(DemoArgs.BadArgumentsException.class)
        .hasMessage("--username, --ssl, --truststore and --no-hostname-verification are for a secured"
            + " cluster: pass them with --contact-point (the embedded node has no login and no TLS)");
    assertThatThrownBy(() -> parse("--no-hostname-verification"))
        .isInstanceOf(DemoArgs.BadArgumentsException.class)
        .hasMessage("--no-hostname-verification only applies with --ssl or --truststore");
    assertThatThrownBy(() -> parse("--truststore", "/nowhere/ts.p12"))
        .isInstanceOf(DemoArgs.BadArgumentsException.class)
        .hasMessage("--truststore /nowhere/ts.p12 does not exist or is not readable");
    assertThatThrownBy(() -> parse("--username", " "))
        .isInstanceOf(DemoArgs.BadArgumentsException.class)
        .hasMessage("--username must not be blank");
  }

  @Test
  void should_read_the_password_from_the_environment_else_refuse_without_a_terminal() {
    DemoSecurity security = parse("--username", "app");

    assertThat(DemoSecurity.Secrets.of(Map.of("CQLKIT_PASSWORD", "pw")).read("CQLKIT_PASSWORD", "?"))
        .containsExactly('p', 'w');
    security.applyTo(DriverExecutor.builder(), DemoSecurity.Secrets.of(Map.of("CQLKIT_PASSWORD", "pw")));
    assertThatThrownBy(() -> security.applyTo(DriverExecutor.builder(), DemoSecurity.Secrets.of(Map.of())))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("no password: set CQLKIT_PASSWORD (there is no terminal to prompt on)");
  }

  @Test
  void should_list_the_security_options_in_the_usage() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    int code = DemoJob.run(new String[] {"--help"}, new PrintStream(out), System.err);

    assertThat(code).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("[--username NAME] [--ssl | --truststore PATH]")
        .contains("--username NAME            log in as NAME; the password comes from $CQLKIT_PASSWORD, else a prompt")
        .contains("--truststore PATH");
  }

  private static DemoSecurity parse(String... security) {
    String[] args = new String[CLUSTER.length + security.length];
    System.arraycopy(CLUSTER, 0, args, 0, CLUSTER.length);
    System.arraycopy(security, 0, args, CLUSTER.length, security.length);
    return DemoArgs.parse(args).orElseThrow().security();
  }
}
