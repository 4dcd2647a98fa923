package dev.akhbar.events;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An article extracted from a page, on {@link Topics#ARTICLES_PARSED} (CloudEvents type {@link
 * CloudEvents#TYPE_ARTICLE_PARSED}).
 *
 * @param id article id (of the page URL the fetcher saw; stable across re-fetches)
 * @param url the page URL
 * @param canonicalUrl the URL the page declares as canonical, or the page URL
 * @param sourceId the configured source, or null
 * @param title headline
 * @param description lead or meta description, or null
 * @param paragraphs body text, one entry per paragraph; headings are paragraphs of their own
 * @param authors author names, possibly empty
 * @param publishedAt publication time with its offset, or null when unknown
 * @param publishedRaw the string the publication time was read from, or null
 * @param modifiedAt last modification time with offset, or null
 * @param siteName site name (og:site_name, publisher), or null
 * @param section section or category, or null
 * @param tags keywords and tags, possibly empty
 * @param image top image URL, or null
 * @param languageHints languages the page declares (html lang, og:locale, content-language, feed)
 * @param direction text direction: "rtl" or "ltr"
 * @param wordCount words in the body
 * @param contentHash SHA-256 (hex) of title and body, to recognise unchanged re-fetches
 * @param fetchedAt when the page was fetched (the version of this article downstream)
 * @param parsedAt when the parser produced this event
 */
public record ParsedArticle(
    String id,
    String url,
    String canonicalUrl,
    String sourceId,
    String title,
    String description,
    List<String> paragraphs,
    List<String> authors,
    OffsetDateTime publishedAt,
    String publishedRaw,
    OffsetDateTime modifiedAt,
    String siteName,
    String section,
    List<String> tags,
    String image,
    List<String> languageHints,
    String direction,
    int wordCount,
    String contentHash,
    Instant fetchedAt,
    Instant parsedAt) {
  public ParsedArticle {
    Require.text(id, "ParsedArticle", "id");
    Require.text(url, "ParsedArticle", "url");
    Require.text(title, "ParsedArticle", "title");
    Require.present(fetchedAt, "ParsedArticle", "fetchedAt");
    paragraphs = Require.list(paragraphs);
    authors = Require.list(authors);
    tags = Require.list(tags);
    languageHints = Require.list(languageHints);
  }

  /**
   * The body as one string, paragraphs joined with a newline. Character offsets in {@link
   * Enrichment} refer to this string.
   */
  @JsonIgnore
  public String body() {
    return String.join("\n", paragraphs);
  }
}
