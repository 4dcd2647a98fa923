package dev.akhbar.support.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class KafkaClientsTest {
  @Test
  void keepsWhereTheBrokersAreAndHowToAuthenticate() {
    Map<String, Object> kafka =
        Map.of(
            "bootstrap.servers", "akhbar-kafka-bootstrap:9093",
            "security.protocol", "SASL_SSL",
            "sasl.mechanism", "SCRAM-SHA-512",
            "sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required;",
            "ssl.truststore.location", "/etc/akhbar/kafka-ca/ca.p12",
            "ssl.truststore.type", "PKCS12",
            "group.id", "akhbar-enricher",
            "value.deserializer", "x.Y");
    assertThat(KafkaClients.connection(kafka))
        .containsOnlyKeys(
            "bootstrap.servers",
            "security.protocol",
            "sasl.mechanism",
            "sasl.jaas.config",
            "ssl.truststore.location",
            "ssl.truststore.type");
  }

  @Test
  void aServiceWithoutBrokersIsAMistake() {
    assertThatThrownBy(() -> KafkaClients.connection(Map.of("security.protocol", "SSL")))
        .hasMessageContaining("bootstrap.servers");
  }
}
