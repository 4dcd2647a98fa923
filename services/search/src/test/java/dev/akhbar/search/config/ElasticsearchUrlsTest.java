package dev.akhbar.search.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class ElasticsearchUrlsTest {
  @Test
  void readsHostsPortsAndUserInfo() {
    ElasticsearchUrls urls =
        ElasticsearchUrls.parse("https://reader:s%40cret@es-1:9243, https://es-2");
    assertThat(urls.hosts())
        .containsExactly(URI.create("https://es-1:9243"), URI.create("https://es-2:9200"));
    assertThat(urls.username()).isEqualTo("reader");
    assertThat(urls.password()).isEqualTo("s@cret");
  }

  @Test
  void refusesWhatTheClientCannotUse() {
    assertThatThrownBy(() -> ElasticsearchUrls.parse("")).hasMessageContaining("AKHBAR_ES_URL");
    assertThatThrownBy(() -> ElasticsearchUrls.parse("es:9200")).hasMessageContaining("http(s)");
    assertThatThrownBy(() -> ElasticsearchUrls.parse("http://es:9200/prefix"))
        .hasMessageContaining("path");
    assertThatThrownBy(() -> ElasticsearchUrls.parse("http://a:9200,https://b:9200"))
        .hasMessageContaining("mix");
  }
}
