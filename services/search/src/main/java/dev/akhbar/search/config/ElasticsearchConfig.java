package dev.akhbar.search.config;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/**
 * {@code akhbar.es.*}: where Elasticsearch is and how to authenticate, the same keys and env vars
 * as the indexer (AKHBAR_ES_URL, AKHBAR_ES_API_KEY, AKHBAR_ES_USERNAME, AKHBAR_ES_PASSWORD). TLS:
 * an https URL, trusted through the JVM's truststore (javax.net.ssl.trustStore).
 */
@ConfigMapping(prefix = "akhbar.es")
public interface ElasticsearchConfig {
  /** {@code http(s)://host[:port][,...]}, optionally with {@code user:password@}. */
  String url();

  /** API key, base64 of {@code id:key}; a read-only key on the alias is enough. */
  Optional<String> apiKey();

  Optional<String> username();

  Optional<String> password();
}
