package dev.akhbar.fetcher.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akhbar.events.FetchRequest;
import dev.akhbar.fetcher.crawl.PageOutcome;
import dev.akhbar.fetcher.crawl.PageRequest;
import dev.akhbar.fetcher.fetch.GuardedDnsResolver;
import dev.akhbar.fetcher.fetch.NetworkGuard;
import dev.akhbar.fetcher.state.InMemorySeenStore;
import dev.akhbar.fetcher.testing.CollectingSink;
import dev.akhbar.fetcher.testing.CrawlerHarness;
import dev.akhbar.fetcher.testing.LocalWebServer;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * SSRF guard with the production settings: loopback, link-local (cloud metadata) and private
 * addresses are refused after name resolution and before any connection. The only traffic these
 * tests could send goes to 127.0.0.1, and the server there must see none of it.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SsrfIT {
  /** Resolves two test names to internal addresses without asking DNS; the rest as usual. */
  private static final GuardedDnsResolver.Lookup LOOKUP =
      host ->
          switch (host) {
            case "metadata.akhbar.test" ->
                new InetAddress[] {InetAddress.getByName("169.254.169.254")};
            case "rebound.akhbar.test" ->
                new InetAddress[] {
                  InetAddress.getByName("93.184.215.14"), InetAddress.getByName("127.0.0.1")
                };
            default -> lookup(host);
          };

  private static InetAddress[] lookup(String host) throws UnknownHostException {
    return InetAddress.getAllByName(host);
  }

  @Test
  void productionSettingsRefuseLoopbackAndCloudMetadataBeforeConnecting() throws Exception {
    try (LocalWebServer server = new LocalWebServer();
        CrawlerHarness harness =
            new CrawlerHarness(
                CrawlerHarness.settings(),
                CrawlerHarness.limits(),
                NetworkGuard.production(),
                new InMemorySeenStore(),
                LOOKUP)) {
      server.page("/robots.txt", "text/plain", "");
      server.page("/x", "text/html", "<p>internal</p>");
      int port = Integer.parseInt(server.url("").replaceAll(".*:", ""));
      List<String> urls =
          List.of(
              server.url("/x"),
              "http://localhost:" + port + "/x",
              "http://[::1]:" + port + "/x",
              "http://169.254.169.254/latest/meta-data/",
              "http://metadata.akhbar.test/latest/meta-data/",
              "http://rebound.akhbar.test:" + port + "/x");

      for (String url : urls) {
        PageOutcome outcome =
            harness
                .crawler
                .submitPage(PageRequest.of(new FetchRequest(url, null, null)))
                .get(30, TimeUnit.SECONDS);
        assertThat(outcome).as(url).isEqualTo(PageOutcome.DEAD_LETTERED);
      }

      assertThat(server.seen).as("requests that reached the server").isEmpty();
      assertThat(harness.sink.pages).isEmpty();
      assertThat(harness.sink.deadUrls()).containsExactlyElementsOf(urls);
      assertThat(reason(harness.sink, server.url("/x")))
          .contains("Refused to connect")
          .contains("loopback");
      assertThat(reason(harness.sink, "http://169.254.169.254/latest/meta-data/"))
          .contains("link-local");
      assertThat(reason(harness.sink, "http://metadata.akhbar.test/latest/meta-data/"))
          .contains("169.254.169.254")
          .contains("link-local");
      assertThat(reason(harness.sink, "http://rebound.akhbar.test:" + port + "/x"))
          .contains("127.0.0.1");
    }
  }

  @Test
  void aRedirectToTheMetadataAddressIsRefused() throws Exception {
    NetworkGuard devProfile = new NetworkGuard(true, false, false, Set.of("http", "https"));
    try (LocalWebServer server = new LocalWebServer();
        CrawlerHarness harness =
            new CrawlerHarness(
                CrawlerHarness.settings(),
                CrawlerHarness.limits(),
                devProfile,
                new InMemorySeenStore(),
                LOOKUP)) {
      server.page("/robots.txt", "text/plain", "");
      server.redirect("/go", "http://169.254.169.254/latest/meta-data/iam/");

      PageOutcome outcome =
          harness
              .crawler
              .submitPage(PageRequest.of(new FetchRequest(server.url("/go"), null, null)))
              .get(30, TimeUnit.SECONDS);

      assertThat(outcome).isEqualTo(PageOutcome.DEAD_LETTERED);
      assertThat(server.paths()).containsExactly("/robots.txt", "/go");
      assertThat(reason(harness.sink, server.url("/go")))
          .contains("169.254.169.254")
          .contains("link-local");
    }
  }

  @Test
  void schemesOtherThanHttpAreRefusedBeforeQueueingAndOnRedirects() throws Exception {
    for (String url :
        List.of("file:///etc/passwd", "ftp://example.org/x", "gopher://example.org/")) {
      assertThatThrownBy(() -> PageRequest.of(new FetchRequest(url, null, null)))
          .as(url)
          .hasMessageContaining("Only http and https");
    }
    try (LocalWebServer server = new LocalWebServer();
        CrawlerHarness harness =
            new CrawlerHarness(
                CrawlerHarness.settings(),
                CrawlerHarness.limits(),
                CrawlerHarness.loopbackAllowed(),
                new InMemorySeenStore(),
                LOOKUP)) {
      server.page("/robots.txt", "text/plain", "");
      server.on(
          "/to-file",
          (ex, hit) -> {
            ex.getResponseHeaders().set("Location", "file:///etc/passwd");
            ex.sendResponseHeaders(302, -1);
          });
      String url = server.url("/to-file");

      PageOutcome outcome =
          harness
              .crawler
              .submitPage(PageRequest.of(new FetchRequest(url, null, null)))
              .get(10, TimeUnit.SECONDS);

      assertThat(outcome).isEqualTo(PageOutcome.DEAD_LETTERED);
      assertThat(reason(harness.sink, url)).startsWith("Scheme not allowed: file");
    }
  }

  private static String reason(CollectingSink sink, String url) {
    return sink.deadLetters.stream()
        .filter(d -> d.request().url().equals(url))
        .map(CollectingSink.Dead::reason)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no dead letter for " + url));
  }
}
