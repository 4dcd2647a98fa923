package dev.akhbar.parser.bench;

import dev.akhbar.parser.extract.ArticleExtractor;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import net.dankito.readability4j.Readability4J;

/**
 * {@code make bench-extract}: quality and speed of the extractor on the public extraction benchmark
 * (../shared/bench/extraction-scrapinghub), beside every extractor in peers/ (scored by the same
 * {@link ShingleMetric}) and Readability4J run in this JVM on the same pages.
 *
 * <p>Arguments: [benchmark dir] [--worst N] (list our N lowest-F1 pages).
 */
public final class ExtractionBenchmark {
  private static final Instant FETCHED_AT = Instant.parse("2020-01-01T00:00:00Z");
  private static final int WARMUP_PASSES = 3;
  private static final int TIMED_ROUNDS = 5;

  /** Pages per second of each timed pass, and the highest heap peak seen. */
  private static final class Timing {
    final List<Double> speeds = new ArrayList<>();
    double peakMiB;

    void add(double[] pass) {
      speeds.add(pass[0]);
      peakMiB = Math.max(peakMiB, pass[1]);
    }

    double best() {
      return speeds.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }

    double median() {
      List<Double> sorted = speeds.stream().sorted().toList();
      return sorted.get(sorted.size() / 2);
    }

    void print(String name) {
      System.out.printf(
          Locale.ROOT,
          "%-36s best %7.1f pages/s   median %7.1f pages/s   peak heap %6.1f MiB%n",
          name,
          best(),
          median(),
          peakMiB);
    }
  }

  private ExtractionBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path dir = BenchmarkData.DEFAULT_DIR;
    int worst = 0;
    // Maven passes an empty or space-joined argument when a property is unset or holds several.
    List<String> words = new ArrayList<>();
    for (String a : args) {
      for (String w : a.strip().split("\\s+")) {
        if (!w.isEmpty()) {
          words.add(w);
        }
      }
    }
    for (int i = 0; i < words.size(); i++) {
      if (words.get(i).equals("--worst")) {
        worst = Integer.parseInt(words.get(++i));
      } else {
        dir = Path.of(words.get(i));
      }
    }
    BenchmarkData data = BenchmarkData.load(dir);
    List<BenchmarkData.Page> pages = data.pages;
    Map<String, String> expected = data.expected();
    System.out.printf(
        Locale.ROOT, "Extraction benchmark: %d pages from %s%n%n", pages.size(), dir.normalize());

    ArticleExtractor extractor = new ArticleExtractor();
    Function<BenchmarkData.Page, String> akhbar =
        p -> extractor.extract(p.html(), p.url(), FETCHED_AT).body();
    Function<BenchmarkData.Page, String> readability4j =
        p -> {
          String text = new Readability4J(p.url(), p.html()).parse().getTextContent();
          return text == null ? "" : text;
        };

    Map<String, String> ours = run(pages, akhbar);
    Map<String, String> theirs = run(pages, readability4j);

    List<String[]> rows = new ArrayList<>();
    List<Object[]> scored = new ArrayList<>();
    scored.add(new Object[] {"akhbar-parser (this build)", ShingleMetric.score(expected, ours)});
    scored.add(
        new Object[] {"Readability4J 1.0.8 (same JVM)", ShingleMetric.score(expected, theirs)});
    for (BenchmarkData.Peer peer : data.peers()) {
      String name = peer.name() + (peer.version() == null ? "" : " " + peer.version());
      scored.add(new Object[] {name + " (peers/)", ShingleMetric.score(expected, peer.bodies())});
    }
    scored.sort(Comparator.comparingDouble(o -> -((ShingleMetric.Score) o[1]).f1()));
    System.out.printf(
        Locale.ROOT, "%-36s %7s %10s %8s%n", "extractor", "F1", "precision", "recall");
    for (Object[] o : scored) {
      ShingleMetric.Score s = (ShingleMetric.Score) o[1];
      System.out.printf(
          Locale.ROOT, "%-36s %7.4f %10.4f %8.4f%n", o[0], s.f1(), s.precision(), s.recall());
    }

    System.out.printf(
        Locale.ROOT,
        "%nSpeed on one thread: %d warm-up passes each, then %d rounds of one timed pass each,"
            + " alternating (input decoded to strings beforehand; jsoup parsing included):%n",
        WARMUP_PASSES,
        TIMED_ROUNDS,
        pages.size());
    for (int i = 0; i < WARMUP_PASSES; i++) {
      run(pages, akhbar);
      run(pages, readability4j);
    }
    Timing ourTiming = new Timing();
    Timing theirTiming = new Timing();
    for (int i = 0; i < TIMED_ROUNDS; i++) {
      ourTiming.add(timed(pages, akhbar));
      theirTiming.add(timed(pages, readability4j));
    }
    ourTiming.print("akhbar-parser");
    theirTiming.print("Readability4J 1.0.8");
    System.out.printf(
        Locale.ROOT,
        "speed ratio akhbar / Readability4J: %.2fx (best passes), %.2fx (medians)%n",
        ourTiming.best() / theirTiming.best(),
        ourTiming.median() / theirTiming.median());

    if (worst > 0) {
      System.out.printf(Locale.ROOT, "%nOur %d lowest-F1 pages:%n", worst);
      List<Object[]> per = new ArrayList<>();
      for (BenchmarkData.Page p : pages) {
        ShingleMetric.PageScore s = ShingleMetric.page(p.expected(), ours.get(p.id()));
        double f =
            s.precision() + s.recall() == 0
                ? 0
                : 2 * s.precision() * s.recall() / (s.precision() + s.recall());
        per.add(new Object[] {f, s, p});
      }
      per.sort(Comparator.comparingDouble(o -> (double) o[0]));
      for (Object[] o : per.subList(0, Math.min(worst, per.size()))) {
        ShingleMetric.PageScore s = (ShingleMetric.PageScore) o[1];
        BenchmarkData.Page p = (BenchmarkData.Page) o[2];
        System.out.printf(
            Locale.ROOT,
            "%.3f P %.3f R %.3f  %s  %s%n",
            (double) o[0],
            s.precision(),
            s.recall(),
            p.id().substring(0, 12),
            p.url());
      }
    }
  }

  static Map<String, String> run(
      List<BenchmarkData.Page> pages, Function<BenchmarkData.Page, String> f) {
    Map<String, String> out = new TreeMap<>();
    for (BenchmarkData.Page p : pages) {
      try {
        out.put(p.id(), f.apply(p));
      } catch (RuntimeException e) {
        out.put(p.id(), "");
      }
    }
    return out;
  }

  /** Pages per second and peak heap (MiB, sum of the heap pools' peaks) of one timed pass. */
  static double[] timed(List<BenchmarkData.Page> pages, Function<BenchmarkData.Page, String> f) {
    System.gc();
    List<MemoryPoolMXBean> heap =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(b -> b.getType() == MemoryType.HEAP)
            .toList();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    long start = System.nanoTime();
    long sink = 0;
    for (BenchmarkData.Page p : pages) {
      try {
        sink += f.apply(p).length();
      } catch (RuntimeException e) {
        sink--;
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long peak = heap.stream().mapToLong(b -> b.getPeakUsage().getUsed()).sum();
    if (sink == Long.MIN_VALUE) {
      System.out.println(sink);
    }
    return new double[] {pages.size() / seconds, peak / (1024.0 * 1024.0)};
  }
}
