package dev.akhbar.pipeline.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Percentiles and min/median/max of measured values. */
final class Stats {
  private Stats() {}

  /** The p-th percentile (0..100) by nearest rank; NaN when there are no values. */
  static double percentile(List<Double> values, double p) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
  }

  static String minMedianMax(List<Double> values, String format) {
    if (values.isEmpty()) {
      return "-";
    }
    return String.format(format, percentile(values, 0))
        + " / "
        + String.format(format, percentile(values, 50))
        + " / "
        + String.format(format, percentile(values, 100));
  }

  static double seconds(Duration d) {
    return d.toNanos() / 1e9;
  }
}
