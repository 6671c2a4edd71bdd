package io.cqlkit.examples;

import io.cqlkit.driver.DriverExecutor;
import io.cqlkit.driver.DriverExecutorBuilder;
import java.io.Console;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.function.Function;
import javax.annotation.CheckForNull;
import javax.net.ssl.SSLContext;

/**
 * How the main job logs in to a secured cluster: a username (its password from {@value
 * #PASSWORD_ENV} or a prompt without echo, never from the command line) and TLS, trusting the
 * JDK's CAs or a trust store (its password from {@value #TRUSTSTORE_PASSWORD_ENV} or a prompt).
 */
record DemoSecurity(
    @CheckForNull String username, boolean ssl, @CheckForNull Path trustStore, boolean hostnameVerification) {

  /** The environment variable holding the password of {@code --username}. */
  static final String PASSWORD_ENV = "CQLKIT_PASSWORD";
  /** The environment variable holding the password of {@code --truststore}. */
  static final String TRUSTSTORE_PASSWORD_ENV = "CQLKIT_TRUSTSTORE_PASSWORD";
  static final DemoSecurity NONE = new DemoSecurity(null, false, null, true);

  static final String USAGE =
      String.join(
          "\n",
          "  --username NAME            log in as NAME; the password comes from $" + PASSWORD_ENV + ", else a prompt",
          "  --ssl                      encrypt with TLS, trusting the JDK's certificate authorities",
          "  --truststore PATH          encrypt with TLS, trusting this PKCS12/JKS trust store (password from",
          "                             $" + TRUSTSTORE_PASSWORD_ENV + ", else a prompt)",
          "  --no-hostname-verification accept a certificate that does not name the contact point (test clusters)");

  /** True when the job connects as it would to an open cluster. */
  boolean isNone() {
    return equals(NONE);
  }

  DemoSecurity withUsername(String name) {
    if (name.isBlank()) {
      throw new DemoArgs.BadArgumentsException("--username must not be blank");
    }
    return new DemoSecurity(name, ssl, trustStore, hostnameVerification);
  }

  DemoSecurity withSsl() {
    return new DemoSecurity(username, true, trustStore, hostnameVerification);
  }

  DemoSecurity withTrustStore(String path) {
    return new DemoSecurity(username, true, Path.of(path), hostnameVerification);
  }

  DemoSecurity withoutHostnameVerification() {
    return new DemoSecurity(username, ssl, trustStore, false);
  }

  /** Refuses a password on the command line, whatever its spelling. */
  static DemoArgs.BadArgumentsException passwordOnCommandLine(String option) {
    return new DemoArgs.BadArgumentsException(
        option + " is not accepted: a password on the command line ends up in the shell history and"
            + " in the process list; set " + PASSWORD_ENV + " (or " + TRUSTSTORE_PASSWORD_ENV
            + " for the trust store), or let the job prompt for it");
  }

  /** Checks what the parser can check alone. */
  void validate(boolean embedded) {
    if (embedded && !isNone()) {
      throw new DemoArgs.BadArgumentsException(
          "--username, --ssl, --truststore and --no-hostname-verification are for a secured cluster:"
              + " pass them with --contact-point (the embedded node has no login and no TLS)");
    }
    if (!hostnameVerification && !ssl) {
      throw new DemoArgs.BadArgumentsException(
          "--no-hostname-verification only applies with --ssl or --truststore");
    }
    if (trustStore != null && !Files.isReadable(trustStore)) {
      throw new DemoArgs.BadArgumentsException(
          "--truststore " + trustStore + " does not exist or is not readable");
    }
  }

  /** Sets the credentials and TLS on the executor builder, reading passwords from {@code secrets}. */
  DriverExecutorBuilder applyTo(DriverExecutorBuilder builder, Secrets secrets) {
    if (username != null) {
      builder.withCredentials(
          username, new String(secrets.read(PASSWORD_ENV, "Password for " + username + ": ")));
    }
    if (trustStore != null) {
      builder.withTrustStore(
          trustStore, secrets.read(TRUSTSTORE_PASSWORD_ENV, "Password of trust store " + trustStore + ": "));
    } else if (ssl) {
      try {
        builder.withSsl(SSLContext.getDefault());
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("this JDK has no default TLS context: " + e.getMessage(), e);
      }
    }
    if (!hostnameVerification) {
      builder.withoutHostnameVerification();
    }
    return builder;
  }

  /** Where passwords come from: an environment variable, else a prompt that does not echo. */
  interface Secrets {
    char[] read(String environmentVariable, String prompt);

    /** This process's environment, then {@link System#console()}. */
    static Secrets system() {
      return of(System::getenv, System.console());
    }

    static Secrets of(Function<String, String> environment, @CheckForNull Console console) {
      return (variable, prompt) -> {
        String value = environment.apply(variable);
        if (value != null) {
          return value.toCharArray();
        }
        if (console == null) {
          throw new IllegalStateException(
              "no password: set " + variable + " (there is no terminal to prompt on)");
        }
        char[] typed = console.readPassword("%s", prompt);
        if (typed == null) {
          throw new IllegalStateException("no password: the prompt was closed; set " + variable);
        }
        return typed;
      };
    }

    /** For tests: a fixed environment and no terminal. */
    static Secrets of(Map<String, String> environment) {
      return of(environment::get, null);
    }
  }
}
