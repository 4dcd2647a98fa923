package dev.akhbar.fetcher.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class SitemapParserTest {
  static final String NEWS_SITEMAP =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
              xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
        <url><loc>https://ar.example/n1</loc>
          <news:news><news:publication><news:name>Akhbar</news:name><news:language>ar</news:language></news:publication>
            <news:publication_date>2025-02-16T07:30:00+00:00</news:publication_date>
            <news:title>عنوان الخبر</news:title></news:news></url>
        <url><loc>https://ar.example/n2</loc><lastmod>2025-02-17T00:00:00Z</lastmod></url>
      </urlset>
      """;

  @Test
  void readsGoogleNewsSitemapEntriesWithTitleDateAndLanguage() throws Exception {
    SitemapParser.Result r =
        SitemapParser.parse(
            NEWS_SITEMAP.getBytes(StandardCharsets.UTF_8),
            "application/xml",
            "https://ar.example/news-sitemap.xml",
            null);

    assertThat(r.sitemaps()).isEmpty();
    assertThat(r.pages())
        .extracting(d -> d.url().toString())
        .containsExactly("https://ar.example/n1", "https://ar.example/n2");
    Discovered n1 = r.pages().get(0);
    assertThat(n1.hints().title()).isEqualTo("عنوان الخبر");
    assertThat(n1.hints().language()).isEqualTo("ar");
    assertThat(n1.hints().publishedAt()).isEqualTo(Instant.parse("2025-02-16T07:30:00Z"));
    assertThat(r.pages().get(1).marker()).isEqualTo(Instant.parse("2025-02-17T00:00:00Z"));
  }

  @Test
  void readsAGzippedSitemap() throws Exception {
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write(NEWS_SITEMAP.getBytes(StandardCharsets.UTF_8));
    }

    SitemapParser.Result r =
        SitemapParser.parse(
            gz.toByteArray(), "application/x-gzip", "https://ar.example/news-sitemap.xml.gz", null);

    assertThat(r.pages()).hasSize(2);
  }

  @Test
  void aGzipBombSitemapIsRefusedAtTheProtocolLimit() throws Exception {
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      byte[] spaces = new byte[1024 * 1024];
      Arrays.fill(spaces, (byte) ' ');
      for (int i = 0; i < 51; i++) {
        out.write(spaces);
      }
    }

    Assertions.assertThatThrownBy(
            () ->
                SitemapParser.parse(
                    gz.toByteArray(), "application/gzip", "https://x.example/s.xml.gz", null))
        .isInstanceOf(FeedParser.NotAFeedException.class)
        .hasMessageContaining("larger than 52428800 bytes uncompressed");
  }

  @Test
  void aSitemapIndexListsItsChildSitemaps() throws Exception {
    String index =
        """
        <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
          <sitemap><loc>https://ar.example/s1.xml</loc></sitemap>
          <sitemap><loc>https://ar.example/s2.xml</loc></sitemap>
        </sitemapindex>
        """;

    SitemapParser.Result r =
        SitemapParser.parse(
            index.getBytes(StandardCharsets.UTF_8),
            "application/xml",
            "https://ar.example/sitemap.xml",
            null);

    assertThat(r.pages()).isEmpty();
    assertThat(r.sitemaps())
        .containsExactlyInAnyOrder("https://ar.example/s1.xml", "https://ar.example/s2.xml");
  }
}
