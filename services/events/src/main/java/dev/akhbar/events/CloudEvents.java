package dev.akhbar.events;

/**
 * CloudEvents 1.0 binary-mode attributes carried as Kafka headers on every Akhbar event.
 *
 * <p>Producers set {@code ce_type} and {@code ce_source} per channel and {@code ce_id}, {@code
 * ce_time} and {@code ce_subject} (the article id) per event. The Kafka key is the article id too.
 */
public final class CloudEvents {
  public static final String SPEC_VERSION = "1.0";

  public static final String HEADER_SPECVERSION = "ce_specversion";
  public static final String HEADER_ID = "ce_id";
  public static final String HEADER_TYPE = "ce_type";
  public static final String HEADER_SOURCE = "ce_source";
  public static final String HEADER_TIME = "ce_time";
  public static final String HEADER_SUBJECT = "ce_subject";
  public static final String HEADER_CONTENT_TYPE = "content-type";

  public static final String TYPE_FETCH_REQUESTED = "dev.akhbar.fetch.requested.v1";
  public static final String TYPE_PAGE_RAW = "dev.akhbar.page.raw.v1";
  public static final String TYPE_ARTICLE_PARSED = "dev.akhbar.article.parsed.v1";
  public static final String TYPE_ARTICLE_ENRICHED = "dev.akhbar.article.enriched.v1";

  public static final String SOURCE_FETCHER = "/akhbar/fetcher";
  public static final String SOURCE_PARSER = "/akhbar/parser";
  public static final String SOURCE_ENRICHER = "/akhbar/enricher";

  private CloudEvents() {}
}
