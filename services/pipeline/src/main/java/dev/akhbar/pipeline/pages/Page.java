package dev.akhbar.pipeline.pages;

import dev.akhbar.events.ArticleId;

/**
 * One page to feed: the URL it is published at and its HTML, decoded.
 *
 * @param url the page URL (unique within a run)
 * @param html the page as text
 */
public record Page(String url, String html) {
  /** The article id the pipeline gives this page: the key of its events and its document id. */
  public String id() {
    return ArticleId.of(url);
  }

  /** This page under another URL, for feeding the same HTML several times as distinct pages. */
  public Page at(String otherUrl) {
    return new Page(otherUrl, html);
  }
}
