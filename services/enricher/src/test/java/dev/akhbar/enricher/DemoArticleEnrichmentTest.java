package dev.akhbar.enricher;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akhbar.events.EnrichedArticle;
import dev.akhbar.events.Enrichment;
import dev.akhbar.events.Enrichment.EntityType;
import dev.akhbar.events.ParsedArticle;
import dev.akhbar.events.testing.EventSchemas;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What issue 4 says the enricher must show on the Arabic demo article. */
class DemoArticleEnrichmentTest {
  static ParsedArticle article;
  static Enrichment enrichment;

  @BeforeAll
  static void enrich() {
    article = DemoTexts.arabicArticle();
    enrichment = TestEnricher.get().enrich(article);
  }

  static List<String> canonicals(EntityType type) {
    return enrichment.entities().stream()
        .filter(e -> e.type() == type)
        .map(Enrichment.Entity::canonical)
        .toList();
  }

  static Optional<Enrichment.Entity> entity(EntityType type, String surface) {
    return enrichment.entities().stream()
        .filter(e -> e.type() == type)
        .filter(e -> e.mentions().stream().anyMatch(s -> s.text().equals(surface)))
        .findFirst();
  }

  static Enrichment.Quote quote(String beginning) {
    return enrichment.quotes().stream()
        .filter(q -> q.text().startsWith(beginning))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    "no quote beginning " + beginning + " in " + enrichment.quotes()));
  }

  @Test
  void theEnrichedArticleMatchesTheContract() {
    EventSchemas.assertValid(new EnrichedArticle(article, enrichment));
    assertThat(enrichment.language().code()).isEqualTo("ar");
  }

  @Test
  void findsThePersonsWithRyabkovAsOneEntityForFullAndShortName() {
    assertThat(canonicals(EntityType.PERSON)).contains("ترمب", "بوتين", "زيلينسكي");
    Enrichment.Entity ryabkov = entity(EntityType.PERSON, "سيرجي ريابكوف").orElseThrow();
    assertThat(ryabkov.canonical()).contains("ريابكوف");
    assertThat(ryabkov.mentions())
        .extracting(Enrichment.Span::text)
        .contains("سيرجي ريابكوف", "ريابكوف");
    assertThat(ryabkov.count()).isEqualTo(4);
    assertThat(
            enrichment.entities().stream().filter(e -> e.canonical().contains("ريابكوف")).count())
        .isEqualTo(1);
    assertThat(entity(EntityType.PERSON, "فلاديمير بوتين").orElseThrow().canonical())
        .isEqualTo("بوتين");
  }

  @Test
  void findsTheLocations() {
    assertThat(canonicals(EntityType.LOCATION))
        .contains(
            "موسكو",
            "روسيا",
            "الولايات المتحدة",
            "أوكرانيا",
            "الرياض",
            "السعودية",
            "القرم",
            "دونيتسك",
            "زابوروجيا",
            "خيرسون",
            "لوجانسك");
  }

  @Test
  void findsTheOrganisationsNamedInsideQuotationMarks() {
    assertThat(canonicals(EntityType.ORGANIZATION)).contains("تاس", "أسوشيتد برس");
  }

  @Test
  void mentionOffsetsPointAtTheirTextInTheBody() {
    String body = article.body();
    for (Enrichment.Entity e : enrichment.entities()) {
      for (Enrichment.Span s : e.mentions()) {
        assertThat(body.substring(s.start(), s.end())).isEqualTo(s.text());
      }
    }
    for (Enrichment.Quote q : enrichment.quotes()) {
      assertThat(body.substring(q.start(), q.end())).isEqualTo(q.text());
    }
  }

  @Test
  void attributesRyabkovsQuotesIncludingThoseIntroducedByHisRoleOrAParticiple() {
    for (String q :
        List.of(
            "نحن منفتحون",
            "ننتظر تقدماً",
            "ستتضمن محادثات",
            "الاهتمام الآن",
            "لا تزال في مراحلها")) {
      assertThat(quote(q).speaker()).as(q).contains("ريابكوف");
    }
    assertThat(quote("قد يحدث قريباً جداً").speaker()).isEqualTo("ترمب");
  }

  @Test
  void quotedNamesAndScareQuotesAreNotQuotes() {
    assertThat(enrichment.quotes())
        .extracting(Enrichment.Quote::text)
        .doesNotContain("تاس", "أسوشيتد برس", "الناجحة", "الإيجابية");
  }

  @Test
  void placesCarryCountryCodesAndCoordinates() {
    Enrichment.Place riyadh =
        enrichment.places().stream()
            .filter(p -> p.name().equals("الرياض"))
            .findFirst()
            .orElseThrow();
    assertThat(riyadh.countryCode()).isEqualTo("SA");
    assertThat(riyadh.lat()).isBetween(24.0, 25.5);
    assertThat(riyadh.lon()).isBetween(46.0, 47.5);
    Enrichment.Place donetsk =
        enrichment.places().stream()
            .filter(p -> p.name().equals("دونيتسك"))
            .findFirst()
            .orElseThrow();
    assertThat(donetsk.countryCode()).isEqualTo("UA");
  }

  @Test
  void datesAndPercentagesAreNormalised() {
    assertThat(enrichment.mentions())
        .extracting(Enrichment.Mention::type, Enrichment.Mention::text, Enrichment.Mention::value)
        .contains(
            org.assertj.core.groups.Tuple.tuple("DATE", "12 فبراير", "2025-02-12"),
            org.assertj.core.groups.Tuple.tuple("DATE", "18 فبراير", "2025-02-18"),
            org.assertj.core.groups.Tuple.tuple("DATE", "2014", "2014"),
            org.assertj.core.groups.Tuple.tuple("PERCENT", "75%", "75"),
            org.assertj.core.groups.Tuple.tuple("PERCENT", "99%", "99"));
  }

  @Test
  void keyPhrasesComeFromTheArticle() {
    assertThat(enrichment.keyPhrases()).isNotEmpty().hasSizeLessThanOrEqualTo(10);
    assertThat(enrichment.keyPhrases()).anyMatch(p -> p.contains("اجتماع"));
    assertThat(enrichment.keyPhrases())
        .allMatch(p -> article.body().contains(p) || article.title().contains(p));
  }
}
