package io.cqlkit.driver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import com.datastax.oss.driver.api.core.config.DriverExecutionProfile;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DriverExecutorBuilderTest {

  @Test
  void should_set_the_fast_schema_change_options() {
    DriverConfigLoader loader =
        DriverExecutor.fastSchemaChanges(DriverConfigLoader.programmaticBuilder()).build();
    DriverExecutionProfile profile = loader.getInitialConfig().getDefaultProfile();

    assertThat(profile.getDuration(DefaultDriverOption.METADATA_SCHEMA_WINDOW))
        .isEqualTo(Duration.ofMillis(1));
    assertThat(profile.getDuration(DefaultDriverOption.METADATA_TOPOLOGY_WINDOW))
        .isEqualTo(Duration.ofMillis(1));
    assertThat(profile.getDuration(DefaultDriverOption.CONTROL_CONNECTION_AGREEMENT_INTERVAL))
        .isEqualTo(Duration.ofMillis(20));
    loader.close();
  }

  @Test
  void should_refuse_connection_settings_when_wrapping_a_session() {
    assertThatThrownBy(
            () -> DriverExecutor.builder().withKeyspace("ks").withFastSchemaChanges().wrap(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("session must not be null");
  }

  @Test
  void should_refuse_bad_contact_points_and_names() {
    assertThatThrownBy(() -> DriverExecutor.builder().addContactPoint("127.0.0.1", 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("contact point port must be in 1..65535, but was 0");
    assertThatThrownBy(() -> DriverExecutor.builder().addContactPoint("", 9042))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("contact point host must not be null or empty");
    assertThatThrownBy(() -> DriverExecutor.builder().withLocalDatacenter(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "local datacenter must not be null or empty (SimpleSnitch names it \"datacenter1\")");
    assertThatThrownBy(() -> DriverExecutor.builder().withKeyspace(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("keyspace must not be null or empty");
    assertThatThrownBy(() -> DriverExecutor.builder().withPreparedCacheSize(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("prepared cache size must be positive, but was 0");
  }

  @Test
  void should_refuse_a_null_session() {
    assertThatThrownBy(() -> DriverExecutor.of(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("session must not be null");
  }
}
