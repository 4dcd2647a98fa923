package dev.akhbar.enricher.train;

import dev.akhbar.enricher.conll.ConllDocument;
import dev.akhbar.enricher.conll.ConllSentence;
import dev.akhbar.enricher.entities.model.NameList;
import dev.akhbar.enricher.entities.model.NameTagger;
import dev.akhbar.enricher.text.Token;
import dev.akhbar.enricher.text.Tokenizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

  /** Samples without a name list. */
  static List<NameSample> samples(List<ConllDocument> docs) {
    return samples(docs, d -> null, false);
  }

  /**
   * Samples whose tokens carry, as additional context, the tags of {@code lists.apply(doc index)}
   * (the names of the other folds, for the jackknife).
   */
  static List<NameSample> samples(
      List<ConllDocument> docs, java.util.function.IntFunction<NameList> lists, boolean arabic) {
    List<NameSample> out = new ArrayList<>();
    for (int di = 0; di < docs.size(); di++) {
      ConllDocument doc = docs.get(di);
      NameList list = lists.apply(di);
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
        String[] norms = new String[words.length];
        for (int i = 0; i < words.length; i++) {
          words[i] = tokens.get(seq[0] + i).text();
          norms[i] = tokens.get(seq[0] + i).norm();
        }
        List<Span> names = new ArrayList<>();
        for (Span g : gold) {
          if (g.getStart() >= seq[0] && g.getEnd() <= seq[1]) {
            names.add(new Span(g.getStart() - seq[0], g.getEnd() - seq[0], g.getType()));
          }
        }
        String[][] context = list == null ? null : list.context(norms, arabic);
        out.add(new NameSample(words, names.toArray(Span[]::new), context, firstSequence));
        firstSequence = false;
      }
    }
    return out;
  }

  /** Type counts (PER, LOC, ORG, MISC) of every gold name of some documents, by normalised key. */
  static Map<String, int[]> nameCounts(List<ConllDocument> docs) {
    Map<String, int[]> counts = new HashMap<>();
    for (ConllDocument doc : docs) {
      List<Token> tokens = Tokenizer.tokenize(doc.text());
      for (int s = 0; s < doc.sentences().size(); s++) {
        for (ConllSentence.Chunk c : doc.sentences().get(s).chunks()) {
          int start = doc.start(s, c.start());
          int end = doc.end(s, c.end() - 1);
          StringBuilder key = new StringBuilder();
          for (Token t : tokens) {
            if (t.start() >= start && t.end() <= end) {
              key.append(key.isEmpty() ? "" : " ").append(t.norm());
            }
          }
          int type = TYPES.indexOf(c.type());
          if (type >= 0 && !key.isEmpty()) {
            counts.computeIfAbsent(key.toString(), k -> new int[TYPES.size()])[type]++;
          }
        }
      }
    }
    return counts;
  }

  static final List<String> TYPES = List.of("PER", "LOC", "ORG", "MISC");

  /** The list of the names in {@code folds} except fold {@code exclude} (-1: all). */
  static NameList list(List<Map<String, int[]>> folds, int exclude) {
    Map<String, int[]> sum = new HashMap<>();
    for (int f = 0; f < folds.size(); f++) {
      if (f == exclude) {
        continue;
      }
      folds
          .get(f)
          .forEach(
              (k, v) -> {
                int[] acc = sum.computeIfAbsent(k, x -> new int[TYPES.size()]);
                for (int i = 0; i < v.length; i++) {
                  acc[i] += v[i];
                }
              });
    }
    Map<String, String> types = new HashMap<>();
    sum.forEach(
        (k, v) -> {
          int best = 0;
          for (int i = 1; i < v.length; i++) {
            if (v[i] > v[best]) {
              best = i;
            }
          }
          types.put(k, TYPES.get(best));
        });
    return new NameList(types);
  }

  /** The sequences of the enricher's tokens of some documents, for learning word classes. */
  static void addTo(WordClassBuilder builder, String text) {
    List<Token> tokens = Tokenizer.tokenize(text);
    for (int[] seq : NameTagger.sequences(text, tokens)) {
      builder.add(tokens.subList(seq[0], seq[1]));
    }
  }
}
