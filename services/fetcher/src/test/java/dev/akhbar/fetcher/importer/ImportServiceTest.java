package dev.akhbar.fetcher.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akhbar.events.ArticleId;
import dev.akhbar.events.RawPage;
import dev.akhbar.events.testing.EventSchemas;
import dev.akhbar.fetcher.state.InMemorySeenStore;
import dev.akhbar.fetcher.testing.CollectingSink;
import dev.akhbar.fetcher.testing.DemoCorpus;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class ImportServiceTest {
  private static final Instant NOW = Instant.parse("2026-01-02T03:04:05Z");

  private final CollectingSink sink = new CollectingSink();
  private final InMemorySeenStore seen = new InMemorySeenStore();
  private final ImportService imports =
      ImportHarness.service(sink, seen, Clock.fixed(NOW, ZoneOffset.UTC), 2, List.of());

  private ImportStatus run(Path path, String sourceId, boolean force) {
    return ImportHarness.run(imports, path, sourceId, force);
  }

  private static Counts counts(ImportStatus s) {
    return new Counts(s.pages(), s.skipped(), s.deadLettered());
  }

  private record Counts(long pages, long skipped, long deadLettered) {}

  @Test
  void importsTheDemoCorpusWithTheUrlsOfItsIndex() {
    ImportStatus result = run(DemoCorpus.folder(), "akhbar-demo", false);

    assertThat(counts(result)).isEqualTo(new Counts(4, 0, 0));
    assertThat(result.state()).isEqualTo("done");
    assertThat(result.filesTotal()).isEqualTo(4);
    assertThat(result.filesDone()).isEqualTo(4);
    Map<String, RawPage> byUrl =
        sink.pages.stream().collect(Collectors.toMap(RawPage::url, p -> p));
    assertThat(byUrl)
        .containsOnlyKeys(
            "https://akhbar-demo.example/2025/02/16/moscow-us-meeting/",
            "https://harbour-gazette.example/business/2025/03/04/dock-workers-end-strike",
            "https://courrier-sud-ouest.example/economie/vendanges-precoces-bordelais",
            "https://akhbar-demo.example/");
    RawPage arabic = byUrl.get("https://akhbar-demo.example/2025/02/16/moscow-us-meeting/");
    assertThat(arabic.id()).isEqualTo(ArticleId.of(arabic.url()));
    assertThat(arabic.sourceId()).isEqualTo("akhbar-demo");
    assertThat(arabic.status()).isEqualTo(200);
    assertThat(arabic.charset()).isEqualTo("UTF-8");
    assertThat(arabic.fetchedAt()).isEqualTo(NOW);
    assertThat(arabic.body()).contains("اترك تعليقاً");
  }

  @Test
  void everyImportedPageMatchesTheRawPageSchema() {
    run(DemoCorpus.folder(), "akhbar-demo", false);

    assertThat(sink.pages).hasSize(4);
    sink.pages.forEach(EventSchemas::assertValid);
  }

  @Test
  void skipsPagesAlreadySeenUnlessForced() {
    run(DemoCorpus.folder(), null, false);

    assertThat(counts(run(DemoCorpus.folder(), null, false))).isEqualTo(new Counts(0, 4, 0));
    assertThat(counts(run(DemoCorpus.folder(), null, true))).isEqualTo(new Counts(4, 0, 0));
    assertThat(sink.pages).hasSize(8);
  }

  @Test
  void withoutAnIndexTheUrlComesFromCanonicalThenOgUrlThenTheFile(@TempDir Path dir)
      throws IOException {
    Files.writeString(
        dir.resolve("a.html"),
        "<html><head><link rel=canonical href='https://a.example/x'>"
            + "<meta property=og:url content='https://a.example/og'></head><body>a</body></html>");
    Files.writeString(
        dir.resolve("b.html"),
        "<html><head><meta property=og:url content='https://b.example/y'></head></html>");
    Path c = dir.resolve("c.html");
    Files.writeString(c, "<html><head><link rel=canonical href='/relative'></head></html>");

    assertThat(run(dir, null, false).pages()).isEqualTo(3);
    assertThat(sink.pageUrls())
        .containsExactlyInAnyOrder(
            "https://a.example/x", "https://b.example/y", c.toUri().toString());
  }

  @Test
  void readsGzippedPagesAndDetectsTheirCharset(@TempDir Path dir) throws IOException {
    Charset arabic = Charset.forName("windows-1256");
    String html =
        "<html><head><title>خبر</title></head><body><p>"
            + "قال سيرجي ريابكوف، نائب وزير الخارجية الروسي، الأحد، إن فريقين من روسيا والولايات المتحدة"
            + " يخططان لعقد اجتماع هذا الأسبوع في مدينة إسطنبول التركية لبحث عمل السفارتين."
            + "</p></body></html>";
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("p.html.gz")))) {
      out.write(html.getBytes(arabic));
    }
    Files.writeString(dir.resolve("index.json"), "{\"p.html.gz\": \"https://ar.example/p\"}");

    assertThat(run(dir, null, false).pages()).isEqualTo(1);
    RawPage page = sink.pages.get(0);
    assertThat(page.url()).isEqualTo("https://ar.example/p");
    assertThat(page.charset()).isEqualTo("windows-1256");
    assertThat(page.body()).contains("ريابكوف");
  }

  @Test
  void importsHtmlResponseRecordsOfAWarcAndSkipsTheRest(@TempDir Path dir) throws IOException {
    Path warc = dir.resolve("news.warc.gz");
    try (WarcWriter writer =
        new WarcWriter(
            FileChannel.open(warc, StandardOpenOption.CREATE, StandardOpenOption.WRITE),
            WarcCompression.GZIP)) {
      writer.write(
          response(
              "https://w.example/a",
              200,
              "text/html; charset=utf-8",
              "<html><body>مرحبا</body></html>"));
      writer.write(response("https://w.example/logo.png", 200, "image/png", "PNG"));
      writer.write(response("https://w.example/moved", 301, "text/html", "moved"));
    }

    ImportStatus result = run(warc, "cc-news", false);

    assertThat(counts(result)).isEqualTo(new Counts(1, 2, 0));
    assertThat(result.bytesTotal()).isEqualTo(Files.size(warc));
    assertThat(result.bytesDone()).isEqualTo(Files.size(warc));
    RawPage page = sink.pages.get(0);
    assertThat(page.url()).isEqualTo("https://w.example/a");
    assertThat(page.sourceId()).isEqualTo("cc-news");
    assertThat(page.fetchedAt()).isEqualTo(Instant.parse("2025-02-16T08:00:00Z"));
    assertThat(page.body()).contains("مرحبا");
    EventSchemas.assertValid(page);
  }

  @Test
  void anUnreadableFileIsDeadLetteredAndTheRestGoOn(@TempDir Path dir) throws IOException {
    Files.write(dir.resolve("broken.html.gz"), new byte[] {1, 2, 3});
    Files.writeString(
        dir.resolve("ok.html"), "<html><link rel=canonical href='https://ok.example/'></html>");

    ImportStatus result = run(dir, null, false);

    assertThat(counts(result)).isEqualTo(new Counts(1, 0, 1));
    assertThat(result.recentErrors()).hasSize(1);
    assertThat(result.recentErrors().get(0).url()).endsWith("broken.html.gz");
    assertThat(sink.deadLetters).hasSize(1);
    assertThat(sink.deadLetters.get(0).request().url())
        .startsWith("file:")
        .endsWith("broken.html.gz");
    assertThat(sink.deadLetters.get(0).reason()).contains("broken.html.gz");
  }

  private static WarcResponse response(String url, int status, String type, String body) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    HttpResponse http =
        new HttpResponse.Builder(status, status == 200 ? "OK" : "Moved")
            .body(MediaType.parse(type), bytes)
            .build();
    try {
      return new WarcResponse.Builder(URI.create(url))
          .date(Instant.parse("2025-02-16T08:00:00Z"))
          .body(http)
          .build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
