package dev.akhbar.pipeline.harness;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ServiceMonitorTest {
  @Test
  void saysWhichChecksAreDownAndWhy() {
    String body =
        "{\"status\":\"DOWN\",\"checks\":[{\"name\":\"Kafka connection health check\",\"status\":\"DOWN\","
            + "\"data\":{\"reason\":\"Timed out waiting for a node assignment\"}},"
            + "{\"name\":\"parser record workers\",\"status\":\"UP\"}]}";
    assertThat(ServiceMonitor.downChecks(body))
        .isEqualTo(
            "Kafka connection health check {\"reason\":\"Timed out waiting for a node assignment\"}");
  }
}
