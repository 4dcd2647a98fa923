package dev.akhbar.parser.bench;

import java.util.Locale;

/**
 * WCXB development pages split in two: a page whose numeric id is a multiple of 5 is held back (its
 * misses are not looked at while tuning), the rest is the tuning part. Both are DEVELOPMENT
 * figures: earlier rounds tuned on the whole set; the held-back part only shows whether the latest
 * round over-fitted the pages it looked at.
 */
final class HeldBack {
  private final SetScores tuning = new SetScores("tuning part (id mod 5 != 0)");
  private final SetScores held = new SetScores("held-back part (id mod 5 = 0)");

  static boolean heldBack(String id) {
    try {
      return Integer.parseInt(id) % 5 == 0;
    } catch (NumberFormatException e) {
      return Math.floorMod(id.hashCode(), 5) == 0;
    }
  }

  void add(BenchmarkData data, BenchmarkData.Page p, SetScores.Output o) {
    (heldBack(p.id()) ? held : tuning).add(data, p, o);
  }

  void print() {
    System.out.println(
        "DEVELOPMENT figures by part (" + tuning.extractor + ", " + held.extractor + "):");
    for (SetScores s : new SetScores[] {tuning, held}) {
      System.out.printf(
          Locale.ROOT,
          "  %-30s body %.4f  title %s  authors %s  date %s  detection P %s R %s%n",
          s.extractor,
          s.wordF1(),
          ratio(s.titleOk, s.titleN),
          ratio(s.authorOk, s.authorN),
          ratio(s.dateOk, s.dateN),
          ratio(s.truePositives, s.truePositives + s.falsePositives),
          ratio(s.truePositives, s.truePositives + s.falseNegatives));
    }
  }

  private static String ratio(int ok, int n) {
    return n == 0 ? "n/a" : String.format(Locale.ROOT, "%.3f (%d/%d)", (double) ok / n, ok, n);
  }
}
