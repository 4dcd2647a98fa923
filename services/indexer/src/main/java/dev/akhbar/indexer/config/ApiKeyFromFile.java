package dev.akhbar.indexer.config;

import io.quarkus.elasticsearch.restclient.lowlevel.ElasticsearchClientConfig;
import jakarta.enterprise.context.Dependent;
import java.nio.file.Path;
import org.apache.http.HttpRequestInterceptor;
import org.apache.http.impl.nio.client.HttpAsyncClientBuilder;
import org.elasticsearch.client.RestClientBuilder;
import org.jboss.logging.Logger;

/**
 * With {@code akhbar.es.api-key-file} (env {@code AKHBAR_ES_API_KEY_FILE}), every request to
 * Elasticsearch carries the key the file holds at that moment ({@link ApiKeyFile}); it takes
 * precedence over {@code akhbar.es.api-key}. Applied by the Quarkus client to the one REST client
 * the indexer and its health check use.
 */
@ElasticsearchClientConfig
@Dependent
public class ApiKeyFromFile implements RestClientBuilder.HttpClientConfigCallback {
  private static final Logger LOG = Logger.getLogger(ApiKeyFromFile.class);

  /** The property ({@link ElasticsearchConfig#apiKeyFile()}). */
  static final String PROPERTY = "akhbar.es.api-key-file";

  private final ElasticsearchConfig config;

  public ApiKeyFromFile(ElasticsearchConfig config) {
    this.config = config;
  }

  @Override
  public HttpAsyncClientBuilder customizeHttpClient(HttpAsyncClientBuilder builder) {
    config
        .apiKeyFile()
        .filter(f -> !f.isBlank())
        .map(Path::of)
        .map(
            path -> {
              LOG.infof("Elasticsearch API key from the file %s (%s)", path, PROPERTY);
              return path;
            })
        .map(ApiKeyFile::new)
        .ifPresent(
            file ->
                builder.addInterceptorLast(
                    (HttpRequestInterceptor)
                        (request, context) ->
                            file.current()
                                .ifPresent(
                                    k -> request.setHeader("Authorization", "ApiKey " + k))));
    return builder;
  }
}
