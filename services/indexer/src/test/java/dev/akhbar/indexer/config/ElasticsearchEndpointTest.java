package dev.akhbar.indexer.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ElasticsearchEndpointTest {
  @Test
  void derivesHostsAndProtocolFromTheUrl() {
    assertThat(ElasticsearchEndpoint.quarkusProperties("http://127.0.0.1:19200"))
        .isEqualTo(
            Map.of(
                "quarkus.elasticsearch.hosts", "127.0.0.1:19200",
                "quarkus.elasticsearch.protocol", "http"));
  }

  @Test
  void acceptsSeveralNodesAndDefaultsThePortTo9200() {
    assertThat(ElasticsearchEndpoint.quarkusProperties("https://es-0.es:9243, https://es-1.es/"))
        .containsEntry("quarkus.elasticsearch.hosts", "es-0.es:9243,es-1.es:9200")
        .containsEntry("quarkus.elasticsearch.protocol", "https");
  }

  @Test
  void takesCredentialsFromTheUrl() {
    assertThat(ElasticsearchEndpoint.quarkusProperties("https://indexer:s%40cret@es:9200"))
        .containsEntry("quarkus.elasticsearch.username", "indexer")
        .containsEntry("quarkus.elasticsearch.password", "s@cret");
  }

  @Test
  void refusesWhatTheClientCannotUse() {
    assertThatThrownBy(() -> ElasticsearchEndpoint.quarkusProperties("es:9200"))
        .hasMessageContaining("http(s)://host[:port]");
    assertThatThrownBy(() -> ElasticsearchEndpoint.quarkusProperties("http://es:9200/prefix"))
        .hasMessageContaining("path prefix");
    assertThatThrownBy(() -> ElasticsearchEndpoint.quarkusProperties("http://a:1,https://b:2"))
        .hasMessageContaining("mix");
    assertThatThrownBy(() -> ElasticsearchEndpoint.quarkusProperties(" "))
        .hasMessageContaining("AKHBAR_ES_URL");
  }
}
