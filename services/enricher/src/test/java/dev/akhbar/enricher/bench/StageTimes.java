package dev.akhbar.enricher.bench;

import dev.akhbar.enricher.DemoTexts;
import dev.akhbar.enricher.TestEnricher;
import dev.akhbar.enricher.entities.EntityRecognizer;
import dev.akhbar.enricher.entities.Recognized;
import dev.akhbar.enricher.keyphrases.KeyPhraseExtractor;
import dev.akhbar.enricher.language.LanguageIdentifier;
import dev.akhbar.enricher.mentions.MentionExtractor;
import dev.akhbar.enricher.quotes.QuoteExtractor;
import dev.akhbar.enricher.stories.StoryIndex;
import dev.akhbar.enricher.text.Tokenizer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * CPU milliseconds (this thread's) per demo article spent in each stage of the enricher (language,
 * tokenising, entities, quotes, mentions, key phrases, stories), to see where time goes: {@code
 * java -cp <test classpath> dev.akhbar.enricher.bench.StageTimes}. Noisy on a shared machine.
 */
public final class StageTimes {
  public static void main(String[] args) {
    String body = String.join("\n", DemoTexts.arabicParagraphs());
    LanguageIdentifier li = new LanguageIdentifier(TestEnricher.LANGUAGES, true);
    EntityRecognizer er = EntityRecognizer.load();
    QuoteExtractor qe = new QuoteExtractor(er.lexicon());
    MentionExtractor me = new MentionExtractor();
    KeyPhraseExtractor kp = new KeyPhraseExtractor(er.lexicon());
    StoryIndex si = new StoryIndex(0.45, Duration.ofDays(14));
    int n = 300;
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    for (int round = 0; round < 3; round++) {
      long a = cpu.getCurrentThreadCpuTime();
      for (int i = 0; i < n; i++) li.identify(body);
      long b = cpu.getCurrentThreadCpuTime();
      for (int i = 0; i < n; i++) Tokenizer.tokenize(body);
      long c = cpu.getCurrentThreadCpuTime();
      Recognized r = null;
      for (int i = 0; i < n; i++) r = er.recognize(body, "ar");
      long d = cpu.getCurrentThreadCpuTime();
      for (int i = 0; i < n; i++) qe.extract(body, r);
      long e = cpu.getCurrentThreadCpuTime();
      for (int i = 0; i < n; i++) me.extract(body, LocalDate.of(2025, 2, 16));
      long f = cpu.getCurrentThreadCpuTime();
      for (int i = 0; i < n; i++) kp.extract("title", body);
      long g = cpu.getCurrentThreadCpuTime();
      for (int i = 0; i < n; i++) si.assign("id" + round + "-" + i, body, Instant.now());
      long h = cpu.getCurrentThreadCpuTime();
      System.out.printf(
          "CPU ms/article: language %.2f tokenize %.2f entities %.2f quotes %.2f mentions %.2f keyphrases %.2f stories %.2f%n",
          (b - a) / 1e6 / n,
          (c - b) / 1e6 / n,
          (d - c) / 1e6 / n,
          (e - d) / 1e6 / n,
          (f - e) / 1e6 / n,
          (g - f) / 1e6 / n,
          (h - g) / 1e6 / n);
    }
  }
}
