package dev.akhbar.enricher.train;

import dev.akhbar.enricher.conll.ConllDocument;
import dev.akhbar.enricher.conll.ConllSentence;
import dev.akhbar.enricher.entities.model.NameTagger;
import dev.akhbar.enricher.text.Token;
import dev.akhbar.enricher.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;

/**
 * Training samples as the enricher will see text: each group of CoNLL sentences is rebuilt as an
 * article body, cut into tokens by the enricher's tokenizer and into sequences as {@link
 * NameTagger} cuts them, and every gold chunk is carried over to the enricher tokens inside its
 * characters.
 */
final class TrainingText {
  private TrainingText() {}

  static List<NameSample> samples(List<ConllDocument> docs) {
    List<NameSample> out = new ArrayList<>();
    for (ConllDocument doc : docs) {
      List<Token> tokens = Tokenizer.tokenize(doc.text());
      List<Span> gold = new ArrayList<>();
      for (int s = 0; s < doc.sentences().size(); s++) {
        for (ConllSentence.Chunk c : doc.sentences().get(s).chunks()) {
          int start = doc.start(s, c.start());
          int end = doc.end(s, c.end() - 1);
          int first = -1;
          int last = -1;
          for (Token t : tokens) {
            if (t.start() >= start && t.end() <= end) {
              if (first < 0) {
                first = t.index();
              }
              last = t.index() + 1;
            }
          }
          if (first >= 0) {
            gold.add(new Span(first, last, c.type()));
          }
        }
      }
      boolean firstSequence = true;
      for (int[] seq : NameTagger.sequences(doc.text(), tokens)) {
        String[] words = new String[seq[1] - seq[0]];
        for (int i = 0; i < words.length; i++) {
          words[i] = tokens.get(seq[0] + i).text();
        }
        List<Span> names = new ArrayList<>();
        for (Span g : gold) {
          if (g.getStart() >= seq[0] && g.getEnd() <= seq[1]) {
            names.add(new Span(g.getStart() - seq[0], g.getEnd() - seq[0], g.getType()));
          }
        }
        out.add(new NameSample(words, names.toArray(Span[]::new), firstSequence));
        firstSequence = false;
      }
    }
    return out;
  }

  /** The sequences of the enricher's tokens of some documents, for learning word classes. */
  static void addTo(WordClassBuilder builder, String text) {
    List<Token> tokens = Tokenizer.tokenize(text);
    for (int[] seq : NameTagger.sequences(text, tokens)) {
      builder.add(tokens.subList(seq[0], seq[1]));
    }
  }
}
