package dev.akhbar.parser.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.akhbar.parser.extract.ArticleExtractor;
import dev.akhbar.parser.extract.Extraction;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;

/**
 * {@code make bench-extract}: what the extractor gets right on the development sets in ../shared
 * (the Scrapinghub article-extraction benchmark and WCXB's development split), side by side with
 * Readability4J run in this JVM on the same decoded pages: body F1, title, authors, date and
 * article detection; on Scrapinghub also every extractor in peers/, and the speed of both.
 *
 * <p>Arguments: [set dir ...] [--worst N] (our N lowest body-F1 articles per set) [--misses N]
 * (first N title, author and date misses on WCXB, held-back pages left out: see {@link HeldBack})
 * [--dump FILE] (our output, one JSON line per page, to compare two builds) [--no-speed]
 * [--no-peer] (skip Readability4J).
 */
public final class ExtractionBenchmark {
  private static final Instant FETCHED_AT = Instant.parse("2020-01-01T00:00:00Z");

  /**
   * WCXB pages were fetched from 2025 to March 2026 (the latest annotated date is 2026-03-13):
   * relative dates and dates without a year are read against this.
   */
  private static final Instant WCXB_FETCHED_AT = Instant.parse("2026-03-15T00:00:00Z");

  private static final int WARMUP_PASSES = 3;
  private static final int TIMED_ROUNDS = 5;
  private static final String OURS = "akhbar-parser";
  private static final String R4J = "Readability4J 1.0.8";
  private static final ObjectMapper JSON = new ObjectMapper();

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

  private record Options(
      List<Path> sets, int worst, int misses, Path dump, boolean speed, boolean peer) {}

  private ExtractionBenchmark() {}

  public static void main(String[] args) throws Exception {
    Options o = options(args);
    ArticleExtractor extractor = new ArticleExtractor();
    BufferedWriter dump = o.dump() == null ? null : Files.newBufferedWriter(o.dump());
    BenchmarkData timedSet = null;
    System.out.println(
        "DEVELOPMENT figures: the parser is tuned on these sets; held-out figures come from pages"
            + " outside the project.");
    for (Path dir : o.sets()) {
      BenchmarkData data = BenchmarkData.load(dir);
      if (!data.wcxb && timedSet == null) {
        timedSet = data;
      }
      Instant fetched = data.wcxb ? WCXB_FETCHED_AT : FETCHED_AT;
      SetScores ours = new SetScores(OURS);
      SetScores theirs = new SetScores(R4J);
      HeldBack parts = new HeldBack();
      for (BenchmarkData.Page p : data.pages) {
        String html = p.html();
        Extraction x = ours(extractor, html, p, fetched);
        ours.add(data, p, output(x));
        if (data.wcxb) {
          parts.add(data, p, output(x));
        }
        if (dump != null) {
          dump.write(dumpLine(data, p, x));
          dump.newLine();
        }
        if (o.peer()) {
          theirs.add(data, p, readability(html, p));
        }
      }
      report(data, o.peer() ? List.of(ours, theirs) : List.of(ours));
      if (data.wcxb) {
        parts.print();
      }
      if (!data.wcxb) {
        peers(data, o.peer() ? List.of(ours, theirs) : List.of(ours));
      }
      if (o.worst() > 0) {
        worst(data, ours, o.worst());
      }
      if (o.misses() > 0 && data.wcxb) {
        misses(data, extractor, fetched, o.misses());
      }
    }
    if (dump != null) {
      dump.close();
    }
    if (o.speed() && timedSet != null) {
      speed(timedSet, extractor);
    }
  }

  private static Options options(String[] args) {
    List<Path> sets = new ArrayList<>();
    int worst = 0;
    int misses = 0;
    Path dump = null;
    boolean speed = true;
    boolean peer = true;
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
      switch (words.get(i)) {
        case "--worst" -> worst = Integer.parseInt(words.get(++i));
        case "--misses" -> misses = Integer.parseInt(words.get(++i));
        case "--dump" -> dump = Path.of(words.get(++i));
        case "--no-speed" -> speed = false;
        case "--no-peer" -> peer = false;
        default -> sets.add(Path.of(words.get(i)));
      }
    }
    if (sets.isEmpty()) {
      sets.add(BenchmarkData.DEFAULT_DIR);
      sets.add(BenchmarkData.WCXB_DEV_DIR);
    }
    return new Options(sets, worst, misses, dump, speed, peer);
  }

  private static Extraction ours(
      ArticleExtractor extractor, String html, BenchmarkData.Page p, Instant fetched) {
    return extractor.extract(html, p.url(), fetched);
  }

  private static SetScores.Output output(Extraction x) {
    return new SetScores.Output(x.body(), x.title(), x.authors(), x.publishedAt(), x.article());
  }

  private static SetScores.Output readability(String html, BenchmarkData.Page p) {
    try {
      Article a = new Readability4J(p.url() == null ? "" : p.url(), html).parse();
      String text = a.getTextContent();
      String byline = a.getByline();
      return new SetScores.Output(
          text == null ? "" : text,
          a.getTitle(),
          byline == null ? List.of() : List.of(byline),
          null,
          null);
    } catch (RuntimeException | StackOverflowError e) {
      return new SetScores.Output("", null, List.of(), null, null);
    }
  }

  private static String dumpLine(BenchmarkData data, BenchmarkData.Page p, Extraction x)
      throws IOException {
    ObjectNode n = JSON.createObjectNode();
    n.put("set", data.name());
    n.put("id", p.id());
    n.put("article", x.article());
    n.put("reason", x.notArticleReason());
    n.put("title", x.title());
    x.authors().forEach(n.putArray("authors")::add);
    n.put("published", x.publishedAt() == null ? null : x.publishedAt().toString());
    n.put("body", x.body());
    return JSON.writeValueAsString(n);
  }

  private static void report(BenchmarkData data, List<SetScores> all) {
    long articles = data.pages.stream().filter(BenchmarkData.Page::article).count();
    System.out.printf(
        Locale.ROOT,
        "%n== %s: %d pages, %d articles (DEVELOPMENT set)%n",
        data.name(),
        data.pages.size(),
        articles);
    StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-44s", ""));
    all.forEach(s -> head.append(String.format(Locale.ROOT, "%-24s", s.extractor)));
    System.out.println(head);
    if (data.wcxb) {
      row("body word F1, " + articles + " articles", all, s -> f(s.wordF1()));
      row("title exact, " + all.get(0).titleN + " articles", all, s -> ratio(s.titleOk, s.titleN));
      row(
          "authors, " + all.get(0).authorN + " articles with one",
          all,
          s -> ratio(s.authorOk, s.authorN));
      row(
          "date, " + all.get(0).dateN + " articles with one",
          all,
          s -> s.tellsDates ? ratio(s.dateOk, s.dateN) : "n/a");
    } else {
      row(
          "body F1 (shingles; P / R)",
          all,
          s -> {
            ShingleMetric.Score sc = ShingleMetric.score(data.expected(), s.bodies);
            return String.format(
                Locale.ROOT, "%.4f (%.3f / %.3f)", sc.f1(), sc.precision(), sc.recall());
          });
      row("title, authors, date", all, s -> "not annotated");
    }
    row(
        "article detection precision",
        all,
        s ->
            !s.detects
                ? "n/a"
                : s.falsePositives + s.truePositives == 0 || articles == data.pages.size()
                    ? "n/a (no other pages)"
                    : ratio(s.truePositives, s.truePositives + s.falsePositives));
    row(
        "article detection recall",
        all,
        s -> s.detects ? ratio(s.truePositives, s.truePositives + s.falseNegatives) : "n/a");
    SetScores ours = all.get(0);
    if (data.wcxb) {
      StringBuilder types = new StringBuilder("pages called articles, by annotated type:");
      ours.calledArticle.forEach(
          (type, n) -> types.append(String.format(Locale.ROOT, " %s %d/%d", type, n[0], n[1])));
      System.out.println(types);
    }
  }

  private static void row(String label, List<SetScores> all, Function<SetScores, String> value) {
    StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-44s", label));
    all.forEach(s -> b.append(String.format(Locale.ROOT, "%-24s", value.apply(s))));
    System.out.println(b.toString().stripTrailing());
  }

  private static String f(double v) {
    return String.format(Locale.ROOT, "%.4f", v);
  }

  private static String ratio(int ok, int n) {
    return n == 0 ? "n/a" : String.format(Locale.ROOT, "%.3f (%d/%d)", (double) ok / n, ok, n);
  }

  /** Scrapinghub: every extractor of peers/ and both of ours, ranked by the same metric. */
  private static void peers(BenchmarkData data, List<SetScores> all) throws IOException {
    Map<String, String> expected = data.expected();
    List<Object[]> scored = new ArrayList<>();
    for (SetScores s : all) {
      String label = s.extractor + (s.extractor.equals(OURS) ? " (this build)" : " (same JVM)");
      scored.add(new Object[] {label, ShingleMetric.score(expected, s.bodies)});
    }
    for (BenchmarkData.Peer peer : data.peers()) {
      String name = peer.name() + (peer.version() == null ? "" : " " + peer.version());
      scored.add(new Object[] {name + " (peers/)", ShingleMetric.score(expected, peer.bodies())});
    }
    scored.sort(Comparator.comparingDouble(o -> -((ShingleMetric.Score) o[1]).f1()));
    System.out.printf(
        Locale.ROOT,
        "%nBody F1 beside the published peers:%n%-36s %7s %10s %8s%n",
        "extractor",
        "F1",
        "precision",
        "recall");
    for (Object[] o : scored) {
      ShingleMetric.Score s = (ShingleMetric.Score) o[1];
      System.out.printf(
          Locale.ROOT, "%-36s %7.4f %10.4f %8.4f%n", o[0], s.f1(), s.precision(), s.recall());
    }
  }

  private static void worst(BenchmarkData data, SetScores ours, int n) {
    System.out.printf(Locale.ROOT, "%nOur %d lowest body-F1 articles in %s:%n", n, data.name());
    Map<String, BenchmarkData.Page> byId = new TreeMap<>();
    data.pages.forEach(p -> byId.put(p.id(), p));
    ours.pageF1.entrySet().stream()
        .sorted(Map.Entry.comparingByValue())
        .limit(n)
        .forEach(
            e ->
                System.out.printf(
                    Locale.ROOT,
                    "%.3f  %s  %s%n",
                    e.getValue(),
                    e.getKey().length() > 12 ? e.getKey().substring(0, 12) : e.getKey(),
                    byId.get(e.getKey()).url()));
  }

  /** WCXB: the first title, author and date misses, to see what goes wrong. */
  private static void misses(
      BenchmarkData data, ArticleExtractor extractor, Instant fetched, int n) {
    List<String> titles = new ArrayList<>();
    List<String> authors = new ArrayList<>();
    List<String> dates = new ArrayList<>();
    List<String> detection = new ArrayList<>();
    for (BenchmarkData.Page p : data.pages) {
      if (HeldBack.heldBack(p.id())) {
        // Held-back pages are not looked at while tuning.
        continue;
      }
      Extraction x = ours(extractor, p.html(), p, fetched);
      if (x.article() != p.article()) {
        detection.add(p.id() + " " + p.type() + " -> " + x.notArticleReason() + "  " + p.url());
      }
      if (!p.article()) {
        continue;
      }
      if (p.title() != null && !FieldMatch.sameTitle(p.title(), x.title())) {
        titles.add(p.id() + " want [" + p.title() + "] got [" + x.title() + "]");
      }
      if (p.author() != null && !FieldMatch.sameAuthors(p.author(), x.authors())) {
        authors.add(p.id() + " want [" + p.author() + "] got " + x.authors());
      }
      if (p.date() != null && !FieldMatch.sameDate(p.date(), x.publishedAt())) {
        dates.add(
            p.id() + " want [" + p.date() + "] got [" + x.publishedRaw() + "] " + x.publishedAt());
      }
    }
    for (Object[] list :
        new Object[][] {
          {"title", titles}, {"author", authors}, {"date", dates}, {"detection", detection}
        }) {
      @SuppressWarnings("unchecked")
      List<String> l = (List<String>) list[1];
      System.out.printf(Locale.ROOT, "%n%s misses (%d):%n", list[0], l.size());
      l.stream().limit(n).forEach(System.out::println);
    }
  }

  private static void speed(BenchmarkData data, ArticleExtractor extractor) {
    List<BenchmarkData.Page> pages = data.pages.stream().map(BenchmarkData.Page::loaded).toList();
    Function<BenchmarkData.Page, String> akhbar = timedBody(extractor);
    Function<BenchmarkData.Page, String> readability4j = timedReadability4J();
    System.out.printf(
        Locale.ROOT,
        "%nSpeed on %s (%d pages), one thread: %d warm-up passes each, then %d rounds of one"
            + " timed pass each, alternating (input decoded to strings beforehand; jsoup parsing"
            + " included):%n",
        data.name(),
        pages.size(),
        WARMUP_PASSES,
        TIMED_ROUNDS);
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
    ourTiming.print(OURS);
    theirTiming.print(R4J);
    System.out.printf(
        Locale.ROOT,
        "speed ratio akhbar / Readability4J: %.2fx (best passes), %.2fx (medians)%n",
        ourTiming.best() / theirTiming.best(),
        ourTiming.median() / theirTiming.median());
  }

  /** Our body of a page, as the timed passes run it. */
  static Function<BenchmarkData.Page, String> timedBody(ArticleExtractor extractor) {
    return p -> extractor.extract(p.html(), p.url(), FETCHED_AT).body();
  }

  /** Readability4J's text of a page, as the timed passes run it. */
  static Function<BenchmarkData.Page, String> timedReadability4J() {
    return p -> {
      String text = new Readability4J(p.url(), p.html()).parse().getTextContent();
      return text == null ? "" : text;
    };
  }

  static void run(List<BenchmarkData.Page> pages, Function<BenchmarkData.Page, String> f) {
    for (BenchmarkData.Page p : pages) {
      try {
        f.apply(p);
      } catch (RuntimeException e) {
        // a failing page costs its time like any other
      }
    }
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
