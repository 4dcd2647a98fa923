package dev.akhbar.events;

/**
 * Names of the CloudEvents 1.0 attributes carried as Kafka headers (binary content mode, the
 * CloudEvents Kafka protocol binding) on every Akhbar event, and their fixed values.
 *
 * <p>{@link EventMetadata} builds and reads the headers of one event; producers never assemble them
 * by hand. The Kafka key is the article id, like {@code ce_subject}.
 */
public final class CloudEvents {
  public static final String SPEC_VERSION = "1.0";

  public static final String HEADER_SPECVERSION = "ce_specversion";
  public static final String HEADER_ID = "ce_id";
  public static final String HEADER_TYPE = "ce_type";
  public static final String HEADER_SOURCE = "ce_source";
  public static final String HEADER_TIME = "ce_time";
  public static final String HEADER_SUBJECT = "ce_subject";
  public static final String HEADER_DATASCHEMA = "ce_dataschema";

  /** The {@code datacontenttype} attribute travels as the {@code content-type} header. */
  public static final String HEADER_CONTENT_TYPE = "content-type";

  /** Every Akhbar event value is UTF-8 JSON. */
  public static final String CONTENT_TYPE_JSON = "application/json";

  public static final String TYPE_FETCH_REQUESTED = "dev.akhbar.fetch.requested.v1";
  public static final String TYPE_PAGE_RAW = "dev.akhbar.page.raw.v1";
  public static final String TYPE_ARTICLE_PARSED = "dev.akhbar.article.parsed.v1";
  public static final String TYPE_ARTICLE_ENRICHED = "dev.akhbar.article.enriched.v1";

  public static final String SOURCE_FETCHER = "/akhbar/fetcher";
  public static final String SOURCE_PARSER = "/akhbar/parser";
  public static final String SOURCE_ENRICHER = "/akhbar/enricher";

  private CloudEvents() {}
}
