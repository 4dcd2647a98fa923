package dev.akhbar.parser.extract;

import dev.akhbar.parser.bench.BenchmarkData;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;

/**
 * Trains page-types.model, the multinomial logistic model of {@link PageClassifier}, on the
 * development sets (WCXB dev: seven page types; Scrapinghub: articles), and prints what it scores
 * on pages it was not trained on: 5-fold cross-validation, folds by host, so no site is in both.
 * The threshold on the article probability is the highest that keeps cross-validated recall at
 * {@link #TARGET_RECALL}.
 *
 * <p>{@code mvn -pl services/parser test-compile exec:exec@train-page-types}; arguments: [model
 * file to write] (default: the resource in src/main/resources).
 */
public final class PageTypeTrainer {
  static final double TARGET_RECALL = 0.95;
  private static final int FOLDS = 5;
  private static final int ITERATIONS = 3000;
  private static final double LEARNING_RATE = 0.5;
  private static final double L2 = 1e-3;
  private static final Instant WCXB_FETCHED = Instant.parse("2026-03-15T00:00:00Z");
  private static final Instant SCRAPINGHUB_FETCHED = Instant.parse("2020-01-01T00:00:00Z");
  private static final Path MODEL =
      Path.of("src/main/resources/dev/akhbar/parser/extract/page-types.model");

  record Example(String id, String host, int kind, double[] x, boolean ruledOut) {}

  private PageTypeTrainer() {}

  public static void main(String[] args) throws Exception {
    Path out = args.length > 0 && !args[0].isBlank() ? Path.of(args[0]) : MODEL;
    System.setProperty(PageClassifier.UNTRAINED_PROPERTY, "true");
    List<String> kinds =
        List.of("article", "collection", "documentation", "forum", "listing", "product", "service");
    List<Example> examples = new ArrayList<>();
    ArticleExtractor extractor = new ArticleExtractor();
    for (Path dir : List.of(BenchmarkData.WCXB_DEV_DIR, BenchmarkData.DEFAULT_DIR)) {
      BenchmarkData data = BenchmarkData.load(dir);
      Instant fetched = data.wcxb ? WCXB_FETCHED : SCRAPINGHUB_FETCHED;
      for (BenchmarkData.Page p : data.pages) {
        String url = p.url() == null ? "" : p.url();
        ArticleExtractor.Analysis a =
            extractor.analyse(Jsoup.parse(p.html(), url), p.url(), fetched);
        String reason = a.extraction().notArticleReason();
        boolean ruledOut = reason != null;
        int kind = Math.max(0, kinds.indexOf(p.type()));
        examples.add(
            new Example(data.name() + "/" + p.id(), host(url), kind, a.features(), ruledOut));
      }
      System.out.printf(
          Locale.ROOT, "features of %d pages of %s%n", data.pages.size(), data.name());
    }

    double[] cvArticle = new double[examples.size()];
    for (int fold = 0; fold < FOLDS; fold++) {
      List<Example> train = new ArrayList<>();
      for (Example e : examples) {
        if (fold(e) != fold) {
          train.add(e);
        }
      }
      PageClassifier m = train(train, kinds, 0.5);
      for (int i = 0; i < examples.size(); i++) {
        if (fold(examples.get(i)) == fold) {
          cvArticle[i] = m.probabilities(examples.get(i).x())[0];
        }
      }
    }
    double threshold = threshold(examples, cvArticle);
    curve(examples, cvArticle);
    if (Boolean.getBoolean("trainer.list")) {
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < examples.size(); i++) {
        order.add(i);
      }
      order.sort((a, b) -> Double.compare(cvArticle[a], cvArticle[b]));
      System.out.println("lowest articles:");
      list(
          order.stream()
              .filter(i -> examples.get(i).kind() == 0 && examples.get(i).id().startsWith("wcxb"))
              .limit(45),
          examples,
          cvArticle,
          i -> examples.get(i).ruledOut() ? "RULED" : "");
      System.out.println("highest others:");
      list(
          order.reversed().stream().filter(i -> examples.get(i).kind() != 0).limit(60),
          examples,
          cvArticle,
          i -> kinds.get(examples.get(i).kind()));
    }
    System.out.printf(
        Locale.ROOT,
        "%nCross-validated (5 folds by host, pages of no training site), threshold %.3f:%n",
        threshold);
    report(examples, cvArticle, threshold, kinds);

    PageClassifier model = train(examples, kinds, threshold);
    double[] fit = new double[examples.size()];
    for (int i = 0; i < examples.size(); i++) {
      fit[i] = model.probabilities(examples.get(i).x())[0];
    }
    System.out.printf(Locale.ROOT, "%nOn the training pages themselves (DEVELOPMENT):%n");
    report(examples, fit, threshold, kinds);
    String header =
        "# Page-type model of PageClassifier: written by PageTypeTrainer (test scope) from the\n"
            + "# development sets wcxb-dev and extraction-scrapinghub. Do not edit by hand.\n";
    Files.writeString(out, model.write(header));
    System.out.println("\nwrote " + out.toAbsolutePath().normalize());
  }

  private static int fold(Example e) {
    return Math.floorMod(e.host().hashCode(), FOLDS);
  }

  private static String host(String url) {
    try {
      String h = URI.create(url.strip().replace(" ", "%20")).getHost();
      return h == null ? url : h.replaceFirst("^www\\.", "");
    } catch (IllegalArgumentException e) {
      return url;
    }
  }

  /** Precision on WCXB at several recalls, and the articles the hard rules rule out. */
  private static void curve(List<Example> examples, double[] p) {
    List<double[]> wcxb = new ArrayList<>();
    int ruledOut = 0;
    for (int i = 0; i < examples.size(); i++) {
      Example e = examples.get(i);
      if (e.id().startsWith("wcxb")) {
        wcxb.add(new double[] {e.ruledOut() ? -1 : p[i], e.kind() == 0 ? 1 : 0});
        ruledOut += e.ruledOut() && e.kind() == 0 ? 1 : 0;
      }
    }
    wcxb.sort((a, b) -> Double.compare(b[0], a[0]));
    int articles = 0;
    for (double[] w : wcxb) {
      articles += (int) w[1];
    }
    System.out.printf(Locale.ROOT, "wcxb articles ruled out before the model: %d%n", ruledOut);
    int tp = 0;
    int n = 0;
    double next = 0.90;
    for (double[] w : wcxb) {
      n++;
      tp += (int) w[1];
      if ((double) tp / articles >= next) {
        System.out.printf(
            Locale.ROOT,
            "  recall %.2f: precision %.3f at p >= %.3f%n",
            next,
            (double) tp / n,
            w[0]);
        next += 0.01;
      }
    }
  }

  /** Prints the pages {@code indexes} with their cross-validated article probability. */
  private static void list(
      java.util.stream.Stream<Integer> indexes,
      List<Example> examples,
      double[] p,
      java.util.function.IntFunction<String> note) {
    indexes.forEach(
        i ->
            System.out.printf(
                Locale.ROOT,
                "  %.3f %s %s %s%n",
                p[i],
                examples.get(i).id(),
                note.apply(i),
                examples.get(i).host()));
  }

  /** The highest threshold whose recall on articles reaches the target. */
  private static double threshold(List<Example> examples, double[] p) {
    List<Double> articles = new ArrayList<>();
    int all = 0;
    for (int i = 0; i < examples.size(); i++) {
      if (examples.get(i).kind() == 0) {
        all++;
        if (!examples.get(i).ruledOut()) {
          articles.add(p[i]);
        }
      }
    }
    articles.sort(null);
    int mayLose = (int) Math.floor(all * (1 - TARGET_RECALL)) - (all - articles.size());
    return mayLose <= 0 ? articles.get(0) : articles.get(mayLose - 1) + 1e-9;
  }

  private static void report(
      List<Example> examples, double[] p, double threshold, List<String> kinds) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int[][] called = new int[kinds.size()][2];
    for (int i = 0; i < examples.size(); i++) {
      Example e = examples.get(i);
      boolean article = !e.ruledOut() && p[i] >= threshold;
      called[e.kind()][0] += article ? 1 : 0;
      called[e.kind()][1]++;
      if (article && e.kind() == 0) {
        tp++;
      } else if (article) {
        fp++;
      } else if (e.kind() == 0) {
        fn++;
      }
    }
    System.out.printf(
        Locale.ROOT,
        "article detection precision %.3f (%d/%d), recall %.3f (%d/%d)%ncalled articles:",
        (double) tp / (tp + fp),
        tp,
        tp + fp,
        (double) tp / (tp + fn),
        tp,
        tp + fn);
    for (int k = 0; k < kinds.size(); k++) {
      System.out.printf(Locale.ROOT, " %s %d/%d", kinds.get(k), called[k][0], called[k][1]);
    }
    System.out.println();
  }

  /** Softmax regression with L2, full-batch gradient descent on standardized features. */
  static PageClassifier train(List<Example> examples, List<String> kinds, double threshold) {
    int n = examples.size();
    int d = examples.get(0).x().length;
    int c = kinds.size();
    double[] mean = new double[d];
    double[] scale = new double[d];
    for (Example e : examples) {
      for (int j = 0; j < d; j++) {
        mean[j] += e.x()[j] / n;
      }
    }
    for (Example e : examples) {
      for (int j = 0; j < d; j++) {
        double dv = e.x()[j] - mean[j];
        scale[j] += dv * dv / n;
      }
    }
    for (int j = 0; j < d; j++) {
      scale[j] = Math.sqrt(scale[j]);
      if (scale[j] < 1e-9) {
        scale[j] = 1;
      }
    }
    double[][] z = new double[n][d];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < d; j++) {
        z[i][j] = (examples.get(i).x()[j] - mean[j]) / scale[j];
      }
    }
    double[][] w = new double[c][d + 1];
    double[] p = new double[c];
    for (int it = 0; it < ITERATIONS; it++) {
      double[][] grad = new double[c][d + 1];
      for (int i = 0; i < n; i++) {
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < c; k++) {
          double s = w[k][0];
          for (int j = 0; j < d; j++) {
            s += w[k][j + 1] * z[i][j];
          }
          p[k] = s;
          max = Math.max(max, s);
        }
        double sum = 0;
        for (int k = 0; k < c; k++) {
          p[k] = Math.exp(p[k] - max);
          sum += p[k];
        }
        int y = examples.get(i).kind();
        for (int k = 0; k < c; k++) {
          double g = p[k] / sum - (k == y ? 1 : 0);
          grad[k][0] += g;
          for (int j = 0; j < d; j++) {
            grad[k][j + 1] += g * z[i][j];
          }
        }
      }
      for (int k = 0; k < c; k++) {
        for (int j = 0; j <= d; j++) {
          double reg = j == 0 ? 0 : L2 * w[k][j];
          w[k][j] -= LEARNING_RATE * (grad[k][j] / n + reg);
        }
      }
    }
    return new PageClassifier(mean, scale, kinds, w, threshold);
  }
}
