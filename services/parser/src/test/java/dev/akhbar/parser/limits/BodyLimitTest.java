package dev.akhbar.parser.limits;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akhbar.events.ParsedArticle;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class BodyLimitTest {
  private static ParsedArticle article(List<String> paragraphs) {
    return new ParsedArticle(
        "0123456789abcdef0123456789abcdef",
        "https://news.example/a",
        "https://news.example/a",
        null,
        "Title",
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
        List.of("en"),
        "ltr",
        999,
        "hash-of-the-whole-article",
        Instant.parse("2025-02-16T08:00:00Z"),
        Instant.parse("2025-02-16T08:00:01Z"));
  }

  @Test
  void anArticleThatFitsIsLeftAsItIs() {
    ParsedArticle a = article(List.of("one two", "three"));
    assertThat(new BodyLimit(1000).apply(a)).isSameAs(a);
  }

  @Test
  void aLongBodyIsCutAfterTheLastWholeParagraphThatFits() {
    String p = "word ".repeat(100).strip(); // 499 characters
    ParsedArticle a = article(List.of(p, p, p, p));
    ParsedArticle cut = new BodyLimit(1000).apply(a);
    assertThat(cut.paragraphs()).containsExactly(p, p);
    assertThat(cut.body().length()).isLessThanOrEqualTo(1000);
    assertThat(cut.wordCount()).isEqualTo(200);
    assertThat(cut.contentHash()).isEqualTo("hash-of-the-whole-article");
    assertThat(cut.id()).isEqualTo(a.id());
    assertThat(cut.fetchedAt()).isEqualTo(a.fetchedAt());
  }

  @Test
  void aSingleHugeParagraphIsCutAtASpace() {
    String huge = "1,1,1,1 ".repeat(100_000);
    ParsedArticle cut = new BodyLimit(5000).apply(article(List.of(huge, "after")));
    assertThat(cut.paragraphs()).hasSize(1);
    assertThat(cut.body()).hasSizeLessThanOrEqualTo(5000).endsWith("1,1,1,1");
  }
}
