package dev.akhbar.indexer.document;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akhbar.events.EnrichedArticle;
import dev.akhbar.events.EventCodec;
import dev.akhbar.indexer.TestEvents;
import dev.akhbar.indexer.index.IndexLayout;
import dev.akhbar.indexer.index.IndexNames;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArticleDocumentsTest {
  private final ArticleDocuments documents =
      new ArticleDocuments(
          new IndexLayout(new IndexNames("akhbar-articles"), 10), EventCodec.mapper());

  @Test
  void mapsTheGoldenSampleFieldByField() {
    Map<String, Object> doc = documents.source(TestEvents.sample());

    assertThat(doc)
        .containsEntry("id", "a4a806c2f848edc704c0d43727742015")
        .containsEntry("source", "akhbar-demo")
        .containsEntry("host", "akhbar-demo.example")
        .containsEntry("site_name", "أخبار الديمو")
        .containsEntry("section", "سياسة")
        .containsEntry("language", "ar")
        .containsEntry("direction", "rtl")
        .containsEntry("authors", List.of("أحمد منصور"))
        .containsEntry("title", "موسكو: اجتماع روسي أمريكي جديد الأسبوع الجاري")
        .containsEntry("title_ar", "موسكو: اجتماع روسي أمريكي جديد الأسبوع الجاري")
        .containsEntry("published_at", "2025-02-16T10:30:00+03:00")
        .containsEntry("date", "2025-02-16T07:30:00Z")
        .containsEntry("fetched_at", "2025-02-16T08:00:00Z")
        .containsEntry("persons", List.of("سيرجي ريابكوف"))
        .containsEntry("locations", List.of("روسيا", "الولايات المتحدة"))
        .containsEntry("countries", List.of("RU", "US"))
        .containsEntry("story_id", "s-a4a806c2f848edc7")
        .containsEntry("key_phrases", List.of("نائب وزير الخارجية الروسي", "اجتماع"))
        .containsEntry("entity_count", 3)
        .containsEntry("place_count", 2)
        .containsEntry("quote_count", 0)
        .doesNotContainKeys("organizations", "quotes", "quote_speakers", "title_en", "body_en");
    assertThat((String) doc.get("body_ar")).contains("فريقين من روسيا").isEqualTo(doc.get("body"));
    assertThat(doc.get("places"))
        .isEqualTo(
            List.of(
                Map.of(
                    "name",
                    "روسيا",
                    "country_code",
                    "RU",
                    "location",
                    Map.of("lat", 55.7558, "lon", 37.6173)),
                Map.of(
                    "name", "الولايات المتحدة",
                    "country_code", "US",
                    "location", Map.of("lat", 38.8951, "lon", -77.0364))));
  }

  @Test
  void routesTheDocumentToItsPublicationYearWithFetchThenEnrichmentTimeAsVersion() {
    IndexDocument doc = documents.toDocument(TestEvents.sample());
    assertThat(doc.id()).isEqualTo("a4a806c2f848edc704c0d43727742015");
    assertThat(doc.index()).isEqualTo("akhbar-articles-2025");
    assertThat(doc.version())
        .isEqualTo(
            DocumentVersion.of(
                Instant.parse("2025-02-16T08:00:00Z"), Instant.parse("2025-02-16T08:00:02Z")));
  }

  @Test
  void aReEnrichedEventHasAHigherVersionThanTheOriginal() {
    EnrichedArticle original = TestEvents.sample();
    EnrichedArticle replayed =
        TestEvents.withEnrichedAt(original, Instant.parse("2025-06-01T00:00:00Z"));
    assertThat(ArticleDocuments.version(replayed))
        .isGreaterThan(ArticleDocuments.version(original));
    assertThat(documents.toDocument(replayed).index())
        .as("a replay goes to the same index as the original")
        .isEqualTo(documents.toDocument(original).index());
  }

  @Test
  void fillsTheAnalysedFieldsOfTheArticleLanguageOnly() {
    Instant t = Instant.parse("2025-03-01T00:00:00Z");
    Map<String, Object> en =
        documents.source(TestEvents.article("e", "en", "T", "Diplomats met", t));
    assertThat(en)
        .containsKeys("title_en", "body_en", "body")
        .doesNotContainKeys("body_ar", "body_fr");
    Map<String, Object> fr =
        documents.source(TestEvents.article("f", "fr", "T", "Les diplomates", t));
    assertThat(fr).containsKeys("title_fr", "body_fr").doesNotContainKeys("body_en", "body_ar");
    Map<String, Object> de = documents.source(TestEvents.article("d", "de", "T", "Diplomaten", t));
    assertThat(de)
        .containsKeys("title", "body")
        .doesNotContainKeys("body_en", "body_ar", "body_fr", "body_de");
  }

  @Test
  void datesArticlesWithoutAPlausiblePublicationTimeByTheirFetchTime() {
    Instant fetched = Instant.parse("2025-03-05T09:00:00Z");
    EnrichedArticle undated = TestEvents.article("u", "ar", "T", "B", fetched, null, List.of());
    assertThat(documents.toDocument(undated).index()).isEqualTo("akhbar-articles-2025");
    assertThat(documents.source(undated))
        .containsEntry("date", "2025-03-05T09:00:00Z")
        .doesNotContainKey("published_at");

    EnrichedArticle year1 =
        TestEvents.article(
            "y", "ar", "T", "B", fetched, OffsetDateTime.parse("0001-01-01T00:00:00Z"), List.of());
    assertThat(documents.toDocument(year1).index()).isEqualTo("akhbar-articles-2025");
    assertThat(documents.source(year1)).containsEntry("date", "2025-03-05T09:00:00Z");

    EnrichedArticle future =
        TestEvents.article(
            "f", "ar", "T", "B", fetched, OffsetDateTime.parse("2025-03-07T09:00:00Z"), List.of());
    assertThat(documents.source(future))
        .as("more than a day after the fetch: not trusted")
        .containsEntry("date", "2025-03-05T09:00:00Z")
        .containsEntry("published_at", "2025-03-07T09:00:00Z");

    EnrichedArticle localTimeAsUtc =
        TestEvents.article(
            "l", "ar", "T", "B", fetched, OffsetDateTime.parse("2025-03-05T20:00:00Z"), List.of());
    assertThat(documents.source(localTimeAsUtc))
        .as("hours ahead (a time zone mix-up) is still trusted")
        .containsEntry("date", "2025-03-05T20:00:00Z");
  }

  @Test
  void sendsOldDatesToTheirYearWithinTheWindowAndToTheArchiveBeyond() {
    Instant fetched = Instant.parse("2025-03-05T09:00:00Z");
    EnrichedArticle recent =
        TestEvents.article(
            "r",
            "ar",
            "T",
            "B",
            fetched,
            OffsetDateTime.parse("2016-07-01T12:00:00+02:00"),
            List.of());
    assertThat(documents.toDocument(recent).index()).isEqualTo("akhbar-articles-2016");
    EnrichedArticle archive =
        TestEvents.article(
            "a",
            "ar",
            "T",
            "B",
            fetched,
            OffsetDateTime.parse("1998-07-01T12:00:00+02:00"),
            List.of());
    assertThat(documents.toDocument(archive).index()).isEqualTo("akhbar-articles-archive");
    assertThat(documents.source(archive))
        .as("the date field keeps the publication time")
        .containsEntry("date", "1998-07-01T10:00:00Z");
  }

  @Test
  void encodesTheSameEventToTheSameBytes() {
    EnrichedArticle event = TestEvents.sample();
    assertThat(documents.toDocument(event).json())
        .isEqualTo(
            documents
                .toDocument(EventCodec.read(EventCodec.write(event), EnrichedArticle.class))
                .json());
  }

  @Test
  void keepsQuotesWithTheirSpeakers() {
    Map<String, Object> doc =
        documents.source(
            TestEvents.article("q", "ar", "T", "B", Instant.parse("2025-02-16T08:00:00Z")));
    assertThat(doc)
        .containsEntry("quote_speakers", List.of("سيرجي ريابكوف"))
        .containsEntry("quote_count", 1)
        .containsEntry(
            "quotes", List.of(Map.of("text", "سنلتقي هذا الأسبوع", "speaker", "سيرجي ريابكوف")))
        .containsEntry("mentions", List.of(Map.of("type", "DATE", "value", "2025-02-16")));
  }
}
