package dev.akhbar.indexer.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the endpoint URL(s) of {@code AKHBAR_ES_URL} into the properties of the Quarkus
 * Elasticsearch client, which wants {@code quarkus.elasticsearch.hosts=host:port[,host:port]} and
 * {@code quarkus.elasticsearch.protocol}. Credentials in the URL ({@code https://user:pass@host})
 * become {@code username}/{@code password}.
 */
public final class ElasticsearchEndpoint {
  public static final String HOSTS = "quarkus.elasticsearch.hosts";
  public static final String PROTOCOL = "quarkus.elasticsearch.protocol";
  public static final String USERNAME = "quarkus.elasticsearch.username";
  public static final String PASSWORD = "quarkus.elasticsearch.password";
  public static final String API_KEY = "quarkus.elasticsearch.api-key";

  private ElasticsearchEndpoint() {}

  /**
   * @param urls one URL or several separated by commas, all with the same scheme (http or https);
   *     the port defaults to 9200; no path
   * @throws IllegalArgumentException with the reason when a URL does not fit
   */
  public static Map<String, String> quarkusProperties(String urls) {
    if (urls == null || urls.isBlank()) {
      throw new IllegalArgumentException("Elasticsearch URL is empty (set AKHBAR_ES_URL)");
    }
    List<String> hosts = new ArrayList<>();
    String protocol = null;
    String userInfo = null;
    for (String raw : urls.split(",")) {
      String url = raw.strip();
      if (url.isEmpty()) {
        continue;
      }
      URI uri;
      try {
        uri = new URI(url);
      } catch (URISyntaxException e) {
        throw new IllegalArgumentException("Not a valid Elasticsearch URL: " + url, e);
      }
      String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!"http".equals(scheme) && !"https".equals(scheme)) {
        throw new IllegalArgumentException(
            "Elasticsearch URL must be http(s)://host[:port]: " + url);
      }
      if (uri.getHost() == null) {
        throw new IllegalArgumentException("Elasticsearch URL has no host: " + url);
      }
      if (uri.getRawPath() != null
          && !uri.getRawPath().isEmpty()
          && !uri.getRawPath().equals("/")) {
        throw new IllegalArgumentException(
            "Elasticsearch URL with a path prefix is not supported: " + url);
      }
      if (protocol != null && !protocol.equals(scheme)) {
        throw new IllegalArgumentException("Elasticsearch URLs mix http and https: " + urls);
      }
      protocol = scheme;
      if (uri.getRawUserInfo() != null) {
        userInfo = uri.getRawUserInfo();
      }
      hosts.add(uri.getHost() + ":" + (uri.getPort() == -1 ? 9200 : uri.getPort()));
    }
    if (hosts.isEmpty()) {
      throw new IllegalArgumentException("Elasticsearch URL is empty (set AKHBAR_ES_URL)");
    }
    Map<String, String> props = new LinkedHashMap<>();
    props.put(HOSTS, String.join(",", hosts));
    props.put(PROTOCOL, protocol);
    if (userInfo != null) {
      int colon = userInfo.indexOf(':');
      props.put(USERNAME, decode(colon < 0 ? userInfo : userInfo.substring(0, colon)));
      if (colon >= 0) {
        props.put(PASSWORD, decode(userInfo.substring(colon + 1)));
      }
    }
    return props;
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }
}
