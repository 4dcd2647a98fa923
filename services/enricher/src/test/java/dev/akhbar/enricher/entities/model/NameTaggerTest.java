package dev.akhbar.enricher.entities.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.akhbar.enricher.DemoTexts;
import dev.akhbar.enricher.bench.EvalItem;
import dev.akhbar.enricher.text.Token;
import dev.akhbar.enricher.text.Tokenizer;
import dev.akhbar.events.Enrichment.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import opennlp.tools.namefind.BilouCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;
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

  /**
   * The fast decoder is OpenNLP's NameFinderME over the same model (same features, previous-outcome
   * features, BIO validation and beam), only quicker: both give the same names on every sentence of
   * the evaluation sets and the demo article.
   */
  @Test
  void decodesAsOpenNlpsNameFinder() throws Exception {
    List<String> bodies = new ArrayList<>();
    bodies.add(String.join("\n", DemoTexts.arabicParagraphs()));
    for (String set : List.of("ar", "en", "heldout-ar", "heldout-en")) {
      EvalItem.load("/eval/" + set + ".txt").forEach(item -> bodies.add(item.text()));
    }
    Map<String, NameFinderME> finders =
        Map.of(
            "ar", new NameFinderME(NameTagger.model("ar")),
            "en", new NameFinderME(NameTagger.model("en")));
    int names = 0;
    for (String body : bodies) {
      List<Token> tokens = Tokenizer.tokenize(body);
      String lang = tagger.modelFor(tokens, null);
      NameFinderME finder = finders.get(lang);
      finder.clearAdaptiveData();
      List<String> expected = new ArrayList<>();
      for (int[] seq : NameTagger.sequences(body, tokens)) {
        String[] words =
            tokens.subList(seq[0], seq[1]).stream().map(Token::text).toArray(String[]::new);
        for (Span s : finder.find(words)) {
          if (NameTagger.type(s.getType()) != null) {
            expected.add(
                NameTagger.type(s.getType())
                    + " "
                    + (seq[0] + s.getStart())
                    + "-"
                    + (seq[0] + s.getEnd()));
          }
        }
      }
      List<String> actual =
          tagger.tag(body, tokens, lang).stream()
              .map(t -> t.type() + " " + t.first() + "-" + t.last())
              .toList();
      assertThat(actual).as(body).isEqualTo(expected);
      names += actual.size();
    }
    assertThat(names).isGreaterThan(300);
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

  @Test
  void refusesAModelTrainedWithAnotherCodecThanBio() throws Exception {
    List<NameSample> samples = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      samples.add(
          new NameSample(
              new String[] {"Vladimir", "Putin", "met", "Erdogan", "in", "Moscow", "."},
              new Span[] {new Span(0, 2, "PER"), new Span(3, 4, "PER"), new Span(5, 6, "LOC")},
              false));
    }
    TrainingParameters params = TrainingParameters.defaultParams();
    params.put(TrainingParameters.CUTOFF_PARAM, 0);
    params.put(TrainingParameters.ITERATIONS_PARAM, 5);
    TokenNameFinderModel bilou =
        NameFinderME.train(
            "en",
            null,
            ObjectStreamUtils.createObjectStream(samples),
            params,
            TokenNameFinderFactory.create(null, null, Map.of(), new BilouCodec()));

    assertThatThrownBy(() -> new NameTagger(Map.of("en", bilou)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("the en name-finder model")
        .hasMessageContaining("BilouCodec")
        .hasMessageContaining("ner.codec=BIO");
  }
}
