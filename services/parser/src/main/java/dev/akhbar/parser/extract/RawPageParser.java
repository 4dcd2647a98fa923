package dev.akhbar.parser.extract;

import dev.akhbar.events.FeedHints;
import dev.akhbar.events.ParsedArticle;
import dev.akhbar.events.RawPage;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Maps a {@link RawPage} to a {@link ParsedArticle}, or throws {@link NotAnArticleException} with
 * the reason. Knows nothing of Kafka.
 */
public final class RawPageParser {
  private final ArticleExtractor extractor;
  private final Clock clock;

  public RawPageParser() {
    this(new ArticleExtractor(), Clock.systemUTC());
  }

  public RawPageParser(ArticleExtractor extractor, Clock clock) {
    this.extractor = extractor;
    this.clock = clock;
  }

  public ParsedArticle parse(RawPage page) {
    if (page.status() != 0 && (page.status() < 200 || page.status() >= 300)) {
      throw new NotAnArticleException(
          "Not an article: HTTP status " + page.status() + " for " + page.url());
    }
    String type = page.contentType() == null ? "" : page.contentType().toLowerCase(Locale.ROOT);
    if (!type.isEmpty() && !type.contains("html") && !type.contains("xml")) {
      throw new NotAnArticleException(
          "Not an article: content type "
              + page.contentType()
              + " is not HTML ("
              + page.url()
              + ")");
    }
    Extraction x = extractor.extract(page.body(), page.url(), page.fetchedAt());
    if (!x.article()) {
      throw new NotAnArticleException(x.notArticleReason() + " (" + page.url() + ")");
    }
    FeedHints hints = page.hints();
    String title = x.title();
    String body = x.body();

    List<String> languages = new ArrayList<>(x.languageHints());
    String contentLanguage = page.headers().get("content-language");
    List<String> extra = new ArrayList<>();
    extra.add(contentLanguage);
    if (hints != null) {
      extra.add(hints.language());
    }
    for (String l : LanguageHints.normalize(extra)) {
      if (!languages.contains(l)) {
        languages.add(l);
      }
    }

    OffsetDateTime publishedAt = x.publishedAt();
    String publishedRaw = x.publishedRaw();
    if (publishedAt == null && hints != null && hints.publishedAt() != null) {
      publishedAt = hints.publishedAt().atOffset(ZoneOffset.UTC);
      publishedRaw = hints.publishedAt().toString();
    }
    String description = x.description();
    if (description == null && hints != null) {
      description = Text.clean(hints.summary());
    }
    Instant parsedAt = clock.instant();
    return new ParsedArticle(
        page.id(),
        page.url(),
        x.canonicalUrl() == null ? page.url() : x.canonicalUrl(),
        page.sourceId(),
        title,
        description,
        x.paragraphs(),
        x.authors(),
        publishedAt,
        publishedRaw,
        x.modifiedAt(),
        x.siteName(),
        x.section(),
        x.tags(),
        x.image(),
        languages,
        x.direction(),
        Text.wordCount(body),
        Text.sha256Hex(title + "\n" + body),
        page.fetchedAt(),
        parsedAt);
  }
}
