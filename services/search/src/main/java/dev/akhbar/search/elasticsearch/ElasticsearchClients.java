package dev.akhbar.search.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.akhbar.search.config.ElasticsearchConfig;
import dev.akhbar.search.config.ElasticsearchUrls;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * The one Elasticsearch client of the service, from {@code akhbar.es.*}: the node URLs, an API key
 * or user and password. An https URL uses the JVM's default SSL context, so a private CA is trusted
 * through {@code -Djavax.net.ssl.trustStore} (deploy/k8s/components/eck does this).
 */
@ApplicationScoped
public class ElasticsearchClients {

  @Produces
  @Singleton
  ElasticsearchClient client(ElasticsearchConfig config, ObjectMapper mapper) {
    ElasticsearchUrls urls = ElasticsearchUrls.parse(config.url());
    return ElasticsearchClient.of(
        b -> {
          b.hosts(urls.hosts()).jsonMapper(new JacksonJsonpMapper(mapper));
          if (config.apiKey().isPresent()) {
            b.apiKey(config.apiKey().get());
          } else if (config.username().isPresent() || urls.username() != null) {
            b.usernameAndPassword(
                config.username().orElse(urls.username()),
                config.password().orElse(urls.password() == null ? "" : urls.password()));
          }
          return b;
        });
  }

  void close(@Disposes ElasticsearchClient client) throws IOException {
    client.close();
  }
}
