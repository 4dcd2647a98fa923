package dev.akhbar.search.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The node URLs of {@code AKHBAR_ES_URL} ({@code http(s)://[user:password@]host[:port][,...]}), as
 * the Elasticsearch client takes them.
 *
 * @param username from the URL's user info, or null
 * @param password from the URL's user info, or null
 */
public record ElasticsearchUrls(List<URI> hosts, String username, String password) {

  /**
   * @throws IllegalArgumentException with the reason when a URL does not fit
   */
  public static ElasticsearchUrls parse(String urls) {
    List<URI> hosts = new ArrayList<>();
    String user = null;
    String password = null;
    String scheme = null;
    for (String part : urls == null ? new String[0] : urls.split(",")) {
      if (part.isBlank()) {
        continue;
      }
      URI uri;
      try {
        uri = new URI(part.strip());
      } catch (URISyntaxException e) {
        throw new IllegalArgumentException("Not a valid Elasticsearch URL: " + part.strip(), e);
      }
      String s = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!s.equals("http") && !s.equals("https") || uri.getHost() == null) {
        throw new IllegalArgumentException("Elasticsearch URL must be http(s)://host[:port]");
      }
      if (uri.getRawPath() != null
          && !uri.getRawPath().isEmpty()
          && !uri.getRawPath().equals("/")) {
        throw new IllegalArgumentException("An Elasticsearch URL with a path is not supported");
      }
      if (scheme != null && !scheme.equals(s)) {
        throw new IllegalArgumentException("Elasticsearch URLs mix http and https");
      }
      scheme = s;
      if (uri.getRawUserInfo() != null) {
        String[] info = uri.getRawUserInfo().split(":", 2);
        user = URLDecoder.decode(info[0], StandardCharsets.UTF_8);
        password = info.length > 1 ? URLDecoder.decode(info[1], StandardCharsets.UTF_8) : null;
      }
      int port = uri.getPort() == -1 ? 9200 : uri.getPort();
      hosts.add(URI.create(s + "://" + uri.getHost() + ":" + port));
    }
    if (hosts.isEmpty()) {
      throw new IllegalArgumentException("Elasticsearch URL is empty (set AKHBAR_ES_URL)");
    }
    return new ElasticsearchUrls(List.copyOf(hosts), user, password);
  }
}
