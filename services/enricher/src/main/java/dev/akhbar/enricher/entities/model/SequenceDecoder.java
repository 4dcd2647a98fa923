package dev.akhbar.enricher.entities.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;

/**
 * Tags one sequence with a trained OpenNLP name-finder model, as {@code NameFinderME} does (the
 * same features, the previous-outcome features of OpenNLP's {@code DefaultNameContextGenerator},
 * its BIO sequence validation and its beam search) but in a fraction of the time:
 *
 * <ul>
 *   <li>the weights of a token's static features are summed once per token, not once per beam
 *       entry; only the four previous-outcome features are added per entry;
 *   <li>the weights of {@link NewsFeatures#word} features (most of them: the word, its shape,
 *       affixes, clitics, classes and lexicon entries, as seen from each neighbour) are kept per
 *       word in a bounded cache shared by threads, so a word seen before costs one look-up; so are,
 *       once looked up, its previous-outcome features ("pow", "powf") per previous outcome;
 *   <li>the {@link NewsFeatures#context} features are looked up by their parts in a {@link
 *       FeatureIndex}, without building their strings.
 * </ul>
 *
 * <p>Weights are added in the order {@code NameFinderME} adds them, so the scores are the same
 * doubles to the last bit.
 *
 * <p>With a beam of 1 this is greedy decoding: the best valid outcome at each token. Thread-safe;
 * the caller passes its own {@link NewsFeatures} (which holds the body's prediction history).
 */
final class SequenceDecoder {
  /** Words whose feature weights are kept; the cache is emptied when it is full. */
  private static final int CACHE_WORDS = 60_000;

  private static final int OFFSETS = 2 * NewsFeatures.WINDOW + 1;

  private final Map<String, Context> weights;
  private final FeatureIndex index;
  private final String[] outcomes;
  private final int n;
  private final boolean perceptron;
  private final int beam;

  /** Per outcome: its name type index (-1 for other), and whether it continues a name. */
  private final int[] type;

  private final boolean[] continues;
  private final int other;

  /** Weights of "po=X" and "ppo=X" for each outcome X. */
  private final double[][] po;

  private final double[][] ppo;

  private final Map<String, WordWeights> words = new ConcurrentHashMap<>();

  @SuppressWarnings("unchecked")
  SequenceDecoder(AbstractModel model, int beam) {
    Object[] data = model.getDataStructures();
    this.weights = (Map<String, Context>) data[1];
    this.index = new FeatureIndex(weights);
    this.outcomes = (String[]) data[2];
    this.n = outcomes.length;
    this.perceptron = model.getModelType() == AbstractModel.ModelType.Perceptron;
    this.beam = Math.max(1, beam);
    this.type = new int[n];
    this.continues = new boolean[n];
    List<String> types = new ArrayList<>();
    int o = -1;
    for (int i = 0; i < n; i++) {
      String name = outcomes[i];
      int dash = name.lastIndexOf('-');
      if (dash < 0) {
        type[i] = -1;
        o = name.equals("other") ? i : o;
        continue;
      }
      String t = name.substring(0, dash);
      if (!types.contains(t)) {
        types.add(t);
      }
      type[i] = types.indexOf(t);
      continues[i] = name.endsWith("-cont");
    }
    if (o < 0) {
      throw new IllegalArgumentException("not a BIO name-finder model: no 'other' outcome");
    }
    this.other = o;
    this.po = new double[n][];
    this.ppo = new double[n][];
    for (int i = 0; i < n; i++) {
      po[i] = vector("po=" + outcomes[i]);
      ppo[i] = vector("ppo=" + outcomes[i]);
    }
  }

  String outcome(int i) {
    return outcomes[i];
  }

  /** The outcome index of every token ("PER-start", "PER-cont", "other"...). */
  int[] decode(String[] tokens, NewsFeatures features) {
    int len = tokens.length;
    NewsFeatures.Seq seq = features.analyse(tokens);
    double[][] base = new double[len][n];
    List<String> scratch = new ArrayList<>(64);
    WordWeights[] ws = new WordWeights[len];
    for (int j = 0; j < len; j++) {
      ws[j] = word(tokens[j], seq, j, features, scratch);
    }
    Scores context = new Scores();
    for (int i = 0; i < len; i++) {
      double[] b = base[i];
      for (int off = -NewsFeatures.WINDOW; off <= NewsFeatures.WINDOW; off++) {
        int j = i + off;
        if (j >= 0 && j < len) {
          double[] w = ws[j].weights;
          int from = (off + NewsFeatures.WINDOW) * n;
          for (int k = 0; k < n; k++) {
            b[k] += w[from + k];
          }
        }
      }
      context.scores = b;
      features.context(context, seq, i);
    }
    return beam == 1 ? greedy(ws, seq.tokenClass, base) : beamSearch(ws, seq.tokenClass, base);
  }

  private int[] greedy(WordWeights[] tokens, String[] classes, double[][] base) {
    int len = tokens.length;
    int[] best = new int[len];
    double[] scores = new double[n];
    for (int i = 0; i < len; i++) {
      int p = i > 0 ? best[i - 1] : other;
      int pp = i > 1 ? best[i - 2] : other;
      score(tokens[i], classes[i], base[i], p, pp, scores);
      int arg = -1;
      for (int k = 0; k < n; k++) {
        if (valid(k, i > 0 ? p : -1) && (arg < 0 || scores[k] > scores[arg])) {
          arg = k;
        }
      }
      best[i] = arg;
    }
    return best;
  }

  /** A partial sequence in the beam. */
  private record Path(int[] outcomes, double score) {}

  private int[] beamSearch(WordWeights[] tokens, String[] classes, double[][] base) {
    int len = tokens.length;
    List<Path> prev = new ArrayList<>();
    prev.add(new Path(new int[0], 0));
    double[] scores = new double[n];
    double[] sorted = new double[n];
    for (int i = 0; i < len; i++) {
      List<Path> next = new ArrayList<>();
      for (int b = 0; b < Math.min(beam, prev.size()); b++) {
        Path top = prev.get(b);
        int p = i > 0 ? top.outcomes[i - 1] : other;
        int pp = i > 1 ? top.outcomes[i - 2] : other;
        score(tokens[i], classes[i], base[i], p, pp, scores);
        probabilities(scores);
        System.arraycopy(scores, 0, sorted, 0, n);
        Arrays.sort(sorted);
        double min = sorted[Math.max(0, n - beam)];
        for (int k = 0; k < n; k++) {
          if (scores[k] >= min && valid(k, i > 0 ? p : -1)) {
            next.add(extend(top, k, scores[k]));
          }
        }
        if (next.isEmpty()) {
          for (int k = 0; k < n; k++) {
            if (valid(k, i > 0 ? p : -1)) {
              next.add(extend(top, k, scores[k]));
            }
          }
        }
      }
      next.sort((x, y) -> Double.compare(y.score, x.score));
      prev = next;
    }
    return prev.get(0).outcomes;
  }

  private static Path extend(Path top, int outcome, double probability) {
    int[] o = Arrays.copyOf(top.outcomes, top.outcomes.length + 1);
    o[o.length - 1] = outcome;
    return new Path(o, top.score + StrictMath.log(probability));
  }

  /** BIO: a name continues only the name of the same type that the previous token started. */
  private boolean valid(int outcome, int previous) {
    if (!continues[outcome]) {
      return true;
    }
    return previous >= 0 && type[previous] == type[outcome];
  }

  /** Static weights of the token plus the previous-outcome features for (previous, before). */
  private void score(
      WordWeights token, String tokenClass, double[] base, int previous, int before, double[] out) {
    System.arraycopy(base, 0, out, 0, n);
    double[] a = po[previous];
    double[] b = ppo[before];
    for (int k = 0; k < n; k++) {
      out[k] += a[k] + b[k];
    }
    Context pow = token.pow[previous];
    if (pow == null) {
      pow = weights.getOrDefault("pow=" + outcomes[previous] + "," + token.token, NONE);
      token.pow[previous] = pow;
    }
    add(out, pow);
    Context powf = token.powf[previous];
    if (powf == null) {
      powf = weights.getOrDefault("powf=" + outcomes[previous] + "," + tokenClass, NONE);
      token.powf[previous] = powf;
    }
    add(out, powf);
  }

  /** Adds the weights of each context feature it is given to {@link #scores}. */
  private final class Scores implements ContextSink {
    double[] scores;

    @Override
    public void add(String name) {
      SequenceDecoder.add(scores, index.get(name));
    }

    @Override
    public void add(String name, String value) {
      SequenceDecoder.add(scores, index.get(name, value));
    }

    @Override
    public void add(String name, String a, String b) {
      SequenceDecoder.add(scores, index.get(name, a, b));
    }
  }

  /** Scores to probabilities as the model's own {@code eval} does. */
  private void probabilities(double[] scores) {
    double normal = 0;
    if (perceptron) {
      double max = 1;
      for (double s : scores) {
        max = Math.max(max, StrictMath.abs(s));
      }
      for (int k = 0; k < n; k++) {
        scores[k] = StrictMath.exp(scores[k] / max);
        normal += scores[k];
      }
    } else {
      double max = Double.NEGATIVE_INFINITY;
      for (double s : scores) {
        max = Math.max(max, s);
      }
      for (int k = 0; k < n; k++) {
        scores[k] = StrictMath.exp(scores[k] - max);
        normal += scores[k];
      }
    }
    for (int k = 0; k < n; k++) {
      scores[k] /= normal;
    }
  }

  /**
   * What the decoder keeps per word: the weights of its features from each offset ({@code OFFSETS *
   * n} values), and, filled as they are needed, the previous-outcome features with the word ("pow"
   * and "powf", per previous outcome; {@link #NONE} for a feature the model lacks). The word's
   * token class is a function of its text, so "powf" is too. Entries are written without a lock (a
   * race looks the same feature up twice); they hold the model's own contexts, built before any
   * decoding.
   */
  static final class WordWeights {
    final String token;
    final double[] weights;
    final Context[] pow;
    final Context[] powf;

    WordWeights(String token, double[] weights, int n) {
      this.token = token;
      this.weights = weights;
      this.pow = new Context[n];
      this.powf = new Context[n];
    }
  }

  /** A feature the model lacks. */
  private static final Context NONE = new Context(new int[0], new double[0]);

  private WordWeights word(
      String token, NewsFeatures.Seq seq, int j, NewsFeatures features, List<String> scratch) {
    WordFacts.Entry entry = seq.entries[j];
    if (entry.weights == null) {
      entry.weights = sharedWord(token, seq, j, features, scratch);
    }
    return entry.weights;
  }

  /** The weights of a word from the cache shared by threads, computed when it lacks them. */
  private WordWeights sharedWord(
      String token, NewsFeatures.Seq seq, int j, NewsFeatures features, List<String> scratch) {
    WordWeights cached = words.get(token);
    if (cached != null) {
      return cached;
    }
    double[] w = new double[OFFSETS * n];
    double[] part = new double[n];
    for (int off = -NewsFeatures.WINDOW; off <= NewsFeatures.WINDOW; off++) {
      Arrays.fill(part, 0);
      scratch.clear();
      features.word(scratch, seq, j, off);
      for (String f : scratch) {
        add(part, f);
      }
      System.arraycopy(part, 0, w, (off + NewsFeatures.WINDOW) * n, n);
    }
    if (words.size() >= CACHE_WORDS) {
      words.clear();
    }
    WordWeights word = new WordWeights(token, w, n);
    words.put(token, word);
    return word;
  }

  private double[] vector(String feature) {
    double[] v = new double[n];
    add(v, feature);
    return v;
  }

  private void add(double[] scores, String feature) {
    add(scores, weights.get(feature));
  }

  /** Adds the weights of a feature (none for null) as the model's {@code eval} does. */
  private static void add(double[] scores, Context c) {
    if (c == null) {
      return;
    }
    int[] o = c.getOutcomes();
    double[] p = c.getParameters();
    for (int k = 0; k < o.length; k++) {
      scores[o[k]] += p[k];
    }
  }
}
