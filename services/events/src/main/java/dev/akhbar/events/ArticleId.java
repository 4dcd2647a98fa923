package dev.akhbar.events;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The article id: the first 128 bits of SHA-256 over the canonical URL, as 32 lowercase hex digits.
 * It is the Kafka key of every event and the Elasticsearch document id.
 *
 * <p>Canonicalisation is deliberately small and stable (it is part of the contract): scheme and
 * host lowercased, default port and fragment dropped, an empty path becomes "/". Query strings are
 * kept as they are: news sites put article ids there.
 */
public final class ArticleId {
  private ArticleId() {}

  public static String of(String url) {
    String canonical = canonicalUrl(url);
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** The canonical form the id is computed from; throws IllegalArgumentException on a bad URL. */
  public static String canonicalUrl(String url) {
    if (url == null || url.isBlank()) {
      throw new IllegalArgumentException("URL is missing");
    }
    try {
      URI uri = new URI(url.strip());
      String scheme = uri.getScheme();
      if (scheme == null) {
        throw new IllegalArgumentException("URL has no scheme: " + url);
      }
      scheme = scheme.toLowerCase(Locale.ROOT);
      String host = uri.getHost() == null ? null : uri.getHost().toLowerCase(Locale.ROOT);
      int port = uri.getPort();
      if ((scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443)) {
        port = -1;
      }
      String path = uri.getRawPath();
      if (host != null && (path == null || path.isEmpty())) {
        path = "/";
      }
      StringBuilder sb = new StringBuilder(scheme).append(':');
      if (host != null) {
        sb.append("//").append(host);
        if (port != -1) {
          sb.append(':').append(port);
        }
        sb.append(path);
      } else {
        sb.append(uri.getRawSchemeSpecificPart());
      }
      if (host != null && uri.getRawQuery() != null) {
        sb.append('?').append(uri.getRawQuery());
      }
      return sb.toString();
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          "Not a valid URL: " + url + " (" + e.getMessage() + ")", e);
    }
  }
}
