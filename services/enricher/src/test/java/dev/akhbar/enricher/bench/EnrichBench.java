package dev.akhbar.enricher.bench;

import dev.akhbar.enricher.ArticleText;
import dev.akhbar.enricher.DemoTexts;
import dev.akhbar.enricher.Enricher;
import dev.akhbar.enricher.TestEnricher;
import dev.akhbar.enricher.entities.EntityRecognizer;
import dev.akhbar.enricher.entities.Gazetteer;
import dev.akhbar.enricher.entities.GazetteerEntry;
import dev.akhbar.enricher.entities.Lexicon;
import dev.akhbar.enricher.language.LanguageIdentifier;
import dev.akhbar.enricher.stories.StoryIndex;
import dev.akhbar.enricher.text.ArabicText;
import dev.akhbar.events.Enrichment;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code make bench-enrich}: precision, recall and F1 per entity type and for quote attribution on
 * the evaluation set (src/test/resources/eval), then throughput (articles per second on the demo
 * article and the evaluation items) and heap used.
 */
public final class EnrichBench {
  private EnrichBench() {}

  static final class Score {
    int tp;
    int fp;
    int fn;

    double p() {
      return tp + fp == 0 ? 0 : tp / (double) (tp + fp);
    }

    double r() {
      return tp + fn == 0 ? 0 : tp / (double) (tp + fn);
    }

    double f1() {
      return p() + r() == 0 ? 0 : 2 * p() * r() / (p() + r());
    }
  }

  public static void main(String[] args) throws Exception {
    boolean verbose = args.length > 0 && args[0].equals("-v");
    long t0 = System.nanoTime();
    LanguageIdentifier languages = new LanguageIdentifier(TestEnricher.LANGUAGES, true);
    long t1 = System.nanoTime();
    EntityRecognizer recognizer = EntityRecognizer.load();
    long t2 = System.nanoTime();
    Enricher enricher =
        new Enricher(
            languages, recognizer, new StoryIndex(0.45, Duration.ofDays(14)), Clock.systemUTC());
    System.out.printf(
        Locale.ROOT,
        "enricher loaded in %.2f s (language models %.2f s, name models with gazetteer and"
            + " lexicon %.2f s)%n",
        (System.nanoTime() - t0) / 1e9,
        (t1 - t0) / 1e9,
        (t2 - t1) / 1e9);
    Gazetteer gazetteer = Gazetteer.shared();
    String conll = System.getProperty("bench.conll", "");
    if (!conll.isBlank()) {
      String lang = System.getProperty("bench.lang", "");
      ConllBench.run(enricher, Path.of(conll), lang.isBlank() ? null : lang, System.out);
    }

    for (String lang : List.of("ar", "en", "all", "heldout-ar", "heldout-en", "dev-ar")) {
      List<EvalItem> items = new ArrayList<>();
      if (lang.startsWith("heldout") || lang.startsWith("dev")) {
        items.addAll(EvalItem.load("/eval/" + lang + ".txt"));
      }
      if (lang.equals("ar") || lang.equals("all")) {
        items.addAll(EvalItem.load("/eval/ar.txt"));
      }
      if (lang.equals("en") || lang.equals("all")) {
        items.addAll(EvalItem.load("/eval/en.txt"));
      }
      Map<String, Score> scores = new java.util.TreeMap<>();
      for (String t : List.of("PERSON", "LOCATION", "ORGANIZATION", "ALL")) {
        scores.put(t, new Score());
      }
      Score quotes = new Score();
      int n = 0;
      for (EvalItem item : items) {
        Enrichment e = enricher.enrich(new ArticleText("eval-" + n++, "", item.text(), null, null));
        Map<String, Integer> gold = new HashMap<>();
        item.entities().forEach(g -> gold.merge(g.type() + "|" + g.text(), 1, Integer::sum));
        Map<String, Integer> pred = new HashMap<>();
        for (Enrichment.Entity en : e.entities()) {
          for (Enrichment.Span s : en.mentions()) {
            pred.merge(en.type() + "|" + s.text(), 1, Integer::sum);
          }
        }
        for (String k : union(gold, pred)) {
          String type = k.substring(0, k.indexOf('|'));
          int g = gold.getOrDefault(k, 0);
          int p = pred.getOrDefault(k, 0);
          int tp = Math.min(g, p);
          for (Score s : List.of(scores.get(type), scores.get("ALL"))) {
            s.tp += tp;
            s.fp += p - tp;
            s.fn += g - tp;
          }
          if (verbose && g != p) {
            System.out.printf("  %s %s gold=%d pred=%d%n", item.id(), k, g, p);
          }
        }
        // quotes: predicted quotes in order against the gold speakers in order
        List<Enrichment.Quote> predicted = e.quotes();
        for (int i = 0; i < Math.max(predicted.size(), item.speakers().size()); i++) {
          String goldSpeaker = i < item.speakers().size() ? item.speakers().get(i) : null;
          String predSpeaker = i < predicted.size() ? predicted.get(i).speaker() : null;
          boolean goldHas = goldSpeaker != null && !goldSpeaker.equals("-");
          boolean predHas = predSpeaker != null;
          if (goldHas && predHas && sameSpeaker(gazetteer, goldSpeaker, predSpeaker)) {
            quotes.tp++;
          } else {
            if (predHas) {
              quotes.fp++;
            }
            if (goldHas) {
              quotes.fn++;
            }
          }
          if (verbose
              && (goldHas || predHas)
              && !(goldHas && predHas && sameSpeaker(gazetteer, goldSpeaker, predSpeaker))) {
            System.out.printf(
                "  %s quote %d gold=%s pred=%s%n", item.id(), i, goldSpeaker, predSpeaker);
          }
        }
      }
      long sentences =
          items.stream().mapToLong(it -> it.text().split("(?<=[.!?؟])\\s+(?=\\S)").length).sum();
      System.out.printf("%n== %s: %d items, %d sentences ==%n", lang, items.size(), sentences);
      System.out.printf(
          "%-22s %9s %9s %9s %6s %6s %6s%n", "", "precision", "recall", "F1", "tp", "fp", "fn");
      for (String t : List.of("PERSON", "LOCATION", "ORGANIZATION", "ALL")) {
        print(t, scores.get(t));
      }
      print("QUOTE_ATTRIBUTION", quotes);
    }

    // throughput: the demo article plus every eval item as an article, several rounds
    List<ArticleText> corpus = new ArrayList<>();
    String demoBody = String.join("\n", DemoTexts.arabicParagraphs());
    for (EvalItem item : EvalItem.load("/eval/ar.txt")) {
      corpus.add(new ArticleText("x", "", item.text(), null, null));
    }
    for (EvalItem item : EvalItem.load("/eval/en.txt")) {
      corpus.add(new ArticleText("x", "", item.text(), null, null));
    }
    for (int i = 0; i < 3; i++) {
      for (int k = 0; k < 5; k++) {
        corpus.add(new ArticleText("demo", DemoTexts.AR_TITLE, demoBody, null, null));
      }
    }
    int warm = 0;
    for (ArticleText a : corpus) {
      enricher.enrich(new ArticleText("w" + warm++, a.title(), a.body(), null, null));
    }
    // wall-clock time is shared with whatever else the machine runs; the thread's CPU time is not
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    int rounds = 5;
    int count = 0;
    long chars = 0;
    long start = System.nanoTime();
    long cpuStart = threads.getCurrentThreadCpuTime();
    for (int r = 0; r < rounds; r++) {
      for (ArticleText a : corpus) {
        enricher.enrich(new ArticleText("t" + count++, a.title(), a.body(), null, null));
        chars += a.body().length();
      }
    }
    double secs = (System.nanoTime() - start) / 1e9;
    double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "%nthroughput: %d articles (%.0f chars avg) in %.2f s = %.1f articles/s on one thread;"
            + " CPU %.2f ms/article = %.1f articles per CPU-second%n",
        count,
        chars / (double) count,
        secs,
        count / secs,
        cpu * 1000 / count,
        count / cpu);
    int demoRuns = 300;
    double[] demoWall = new double[3];
    double[] demoCpu = new double[3];
    for (int round = 0; round < 3; round++) {
      long demoStart = System.nanoTime();
      long demoCpuStart = threads.getCurrentThreadCpuTime();
      for (int i = 0; i < demoRuns; i++) {
        enricher.enrich(
            new ArticleText("d" + round + "-" + i, DemoTexts.AR_TITLE, demoBody, null, null));
      }
      demoWall[round] = demoRuns / ((System.nanoTime() - demoStart) / 1e9);
      demoCpu[round] = demoRuns / ((threads.getCurrentThreadCpuTime() - demoCpuStart) / 1e9);
    }
    java.util.Arrays.sort(demoWall);
    java.util.Arrays.sort(demoCpu);
    System.out.printf(
        Locale.ROOT,
        "demo article (%d chars), 3 rounds of %d: %.1f / %.1f / %.1f articles/s wall"
            + " (min/median/max); %.1f / %.1f / %.1f articles per CPU-second (%.2f ms CPU per"
            + " article at the median)%n",
        demoBody.length(),
        demoRuns,
        demoWall[0],
        demoWall[1],
        demoWall[2],
        demoCpu[0],
        demoCpu[1],
        demoCpu[2],
        1000 / demoCpu[1]);
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.gc();
    Runtime rt = Runtime.getRuntime();
    System.out.printf(
        "heap used after GC: %.0f MB (peak %.0f MB, max %.0f MB)%n",
        (rt.totalMemory() - rt.freeMemory()) / 1048576.0,
        peak / 1048576.0,
        rt.maxMemory() / 1048576.0);
  }

  private static java.util.Set<String> union(Map<String, Integer> a, Map<String, Integer> b) {
    java.util.Set<String> s = new java.util.TreeSet<>(a.keySet());
    s.addAll(b.keySet());
    return s;
  }

  private static void print(String name, Score s) {
    System.out.printf(
        Locale.ROOT,
        "%-22s %9.3f %9.3f %9.3f %6d %6d %6d%n",
        name,
        s.p(),
        s.r(),
        s.f1(),
        s.tp,
        s.fp,
        s.fn);
  }

  /** Same person: both canonicalised through the gazetteer, then compared by their last token. */
  static boolean sameSpeaker(Gazetteer g, String gold, String predicted) {
    String a = canonical(g, gold);
    String b = canonical(g, predicted);
    if (a.equals(b)) {
      return true;
    }
    String[] at = a.split(" ");
    String[] bt = b.split(" ");
    return at[at.length - 1].equals(bt[bt.length - 1]);
  }

  private static String canonical(Gazetteer g, String name) {
    GazetteerEntry e = g.get(Lexicon.key(name), name);
    String c = e != null ? e.canonical() : name;
    String n = ArabicText.normalize(c);
    return n.replaceFirst("^(al|el)-", "");
  }
}
