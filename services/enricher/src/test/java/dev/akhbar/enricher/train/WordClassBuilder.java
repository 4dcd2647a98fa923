package dev.akhbar.enricher.train;

import dev.akhbar.enricher.entities.model.WordClasses;
import dev.akhbar.enricher.text.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Word classes from unlabelled text, for the name finder's features: each frequent word is
 * described by the words around it (±1 and ±2, positive PMI over the most frequent context words),
 * the description is reduced by a seeded random projection and the words are grouped by spherical
 * k-means at a few granularities (flat "Clark-style" clusters); Latin words also get how often they
 * are capitalised away from a sentence start. Deterministic for a given input and seed.
 */
final class WordClassBuilder {
  private final int minCount;
  private final int maxWords;
  private final int contexts;
  private final int dims;
  private final int[] ks;
  private final Map<String, Integer> counts = new HashMap<>();
  private final Map<String, int[]> caps = new HashMap<>();
  private final List<String[]> sequences = new ArrayList<>();

  WordClassBuilder(int minCount, int maxWords, int contexts, int dims, int... ks) {
    this.minCount = minCount;
    this.maxWords = maxWords;
    this.contexts = contexts;
    this.dims = dims;
    this.ks = ks;
  }

  /** The parameters, for a cache key. */
  String describe() {
    return "min="
        + minCount
        + " max="
        + maxWords
        + " ctx="
        + contexts
        + " dims="
        + dims
        + " k="
        + java.util.Arrays.toString(ks)
        + " seq="
        + sequences.size()
        + " types="
        + counts.size();
  }

  /** Adds one sequence of tokens (a paragraph or sentence). */
  void add(List<Token> tokens) {
    String[] norms = new String[tokens.size()];
    for (int i = 0; i < norms.length; i++) {
      Token t = tokens.get(i);
      norms[i] = t.norm();
      counts.merge(norms[i], 1, Integer::sum);
      boolean initial =
          i == 0 || tokens.get(i - 1).isPunct() && ".!?:\"“”".contains(tokens.get(i - 1).text());
      if (t.isWord() && !t.isArabic() && !initial) {
        int[] c = caps.computeIfAbsent(norms[i], k -> new int[2]);
        c[0]++;
        if (t.isCapitalized()) {
          c[1]++;
        }
      }
    }
    sequences.add(norms);
  }

  WordClasses build(long seed) {
    List<String> byCount = new ArrayList<>(counts.keySet());
    byCount.sort(
        (a, b) ->
            counts.get(b) - counts.get(a) != 0 ? counts.get(b) - counts.get(a) : a.compareTo(b));
    Map<String, Integer> ctx = new HashMap<>();
    for (int i = 0; i < Math.min(contexts, byCount.size()); i++) {
      ctx.put(byCount.get(i), i);
    }
    ctx.put("<S>", ctx.size());
    ctx.put("</S>", ctx.size());
    int c = ctx.size();
    Map<String, Integer> vocab = new HashMap<>();
    List<String> words = new ArrayList<>();
    for (String w : byCount) {
      if (counts.get(w) < minCount || words.size() >= maxWords) {
        break;
      }
      if (w.codePoints().anyMatch(Character::isLetter)) {
        vocab.put(w, words.size());
        words.add(w);
      }
    }
    // co-occurrence pairs (word, position-specific context) as sorted longs
    long[] pairs = new long[1 << 20];
    int n = 0;
    for (String[] s : sequences) {
      for (int i = 0; i < s.length; i++) {
        Integer w = vocab.get(s[i]);
        if (w == null) {
          continue;
        }
        for (int off : new int[] {-2, -1, 1, 2}) {
          int j = i + off;
          String cw = j < 0 ? "<S>" : j >= s.length ? "</S>" : s[j];
          Integer cid = ctx.get(cw);
          if (cid == null) {
            continue;
          }
          int slot = (off < 0 ? off + 2 : off + 1) * c + cid;
          if (n == pairs.length) {
            pairs = Arrays.copyOf(pairs, n * 2);
          }
          pairs[n++] = ((long) w << 32) | slot;
        }
      }
    }
    Arrays.sort(pairs, 0, n);
    int slots = 4 * c;
    double[] slotTotals = new double[slots];
    double[] wordTotals = new double[words.size()];
    for (int i = 0; i < n; i++) {
      slotTotals[(int) pairs[i]]++;
      wordTotals[(int) (pairs[i] >>> 32)]++;
    }
    double smoothedTotal = 0;
    for (int k = 0; k < slots; k++) {
      slotTotals[k] = Math.pow(slotTotals[k], 0.75);
      smoothedTotal += slotTotals[k];
    }
    Random random = new Random(seed);
    float[][] projection = new float[slots][dims];
    for (float[] row : projection) {
      for (int d = 0; d < dims; d++) {
        row[d] = (float) random.nextGaussian();
      }
    }
    float[][] vectors = new float[words.size()][dims];
    for (int i = 0; i < n; ) {
      int j = i;
      while (j < n && pairs[j] == pairs[i]) {
        j++;
      }
      int w = (int) (pairs[i] >>> 32);
      int slot = (int) pairs[i];
      double pmi = Math.log((j - i) * smoothedTotal / (wordTotals[w] * slotTotals[slot]));
      if (pmi > 0) {
        for (int d = 0; d < dims; d++) {
          vectors[w][d] += (float) pmi * projection[slot][d];
        }
      }
      i = j;
    }
    for (float[] v : vectors) {
      normalise(v);
    }
    Map<String, List<String>> classes = new HashMap<>();
    for (int k : ks) {
      int[] assignment = kmeans(vectors, Math.min(k, words.size()), random);
      for (int w = 0; w < words.size(); w++) {
        classes.computeIfAbsent(words.get(w), x -> new ArrayList<>()).add(k + ":" + assignment[w]);
      }
    }
    for (var e : caps.entrySet()) {
      int[] cc = e.getValue();
      if (cc[0] < minCount) {
        continue;
      }
      double r = cc[1] / (double) cc[0];
      String bucket =
          r < 0.05 ? "cap0" : r < 0.3 ? "cap1" : r < 0.7 ? "cap2" : r < 0.95 ? "cap3" : "cap4";
      classes.computeIfAbsent(e.getKey(), x -> new ArrayList<>()).add(bucket);
    }
    Map<String, String[]> out = new HashMap<>();
    classes.forEach((w, list) -> out.put(w, list.toArray(String[]::new)));
    return new WordClasses(out);
  }

  private static void normalise(float[] v) {
    double s = 0;
    for (float x : v) {
      s += x * x;
    }
    if (s > 0) {
      float inv = (float) (1 / Math.sqrt(s));
      for (int d = 0; d < v.length; d++) {
        v[d] *= inv;
      }
    }
  }

  /** Spherical k-means (cosine), seeded with k distinct random words, 12 rounds. */
  static int[] kmeans(float[][] x, int k, Random random) {
    int dims = x[0].length;
    float[][] centres = new float[k][];
    int[] order = new int[x.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    for (int i = 0; i < k; i++) {
      int j = i + random.nextInt(order.length - i);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
      centres[i] = x[order[i]].clone();
    }
    int[] assign = new int[x.length];
    for (int round = 0; round < 12; round++) {
      boolean changed = false;
      for (int i = 0; i < x.length; i++) {
        int best = 0;
        double bestSim = -2;
        for (int c = 0; c < k; c++) {
          double s = 0;
          float[] ce = centres[c];
          float[] xi = x[i];
          for (int d = 0; d < dims; d++) {
            s += ce[d] * xi[d];
          }
          if (s > bestSim) {
            bestSim = s;
            best = c;
          }
        }
        if (assign[i] != best || round == 0) {
          changed |= assign[i] != best;
          assign[i] = best;
        }
      }
      float[][] sums = new float[k][dims];
      for (int i = 0; i < x.length; i++) {
        for (int d = 0; d < dims; d++) {
          sums[assign[i]][d] += x[i][d];
        }
      }
      for (int c = 0; c < k; c++) {
        normalise(sums[c]);
        centres[c] = sums[c];
      }
      if (!changed && round > 0) {
        break;
      }
    }
    return assign;
  }
}
