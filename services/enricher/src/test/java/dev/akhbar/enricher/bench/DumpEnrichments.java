package dev.akhbar.enricher.bench;

import dev.akhbar.enricher.ArticleText;
import dev.akhbar.enricher.Enricher;
import dev.akhbar.enricher.TestEnricher;
import dev.akhbar.enricher.entities.EntityRecognizer;
import dev.akhbar.enricher.language.LanguageIdentifier;
import dev.akhbar.enricher.stories.StoryIndex;
import dev.akhbar.events.EventCodec;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * Writes the enrichment of every text of {@link LanguageTexts} (and of every 7th again under
 * another id, a near-duplicate for the story index) as JSON lines, at a fixed clock: run it on two
 * builds and compare the files to show that a speed change left every result as it was.
 *
 * <pre>
 * java -cp &lt;test classpath&gt; dev.akhbar.enricher.bench.DumpEnrichments out.jsonl [../shared]
 * </pre>
 */
public final class DumpEnrichments {
  private DumpEnrichments() {}

  public static void main(String[] args) throws Exception {
    Map<String, List<String>> texts =
        LanguageTexts.load(Path.of(args.length > 1 ? args[1] : "../../../shared"));
    Clock clock = Clock.fixed(Instant.parse("2026-11-30T00:00:00Z"), ZoneOffset.UTC);
    Enricher enricher =
        new Enricher(
            new LanguageIdentifier(TestEnricher.LANGUAGES, true),
            EntityRecognizer.load(),
            new StoryIndex(0.45, Duration.ofDays(14)),
            clock);
    LocalDate date = LocalDate.of(2025, 2, 16);
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[0])))) {
      int n = 0;
      for (Map.Entry<String, List<String>> corpus : texts.entrySet()) {
        for (String text : corpus.getValue()) {
          int nl = text.indexOf('\n');
          String title = nl > 0 && nl < 120 ? text.substring(0, nl) : "";
          String body = title.isEmpty() ? text : text.substring(nl + 1);
          String id = corpus.getKey() + "-" + n++;
          out.println(
              EventCodec.write(enricher.enrich(new ArticleText(id, title, body, null, date))));
          if (n % 7 == 0) {
            out.println(
                EventCodec.write(
                    enricher.enrich(new ArticleText("dup-" + n, title, body, null, date))));
          }
        }
      }
    }
  }
}
