package io.cqlkit.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.Collections;
import org.junit.jupiter.api.Test;

class NodeYamlTest {
  private static final Path DATA = Paths.get("/nodes/n1/data");

  @Test
  void should_render_a_loopback_single_node_with_the_given_ports_and_directories() {
    String yaml = NodeYaml.render(DATA, 7100, 9100, false, Collections.emptyList());

    assertThat(yaml.split("\n"))
        .contains(
            "listen_address: 127.0.0.1",
            "rpc_address: 127.0.0.1",
            "storage_port: 7100",
            "native_transport_port: 9100",
            "      - seeds: \"127.0.0.1:7100\"",
            "endpoint_snitch: SimpleSnitch",
            "data_file_directories: ['/nodes/n1/data/data']",
            "commitlog_directory: '/nodes/n1/data/commitlog'",
            "hints_directory: '/nodes/n1/data/hints'",
            "auto_snapshot: false",
            "batch_size_fail_threshold: 50KiB",
            "user_defined_functions_enabled: true");
  }

  @Test
  void should_sync_the_commit_log_before_acknowledging_when_crash_safe() {
    String yaml = NodeYaml.render(DATA, 7100, 9100, true, Collections.emptyList());

    assertThat(yaml).contains("commitlog_sync: batch\n").doesNotContain("commitlog_sync_period");
    assertThat(NodeYaml.render(DATA, 7100, 9100, false, Collections.emptyList()))
        .contains("commitlog_sync: periodic\ncommitlog_sync_period: 10000ms\n");
  }

  @Test
  void should_replace_the_template_setting_of_the_same_key() {
    String yaml = NodeYaml.render(DATA, 7100, 9100, false, Arrays.asList("batch_size_fail_threshold: 100KiB"));

    assertThat(yaml).contains("batch_size_fail_threshold: 100KiB\n").doesNotContain("50KiB");
  }

  @Test
  void should_append_a_new_setting_and_keep_a_block_whole() {
    String block = "client_encryption_options:\n  enabled: false";
    String yaml = NodeYaml.render(DATA, 7100, 9100, false, Arrays.asList("materialized_views_enabled: true", block));

    assertThat(yaml).endsWith("materialized_views_enabled: true\n" + block + "\n");
  }

  @Test
  void should_quote_directories_for_yaml() {
    String yaml = NodeYaml.render(Paths.get("/it's/data"), 7100, 9100, false, Collections.emptyList());

    assertThat(yaml).contains("commitlog_directory: '/it''s/data/commitlog'");
  }

  @Test
  void should_read_the_top_level_key_of_a_setting() {
    assertThat(NodeYaml.keyOf("auto_snapshot: true")).isEqualTo("auto_snapshot");
    assertThat(NodeYaml.keyOf("seed_provider:\n  - class_name: x")).isEqualTo("seed_provider");
  }

  @Test
  void should_reject_a_setting_that_is_not_key_colon_value() {
    assertThatThrownBy(() -> NodeYaml.keyOf("  indented: 1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a yaml setting must be a top-level 'key: value' (more lines indented below it for a"
            + " block), e.g. \"batch_size_fail_threshold: 100KiB\", but was '  indented: 1'");
    assertThatThrownBy(() -> NodeYaml.keyOf("auto_snapshot=false"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith("but was 'auto_snapshot=false'");
  }

  @Test
  void should_configure_logback_to_log_info_to_standard_output() {
    assertThat(NodeYaml.logbackXml())
        .contains("ch.qos.logback.core.ConsoleAppender")
        .contains("<root level=\"INFO\">");
  }
}
