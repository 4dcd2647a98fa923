package dev.akhbar.fetcher.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KafkaClientSettingsTest {

  @Test
  void keepsBrokersAndSecuritySettingsSoOwnClientsConnectLikeTheChannels() {
    Map<String, Object> shared = new HashMap<>();
    shared.put("bootstrap.servers", "kafka:9093");
    shared.put("security.protocol", "SASL_SSL");
    shared.put("sasl.mechanism", "SCRAM-SHA-512");
    shared.put(
        "sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required;");
    shared.put("ssl.truststore.location", "/etc/kafka/ca.p12");
    shared.put("group.id", "akhbar-fetcher");
    shared.put("max.request.size", 16777216);

    assertThat(KafkaClientSettings.connection(shared))
        .containsOnlyKeys(
            "bootstrap.servers",
            "security.protocol",
            "sasl.mechanism",
            "sasl.jaas.config",
            "ssl.truststore.location");
  }

  @Test
  void refusesAConfigurationWithoutBrokers() {
    assertThatThrownBy(() -> KafkaClientSettings.connection(Map.of("security.protocol", "SSL")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bootstrap.servers");
  }
}
