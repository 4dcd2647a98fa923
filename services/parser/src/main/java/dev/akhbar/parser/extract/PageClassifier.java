package dev.akhbar.parser.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Tells an article from other kinds of pages (collection, documentation, forum, listing, product,
 * service) with a multinomial logistic model over {@link PageFeatures}. The model (feature scaling,
 * one weight per feature and kind, the threshold on the article probability) is the resource
 * page-types.model, written by PageTypeTrainer (test scope) from the development sets.
 */
final class PageClassifier {
  /** The page's kind and the probability that it is an article. */
  record Verdict(boolean article, String kind, double articleProbability) {}

  static final String ARTICLE = "article";

  /** Set while training: every page passes, whatever the model file says. */
  static final String UNTRAINED_PROPERTY = "akhbar.parser.page-types.untrained";

  static final PageClassifier DEFAULT = load();

  final double[] mean;
  final double[] scale;
  final List<String> kinds;
  final double[][] weights;
  final double threshold;

  PageClassifier(
      double[] mean, double[] scale, List<String> kinds, double[][] weights, double threshold) {
    this.mean = mean;
    this.scale = scale;
    this.kinds = List.copyOf(kinds);
    this.weights = weights;
    this.threshold = threshold;
  }

  Verdict classify(double[] features) {
    double[] p = probabilities(features);
    int article = kinds.indexOf(ARTICLE);
    int best = article;
    for (int k = 0; k < kinds.size(); k++) {
      if (k != article && (best == article || p[k] > p[best])) {
        best = k;
      }
    }
    boolean isArticle = p[article] >= threshold;
    return new Verdict(isArticle, isArticle ? ARTICLE : kinds.get(best), p[article]);
  }

  double[] probabilities(double[] x) {
    double[] z = new double[kinds.size()];
    double max = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < kinds.size(); k++) {
      double[] w = weights[k];
      double s = w[0];
      for (int j = 0; j < x.length; j++) {
        s += w[j + 1] * (x[j] - mean[j]) / scale[j];
      }
      z[k] = s;
      max = Math.max(max, s);
    }
    double sum = 0;
    for (int k = 0; k < z.length; k++) {
      z[k] = Math.exp(z[k] - max);
      sum += z[k];
    }
    for (int k = 0; k < z.length; k++) {
      z[k] /= sum;
    }
    return z;
  }

  /** The model in the text form of page-types.model. */
  String write(String header) {
    StringBuilder b = new StringBuilder(header);
    b.append("features: ").append(String.join(" ", PageFeatures.NAMES)).append('\n');
    b.append("mean:").append(join(mean)).append('\n');
    b.append("scale:").append(join(scale)).append('\n');
    b.append("threshold: ").append(threshold).append('\n');
    for (int k = 0; k < kinds.size(); k++) {
      b.append("kind ").append(kinds.get(k)).append(':').append(join(weights[k])).append('\n');
    }
    return b.toString();
  }

  private static String join(double[] v) {
    StringBuilder b = new StringBuilder();
    for (double d : v) {
      b.append(' ').append(String.format(java.util.Locale.ROOT, "%.6g", d));
    }
    return b.toString();
  }

  private static PageClassifier load() {
    if (Boolean.getBoolean(UNTRAINED_PROPERTY)) {
      // PageTypeTrainer computes features before there is a model for them.
      int d = PageFeatures.NAMES.size();
      double[] ones = new double[d];
      Arrays.fill(ones, 1);
      return new PageClassifier(
          new double[d], ones, List.of(ARTICLE), new double[][] {new double[d + 1]}, 0);
    }
    double[] mean = null;
    double[] scale = null;
    double threshold = 0.5;
    List<String> kinds = new ArrayList<>();
    List<double[]> weights = new ArrayList<>();
    for (String line : LanguageData.lines(PageClassifier.class, "page-types.model")) {
      int colon = line.indexOf(':');
      String key = line.substring(0, colon).strip();
      String value = line.substring(colon + 1).strip();
      if (key.equals("features")) {
        if (!Arrays.asList(value.split("\\s+")).equals(PageFeatures.NAMES)) {
          throw new IllegalStateException(
              "page-types.model was trained on other features than PageFeatures computes;"
                  + " run PageTypeTrainer again");
        }
      } else if (key.equals("mean")) {
        mean = numbers(value);
      } else if (key.equals("scale")) {
        scale = numbers(value);
      } else if (key.equals("threshold")) {
        threshold = Double.parseDouble(value);
      } else if (key.startsWith("kind ")) {
        kinds.add(key.substring(5).strip());
        weights.add(numbers(value));
      }
    }
    if (mean == null || scale == null || !kinds.contains(ARTICLE)) {
      throw new IllegalStateException("page-types.model is incomplete");
    }
    return new PageClassifier(mean, scale, kinds, weights.toArray(new double[0][]), threshold);
  }

  private static double[] numbers(String s) {
    return Arrays.stream(s.split("\\s+")).mapToDouble(Double::parseDouble).toArray();
  }
}
