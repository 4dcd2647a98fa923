package dev.akhbar.enricher.entities.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.akhbar.enricher.text.Token;
import dev.akhbar.enricher.text.Tokenizer;
import dev.akhbar.events.Enrichment.EntityType;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The models shipped in the enricher load and tag a few sentences they were not trained on. */
class NameTaggerTest {
  static NameTagger tagger;

  @BeforeAll
  static void load() {
    tagger = NameTagger.load();
  }

  record Named(EntityType type, String text) {}

  static List<Named> names(String body, String language) {
    List<Token> tokens = Tokenizer.tokenize(body);
    return tagger.tag(body, tokens, language).stream()
        .map(
            t ->
                new Named(
                    t.type(),
                    body.substring(tokens.get(t.first()).start(), tokens.get(t.last() - 1).end())))
        .toList();
  }

  @Test
  void tagsEnglishNews() {
    assertThat(
            names(
                "German Chancellor Olaf Scholz met French President Emmanuel Macron in Paris on"
                    + " Monday, the European Commission said.",
                "en"))
        .extracting(Named::type, Named::text)
        .containsExactly(
            tuple(EntityType.PERSON, "Olaf Scholz"),
            tuple(EntityType.PERSON, "Emmanuel Macron"),
            tuple(EntityType.LOCATION, "Paris"),
            tuple(EntityType.ORGANIZATION, "European Commission"));
  }

  @Test
  void tagsArabicNewsWithAttachedClitics() {
    assertThat(
            names(
                "وقال وزير الخارجية المصري سامح شكري في القاهرة إن جامعة الدول العربية ستجتمع"
                    + " في بغداد .",
                "ar"))
        .extracting(Named::type, Named::text)
        .containsExactly(
            tuple(EntityType.PERSON, "سامح شكري"),
            tuple(EntityType.LOCATION, "القاهرة"),
            tuple(EntityType.ORGANIZATION, "جامعة الدول العربية"),
            tuple(EntityType.LOCATION, "بغداد"));
  }

  @Test
  void picksTheModelByLanguageOrScriptAndCutsSequencesAtNewlines() {
    String body = "Talks in Geneva.\nقال الوزير";
    List<Token> tokens = Tokenizer.tokenize(body);
    assertThat(NameTagger.sequences(body, tokens)).hasSize(2);
    assertThat(tagger.modelFor(tokens, "fr")).isEqualTo("en");
    assertThat(tagger.modelFor(Tokenizer.tokenize("قال الوزير في بيان"), null)).isEqualTo("ar");
    assertThat(tagger.modelFor(tokens, "ar")).isEqualTo("ar");
  }
}
