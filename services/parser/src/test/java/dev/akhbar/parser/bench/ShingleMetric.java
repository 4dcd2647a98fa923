package dev.akhbar.parser.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The extraction benchmark's metric (as in the Scrapinghub article-extraction-benchmark): the text
 * is cut into {@code \w+} tokens (Unicode-aware, lowercased); shingles are the runs of 4
 * consecutive tokens (a text of 1-3 tokens is one shorter shingle), counted as a multiset.
 *
 * <p>Per page: tp = shingles in both (min of counts), fp = predicted only, fn = expected only;
 * precision = tp / (tp + fp), recall = tp / (tp + fn). Empty sets:
 *
 * <ul>
 *   <li>expected and predicted both empty: precision = recall = 1;
 *   <li>predicted empty, expected not: precision = recall = 0;
 *   <li>expected empty, predicted not: precision = 0, recall = 1.
 * </ul>
 *
 * Precision and recall are averaged over pages (a missing prediction is an empty one); F1 is the
 * harmonic mean of the two averages. The same code scores every extractor.
 */
public final class ShingleMetric {
  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
  static final int N = 4;

  private ShingleMetric() {}

  public record PageScore(double precision, double recall, int tp, int fp, int fn) {}

  public record Score(double f1, double precision, double recall, int pages) {
    @Override
    public String toString() {
      return String.format(
          Locale.ROOT, "F1 %.3f  precision %.3f  recall %.3f", f1, precision, recall);
    }
  }

  static List<String> tokens(String text) {
    List<String> out = new java.util.ArrayList<>();
    if (text == null) {
      return out;
    }
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  static Map<String, Integer> shingles(String text) {
    List<String> t = tokens(text);
    Map<String, Integer> out = new HashMap<>();
    if (t.isEmpty()) {
      return out;
    }
    int count = Math.max(1, t.size() - N + 1);
    for (int i = 0; i < count; i++) {
      String s = String.join("\u0001", t.subList(i, Math.min(t.size(), i + N)));
      out.merge(s, 1, Integer::sum);
    }
    return out;
  }

  public static PageScore page(String expected, String predicted) {
    Map<String, Integer> truth = shingles(expected);
    Map<String, Integer> pred = shingles(predicted);
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (Map.Entry<String, Integer> e : pred.entrySet()) {
      int t = truth.getOrDefault(e.getKey(), 0);
      tp += Math.min(t, e.getValue());
      fp += Math.max(0, e.getValue() - t);
    }
    for (Map.Entry<String, Integer> e : truth.entrySet()) {
      fn += Math.max(0, e.getValue() - pred.getOrDefault(e.getKey(), 0));
    }
    double p;
    double r;
    if (truth.isEmpty() && pred.isEmpty()) {
      p = 1;
      r = 1;
    } else if (pred.isEmpty()) {
      p = 0;
      r = 0;
    } else if (truth.isEmpty()) {
      p = 0;
      r = 1;
    } else {
      p = (double) tp / (tp + fp);
      r = (double) tp / (tp + fn);
    }
    return new PageScore(p, r, tp, fp, fn);
  }

  /** Scores predictions (id to text; missing ids count as empty) against the expected texts. */
  public static Score score(Map<String, String> expected, Map<String, String> predicted) {
    double p = 0;
    double r = 0;
    for (Map.Entry<String, String> e : expected.entrySet()) {
      PageScore s = page(e.getValue(), predicted.get(e.getKey()));
      p += s.precision();
      r += s.recall();
    }
    int n = expected.size();
    p /= n;
    r /= n;
    double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
    return new Score(f1, p, r, n);
  }
}
