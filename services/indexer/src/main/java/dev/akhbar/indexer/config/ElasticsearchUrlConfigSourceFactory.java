package dev.akhbar.indexer.config;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.common.MapBackedConfigSource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Derives {@code quarkus.elasticsearch.*} from {@code akhbar.es.url} (env {@code AKHBAR_ES_URL})
 * and the optional {@code akhbar.es.api-key} / {@code akhbar.es.username} / {@code
 * akhbar.es.password} (env {@code AKHBAR_ES_API_KEY}... typically from a Kubernetes Secret).
 *
 * <p>Ordinal 150: below application.properties (250) and env vars (300), so setting {@code
 * quarkus.elasticsearch.hosts} explicitly still wins. Registered in META-INF/services.
 */
public final class ElasticsearchUrlConfigSourceFactory implements ConfigSourceFactory {
  static final String URL = "akhbar.es.url";
  static final String API_KEY = "akhbar.es.api-key";
  static final String USERNAME = "akhbar.es.username";
  static final String PASSWORD = "akhbar.es.password";

  @Override
  public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
    Map<String, String> props = new HashMap<>();
    String url = value(context, URL);
    if (url != null) {
      props.putAll(ElasticsearchEndpoint.quarkusProperties(url));
    }
    copy(context, API_KEY, ElasticsearchEndpoint.API_KEY, props);
    copy(context, USERNAME, ElasticsearchEndpoint.USERNAME, props);
    copy(context, PASSWORD, ElasticsearchEndpoint.PASSWORD, props);
    return List.of(new MapBackedConfigSource("akhbar.es.url (derived)", props, 150) {});
  }

  @Override
  public OptionalInt getPriority() {
    return OptionalInt.of(150);
  }

  private static void copy(
      ConfigSourceContext context, String from, String to, Map<String, String> props) {
    String v = value(context, from);
    if (v != null) {
      props.put(to, v);
    }
  }

  private static String value(ConfigSourceContext context, String name) {
    ConfigValue v = context.getValue(name);
    return v == null || v.getValue() == null || v.getValue().isBlank() ? null : v.getValue();
  }
}
