package dev.akhbar.enricher;

import dev.akhbar.events.ParsedArticle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Test articles: the project's Arabic sample article (../shared/seeds) and a few written here. */
public final class DemoTexts {
  private DemoTexts() {}

  /** The sample article's title. */
  public static final String AR_TITLE = "موسكو: اجتماع روسي أمريكي جديد الأسبوع الجاري";

  /**
   * The body paragraphs of ../shared/seeds/article-ar-001.txt as the parser extracts them: after
   * the title, up to the comment form.
   */
  public static List<String> arabicParagraphs() {
    // from the module (surefire) or from the repo root (make bench-enrich)
    Path seed = Path.of("../../../shared/seeds/article-ar-001.txt");
    if (!Files.exists(seed)) {
      seed = Path.of("../shared/seeds/article-ar-001.txt");
    }
    try {
      List<String> lines = Files.readAllLines(seed, StandardCharsets.UTF_8);
      List<String> paragraphs = new ArrayList<>();
      boolean inBody = false;
      for (String line : lines) {
        String l = line.strip();
        if (l.equals(AR_TITLE)) {
          inBody = true;
          continue;
        }
        if (l.startsWith("اترك تعليق")) {
          break;
        }
        if (inBody && !l.isEmpty()) {
          paragraphs.add(l);
        }
      }
      return paragraphs;
    } catch (IOException e) {
      throw new UncheckedIOException(
          "the sample article sits in ../shared/seeds beside the repo", e);
    }
  }

  public static final List<String> ENGLISH =
      List.of(
          "Dock workers at the port of Southampton voted on Tuesday to end a two-week strike after"
              + " the operator agreed to raise wages by 6.5% this year.",
          "\"This is a fair deal for every family that depends on the harbour,\" said union leader"
              + " Margaret Collins, adding that ships would be unloaded again from Wednesday.");

  public static final List<String> FRENCH =
      List.of(
          "Les vendanges ont commencé avec trois semaines d'avance dans le Bordelais, où la"
              + " chaleur de l'été a accéléré la maturation du raisin.",
          "Les viticulteurs redoutent une récolte plus faible que l'an dernier, mais espèrent"
              + " une qualité exceptionnelle.");

  public static ParsedArticle article(String title, List<String> paragraphs) {
    String url = "https://akhbar-test.example/" + UUID.randomUUID();
    return new ParsedArticle(
        dev.akhbar.events.ArticleId.of(url),
        url,
        url,
        "akhbar-test",
        title,
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
        "ltr",
        paragraphs.stream().mapToInt(p -> p.split("\\s+").length).sum(),
        null,
        Instant.parse("2025-02-16T08:00:00Z"),
        Instant.parse("2025-02-16T08:00:01Z"));
  }

  public static ParsedArticle arabicArticle() {
    return article(AR_TITLE, arabicParagraphs());
  }
}
