package dev.akhbar.parser.bench;

import dev.akhbar.parser.extract.ArticleExtractor;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * CPU time per page of the extractor (and of Readability4J) on one thread, from the thread's own
 * CPU clock: on a shared machine it moves much less than pages per second do, so it is the figure
 * to compare two builds with (still noisy: caches and frequency are shared too). Also the loop to
 * attach a profiler to.
 *
 * <p>Arguments: [set dir] [--passes N] (timed passes, default 5) [--warmup N] (default 3)
 * [--no-peer] (skip Readability4J).
 */
public final class ExtractionCpu {
  private ExtractionCpu() {}

  public static void main(String[] args) throws IOException {
    Path dir = BenchmarkData.DEFAULT_DIR;
    int passes = 5;
    int warmup = 3;
    boolean peer = true;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--passes" -> passes = Integer.parseInt(args[++i]);
        case "--warmup" -> warmup = Integer.parseInt(args[++i]);
        case "--no-peer" -> peer = false;
        default -> dir = Path.of(args[i]);
      }
    }
    List<BenchmarkData.Page> pages =
        BenchmarkData.load(dir).pages.stream().map(BenchmarkData.Page::loaded).toList();
    Function<BenchmarkData.Page, String> ours =
        ExtractionBenchmark.timedBody(new ArticleExtractor());
    Function<BenchmarkData.Page, String> theirs = ExtractionBenchmark.timedReadability4J();
    for (int i = 0; i < warmup; i++) {
      ExtractionBenchmark.run(pages, ours);
      if (peer) {
        ExtractionBenchmark.run(pages, theirs);
      }
    }
    List<Double> ourMs = new ArrayList<>();
    List<Double> theirMs = new ArrayList<>();
    for (int i = 0; i < passes; i++) {
      ourMs.add(cpuMsPerPage(pages, ours));
      if (peer) {
        theirMs.add(cpuMsPerPage(pages, theirs));
      }
    }
    print("akhbar-parser", ourMs, pages.size());
    if (peer) {
      print("Readability4J 1.0.8", theirMs, pages.size());
      System.out.printf(
          Locale.ROOT,
          "CPU ratio Readability4J / akhbar (medians): %.2fx%n",
          median(theirMs) / median(ourMs));
    }
  }

  private static double cpuMsPerPage(
      List<BenchmarkData.Page> pages, Function<BenchmarkData.Page, String> f) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    System.gc();
    long start = threads.getCurrentThreadCpuTime();
    ExtractionBenchmark.run(pages, f);
    return (threads.getCurrentThreadCpuTime() - start) / 1e6 / pages.size();
  }

  private static double median(List<Double> v) {
    List<Double> sorted = v.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }

  private static void print(String name, List<Double> ms, int pages) {
    List<Double> sorted = ms.stream().sorted().toList();
    System.out.printf(
        Locale.ROOT,
        "%-22s CPU ms/page over %d pages: min %.3f  median %.3f  max %.3f  (%d passes; NOISY)%n",
        name,
        pages,
        sorted.get(0),
        median(ms),
        sorted.get(sorted.size() - 1),
        ms.size());
  }
}
