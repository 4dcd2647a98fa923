package dev.akhbar.enricher.entities;

import dev.akhbar.enricher.entities.model.NameTagger;

/** The recogniser proper: names and their types from the trained sequence model. */
public final class ModelNames implements RecognitionStep {
  private final NameTagger tagger;
  private final Names names;

  public ModelNames(NameTagger tagger, Names names) {
    this.tagger = tagger;
    this.names = names;
  }

  @Override
  public void apply(Recognition r) {
    for (NameTagger.Tag t : tagger.tag(r.body(), r.tokens(), r.language())) {
      if (r.free(t.first(), t.last())) {
        r.claim(names.mention(r, t.type(), t.first(), t.last()));
      }
    }
  }
}
