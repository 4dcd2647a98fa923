package dev.akhbar.enricher.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LexiconTest {
  @Test
  void givenNamesComeFromTheLexiconAndTheDerivedList() {
    Lexicon lexicon = Lexicon.shared();
    // written in lexicon.txt
    assertThat(lexicon.has("given-name", Lexicon.key("محمد"))).isTrue();
    // only in given-names-ar.txt (arabic-name-to-en), matched in any spelling the normaliser joins
    assertThat(lexicon.has("given-name", Lexicon.key("اباذر"))).isTrue();
    assertThat(lexicon.has("given-name", Lexicon.key("أوليفيا"))).isTrue();
    assertThat(lexicon.has("given-name", Lexicon.key("أسامة"))).isTrue();
    // and into no other section
    assertThat(lexicon.has("org-head", Lexicon.key("اباذر"))).isFalse();
  }
}
