package dev.akhbar.fetcher.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedParserTest {
  static final String RSS =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <rss version="2.0"><channel><title>Akhbar</title><link>https://ar.example/</link><language>ar</language>
        <item><title>اجتماع روسي أمريكي</title><link>https://ar.example/a1</link>
          <pubDate>Sun, 16 Feb 2025 07:30:00 GMT</pubDate><description>&lt;p&gt;ملخص &lt;b&gt;الخبر&lt;/b&gt;&lt;/p&gt;</description></item>
        <item><title>Relative</title><link>/a2</link></item>
      </channel></rss>
      """;

  @Test
  void readsRssItemsWithTheirHints() throws Exception {
    List<Discovered> items =
        FeedParser.parse(bytes(RSS), "application/rss+xml", "https://ar.example/feed/", null);

    assertThat(items)
        .extracting(d -> d.url().toString())
        .containsExactly("https://ar.example/a1", "https://ar.example/a2");
    Discovered first = items.get(0);
    assertThat(first.hints().title()).isEqualTo("اجتماع روسي أمريكي");
    assertThat(first.hints().publishedAt()).isEqualTo(Instant.parse("2025-02-16T07:30:00Z"));
    assertThat(first.hints().summary()).isEqualTo("ملخص الخبر");
    assertThat(first.hints().language()).isEqualTo("ar");
    assertThat(first.marker()).isEqualTo(Instant.parse("2025-02-16T07:30:00Z"));
  }

  @Test
  void readsAtomAndUsesTheUpdateDateAsChangeMarker() throws Exception {
    String atom =
        """
        <feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><id>urn:x</id><updated>2025-03-01T00:00:00Z</updated>
          <entry><title>E</title><id>urn:e</id><link href="https://en.example/e"/>
            <published>2025-03-01T09:00:00Z</published><updated>2025-03-02T10:00:00Z</updated>
            <summary>Short</summary></entry>
        </feed>
        """;

    List<Discovered> items =
        FeedParser.parse(bytes(atom), "application/atom+xml", "https://en.example/atom", "en");

    assertThat(items).hasSize(1);
    assertThat(items.get(0).url().toString()).isEqualTo("https://en.example/e");
    assertThat(items.get(0).hints().publishedAt()).isEqualTo(Instant.parse("2025-03-01T09:00:00Z"));
    assertThat(items.get(0).marker()).isEqualTo(Instant.parse("2025-03-02T10:00:00Z"));
    assertThat(items.get(0).hints().language()).isEqualTo("en");
  }

  @Test
  void readsJsonFeed() throws Exception {
    String json =
        """
        {"version": "https://jsonfeed.org/version/1.1", "title": "J", "language": "fr",
         "items": [{"id": "1", "url": "https://fr.example/1", "title": "Un",
                    "summary": "Résumé", "date_published": "2025-04-01T08:00:00+02:00"},
                   {"id": "2", "content_text": "no url"}]}
        """;

    List<Discovered> items =
        FeedParser.parse(
            bytes(json), "application/feed+json", "https://fr.example/feed.json", null);

    assertThat(items).hasSize(1);
    assertThat(items.get(0).url().toString()).isEqualTo("https://fr.example/1");
    assertThat(items.get(0).hints().publishedAt()).isEqualTo(Instant.parse("2025-04-01T06:00:00Z"));
    assertThat(items.get(0).hints().summary()).isEqualTo("Résumé");
    assertThat(items.get(0).hints().language()).isEqualTo("fr");
  }

  @Test
  void ignoresLinksThatAreNotHttp() throws Exception {
    String rss =
        "<rss version=\"2.0\"><channel><title>t</title><link>https://x.example/</link>"
            + "<item><title>a</title><link>javascript:alert(1)</link></item>"
            + "<item><title>b</title><link>file:///etc/passwd</link></item></channel></rss>";

    assertThat(FeedParser.parse(bytes(rss), "application/rss+xml", "https://x.example/f", null))
        .isEmpty();
  }

  @Test
  void anHtmlPageIsNotAFeed() {
    assertThatThrownBy(
            () ->
                FeedParser.parse(
                    bytes("<html><body>hi</body></html>"), "text/xml", "https://x.example/f", null))
        .isInstanceOf(FeedParser.NotAFeedException.class);
  }

  @Test
  void refusesDoctypesSoExternalEntitiesAreNeverResolved() {
    String xxe =
        "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            + "<rss version=\"2.0\"><channel><title>&x;</title></channel></rss>";

    assertThatThrownBy(
            () -> FeedParser.parse(bytes(xxe), "application/rss+xml", "https://x.example/f", null))
        .isInstanceOf(FeedParser.NotAFeedException.class);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
