package dev.akhbar.parser.extract;

import dev.akhbar.parser.extract.content.ContentExtractor;
import dev.akhbar.parser.extract.dates.DateParser;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Turns an HTML page into an {@link Extraction}: metadata from JSON-LD, OpenGraph, meta tags,
 * microdata and {@code <time>}; the body from {@link ContentExtractor}; dates through {@link
 * DateParser}. Knows nothing of Kafka. Thread-safe and stateless.
 */
public final class ArticleExtractor {
  /**
   * Less main text than this (characters) and the page is not an article, whatever else it says;
   * above it, {@link PageClassifier} decides (the amount of text is one of its features).
   */
  static final int MIN_BODY_CHARS = 80;

  private static final PageClassifier CLASSIFIER = PageClassifier.DEFAULT;

  private static final ContentExtractor CONTENT = new ContentExtractor();

  /** Parses {@code html} (decoded text) of the page at {@code url} fetched at {@code fetchedAt}. */
  public Extraction extract(String html, String url, Instant fetchedAt) {
    return extract(Jsoup.parse(html, url == null ? "" : url), url, fetchedAt);
  }

  /** Extracts from an already parsed document. The document is not modified. */
  public Extraction extract(Document doc, String url, Instant fetchedAt) {
    return analyse(doc, url, fetchedAt).extraction();
  }

  /** An extraction with the features its page type was told from (for PageTypeTrainer). */
  record Analysis(Extraction extraction, double[] features) {}

  Analysis analyse(Document doc, String url, Instant fetchedAt) {
    PageWalk walk = PageWalk.of(doc);
    PageMetadata meta = MetadataExtractor.read(doc, walk.markup);
    ContentExtractor.Layout layout = CONTENT.layout(doc, meta.declaredBodies);
    String title = TitleChooser.choose(meta, walk.elements.h1s, url, layout);
    ContentExtractor.Result content = CONTENT.extract(layout, title);
    Bylines.Shown byline =
        doc.body() == null ? Bylines.Shown.NONE : Bylines.read(doc.body(), layout);
    List<String> shownAuthors = byline.names();
    List<String> siteKeys = SiteNames.keys(meta, url);
    if (shownAuthors.isEmpty() && meta.authors.isEmpty()) {
      List<String> notNames = new java.util.ArrayList<>(meta.tags);
      notNames.add(meta.section);
      notNames.addAll(meta.siteNames);
      byline = new Bylines.Shown(DatedBylines.find(layout, notNames, siteKeys), false);
    }
    List<String> authors = Authors.choose(meta, byline, siteKeys);
    List<String> paragraphs = AuthorBios.trim(content.paragraphs(), authors);
    int bodyChars = content.chars();
    if (meta.articleBody != null) {
      String ld = Text.normalize(meta.articleBody);
      if (ld.length() > 2 * Math.max(bodyChars, MIN_BODY_CHARS)) {
        paragraphs = splitParagraphs(meta.articleBody);
        bodyChars = ld.length();
      }
    }

    Instant reference = fetchedAt == null ? Instant.now() : fetchedAt;
    PublicationDates.Found published =
        PublicationDates.published(meta, doc, layout, title, url, reference);
    OffsetDateTime modified = PublicationDates.modified(meta, reference);

    String direction = meta.direction;
    if (direction == null) {
      String sample = paragraphs.isEmpty() ? (title == null ? "" : title) : paragraphs.get(0);
      direction = Text.rtlShare(sample) > 0.5 ? "rtl" : "ltr";
    }

    double[] features =
        PageFeatures.values(
            new PageFeatures.Page(
                url,
                meta,
                layout,
                walk.elements,
                paragraphs,
                title,
                !shownAuthors.isEmpty(),
                published.shown()));
    String reason = notArticleReason(title, bodyChars, meta, CLASSIFIER.classify(features));
    String canonical = meta.canonicalUrl != null ? meta.canonicalUrl : url;
    Extraction x =
        new Extraction(
            reason == null,
            reason,
            title,
            meta.description,
            paragraphs,
            authors,
            published.at(),
            published.raw(),
            modified,
            canonical,
            meta.languageHints,
            direction,
            meta.siteName,
            meta.section,
            meta.tags,
            meta.image);
    return new Analysis(x, features);
  }

  private static String notArticleReason(
      String title, int bodyChars, PageMetadata meta, PageClassifier.Verdict verdict) {
    if (title == null) {
      return "Not an article: the page has no title";
    }
    int min = MIN_BODY_CHARS;
    if (bodyChars < min) {
      return "Not an article: no article body found ("
          + bodyChars
          + " characters of main text, at least "
          + min
          + " needed; listing, home, tag or error page)";
    }
    if (!verdict.article()) {
      return String.format(
          Locale.ROOT,
          "Not an article: %s page (article probability %.2f from its structure and metadata)",
          verdict.kind(),
          verdict.articleProbability());
    }
    return null;
  }

  private static List<String> splitParagraphs(String text) {
    return Arrays.stream(text.split("\\s*\\n\\s*"))
        .map(Text::normalize)
        .filter(s -> !s.isEmpty())
        .toList();
  }
}
