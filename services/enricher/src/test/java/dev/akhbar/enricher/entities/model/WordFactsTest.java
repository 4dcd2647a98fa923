package dev.akhbar.enricher.entities.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akhbar.enricher.entities.Lexicon;
import org.junit.jupiter.api.Test;

class WordFactsTest {
  @Test
  void englishWordFacts() {
    WordFacts.Word w = new WordFacts(Lexicon.shared()).of("Moscow");
    assertThat(w.norm()).isEqualTo("moscow");
    assertThat(w.shape()).isEqualTo("Xx");
    assertThat(w.stripped()).isEqualTo("moscow");
    assertThat(w.tokenClass()).isEqualTo("ic");
    assertThat(w.arabic()).isFalse();
  }

  @Test
  void arabicWordLosesItsProcliticsAndKeepsItsLexiconSections() {
    WordFacts facts = new WordFacts(Lexicon.shared());
    WordFacts.Word w = facts.of("وموسكو");
    assertThat(w.stripped()).isEqualTo("موسكو");
    assertThat(w.shape()).isEqualTo("A");
    assertThat(w.arabic()).isTrue();
    assertThat(facts.of("in").lex()).contains("location-preposition");
  }

  @Test
  void aCachedWordHasTheFactsOfAFreshComputation() {
    WordFacts facts = new WordFacts(Lexicon.shared());
    for (String t : new String[] {"Talks", "in", "Moscow", "وموسكو", "NATO", "1996", "U"}) {
      WordFacts.Word first = facts.of(t);
      assertThat(facts.of(t)).isSameAs(first).isEqualTo(facts.compute(t));
    }
  }
}
