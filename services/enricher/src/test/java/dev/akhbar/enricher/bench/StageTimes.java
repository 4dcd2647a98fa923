package dev.akhbar.enricher.bench;

import dev.akhbar.enricher.DemoTexts;
import dev.akhbar.enricher.Enricher;
import dev.akhbar.enricher.TestEnricher;
import dev.akhbar.enricher.entities.EntityRecognizer;
import dev.akhbar.enricher.entities.Recognized;
import dev.akhbar.enricher.keyphrases.KeyPhraseExtractor;
import dev.akhbar.enricher.language.LanguageIdentifier;
import dev.akhbar.enricher.mentions.MentionExtractor;
import dev.akhbar.enricher.quotes.QuoteExtractor;
import dev.akhbar.enricher.stories.StoryIndex;
import dev.akhbar.enricher.text.Tokenizer;
import dev.akhbar.events.EnrichedArticle;
import dev.akhbar.events.EventCodec;
import dev.akhbar.events.ParsedArticle;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * CPU milliseconds (this thread's) per article spent in each stage of the enricher and of its Kafka
 * adapter's JSON, to see where time goes. Noisy on a shared machine.
 *
 * <pre>
 * java -cp &lt;test classpath&gt; dev.akhbar.enricher.bench.StageTimes            # the demo article
 * java -cp &lt;test classpath&gt; dev.akhbar.enricher.bench.StageTimes pages [file] # bench-pipeline's articles
 * java -cp &lt;test classpath&gt; dev.akhbar.enricher.bench.StageTimes loop [file] [seconds] # for a profiler
 * </pre>
 */
public final class StageTimes {
  private StageTimes() {}

  public static void main(String[] args) {
    String mode = args.length > 0 ? args[0] : "demo";
    Path file = args.length > 1 ? Path.of(args[1]) : PageArticles.DEFAULT;
    List<ParsedArticle> articles = new ArrayList<>();
    if (mode.equals("demo")) {
      List<String> paragraphs = DemoTexts.arabicParagraphs();
      articles.add(
          new ParsedArticle(
              "demo",
              "https://example.org/demo",
              null,
              "bench",
              DemoTexts.AR_TITLE,
              null,
              paragraphs,
              List.of(),
              null,
              null,
              null,
              null,
              null,
              List.of(),
              null,
              List.of(),
              null,
              0,
              null,
              Instant.parse("2026-11-30T00:00:00Z"),
              null));
    } else {
      articles.addAll(PageArticles.load(file));
    }
    LanguageIdentifier li = new LanguageIdentifier(TestEnricher.LANGUAGES, true);
    EntityRecognizer er = EntityRecognizer.load();
    if (mode.equals("loop")) {
      loop(articles, li, er, args.length > 2 ? Integer.parseInt(args[2]) : 60);
      return;
    }
    QuoteExtractor qe = new QuoteExtractor(er.lexicon());
    MentionExtractor me = new MentionExtractor();
    KeyPhraseExtractor kp = new KeyPhraseExtractor(er.lexicon());
    Enricher enricher =
        new Enricher(li, er, new StoryIndex(0.45, Duration.ofDays(14)), Clock.systemUTC());
    List<String> json = articles.stream().map(EventCodec::write).toList();
    List<String> bodies = articles.stream().map(ParsedArticle::body).toList();
    int n = Math.max(1, 300 / articles.size());
    int per = n * articles.size();
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    String[] names = {
      "json-in",
      "language",
      "tokenize",
      "entities",
      "quotes",
      "mentions",
      "keyphrases",
      "stories",
      "json-out",
      "whole"
    };
    for (int round = 0; round < 4; round++) {
      long[] t = new long[names.length + 1];
      int s = 0;
      t[s++] = cpu.getCurrentThreadCpuTime();
      for (int i = 0; i < n; i++) json.forEach(j -> EventCodec.read(j, ParsedArticle.class));
      t[s++] = cpu.getCurrentThreadCpuTime();
      for (int i = 0; i < n; i++) {
        for (int a = 0; a < articles.size(); a++) {
          li.identify(articles.get(a).title() + "\n" + bodies.get(a));
        }
      }
      t[s++] = cpu.getCurrentThreadCpuTime();
      for (int i = 0; i < n; i++) bodies.forEach(Tokenizer::tokenize);
      t[s++] = cpu.getCurrentThreadCpuTime();
      List<Recognized> recs = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        recs.clear();
        bodies.forEach(b -> recs.add(er.recognize(b, "en")));
      }
      t[s++] = cpu.getCurrentThreadCpuTime();
      for (int i = 0; i < n; i++) {
        for (int a = 0; a < bodies.size(); a++) qe.extract(bodies.get(a), recs.get(a));
      }
      t[s++] = cpu.getCurrentThreadCpuTime();
      for (int i = 0; i < n; i++) bodies.forEach(b -> me.extract(b, LocalDate.of(2025, 2, 16)));
      t[s++] = cpu.getCurrentThreadCpuTime();
      for (int i = 0; i < n; i++) {
        for (int a = 0; a < bodies.size(); a++) kp.extract(articles.get(a).title(), bodies.get(a));
      }
      t[s++] = cpu.getCurrentThreadCpuTime();
      StoryIndex si = new StoryIndex(0.45, Duration.ofDays(14));
      for (int i = 0; i < n; i++) {
        for (int a = 0; a < bodies.size(); a++) {
          si.assign(
              round + "-" + i + "-" + a,
              articles.get(a).title() + "\n" + bodies.get(a),
              Instant.now());
        }
      }
      t[s++] = cpu.getCurrentThreadCpuTime();
      List<EnrichedArticle> enriched = new ArrayList<>();
      for (ParsedArticle a : articles) enriched.add(new EnrichedArticle(a, enricher.enrich(a)));
      long e0 = cpu.getCurrentThreadCpuTime();
      for (int i = 0; i < n; i++) enriched.forEach(EventCodec::write);
      t[s++] = cpu.getCurrentThreadCpuTime() - e0 + t[s - 2];
      long w0 = cpu.getCurrentThreadCpuTime();
      for (int i = 0; i < n; i++) {
        for (ParsedArticle a : articles) {
          EventCodec.write(new EnrichedArticle(a, enricher.enrich(a)));
        }
      }
      t[s++] = cpu.getCurrentThreadCpuTime() - w0 + t[s - 2];
      StringBuilder line = new StringBuilder("CPU ms/article (noisy):");
      for (int k = 0; k < names.length; k++) {
        line.append(
            String.format(Locale.ROOT, " %s %.2f", names[k], (t[k + 1] - t[k]) / 1e6 / per));
      }
      System.out.println(line);
    }
  }

  private static void loop(
      List<ParsedArticle> articles, LanguageIdentifier li, EntityRecognizer er, int seconds) {
    Enricher enricher =
        new Enricher(li, er, new StoryIndex(0.45, Duration.ofDays(14)), Clock.systemUTC());
    List<String> json = articles.stream().map(EventCodec::write).toList();
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    long count = 0;
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long warmEnd = System.nanoTime() + Math.min(20, seconds / 3) * 1_000_000_000L;
    while (System.nanoTime() < warmEnd) {
      for (String j : json) {
        ParsedArticle a = EventCodec.read(j, ParsedArticle.class);
        EventCodec.write(new EnrichedArticle(a, enricher.enrich(a)));
      }
    }
    long c0 = cpu.getCurrentThreadCpuTime();
    long p0 = processCpu();
    while (System.nanoTime() < end) {
      for (String j : json) {
        ParsedArticle a = EventCodec.read(j, ParsedArticle.class);
        EventCodec.write(new EnrichedArticle(a, enricher.enrich(a)));
        count++;
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%d articles after warm-up: CPU %.2f ms/article on this thread, %.2f ms/article in the"
            + " process (with Lingua's worker threads, JIT and GC; noisy)%n",
        count,
        (cpu.getCurrentThreadCpuTime() - c0) / 1e6 / count,
        (processCpu() - p0) / 1e6 / count);
  }

  private static long processCpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }
}
