package dev.akhbar.events;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * A URL parsed once: validated, its canonical form and its article id computed from the same parse.
 * Every service that needs a URL's identity (the Kafka key, the Elasticsearch id, the fetcher's
 * seen-set) goes through this type; {@link ArticleId} is a shortcut to it.
 *
 * <p>The canonical form (docs/events.md, "URL identity") of an http(s) URL:
 *
 * <ul>
 *   <li>scheme and host lowercased, an internationalised host in its ASCII (punycode) form, the
 *       trailing dot of a host dropped; user info dropped; the default port (80, 443) dropped;
 *   <li>percent-encoding normalised: escapes of unreserved characters (letters, digits, {@code
 *       -._~}) decoded, other escapes in uppercase hex, non-ASCII characters encoded as UTF-8;
 *   <li>dot segments removed ({@code /a/./b/../c} is {@code /a/c}); an empty path is {@code /}; the
 *       path's case and a trailing slash are kept;
 *   <li>tracking parameters dropped from the query (the list in {@code
 *       url-tracking-parameters.txt}: {@code utm_*}, {@code fbclid}, {@code gclid}...), the other
 *       parameters kept in their order; an empty query and the fragment dropped.
 * </ul>
 *
 * Other schemes (the {@code file:} URL of an imported file without a declared URL) keep their
 * scheme-specific part as given, lowercase scheme, no fragment.
 *
 * <p>Two Urls are equal when their canonical forms are; {@link #toString()} is the text as given.
 */
public final class Url {
  private final String text;
  private final URI uri;
  private final String scheme;
  private final String host;
  private final int port;
  private final String canonical;
  private volatile String articleId;

  private Url(String text, URI uri) {
    this.text = text;
    this.uri = uri;
    this.scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    if (uri.getRawAuthority() != null && !uri.isOpaque()) {
      UrlSyntax.Authority a = UrlSyntax.authority(uri.getRawAuthority());
      this.host = a.host().isEmpty() ? null : UrlSyntax.canonicalHost(a.host());
      if (host != null && isHttp() && !UrlSyntax.isHostName(host)) {
        throw new InvalidUrlException("Not a valid host name: " + a.host() + " in " + text);
      }
      this.port = a.port() >= 0 ? a.port() : defaultPort(scheme);
    } else {
      this.host = null;
      this.port = -1;
    }
    this.canonical = canonicalize();
  }

  /** A URL that is missing, relative, or malformed. */
  public static final class InvalidUrlException extends IllegalArgumentException {
    public InvalidUrlException(String message) {
      super(message);
    }

    public InvalidUrlException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /**
   * Parses an absolute URL (any scheme). Characters browsers accept but URIs do not (spaces, an
   * internationalised host, stray '%'...) are encoded first.
   *
   * @throws InvalidUrlException when it is missing, relative or malformed
   */
  public static Url parse(String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidUrlException("URL is missing");
    }
    String given = text.strip();
    URI uri;
    try {
      String ascii = new URI(UrlSyntax.escape(given)).toASCIIString();
      int hash = ascii.indexOf('#');
      uri = new URI(hash < 0 ? ascii : ascii.substring(0, hash));
    } catch (URISyntaxException e) {
      throw new InvalidUrlException("Not a valid URL: " + given + " (" + e.getReason() + ")", e);
    }
    if (uri.getScheme() == null) {
      throw new InvalidUrlException("URL has no scheme: " + given);
    }
    return new Url(given, uri);
  }

  /**
   * Parses an absolute http or https URL with a host: what the fetcher may request.
   *
   * @throws InvalidUrlException otherwise, with the reason
   */
  public static Url parseHttp(String text) {
    return parse(text).requireHttp();
  }

  /** This URL, when it is http(s) with a host. */
  public Url requireHttp() {
    if (!isHttp()) {
      throw new InvalidUrlException("Only http and https URLs can be fetched: " + text);
    }
    if (host == null || host.isBlank()) {
      throw new InvalidUrlException("URL has no host: " + text);
    }
    return this;
  }

  public boolean isHttp() {
    return scheme.equals("http") || scheme.equals("https");
  }

  /** The URL this one's page refers to with {@code reference} (a link, a redirect Location). */
  public Url resolve(String reference) {
    if (reference == null || reference.isBlank()) {
      throw new InvalidUrlException("URL is missing");
    }
    String ref = reference.strip();
    try {
      URI base = uri;
      if (!base.isOpaque() && (base.getRawPath() == null || base.getRawPath().isEmpty())) {
        base = new URI(base.getScheme(), base.getRawAuthority(), "/", null, null);
      }
      URI resolved = base.resolve(new URI(UrlSyntax.escape(ref)));
      return parse(resolved.toString());
    } catch (URISyntaxException | IllegalArgumentException e) {
      throw new InvalidUrlException("Not a valid URL: " + ref + " (relative to " + text + ")", e);
    }
  }

  /** Lowercase scheme. */
  public String scheme() {
    return scheme;
  }

  /** Lowercase ASCII host, or null (e.g. {@code file:} URLs). */
  public String host() {
    return host;
  }

  /** The port, the scheme's default when none is given, or -1. */
  public int port() {
    return port;
  }

  /** {@code https://example.org:443}: the unit that robots.txt and politeness apply to. */
  public String hostKey() {
    return scheme + "://" + (host == null ? "" : host) + ":" + port;
  }

  /** Whether both have the same {@link #hostKey()}. */
  public boolean sameHost(Url other) {
    return hostKey().equals(other.hostKey());
  }

  /**
   * The URL to request: as given without its fragment, with an ASCII host and escapes where URIs
   * need them.
   */
  public URI uri() {
    return uri;
  }

  /** The canonical form; see the class comment. */
  public String canonical() {
    return canonical;
  }

  /**
   * The article id: the first 128 bits of SHA-256 over the UTF-8 bytes of the canonical form, as 32
   * lowercase hex digits.
   */
  public String articleId() {
    String id = articleId;
    if (id == null) {
      id = sha256Prefix(canonical);
      articleId = id;
    }
    return id;
  }

  private String canonicalize() {
    if (host == null) {
      return scheme + ":" + uri.getRawSchemeSpecificPart();
    }
    StringBuilder sb = new StringBuilder(scheme).append("://").append(host);
    if (port != defaultPort(scheme)) {
      sb.append(':').append(port);
    }
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    if (isHttp()) {
      path = UrlSyntax.removeDotSegments(UrlSyntax.normalizePercent(path));
    }
    sb.append(path.isEmpty() ? "/" : path);
    String query = uri.getRawQuery();
    if (query != null && !query.isEmpty()) {
      String kept = isHttp() ? withoutTracking(query) : query;
      if (!kept.isEmpty()) {
        sb.append('?').append(kept);
      }
    }
    return sb.toString();
  }

  private static String withoutTracking(String query) {
    StringJoiner kept = new StringJoiner("&");
    for (String param : query.split("&")) {
      if (param.isEmpty()) {
        continue;
      }
      int eq = param.indexOf('=');
      String name = UrlSyntax.decode(eq < 0 ? param : param.substring(0, eq));
      if (!TrackingParameters.DEFAULT.matches(name)) {
        kept.add(UrlSyntax.normalizePercent(param));
      }
    }
    return kept.toString();
  }

  private static int defaultPort(String scheme) {
    return switch (scheme) {
      case "http" -> 80;
      case "https" -> 443;
      default -> -1;
    };
  }

  private static String sha256Prefix(String s) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** Equal canonical forms: the same article. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Url other && canonical.equals(other.canonical);
  }

  @Override
  public int hashCode() {
    return canonical.hashCode();
  }

  /** The URL as it was given (stripped). */
  @Override
  public String toString() {
    return text;
  }
}
