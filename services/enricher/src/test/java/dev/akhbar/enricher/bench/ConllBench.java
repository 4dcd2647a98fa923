package dev.akhbar.enricher.bench;

import dev.akhbar.enricher.ArticleText;
import dev.akhbar.enricher.Enricher;
import dev.akhbar.enricher.conll.ConllDocument;
import dev.akhbar.enricher.conll.ConllScore;
import dev.akhbar.enricher.conll.ConllSentence;
import dev.akhbar.events.Enrichment;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code make bench-enrich CONLL=file.conll LANG=ar}: scores the enricher (the product path: model
 * and post-passes) on an annotated CoNLL-format file. Sentences are rebuilt as article bodies
 * (tokens joined by spaces, sentences by newlines, about {@link ConllDocument#ARTICLE_CHARS}
 * characters an article), enriched, and each entity mention's characters are mapped back to the
 * file's tokens; scoring is exact match per type and micro-averaged, conlleval rules, MISC not
 * scored.
 */
public final class ConllBench {
  private ConllBench() {}

  public static ConllScore score(Enricher enricher, Path file, String language) throws IOException {
    List<ConllDocument> docs =
        ConllDocument.group(ConllSentence.read(file), ConllDocument.ARTICLE_CHARS);
    ConllScore score = new ConllScore();
    int n = 0;
    for (ConllDocument doc : docs) {
      Enrichment e =
          enricher.enrich(new ArticleText("conll-" + n++, "", doc.text(), language, null));
      List<ConllScore.Mention> predicted = new ArrayList<>();
      for (Enrichment.Entity entity : e.entities()) {
        String type =
            switch (entity.type()) {
              case PERSON -> "PER";
              case LOCATION -> "LOC";
              case ORGANIZATION -> "ORG";
            };
        for (Enrichment.Span s : entity.mentions()) {
          predicted.add(new ConllScore.Mention(type, s.start(), s.end()));
        }
      }
      score.add(doc, predicted);
    }
    return score;
  }

  public static void run(Enricher enricher, Path file, String language, PrintStream out)
      throws IOException {
    long t0 = System.nanoTime();
    ConllScore score = score(enricher, file, language);
    score.print(
        out,
        "CoNLL "
            + file.getFileName()
            + " (language "
            + (language == null ? "detected" : language)
            + "), exact match, MISC not scored");
    out.printf("scored in %.1f s%n", (System.nanoTime() - t0) / 1e9);
  }
}
