package dev.akhbar.enricher.train;

import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Paired bootstrap of the micro-F1 difference between two systems scored on the same units
 * (sentences, or the bodies they were tagged in): each resample draws as many units as there are,
 * with replacement, and scores both systems on the same draw, so that what the two share (the
 * units' difficulty) cancels and only their difference varies (Koehn 2004; Berg-Kirkpatrick et al.
 * 2012). The 95% interval is the percentile interval of the resampled differences.
 */
final class PairedBootstrap {
  private PairedBootstrap() {}

  static final int RESAMPLES = 10_000;

  /** Fixed, so that a comparison printed twice prints the same interval. */
  static final long SEED = 20261201L;

  /**
   * The variant's micro F1 minus the baseline's on all units, the 95% percentile interval of that
   * difference over the resamples and the share of resamples where the variant is not better.
   */
  record Result(
      int units,
      int resamples,
      double baselineF1,
      double variantF1,
      double difference,
      double low,
      double high,
      double shareAtMostZero) {

    String line() {
      return String.format(
          Locale.ROOT,
          "%.4f -> %.4f, difference %+.4f, 95%% interval [%+.4f, %+.4f], resamples <= 0: %.4f"
              + " (%d units, %d resamples)",
          baselineF1,
          variantF1,
          difference,
          low,
          high,
          shareAtMostZero,
          units,
          resamples);
    }
  }

  /**
   * Compares two systems unit by unit; {@code baseline[i]} and {@code variant[i]} are the true
   * positives, false positives and misses of unit {@code i}.
   */
  static Result compare(int[][] baseline, int[][] variant, int resamples, long seed) {
    if (baseline.length != variant.length || baseline.length == 0) {
      throw new IllegalArgumentException(
          "not the same units: " + baseline.length + " and " + variant.length);
    }
    int n = baseline.length;
    SplittableRandom random = new SplittableRandom(seed);
    double[] differences = new double[resamples];
    int atMostZero = 0;
    for (int r = 0; r < resamples; r++) {
      int[] b = new int[3];
      int[] v = new int[3];
      for (int k = 0; k < n; k++) {
        int i = random.nextInt(n);
        for (int c = 0; c < 3; c++) {
          b[c] += baseline[i][c];
          v[c] += variant[i][c];
        }
      }
      differences[r] = f1(v) - f1(b);
      if (differences[r] <= 0) {
        atMostZero++;
      }
    }
    Arrays.sort(differences);
    double baselineF1 = f1(sum(baseline));
    double variantF1 = f1(sum(variant));
    return new Result(
        n,
        resamples,
        baselineF1,
        variantF1,
        variantF1 - baselineF1,
        differences[(int) Math.floor(0.025 * resamples)],
        differences[(int) Math.ceil(0.975 * resamples) - 1],
        atMostZero / (double) resamples);
  }

  /** Micro F1 of true positives, false positives and misses: 2tp / (2tp + fp + fn). */
  static double f1(int[] c) {
    int denominator = 2 * c[0] + c[1] + c[2];
    return denominator == 0 ? 0 : 2.0 * c[0] / denominator;
  }

  private static int[] sum(int[][] units) {
    int[] s = new int[3];
    for (int[] u : units) {
      for (int c = 0; c < 3; c++) {
        s[c] += u[c];
      }
    }
    return s;
  }
}
