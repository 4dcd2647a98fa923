package dev.akhbar.enricher;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akhbar.events.EnrichedArticle;
import dev.akhbar.events.Enrichment;
import dev.akhbar.events.Enrichment.EntityType;
import dev.akhbar.events.ParsedArticle;
import dev.akhbar.events.testing.EventSchemas;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnglishEnrichmentTest {
  static final List<String> PARAGRAPHS =
      List.of(
          "Russian President Vladimir Putin met Saudi Crown Prince Mohammed bin Salman in Riyadh on"
              + " Tuesday, the Kremlin said.",
          "\"We discussed oil markets and the war in Ukraine,\" Putin told reporters after the talks.",
          "Dmitry Peskov, the Kremlin spokesman, said the two leaders agreed to meet again in Moscow in"
              + " March 2026. Trade between the countries grew 12% last year to $3.4 billion.",
          "Later, Peskov added: \"The dialogue will continue at every level.\"");

  @Test
  void findsPersonsPlacesOrganisationsAndQuotesInEnglish() {
    ParsedArticle article = DemoTexts.article("Putin visits Riyadh", PARAGRAPHS);
    Enrichment e = TestEnricher.get().enrich(article);
    EventSchemas.assertValid(new EnrichedArticle(article, e));

    assertThat(e.language().code()).isEqualTo("en");
    assertThat(
            e.entities().stream()
                .filter(x -> x.type() == EntityType.PERSON)
                .map(Enrichment.Entity::canonical))
        .contains("بوتين", "بيسكوف", "محمد بن سلمان");
    Enrichment.Entity putin =
        e.entities().stream().filter(x -> x.canonical().equals("بوتين")).findFirst().orElseThrow();
    assertThat(putin.mentions())
        .extracting(Enrichment.Span::text)
        .contains("Vladimir Putin", "Putin");
    assertThat(e.places())
        .extracting(Enrichment.Place::name)
        .contains("الرياض", "موسكو", "أوكرانيا");
    assertThat(
            e.entities().stream()
                .filter(x -> x.type() == EntityType.ORGANIZATION)
                .map(Enrichment.Entity::canonical))
        .contains("الكرملين");
    assertThat(e.quotes())
        .extracting(Enrichment.Quote::text, Enrichment.Quote::speaker)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "We discussed oil markets and the war in Ukraine,", "بوتين"),
            org.assertj.core.groups.Tuple.tuple(
                "The dialogue will continue at every level.", "بيسكوف"));
    assertThat(e.mentions())
        .extracting(Enrichment.Mention::type, Enrichment.Mention::value)
        .contains(
            org.assertj.core.groups.Tuple.tuple("DATE", "2026-03"),
            org.assertj.core.groups.Tuple.tuple("PERCENT", "12"),
            org.assertj.core.groups.Tuple.tuple("NUMBER", "3400000000"));
  }

  @Test
  void unknownNamesAreTypedByTheirContext() {
    ParsedArticle article =
        DemoTexts.article(
            "Strike ends",
            List.of(
                "\"This is a fair deal for every family,\" said union leader Margaret Collins, adding"
                    + " that work at Harbour Logistics Group would resume in Southampton.",
                "Collins spoke outside the offices of the Port Authority."));
    Enrichment e = TestEnricher.get().enrich(article);
    assertThat(e.entities())
        .extracting(Enrichment.Entity::type, Enrichment.Entity::canonical, Enrichment.Entity::count)
        .contains(
            org.assertj.core.groups.Tuple.tuple(EntityType.PERSON, "Margaret Collins", 2),
            org.assertj.core.groups.Tuple.tuple(
                EntityType.ORGANIZATION, "Harbour Logistics Group", 1),
            org.assertj.core.groups.Tuple.tuple(EntityType.ORGANIZATION, "Port Authority", 1));
    assertThat(e.quotes())
        .singleElement()
        .extracting(Enrichment.Quote::speaker)
        .isEqualTo("Margaret Collins");
  }
}
