package dev.akhbar.fetcher.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KafkaClientsTest {

  @Test
  void ownClientsConnectLikeTheChannelsWithSaslTlsAndTheSharedClientTuning() {
    Map<String, Object> shared = new HashMap<>();
    shared.put("bootstrap.servers", "kafka:9093");
    shared.put("security.protocol", "SASL_SSL");
    shared.put("sasl.mechanism", "SCRAM-SHA-512");
    shared.put(
        "sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required;");
    shared.put("ssl.truststore.location", "/etc/kafka/ca.p12");
    shared.put("ssl.truststore.password", "secret");
    shared.put("ssl.truststore.type", "PKCS12");
    shared.put("client.dns.lookup", "use_all_dns_ips");
    shared.put("request.timeout.ms", "20000");
    shared.put("reconnect.backoff.max.ms", "5000");
    shared.put("metadata.max.age.ms", "60000");
    // role settings of the channels, not to be copied into another client
    shared.put("group.id", "akhbar-fetcher");
    shared.put("max.request.size", 16777216);
    shared.put("client.id", "channel-client");
    shared.put("interceptor.classes", "some.ProducerInterceptor");

    Map<String, Object> seenProducer =
        new KafkaClients(shared).settings("akhbar-fetcher-seen", Map.of("acks", "all"));

    assertThat(seenProducer)
        .containsEntry("bootstrap.servers", "kafka:9093")
        .containsEntry("security.protocol", "SASL_SSL")
        .containsEntry("sasl.mechanism", "SCRAM-SHA-512")
        .containsKey("sasl.jaas.config")
        .containsEntry("ssl.truststore.location", "/etc/kafka/ca.p12")
        .containsEntry("ssl.truststore.password", "secret")
        .containsEntry("ssl.truststore.type", "PKCS12")
        .containsEntry("client.dns.lookup", "use_all_dns_ips")
        .containsEntry("request.timeout.ms", "20000")
        .containsEntry("reconnect.backoff.max.ms", "5000")
        .containsEntry("metadata.max.age.ms", "60000")
        .containsEntry("client.id", "akhbar-fetcher-seen")
        .containsEntry("acks", "all")
        .doesNotContainKeys("group.id", "max.request.size", "interceptor.classes");
  }

  @Test
  void refusesAConfigurationWithoutBrokers() {
    assertThatThrownBy(() -> new KafkaClients(Map.of("security.protocol", "SSL")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bootstrap.servers");
  }
}
