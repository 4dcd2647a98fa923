package dev.akhbar.enricher.entities;

import dev.akhbar.enricher.entities.model.NameTagger;
import dev.akhbar.enricher.text.Tokenizer;
import java.util.List;

/**
 * Named-entity recognition for Arabic and English: a short pipeline of named steps over one {@link
 * Recognition} state per body. The trained sequence model finds and types the names; the steps
 * around it add what a tagger cannot see (names in quotation marks after an organisation head), a
 * gazetteer post-pass, role phrases for speakers and one canonical name per person. See DESIGN.md.
 */
public final class EntityRecognizer {
  private final Gazetteer gazetteer;
  private final Lexicon lexicon;
  private final List<RecognitionStep> steps;

  public EntityRecognizer(NameTagger tagger, Gazetteer gazetteer, Lexicon lexicon) {
    this.gazetteer = gazetteer;
    this.lexicon = lexicon;
    Names names = new Names(gazetteer, tagger::knownWord);
    this.steps =
        List.of(
            new QuotedNames(lexicon, names),
            new ModelNames(tagger, names),
            new KnownNames(gazetteer, names),
            new GazetteerNames(gazetteer),
            new PersonRoles(lexicon),
            new Surnames());
  }

  /** The recogniser with the models shipped in the enricher. */
  public static EntityRecognizer load() {
    return new EntityRecognizer(NameTagger.load(), Gazetteer.shared(), Lexicon.shared());
  }

  public Lexicon lexicon() {
    return lexicon;
  }

  public Gazetteer gazetteer() {
    return gazetteer;
  }

  /** The steps in the order they run (for tests and the design note). */
  public List<RecognitionStep> steps() {
    return steps;
  }

  /**
   * Entities of a body; {@code language} (ISO 639-1, may be null) picks the model, see {@link
   * NameTagger#tag}.
   */
  public Recognized recognize(String body, String language) {
    Recognition r = new Recognition(body, Tokenizer.tokenize(body), language);
    for (RecognitionStep step : steps) {
      step.apply(r);
    }
    return r.result();
  }
}
