package dev.akhbar.parser.bench;

import dev.akhbar.parser.extract.ArticleExtractor;
import dev.akhbar.parser.extract.Extraction;
import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.dankito.readability4j.Readability4J;

/**
 * Developer tool: per WCXB article of the tuning part (held-back pages are skipped, never read),
 * our body word F1 (precision, recall) beside Readability4J's, largest losses first, with the words
 * we miss and the words we add. Writes {@code losses.tsv} and, per page, {@code <id>.txt}
 * (expected, ours, Readability4J's) into the output folder.
 *
 * <p>Arguments: set dir, output dir, [--no-peer].
 */
public final class BodyLosses {
  private static final Instant FETCHED = Instant.parse("2026-03-15T00:00:00Z");

  private record Row(
      String id, String url, WordMetric.PageScore ours, WordMetric.PageScore theirs, int words) {}

  private BodyLosses() {}

  public static void main(String[] args) throws Exception {
    BenchmarkData data = BenchmarkData.load(Path.of(args[0]));
    Path out = Path.of(args[1]);
    boolean peer = !(args.length > 2 && args[2].equals("--no-peer"));
    Files.createDirectories(out);
    ArticleExtractor extractor = new ArticleExtractor();
    List<Row> rows = new ArrayList<>();
    for (BenchmarkData.Page p : data.pages) {
      if (!p.article() || HeldBack.heldBack(p.id())) {
        continue;
      }
      String html = p.html();
      Extraction x = extractor.extract(html, p.url(), FETCHED);
      String theirs = peer ? readability(html, p.url()) : "";
      WordMetric.PageScore o = WordMetric.page(p.expected(), x.body());
      WordMetric.PageScore t = WordMetric.page(p.expected(), theirs);
      rows.add(new Row(p.id(), p.url(), o, t, WordMetric.bag(p.expected()).size()));
      Files.writeString(
          out.resolve(p.id() + ".txt"),
          "== EXPECTED\n"
              + p.expected()
              + "\n\n== OURS\n"
              + String.join("\n\n", x.body().split("\n"))
              + "\n\n== MISSED "
              + diff(p.expected(), x.body())
              + "\n\n== ADDED "
              + diff(x.body(), p.expected())
              + "\n\n== R4J\n"
              + theirs);
    }
    rows.sort(Comparator.comparingDouble(r -> r.ours().f1()));
    double sum = 0;
    try (BufferedWriter w = Files.newBufferedWriter(out.resolve("losses.tsv"))) {
      for (Row r : rows) {
        sum += r.ours().f1();
        w.write(
            String.format(
                Locale.ROOT,
                "%s\t%.3f\t%.3f\t%.3f\t%.3f\t%+.3f\t%s%n",
                r.id(),
                r.ours().f1(),
                r.ours().precision(),
                r.ours().recall(),
                r.theirs().f1(),
                r.theirs().f1() - r.ours().f1(),
                r.url()));
      }
    }
    System.out.printf(
        Locale.ROOT, "tuning part: %d articles, mean F1 %.4f%n", rows.size(), sum / rows.size());
  }

  /**
   * Words of {@code a} not matched in {@code b} (bag difference), most frequent first, 60 at most.
   */
  private static String diff(String a, String b) {
    Map<String, Integer> left = WordMetric.bag(a);
    Map<String, Integer> right = WordMetric.bag(b);
    Map<String, Integer> d = new HashMap<>();
    int total = 0;
    for (Map.Entry<String, Integer> e : left.entrySet()) {
      int n = e.getValue() - right.getOrDefault(e.getKey(), 0);
      if (n > 0) {
        d.put(e.getKey(), n);
        total += n;
      }
    }
    StringBuilder s = new StringBuilder("(" + total + " words): ");
    d.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(60)
        .forEach(e -> s.append(e.getKey()).append('×').append(e.getValue()).append(' '));
    return s.toString();
  }

  private static String readability(String html, String url) {
    try {
      String text = new Readability4J(url == null ? "" : url, html).parse().getTextContent();
      return text == null ? "" : text;
    } catch (RuntimeException | StackOverflowError e) {
      return "";
    }
  }
}
