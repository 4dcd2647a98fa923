package dev.akhbar.parser.extract;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What {@link ArticleExtractor} found on a page.
 *
 * @param article whether the page is one article
 * @param notArticleReason why it is not, or null
 * @param title headline, or null
 * @param description lead or meta description, or null
 * @param paragraphs body text, headings as paragraphs of their own
 * @param authors author names
 * @param publishedAt publication time with offset, or null
 * @param publishedRaw the string it was read from, or null
 * @param modifiedAt last modification time, or null
 * @param canonicalUrl the canonical URL the page declares, or the page URL
 * @param languageHints primary language subtags the page declares, in order
 * @param direction "rtl" or "ltr"
 * @param siteName site name, or null
 * @param section section, or null
 * @param tags tags and keywords
 * @param image top image URL, or null
 */
public record Extraction(
    boolean article,
    String notArticleReason,
    String title,
    String description,
    List<String> paragraphs,
    List<String> authors,
    OffsetDateTime publishedAt,
    String publishedRaw,
    OffsetDateTime modifiedAt,
    String canonicalUrl,
    List<String> languageHints,
    String direction,
    String siteName,
    String section,
    List<String> tags,
    String image) {
  public Extraction {
    paragraphs = List.copyOf(paragraphs);
    authors = List.copyOf(authors);
    languageHints = List.copyOf(languageHints);
    tags = List.copyOf(tags);
  }

  /** Paragraphs joined with "\n". */
  public String body() {
    return String.join("\n", paragraphs);
  }
}
