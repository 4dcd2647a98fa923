package dev.akhbar.indexer.config;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/**
 * {@code akhbar.es.*}: where Elasticsearch is. Declared as a mapping so that a missing {@code
 * AKHBAR_ES_URL} in prod fails the start with a clear message; {@link
 * ElasticsearchUrlConfigSourceFactory} turns the values into {@code quarkus.elasticsearch.*}.
 */
@ConfigMapping(prefix = "akhbar.es")
public interface ElasticsearchConfig {
  /** {@code http(s)://host[:port][,...]} (env AKHBAR_ES_URL). */
  String url();

  /** API key, base64 of {@code id:key} (env AKHBAR_ES_API_KEY). */
  Optional<String> apiKey();

  /**
   * A file holding the API key, read again when it changes (env AKHBAR_ES_API_KEY_FILE): a mounted
   * Secret, so that a rotated key is used without a restart. Wins over {@link #apiKey()}.
   */
  Optional<String> apiKeyFile();

  /** Basic-auth user (env AKHBAR_ES_USERNAME). */
  Optional<String> username();

  /** Basic-auth password (env AKHBAR_ES_PASSWORD). */
  Optional<String> password();
}
