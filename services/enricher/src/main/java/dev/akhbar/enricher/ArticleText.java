package dev.akhbar.enricher;

import java.time.LocalDate;

/**
 * The text the enricher works on.
 *
 * @param id article id
 * @param title headline (may be empty)
 * @param body paragraphs joined with "\n"; every offset of the enrichment refers to it
 * @param languageHint ISO 639-1 code the caller already knows, or null to detect it
 * @param date the article's date, to give "12 فبراير" its year; null when unknown
 */
public record ArticleText(
    String id, String title, String body, String languageHint, LocalDate date) {
  public ArticleText {
    title = title == null ? "" : title;
    body = body == null ? "" : body;
  }
}
