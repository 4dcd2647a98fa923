package dev.akhbar.enricher.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LexiconTest {
  @Test
  void givenNamesComeFromTheLexiconAndTheDerivedList() {
    Lexicon lexicon = Lexicon.shared();
    // written in lexicon.txt
    assertThat(lexicon.has("given-name", Lexicon.key("محمد"))).isTrue();
    assertThat(lexicon.has("given-name-list", Lexicon.key("محمد"))).isTrue();
    // only in given-names-ar.txt (arabic-name-to-en), a section of its own, matched in any
    // spelling the normaliser joins
    assertThat(lexicon.has("given-name-list", Lexicon.key("اباذر"))).isTrue();
    assertThat(lexicon.has("given-name-list", Lexicon.key("أوليفيا"))).isTrue();
    assertThat(lexicon.has("given-name-list", Lexicon.key("أسامة"))).isTrue();
    assertThat(lexicon.has("given-name", Lexicon.key("اباذر"))).isFalse();
  }
}
