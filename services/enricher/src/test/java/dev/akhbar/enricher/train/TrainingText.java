package dev.akhbar.enricher.train;

import dev.akhbar.enricher.conll.ConllDocument;
import dev.akhbar.enricher.conll.ConllSentence;
import dev.akhbar.enricher.entities.model.NameTagger;
import dev.akhbar.enricher.text.Token;
import dev.akhbar.enricher.text.Tokenizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.Span;

/**
 * Training samples as the enricher will see text: each group of CoNLL sentences is rebuilt as an
 * article body, cut into tokens by the enricher's tokenizer and into sequences as {@link
 * NameTagger} cuts them, and every gold chunk is carried over to the enricher tokens inside its
 * characters.
 */
final class TrainingText {
  private TrainingText() {}

  /** Samples of some documents; the sentences of document {@code d} are {@code docOf[i] == d}. */
  record Samples(List<NameSample> samples, int[] docOf) {}

  static Samples samples(List<ConllDocument> docs) {
    List<NameSample> out = new ArrayList<>();
    List<Integer> docOf = new ArrayList<>();
    for (int di = 0; di < docs.size(); di++) {
      ConllDocument doc = docs.get(di);
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
        docOf.add(di);
        firstSequence = false;
      }
    }
    return new Samples(out, docOf.stream().mapToInt(Integer::intValue).toArray());
  }

  /**
   * The samples as a stream that, before each sample is read (OpenNLP makes its features right
   * then), switches the name list to the list without that sample's fold.
   */
  static ObjectStream<NameSample> jackknifed(Samples samples, FoldNames names, int folds) {
    return new ObjectStream<>() {
      int next;

      @Override
      public NameSample read() {
        if (next >= samples.samples().size()) {
          names.use(-1);
          return null;
        }
        names.use(samples.docOf()[next] % folds);
        return samples.samples().get(next++);
      }

      @Override
      public void reset() {
        next = 0;
      }
    };
  }

  /** The name list of some documents, jackknifed over {@code folds} folds of documents. */
  static FoldNames names(List<ConllDocument> docs, int folds) {
    List<Map<String, int[]>> counts = new ArrayList<>();
    for (int f = 0; f < folds; f++) {
      List<ConllDocument> fold = new ArrayList<>();
      for (int d = f; d < docs.size(); d += folds) {
        fold.add(docs.get(d));
      }
      counts.add(nameCounts(fold));
    }
    List<Map<String, String>> without = new ArrayList<>();
    for (int f = 0; f < folds; f++) {
      without.add(types(counts, f));
    }
    return new FoldNames(types(counts, -1), without);
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

  /** The most frequent type of the names in {@code folds} except fold {@code exclude} (-1: all). */
  static Map<String, String> types(List<Map<String, int[]>> folds, int exclude) {
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
    return types;
  }

  /** The sequences of the enricher's tokens of some documents, for learning word classes. */
  static void addTo(WordClassBuilder builder, String text) {
    List<Token> tokens = Tokenizer.tokenize(text);
    for (int[] seq : NameTagger.sequences(text, tokens)) {
      builder.add(tokens.subList(seq[0], seq[1]));
    }
  }
}
