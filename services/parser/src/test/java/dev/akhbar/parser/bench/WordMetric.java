package dev.akhbar.parser.bench;

import java.util.HashMap;
import java.util.Map;

/**
 * WCXB's body metric: the text is cut into {@code \w+} words (Unicode-aware, lowercased) counted as
 * a bag; per page precision = common / predicted words, recall = common / expected words, F1 their
 * harmonic mean; the set's figure is the mean of the pages' F1. An empty prediction scores 0 (1
 * when the truth is empty too); an empty truth with a prediction scores 0. As in the benchmark's
 * own evaluate.py.
 */
public final class WordMetric {
  private WordMetric() {}

  public record PageScore(double precision, double recall, double f1) {}

  static Map<String, Integer> bag(String text) {
    Map<String, Integer> out = new HashMap<>();
    for (String t : ShingleMetric.tokens(text)) {
      out.merge(t, 1, Integer::sum);
    }
    return out;
  }

  public static PageScore page(String expected, String predicted) {
    Map<String, Integer> truth = bag(expected);
    Map<String, Integer> pred = bag(predicted);
    if (truth.isEmpty()) {
      return pred.isEmpty() ? new PageScore(1, 1, 1) : new PageScore(0, 0, 0);
    }
    if (pred.isEmpty()) {
      return new PageScore(0, 0, 0);
    }
    int common = 0;
    int predicted1 = 0;
    int expected1 = 0;
    for (Map.Entry<String, Integer> e : pred.entrySet()) {
      common += Math.min(e.getValue(), truth.getOrDefault(e.getKey(), 0));
      predicted1 += e.getValue();
    }
    for (int n : truth.values()) {
      expected1 += n;
    }
    double p = (double) common / predicted1;
    double r = (double) common / expected1;
    return new PageScore(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
  }
}
