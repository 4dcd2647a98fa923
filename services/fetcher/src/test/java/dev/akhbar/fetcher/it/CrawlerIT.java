package dev.akhbar.fetcher.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akhbar.events.ArticleId;
import dev.akhbar.events.FetchRequest;
import dev.akhbar.events.RawPage;
import dev.akhbar.events.testing.EventSchemas;
import dev.akhbar.fetcher.crawl.CrawlSettings;
import dev.akhbar.fetcher.crawl.PageOutcome;
import dev.akhbar.fetcher.crawl.PageRequest;
import dev.akhbar.fetcher.discovery.SourcePoller;
import dev.akhbar.fetcher.sources.Source;
import dev.akhbar.fetcher.testing.CollectingSink;
import dev.akhbar.fetcher.testing.CrawlerHarness;
import dev.akhbar.fetcher.testing.LocalWebServer;
import dev.akhbar.fetcher.testing.LocalWebServer.Seen;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The crawler against a real HTTP server on 127.0.0.1: what the server saw (order, spacing,
 * conditional headers), the pages produced and the dead letters. Spacing is asserted as lower
 * bounds only, so a loaded machine makes the tests slower, never red.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class CrawlerIT {
  private static final long POLITE_MS = 300;
  private static final long SLACK_MS = 30;

  private final LocalWebServer server;
  private final CrawlerHarness harness = CrawlerHarness.local();

  CrawlerIT() throws IOException {
    server = new LocalWebServer();
  }

  @AfterEach
  void stop() throws Exception {
    harness.close();
    server.close();
  }

  @Test
  void pollsAFeedAndFetchesItsItemsOneAtATimeWithThePolitenessDelay() throws Exception {
    server.page("/robots.txt", "text/plain", "User-agent: *\nAllow: /\n");
    server.page("/feed.xml", "application/rss+xml", rss("/a1", "/a2", "/a3"));
    for (String p : List.of("/a1", "/a2", "/a3")) {
      server.page(
          p, "text/html; charset=utf-8", "<html><body><p>" + p + " مرحبا</p></body></html>");
    }

    SourcePoller.Report report =
        harness
            .poller
            .poll(source(List.of(server.url("/feed.xml")), List.of()))
            .get(30, TimeUnit.SECONDS);

    assertThat(report.fetched.get()).isEqualTo(3);
    assertThat(server.paths()).containsExactly("/robots.txt", "/feed.xml", "/a1", "/a2", "/a3");
    assertSpacedAtLeast(server.seen, POLITE_MS);
    assertThat(server.seen)
        .allSatisfy(s -> assertThat(s.userAgent()).isEqualTo(CrawlerHarness.USER_AGENT));
    RawPage a1 = page(server.url("/a1"));
    assertThat(a1.sourceId()).isEqualTo("local");
    assertThat(a1.hints().title()).isEqualTo("Title of /a1");
    assertThat(a1.charset()).isEqualTo("UTF-8");
    assertThat(a1.body()).contains("مرحبا");
    harness.sink.pages.forEach(EventSchemas::assertValid);
    assertThat(harness.metrics.get("akhbar.fetcher.fetches").tag("outcome", "ok").counter().count())
        .isGreaterThanOrEqualTo(3);
    assertThat(harness.metrics.get("akhbar.fetcher.politeness.wait").timer().count())
        .isGreaterThanOrEqualTo(5);
  }

  @Test
  void aSecondPollIsConditionalAndA304FetchesNothing() throws Exception {
    server.page("/robots.txt", "text/plain", "");
    server.on(
        "/feed.xml",
        (ex, hit) -> {
          if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
            ex.sendResponseHeaders(304, -1);
            return;
          }
          ex.getResponseHeaders().set("ETag", "\"v1\"");
          ex.getResponseHeaders().set("Last-Modified", "Sun, 16 Feb 2025 07:31:00 GMT");
          LocalWebServer.respond(ex, 200, "application/rss+xml", rss("/a1"));
        });
    server.page("/a1", "text/html", "<p>a1</p>");
    Source source = source(List.of(server.url("/feed.xml")), List.of());

    harness.poller.poll(source).get(30, TimeUnit.SECONDS);
    SourcePoller.Report second = harness.poller.poll(source).get(30, TimeUnit.SECONDS);

    assertThat(second.notModified.get()).isEqualTo(1);
    assertThat(server.paths()).containsExactly("/robots.txt", "/feed.xml", "/a1", "/feed.xml");
    Seen conditional = server.requestsTo("/feed.xml").get(1);
    assertThat(conditional.ifNoneMatch()).isEqualTo("\"v1\"");
    assertThat(conditional.ifModifiedSince()).isEqualTo("Sun, 16 Feb 2025 07:31:00 GMT");
    assertThat(server.requestsTo("/feed.xml").get(0).ifNoneMatch()).isNull();
    assertThat(harness.sink.pages).hasSize(1);
  }

  @Test
  void sitemapsAreFetchedConditionallyAndALastmodChangeRefetchesThePage() throws Exception {
    server.page("/robots.txt", "text/plain", "");
    String v1 = "2025-02-16T07:30:00Z";
    String[] lastmod = {v1};
    server.on(
        "/sitemap.xml",
        (ex, hit) -> {
          String etag = "\"" + lastmod[0] + "\"";
          if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
            ex.sendResponseHeaders(304, -1);
            return;
          }
          ex.getResponseHeaders().set("ETag", etag);
          LocalWebServer.respond(
              ex,
              200,
              "application/xml",
              "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>"
                  + server.url("/s1")
                  + "</loc><lastmod>"
                  + lastmod[0]
                  + "</lastmod></url></urlset>");
        });
    server.page("/s1", "text/html", "<p>s1</p>");
    Source source = source(List.of(), List.of(server.url("/sitemap.xml")));

    harness.poller.poll(source).get(30, TimeUnit.SECONDS);
    SourcePoller.Report unchanged = harness.poller.poll(source).get(30, TimeUnit.SECONDS);
    lastmod[0] = "2025-02-17T09:00:00Z";
    SourcePoller.Report changed = harness.poller.poll(source).get(30, TimeUnit.SECONDS);

    assertThat(unchanged.notModified.get()).isEqualTo(1);
    assertThat(changed.fetched.get()).isEqualTo(1);
    assertThat(server.requestsTo("/sitemap.xml"))
        .extracting(Seen::ifNoneMatch)
        .containsExactly(null, "\"" + v1 + "\"", "\"" + v1 + "\"");
    assertThat(server.count("/s1")).isEqualTo(2);
  }

  @Test
  void obeysRobotsDisallowAndItsCrawlDelay() throws Exception {
    server.page(
        "/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\nCrawl-delay: 1\n");
    server.page("/public/1", "text/html", "<p>1</p>");
    server.page("/public/2", "text/html", "<p>2</p>");
    server.page("/private/x", "text/html", "<p>secret</p>");

    List<PageOutcome> outcomes =
        List.of(
            submit("/public/1").get(30, TimeUnit.SECONDS),
            submit("/private/x").get(30, TimeUnit.SECONDS),
            submit("/public/2").get(30, TimeUnit.SECONDS));

    assertThat(outcomes)
        .containsExactly(PageOutcome.FETCHED, PageOutcome.DEAD_LETTERED, PageOutcome.FETCHED);
    assertThat(server.paths()).containsExactly("/robots.txt", "/public/1", "/public/2");
    assertSpacedAtLeast(server.seen, 1000);
    assertThat(deadReason(server.url("/private/x"))).isEqualTo("Disallowed by robots.txt");
  }

  @Test
  void followsTheNewsSitemapListedInRobotsTxt() throws Exception {
    server.page(
        "/robots.txt",
        "text/plain",
        "User-agent: *\nAllow: /\nSitemap: " + server.url("/news-sitemap.xml") + "\n");
    server.page(
        "/news-sitemap.xml",
        "application/xml",
        """
        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
          <url><loc>%s</loc><news:news><news:publication><news:name>Local</news:name><news:language>ar</news:language></news:publication>
            <news:publication_date>2025-02-16T07:30:00Z</news:publication_date><news:title>خبر عاجل</news:title></news:news></url>
        </urlset>
        """
            .formatted(server.url("/n1")));
    server.page("/n1", "text/html", "<p>n1</p>");
    Source source =
        new Source(
            "local",
            "Local",
            server.url("/"),
            "ar",
            List.of(),
            List.of(),
            true,
            Duration.ofMinutes(10),
            null);

    SourcePoller.Report report = harness.poller.poll(source).get(30, TimeUnit.SECONDS);

    assertThat(report.fetched.get()).isEqualTo(1);
    assertThat(server.paths()).containsExactly("/robots.txt", "/news-sitemap.xml", "/n1");
    RawPage n1 = page(server.url("/n1"));
    assertThat(n1.hints().title()).isEqualTo("خبر عاجل");
    assertThat(n1.hints().language()).isEqualTo("ar");
  }

  @Test
  void followsRedirectsToTheFinalUrlAndGivesUpOnLoopsAndLongChains() throws Exception {
    server.page("/robots.txt", "text/plain", "");
    server.redirect("/r1", "/r2").redirect("/r2", server.url("/final"));
    server.page("/final", "text/html", "<p>final</p>");
    server.redirect("/loop1", "/loop2").redirect("/loop2", "/loop1");
    for (int i = 0; i < 7; i++) {
      server.redirect("/chain" + i, "/chain" + (i + 1));
    }

    assertThat(submit("/r1").get(30, TimeUnit.SECONDS)).isEqualTo(PageOutcome.FETCHED);
    assertThat(submit("/loop1").get(30, TimeUnit.SECONDS)).isEqualTo(PageOutcome.DEAD_LETTERED);
    assertThat(submit("/chain0").get(30, TimeUnit.SECONDS)).isEqualTo(PageOutcome.DEAD_LETTERED);

    RawPage fin = page(server.url("/final"));
    assertThat(fin.requestedUrl()).isEqualTo(server.url("/r1"));
    assertThat(fin.id()).isEqualTo(ArticleId.of(server.url("/final")));
    assertThat(deadReason(server.url("/loop1"))).startsWith("Redirect loop");
    assertThat(deadReason(server.url("/chain0"))).startsWith("More than 5 redirects");
    assertThat(server.count("/chain5")).isEqualTo(1);
    assertThat(server.count("/chain6")).isZero();
  }

  @Test
  void aRedirectToAnotherHostWaitsForThatHostsRobotsTxtAndSlot() throws Exception {
    try (LocalWebServer other = new LocalWebServer()) {
      server.page("/robots.txt", "text/plain", "");
      other.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private\n");
      server.redirect("/hop", other.url("/landing"));
      server.redirect("/hop-private", other.url("/private"));
      server.redirect("/ping", other.url("/pong"));
      other.redirect("/pong", server.url("/ping"));
      other.page("/landing", "text/html", "<p>landed</p>");
      other.page("/private", "text/html", "<p>no</p>");

      assertThat(submit("/hop").get(30, TimeUnit.SECONDS)).isEqualTo(PageOutcome.FETCHED);
      assertThat(submit("/hop-private").get(30, TimeUnit.SECONDS))
          .isEqualTo(PageOutcome.DEAD_LETTERED);
      assertThat(submit("/ping").get(30, TimeUnit.SECONDS)).isEqualTo(PageOutcome.DEAD_LETTERED);

      assertThat(other.paths()).containsExactly("/robots.txt", "/landing", "/pong");
      RawPage landed = page(other.url("/landing"));
      assertThat(landed.requestedUrl()).isEqualTo(server.url("/hop"));
      assertThat(deadReason(server.url("/hop-private"))).isEqualTo("Disallowed by robots.txt");
      assertThat(deadReason(server.url("/ping")))
          .startsWith("Redirect loop at " + server.url("/ping"));
    }
  }

  @Test
  void backsOffOn429ForAsLongAsRetryAfterSays() throws Exception {
    server.page("/robots.txt", "text/plain", "");
    server.on(
        "/busy",
        (ex, hit) -> {
          if (hit == 1) {
            ex.getResponseHeaders().set("Retry-After", "1");
            LocalWebServer.respond(ex, 429, "text/plain", "slow down");
          } else {
            LocalWebServer.respond(ex, 200, "text/html", "<p>ok</p>");
          }
        });

    assertThat(submit("/busy").get(30, TimeUnit.SECONDS)).isEqualTo(PageOutcome.FETCHED);

    List<Seen> busy = server.requestsTo("/busy");
    assertThat(busy).hasSize(2);
    assertThat(TimeUnit.NANOSECONDS.toMillis(busy.get(1).nanos() - busy.get(0).nanos()))
        .isGreaterThanOrEqualTo(1000 - SLACK_MS);
  }

  @Test
  void aRetryAfterBeyondTheCapIsGivenUpOnAtOnce() throws Exception {
    server.page("/robots.txt", "text/plain", "");
    server.on(
        "/down",
        (ex, hit) -> {
          ex.getResponseHeaders().set("Retry-After", "3600");
          LocalWebServer.respond(ex, 503, "text/plain", "maintenance");
        });

    assertThat(submit("/down").get(30, TimeUnit.SECONDS)).isEqualTo(PageOutcome.DEAD_LETTERED);

    assertThat(server.count("/down")).isEqualTo(1);
    assertThat(deadReason(server.url("/down")))
        .isEqualTo("HTTP 503 Service Unavailable with Retry-After 3600s, above the 5s cap");
  }

  @Test
  void retriesServerErrorsWithGrowingBackoffThenDeadLetters() throws Exception {
    server.page("/robots.txt", "text/plain", "");
    server.on("/flaky", (ex, hit) -> LocalWebServer.respond(ex, 500, "text/plain", "oops"));

    assertThat(submit("/flaky").get(30, TimeUnit.SECONDS)).isEqualTo(PageOutcome.DEAD_LETTERED);

    List<Seen> tries = server.requestsTo("/flaky");
    assertThat(tries).hasSize(3);
    long first = TimeUnit.NANOSECONDS.toMillis(tries.get(1).nanos() - tries.get(0).nanos());
    long second = TimeUnit.NANOSECONDS.toMillis(tries.get(2).nanos() - tries.get(1).nanos());
    assertThat(first).isGreaterThanOrEqualTo(POLITE_MS - SLACK_MS);
    assertThat(second).isGreaterThanOrEqualTo(400 - SLACK_MS);
    assertThat(deadReason(server.url("/flaky"))).isEqualTo("HTTP 500 (after 3 attempts)");
  }

  @Test
  void aSlowHostTimesOutWhileAnotherHostIsFetched() throws Exception {
    try (LocalWebServer other = new LocalWebServer()) {
      server.page("/robots.txt", "text/plain", "");
      server.on(
          "/slow",
          (ex, hit) -> {
            try {
              Thread.sleep(2500);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            LocalWebServer.respond(ex, 200, "text/html", "<p>late</p>");
          });
      other.page("/robots.txt", "text/plain", "");
      other.page("/quick", "text/html", "<p>quick</p>");

      var slow =
          harness.crawler.submitPage(
              PageRequest.of(new FetchRequest(server.url("/slow"), null, null)));
      var quick =
          harness.crawler.submitPage(
              PageRequest.of(new FetchRequest(other.url("/quick"), null, null)));

      assertThat(quick.get(10, TimeUnit.SECONDS)).isEqualTo(PageOutcome.FETCHED);
      assertThat(slow.isDone()).as("the slow host is still being waited for").isFalse();
      assertThat(slow.get(30, TimeUnit.SECONDS)).isEqualTo(PageOutcome.DEAD_LETTERED);
      assertThat(deadReason(server.url("/slow")))
          .startsWith("Timeout")
          .endsWith("(after 3 attempts)");
    }
  }

  @Test
  void cutsAnOversizedBodyWhileStreaming() throws Exception {
    server.page("/robots.txt", "text/plain", "");
    long[] written = new long[1];
    server.on(
        "/huge",
        (ex, hit) -> {
          ex.getResponseHeaders().set("Content-Type", "text/html");
          ex.sendResponseHeaders(200, 0); // chunked: no Content-Length to refuse up front
          byte[] chunk = new byte[64 * 1024];
          Arrays.fill(chunk, (byte) 'a');
          try (OutputStream out = ex.getResponseBody()) {
            for (int i = 0; i < 320; i++) { // 20 MiB
              out.write(chunk);
              written[0] += chunk.length;
            }
          }
        });
    server.on(
        "/declared-huge",
        (ex, hit) -> {
          ex.getResponseHeaders().set("Content-Type", "text/html");
          ex.sendResponseHeaders(200, 50L * 1024 * 1024);
          try (OutputStream out = ex.getResponseBody()) {
            byte[] chunk = new byte[64 * 1024];
            for (int i = 0; i < 800; i++) { // until the client hangs up
              out.write(chunk);
              out.flush();
            }
          }
        });

    assertThat(submit("/huge").get(30, TimeUnit.SECONDS)).isEqualTo(PageOutcome.DEAD_LETTERED);
    assertThat(submit("/declared-huge").get(30, TimeUnit.SECONDS))
        .isEqualTo(PageOutcome.DEAD_LETTERED);

    assertThat(deadReason(server.url("/huge"))).isEqualTo("Body larger than 1048576 bytes");
    assertThat(deadReason(server.url("/declared-huge"))).contains("Content-Length 52428800");
    assertThat(written[0])
        .as("the server could not send the whole 20 MiB")
        .isLessThan(20L * 1024 * 1024);
    assertThat(server.count("/huge")).isEqualTo(1);
  }

  @Test
  void refusesAGzipBomb() throws Exception {
    server.page("/robots.txt", "text/plain", "");
    ByteArrayOutputStream compressed = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(compressed)) {
      byte[] zeros = new byte[1024 * 1024];
      for (int i = 0; i < 64; i++) {
        gz.write(zeros);
      }
    }
    byte[] bomb = compressed.toByteArray();
    server.on(
        "/bomb",
        (ex, hit) -> {
          ex.getResponseHeaders().set("Content-Encoding", "gzip");
          LocalWebServer.respond(ex, 200, "text/html", bomb);
        });

    assertThat(submit("/bomb").get(30, TimeUnit.SECONDS)).isEqualTo(PageOutcome.DEAD_LETTERED);

    assertThat(bomb.length).isLessThan(1024 * 1024);
    assertThat(deadReason(server.url("/bomb"))).contains("decompression bomb");
  }

  @Test
  void decodesBrotliAndRefusesABrotliBomb() throws Exception {
    server.page("/robots.txt", "text/plain", "");
    byte[] page = fixture("page.html.br");
    byte[] bomb = fixture("bomb-64MiB-zeros.br");
    server.on(
        "/br",
        (ex, hit) -> {
          ex.getResponseHeaders().set("Content-Encoding", "br");
          LocalWebServer.respond(ex, 200, "text/html; charset=utf-8", page);
        });
    server.on(
        "/br-bomb",
        (ex, hit) -> {
          ex.getResponseHeaders().set("Content-Encoding", "br");
          LocalWebServer.respond(ex, 200, "text/html", bomb);
        });

    assertThat(submit("/br").get(30, TimeUnit.SECONDS)).isEqualTo(PageOutcome.FETCHED);
    assertThat(submit("/br-bomb").get(30, TimeUnit.SECONDS)).isEqualTo(PageOutcome.DEAD_LETTERED);

    assertThat(page(server.url("/br")).body()).contains("مضغوط بروتلي");
    assertThat(deadReason(server.url("/br-bomb"))).contains("decompression bomb");
  }

  @Test
  void decodesAWindows1256PageThatDeclaresNoCharsetAnywhere() throws Exception {
    server.page("/robots.txt", "text/plain", "");
    byte[] body = ARABIC.getBytes(Charset.forName("windows-1256"));
    server.on("/ar", (ex, hit) -> LocalWebServer.respond(ex, 200, "text/html", body));

    assertThat(submit("/ar").get(30, TimeUnit.SECONDS)).isEqualTo(PageOutcome.FETCHED);

    RawPage page = page(server.url("/ar"));
    assertThat(page.charset()).isEqualTo("windows-1256");
    assertThat(page.body()).contains("ريابكوف").contains("الدبلوماسية");
  }

  @Test
  void refusesContentThatIsNotHtml() throws Exception {
    server.page("/robots.txt", "text/plain", "");
    server.on(
        "/logo.png",
        (ex, hit) -> LocalWebServer.respond(ex, 200, "image/png", new byte[] {1, 2, 3}));

    assertThat(submit("/logo.png").get(30, TimeUnit.SECONDS)).isEqualTo(PageOutcome.DEAD_LETTERED);
    assertThat(deadReason(server.url("/logo.png")))
        .isEqualTo("Content type not accepted for a page: image/png");
  }

  @Test
  void neverFetchesTheSameUrlTwiceUnlessItsMarkerIsNewer() throws Exception {
    server.page("/robots.txt", "text/plain", "");
    server.page("/once", "text/html", "<p>once</p>");
    Instant v1 = Instant.parse("2025-02-16T07:30:00Z");

    var first =
        harness
            .crawler
            .submitPage(
                PageRequest.of(new FetchRequest(server.url("/once"), null, null)).changedAt(v1))
            .get(30, TimeUnit.SECONDS);
    var again =
        harness
            .crawler
            .submitPage(
                PageRequest.of(new FetchRequest(server.url("/once"), null, null)).changedAt(v1))
            .get(30, TimeUnit.SECONDS);
    var changed =
        harness
            .crawler
            .submitPage(
                PageRequest.of(new FetchRequest(server.url("/once"), null, null))
                    .changedAt(v1.plusSeconds(60)))
            .get(30, TimeUnit.SECONDS);

    assertThat(List.of(first, again, changed))
        .containsExactly(PageOutcome.FETCHED, PageOutcome.SKIPPED_SEEN, PageOutcome.FETCHED);
    assertThat(server.count("/once")).isEqualTo(2);
  }

  @Test
  void aFullQueueDeadLettersNewUrlsInsteadOfGrowingWithoutBound() throws Exception {
    server.page("/robots.txt", "text/plain", "");
    CrawlSettings d = CrawlerHarness.settings();
    CrawlSettings tiny =
        new CrawlSettings(
            d.minDelay(),
            d.maxCrawlDelay(),
            d.maxAttempts(),
            d.initialBackoff(),
            d.maxBackoff(),
            d.maxRetryAfter(),
            d.workers(),
            d.obeyRobots(),
            2);
    try (CrawlerHarness small = CrawlerHarness.local(tiny)) {
      List<CompletableFuture<PageOutcome>> outcomes = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        server.page("/q" + i, "text/html", "<p>q</p>");
        outcomes.add(
            small.crawler.submitPage(
                PageRequest.of(new FetchRequest(server.url("/q" + i), null, null))));
      }
      CompletableFuture.allOf(outcomes.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);

      List<String> rejected = small.sink.deadUrls();
      assertThat(rejected).hasSizeGreaterThanOrEqualTo(2);
      assertThat(small.sink.deadLetters)
          .allSatisfy(
              dl -> assertThat(dl.reason()).isEqualTo("Crawler queue full (2 URLs waiting)"));
      for (String url : rejected) {
        assertThat(server.count(url.substring(url.lastIndexOf('/')))).isZero();
      }
      assertThat(small.sink.pages).hasSize(5 - rejected.size());
    }
  }

  // ---------------------------------------------------------------- helpers

  static final String ARABIC =
      "<html><head><title>أخبار</title></head><body><article><h1>موسكو: اجتماع روسي أمريكي جديد</h1>"
          + "<p>قال سيرجي ريابكوف، نائب وزير الخارجية الروسي، الأحد، إن فريقين من روسيا والولايات"
          + " المتحدة يخططان لعقد اجتماع هذا الأسبوع لبحث عمل السفارتين وتطبيع العلاقات الدبلوماسية.</p>"
          + "<p>وأضاف أن الجانبين اتفقا على مواصلة الحوار، وأن موعد اللقاء القادم سيحدد لاحقا.</p>"
          + "</article></body></html>";

  private static byte[] fixture(String name) throws IOException {
    try (var in = CrawlerIT.class.getResourceAsStream("/fixtures/" + name)) {
      return in.readAllBytes();
    }
  }

  private CompletableFuture<PageOutcome> submit(String path) {
    return harness.crawler.submitPage(
        PageRequest.of(new FetchRequest(server.url(path), "local", null)));
  }

  private Source source(List<String> feeds, List<String> sitemaps) {
    return new Source(
        "local", "Local", null, null, feeds, sitemaps, false, Duration.ofMinutes(10), null);
  }

  private RawPage page(String url) {
    return harness.sink.pages.stream()
        .filter(p -> p.url().equals(url))
        .findFirst()
        .orElseThrow(
            () -> new AssertionError("no page for " + url + " in " + harness.sink.pageUrls()));
  }

  private String deadReason(String url) {
    return harness.sink.deadLetters.stream()
        .filter(d -> d.request().url().equals(url))
        .map(CollectingSink.Dead::reason)
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError("no dead letter for " + url + " in " + harness.sink.deadUrls()));
  }

  static String rss(String... paths) {
    StringBuilder items = new StringBuilder();
    for (String p : paths) {
      items
          .append("<item><title>Title of ")
          .append(p)
          .append("</title><link>")
          .append(p)
          .append("</link>")
          .append("<pubDate>Sun, 16 Feb 2025 07:30:00 GMT</pubDate></item>");
    }
    return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title><link>/</link>"
        + items
        + "</channel></rss>";
  }

  static void assertSpacedAtLeast(List<Seen> requests, long millis) {
    for (int i = 1; i < requests.size(); i++) {
      long gap =
          TimeUnit.NANOSECONDS.toMillis(requests.get(i).nanos() - requests.get(i - 1).nanos());
      assertThat(gap)
          .as("gap before request %d (%s)", i, requests.get(i).path())
          .isGreaterThanOrEqualTo(millis - SLACK_MS);
    }
  }
}
