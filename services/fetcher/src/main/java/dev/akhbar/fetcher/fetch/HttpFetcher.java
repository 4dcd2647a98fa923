package dev.akhbar.fetcher.fetch;

import dev.akhbar.events.Url;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.CloseableHttpResponse;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.utils.DateUtils;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.util.Timeout;
import org.brotli.dec.BrotliInputStream;

/**
 * One HTTP GET with every safety cap: SSRF guard on each hop (after DNS resolution), manual
 * redirects (capped, loops detected, each hop checked by the caller's predicate, e.g. robots.txt),
 * connect and read timeouts, body cap enforced while streaming, content-type check, and
 * gzip/deflate/brotli decoding with decoded-size and ratio caps. Politeness and retries are the
 * caller's job ({@link dev.akhbar.fetcher.crawl.Crawler}).
 */
public class HttpFetcher implements AutoCloseable {
  private final FetchLimits limits;
  private final NetworkGuard guard;
  private final CloseableHttpClient client;
  private final Clock clock;

  public HttpFetcher(
      FetchLimits limits, NetworkGuard guard, GuardedDnsResolver.Lookup lookup, Clock clock) {
    this.limits = limits;
    this.guard = guard;
    this.clock = clock;
    PoolingHttpClientConnectionManager connections =
        PoolingHttpClientConnectionManagerBuilder.create()
            .setDnsResolver(new GuardedDnsResolver(guard, lookup))
            .setDefaultConnectionConfig(
                ConnectionConfig.custom()
                    .setConnectTimeout(Timeout.of(limits.connectTimeout()))
                    .setSocketTimeout(Timeout.of(limits.readTimeout()))
                    .build())
            .setMaxConnTotal(64)
            .setMaxConnPerRoute(2)
            .build();
    this.client =
        HttpClients.custom()
            .setConnectionManager(connections)
            .disableRedirectHandling()
            .disableContentCompression()
            .disableAutomaticRetries()
            .disableCookieManagement()
            .disableAuthCaching()
            .setUserAgent(limits.userAgent())
            .setDefaultRequestConfig(
                RequestConfig.custom().setResponseTimeout(Timeout.of(limits.readTimeout())).build())
            .build();
  }

  public HttpFetcher(FetchLimits limits, NetworkGuard guard) {
    this(limits, guard, InetAddress::getAllByName, Clock.systemUTC());
  }

  /**
   * Fetches {@code url}, following redirects.
   *
   * @param mayFollow checked for every redirect target (robots.txt); a refusal is final
   * @throws FetchException when the response is not usable; see {@link FetchException#retryable()}
   */
  public FetchResponse fetch(
      Url url, FetchKind kind, Conditional conditional, Predicate<Url> mayFollow)
      throws FetchException {
    return fetch(
        url,
        kind,
        conditional,
        target ->
            mayFollow.test(target) ? Redirects.Decision.FOLLOW : Redirects.Decision.DISALLOWED,
        new Redirects());
  }

  /**
   * Fetches {@code url}, following same-host redirects now and handing other hosts back to the
   * caller ({@link Redirects.ElsewhereException}); {@code chain} carries loop detection and the
   * redirect cap across those hand-overs.
   */
  public FetchResponse fetch(
      Url url, FetchKind kind, Conditional conditional, Redirects.Policy policy, Redirects chain)
      throws FetchException {
    Redirects.Checkpoint start = chain.checkpoint();
    try {
      return follow(url, kind, conditional, policy, chain);
    } catch (Redirects.ElsewhereException e) {
      throw e;
    } catch (FetchException e) {
      chain.rollback(start); // a retry starts again from this URL
      throw e;
    }
  }

  private FetchResponse follow(
      Url url, FetchKind kind, Conditional conditional, Redirects.Policy policy, Redirects chain)
      throws FetchException {
    Url current = url;
    while (true) {
      if (!chain.visit(current)) {
        throw FetchException.permanent("Redirect loop at " + current);
      }
      Hop result = fetchOnce(url, current, kind, conditional);
      if (result.redirect() == null) {
        return result.response();
      }
      if (chain.followed() + 1 > limits.maxRedirects()) {
        throw FetchException.permanent(
            "More than "
                + limits.maxRedirects()
                + " redirects (last to "
                + result.redirect()
                + ")");
      }
      chain.follow();
      try {
        guard.checkUrl(result.redirect());
      } catch (NetworkGuard.RefusedException e) {
        throw new FetchException(
            e.getMessage() + " (redirect to " + result.redirect() + ")", false, 0, e);
      }
      switch (policy.decide(result.redirect())) {
        case FOLLOW -> current = result.redirect();
        case DISALLOWED ->
            throw FetchException.permanent(
                "Redirect target disallowed by robots.txt: " + result.redirect());
        case ELSEWHERE -> throw new Redirects.ElsewhereException(result.redirect());
      }
    }
  }

  private record Hop(FetchResponse response, Url redirect) {}

  private Hop fetchOnce(Url requested, Url url, FetchKind kind, Conditional conditional)
      throws FetchException {
    try {
      guard.checkUrl(url);
    } catch (NetworkGuard.RefusedException e) {
      throw new FetchException(e.getMessage(), false, 0, e);
    }
    HttpGet get = new HttpGet(url.uri());
    get.setHeader("Accept-Encoding", "gzip, deflate, br");
    get.setHeader("Accept", accept(kind));
    if (conditional != null) {
      if (conditional.etag() != null) {
        get.setHeader("If-None-Match", conditional.etag());
      }
      if (conditional.lastModified() != null) {
        get.setHeader("If-Modified-Since", conditional.lastModified());
      }
    }
    try (CloseableHttpResponse response = client.execute(get)) {
      int status = response.getCode();
      Map<String, String> headers = headers(response.getHeaders());
      if (status >= 300 && status < 400 && status != 304) {
        String location = headers.get("location");
        if (location == null || location.isBlank()) {
          throw FetchException.permanent("HTTP " + status + " without Location");
        }
        get.cancel();
        return new Hop(null, resolve(url, location));
      }
      if (status == 304) {
        return new Hop(
            new FetchResponse(requested, url, 304, headers, null, new byte[0], 0, clock.instant()),
            null);
      }
      if (status == 429 || status == 503) {
        get.cancel();
        throw new FetchException(
            "HTTP " + status + (status == 429 ? " Too Many Requests" : " Service Unavailable"),
            true,
            true,
            retryAfter(headers.get("retry-after")),
            status,
            null);
      }
      if (status >= 500 || status == 408) {
        get.cancel();
        throw new FetchException(
            "HTTP " + status, true, false, retryAfter(headers.get("retry-after")), status, null);
      }
      if (status < 200 || status >= 300) {
        get.cancel();
        throw new FetchException("HTTP " + status, false, status, null);
      }
      String mediaType = mediaType(headers.get("content-type"));
      if (!kind.accepts(mediaType)) {
        get.cancel();
        throw new FetchException(
            "Content type not accepted for a "
                + kind.name().toLowerCase(Locale.ROOT)
                + ": "
                + mediaType,
            false,
            status,
            null);
      }
      HttpEntity entity = response.getEntity();
      String contentLength = headers.get("content-length");
      if (contentLength != null && parseLong(contentLength) > limits.maxBodyBytes()) {
        get.cancel();
        throw new FetchException(
            "Body larger than "
                + limits.maxBodyBytes()
                + " bytes (Content-Length "
                + contentLength
                + ")",
            false,
            status,
            null);
      }
      byte[] body;
      long wire;
      try {
        if (entity == null) {
          body = new byte[0];
          wire = 0;
        } else {
          BoundedStreams.Counting counted =
              new BoundedStreams.Counting(entity.getContent(), limits.maxBodyBytes(), "Body");
          // Not try-with-resources: closing the stream before cancel() would drain the rest.
          InputStream decoded = decoder(headers.get("content-encoding"), counted);
          body =
              BoundedStreams.readDecoded(
                  decoded, counted, limits.maxDecodedBytes(), limits.maxCompressionRatio());
          decoded.close();
          wire = counted.count();
        }
      } catch (BoundedStreams.CapExceededException e) {
        get.cancel(); // drop the connection instead of draining the rest
        throw new FetchException(e.getMessage(), false, status, e);
      }
      return new Hop(
          new FetchResponse(
              requested, url, status, headers, mediaType, body, wire, clock.instant()),
          null);
    } catch (NetworkGuard.RefusedException e) {
      throw new FetchException(e.getMessage(), false, 0, e);
    } catch (FetchException e) {
      throw e;
    } catch (InterruptedIOException e) {
      throw new FetchException("Timeout: " + describe(e), true, 0, e);
    } catch (IOException e) {
      Throwable root = e;
      while (root.getCause() != null && root.getCause() != root) {
        if (root.getCause() instanceof NetworkGuard.RefusedException refused) {
          throw new FetchException(refused.getMessage(), false, 0, refused);
        }
        root = root.getCause();
      }
      throw new FetchException("I/O error: " + describe(e), true, 0, e);
    }
  }

  private static String describe(Exception e) {
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage());
  }

  private static InputStream decoder(String encoding, InputStream in) throws IOException {
    if (encoding == null) {
      return in;
    }
    return switch (encoding.strip().toLowerCase(Locale.ROOT)) {
      case "", "identity" -> in;
      case "gzip", "x-gzip" -> new GZIPInputStream(in);
      case "deflate" -> new InflaterInputStream(in);
      case "br" -> new BrotliInputStream(in);
      default ->
          throw new BoundedStreams.CapExceededException(
              "Unsupported Content-Encoding: " + encoding);
    };
  }

  private static String accept(FetchKind kind) {
    return switch (kind) {
      case PAGE -> "text/html,application/xhtml+xml;q=0.9";
      case FEED ->
          "application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,*/*;q=0.5";
      case SITEMAP -> "application/xml,text/xml;q=0.9,*/*;q=0.5";
      case ROBOTS -> "text/plain,*/*;q=0.5";
    };
  }

  static String mediaType(String contentType) {
    if (contentType == null) {
      return null;
    }
    int semi = contentType.indexOf(';');
    String base = (semi < 0 ? contentType : contentType.substring(0, semi)).strip();
    return base.isEmpty() ? null : base.toLowerCase(Locale.ROOT);
  }

  /** Retry-After as delay-seconds or an HTTP date; null when absent or unreadable. */
  Duration retryAfter(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip();
    if (v.chars().allMatch(Character::isDigit)) {
      return Duration.ofSeconds(Long.parseLong(v));
    }
    Instant at = DateUtils.parseStandardDate(v);
    if (at == null) {
      return null;
    }
    Duration d = Duration.between(clock.instant(), at);
    return d.isNegative() ? Duration.ZERO : d;
  }

  private static Map<String, String> headers(Header[] all) {
    Map<String, String> map = new TreeMap<>();
    for (Header h : all) {
      map.putIfAbsent(h.getName().toLowerCase(Locale.ROOT), h.getValue());
    }
    return map;
  }

  private static long parseLong(String s) {
    try {
      return Long.parseLong(s.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static Url resolve(Url base, String location) throws FetchException {
    try {
      return base.resolve(location);
    } catch (Url.InvalidUrlException e) {
      throw FetchException.permanent("Bad redirect Location: " + location);
    }
  }

  @Override
  public void close() throws IOException {
    client.close();
  }
}
