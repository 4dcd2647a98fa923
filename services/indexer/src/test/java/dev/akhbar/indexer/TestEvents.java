package dev.akhbar.indexer;

import dev.akhbar.events.EnrichedArticle;
import dev.akhbar.events.Enrichment;
import dev.akhbar.events.EventCodec;
import dev.akhbar.events.EventType;
import dev.akhbar.events.ParsedArticle;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/** Enriched-article events for tests, built from the contract's golden sample. */
public final class TestEvents {
  private TestEvents() {}

  public static String sampleJson() {
    try (InputStream in =
        TestEvents.class
            .getClassLoader()
            .getResourceAsStream(EventType.ENRICHED_ARTICLE.samplePath())) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final EnrichedArticle SAMPLE =
      EventCodec.read(sampleJson(), EnrichedArticle.class);

  public static EnrichedArticle sample() {
    return SAMPLE;
  }

  /** An article with the given id, language, text and version (fetchedAt). */
  public static EnrichedArticle article(
      String id, String language, String title, String body, Instant fetchedAt) {
    return article(
        id,
        language,
        title,
        body,
        fetchedAt,
        OffsetDateTime.parse("2025-02-16T10:30:00+03:00"),
        List.of());
  }

  public static EnrichedArticle article(
      String id,
      String language,
      String title,
      String body,
      Instant fetchedAt,
      OffsetDateTime publishedAt,
      List<Enrichment.Place> places) {
    EnrichedArticle s = sample();
    ParsedArticle a = s.article();
    ParsedArticle article =
        new ParsedArticle(
            id,
            "https://example.test/" + id,
            "https://example.test/" + id,
            a.sourceId(),
            title,
            null,
            List.of(body),
            a.authors(),
            publishedAt,
            publishedAt == null ? null : publishedAt.toString(),
            null,
            a.siteName(),
            a.section(),
            a.tags(),
            null,
            List.of(language),
            "ar".equals(language) ? "rtl" : "ltr",
            body.split("\\s+").length,
            "hash-" + id + "-" + fetchedAt.toEpochMilli(),
            fetchedAt,
            fetchedAt.plusMillis(10));
    Enrichment e = s.enrichment();
    Enrichment enrichment =
        new Enrichment(
            new Enrichment.Language(language, 0.95, "ar".equals(language) ? "Arab" : "Latn", null),
            e.entities(),
            List.of(new Enrichment.Quote("سنلتقي هذا الأسبوع", "سيرجي ريابكوف", 0, 5)),
            places,
            List.of(new Enrichment.Mention("DATE", "الأحد", "2025-02-16", 0, 5)),
            e.storyId(),
            e.keyPhrases(),
            fetchedAt.plusMillis(20));
    return new EnrichedArticle(article, enrichment);
  }

  /** The same article, enriched again at {@code enrichedAt} (a replay of the enricher). */
  public static EnrichedArticle withEnrichedAt(EnrichedArticle event, Instant enrichedAt) {
    return withEnrichment(event, event.enrichment().storyId(), enrichedAt);
  }

  /** The same article with another story id, enriched at {@code enrichedAt}. */
  public static EnrichedArticle withEnrichment(
      EnrichedArticle event, String storyId, Instant enrichedAt) {
    Enrichment e = event.enrichment();
    return new EnrichedArticle(
        event.article(),
        new Enrichment(
            e.language(),
            e.entities(),
            e.quotes(),
            e.places(),
            e.mentions(),
            storyId,
            e.keyPhrases(),
            enrichedAt));
  }
}
