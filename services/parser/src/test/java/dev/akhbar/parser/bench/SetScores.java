package dev.akhbar.parser.bench;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What one extractor scored on one set: body, title, authors, date and article detection. */
final class SetScores {
  /**
   * What an extractor made of a page; {@code date} and {@code article} are null when the extractor
   * does not tell.
   */
  record Output(
      String body, String title, List<String> authors, OffsetDateTime date, Boolean article) {}

  final String extractor;
  final Map<String, String> bodies = new TreeMap<>();
  final Map<String, Double> pageF1 = new TreeMap<>();
  double wordF1Sum;
  int wordF1Pages;
  int titleOk;
  int titleN;
  int authorOk;
  int authorN;
  int dateOk;
  int dateN;
  boolean tellsDates;
  boolean detects;
  int truePositives;
  int falsePositives;
  int falseNegatives;

  /** Per page type: {pages called articles, pages}. */
  final Map<String, int[]> calledArticle = new TreeMap<>();

  SetScores(String extractor) {
    this.extractor = extractor;
  }

  void add(BenchmarkData data, BenchmarkData.Page p, Output o) {
    if (p.article()) {
      bodies.put(p.id(), o.body());
      if (data.wcxb) {
        double f1 = WordMetric.page(p.expected(), o.body()).f1();
        wordF1Sum += f1;
        wordF1Pages++;
        pageF1.put(p.id(), f1);
      } else {
        ShingleMetric.PageScore s = ShingleMetric.page(p.expected(), o.body());
        double sum = s.precision() + s.recall();
        pageF1.put(p.id(), sum == 0 ? 0 : 2 * s.precision() * s.recall() / sum);
      }
      if (p.title() != null) {
        titleN++;
        titleOk += FieldMatch.sameTitle(p.title(), o.title()) ? 1 : 0;
      }
      if (p.author() != null) {
        authorN++;
        authorOk += FieldMatch.sameAuthors(p.author(), o.authors()) ? 1 : 0;
      }
      if (p.date() != null) {
        dateN++;
        dateOk += FieldMatch.sameDate(p.date(), o.date()) ? 1 : 0;
      }
    }
    tellsDates |= o.date() != null;
    if (o.article() != null) {
      detects = true;
      boolean called = o.article();
      int[] t = calledArticle.computeIfAbsent(p.type(), k -> new int[2]);
      t[0] += called ? 1 : 0;
      t[1]++;
      if (called && p.article()) {
        truePositives++;
      } else if (called) {
        falsePositives++;
      } else if (p.article()) {
        falseNegatives++;
      }
    }
  }

  double wordF1() {
    return wordF1Pages == 0 ? 0 : wordF1Sum / wordF1Pages;
  }

  double precision() {
    int called = truePositives + falsePositives;
    return called == 0 ? 0 : (double) truePositives / called;
  }

  double recall() {
    int articles = truePositives + falseNegatives;
    return articles == 0 ? 0 : (double) truePositives / articles;
  }
}
