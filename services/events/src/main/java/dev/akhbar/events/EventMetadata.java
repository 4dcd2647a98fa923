package dev.akhbar.events;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

/**
 * The CloudEvents 1.0 attributes of one Akhbar event, built once by its producer and read back by
 * its consumers; on Kafka they travel as headers in binary content mode ({@link #toHeaders()}, the
 * names in {@link CloudEvents}).
 *
 * <p>The rules, the same for every producer: {@code id} is a random UUID, unique per event; {@code
 * type}, {@code source} and {@code dataschema} come from the {@link EventType}; {@code subject} is
 * the article id (also the Kafka key); {@code time} is when the fact the event reports happened
 * (the page was fetched, the article parsed or enriched), in UTC; {@code datacontenttype} is {@code
 * application/json}.
 *
 * <p>Plain values only, no Kafka or messaging types: a Quarkus adapter turns {@link #toHeaders()}
 * into record headers, and a consumer reads them with {@link #fromHeaders(Function)}.
 *
 * @param id unique id of this event ({@code ce_id})
 * @param type CloudEvents type ({@code ce_type}), e.g. {@code dev.akhbar.article.enriched.v1}
 * @param source the producer ({@code ce_source}), a URI reference, e.g. {@code /akhbar/enricher}
 * @param subject the article id ({@code ce_subject})
 * @param time when the reported fact happened ({@code ce_time}, RFC 3339 in UTC)
 * @param dataSchema the {@code $id} of the value's JSON Schema ({@code ce_dataschema})
 * @param dataContentType media type of the value ({@code content-type})
 */
public record EventMetadata(
    String id,
    String type,
    String source,
    String subject,
    Instant time,
    String dataSchema,
    String dataContentType) {

  public EventMetadata {
    Require.text(id, "EventMetadata", "id");
    Require.text(type, "EventMetadata", "type");
    Require.text(source, "EventMetadata", "source");
    uriReference(source, "source");
    Require.text(subject, "EventMetadata", "subject");
    Require.present(time, "EventMetadata", "time");
    if (dataSchema != null && !uriReference(dataSchema, "dataSchema").isAbsolute()) {
      throw new InvalidEventException("EventMetadata.dataSchema must be an absolute URI");
    }
    if (dataContentType == null) {
      dataContentType = CloudEvents.CONTENT_TYPE_JSON;
    }
  }

  /**
   * The metadata of an event an Akhbar service produces: a new id, the type, source and schema of
   * {@code type}, the article id as subject.
   *
   * @param time when the reported fact happened (fetchedAt, parsedAt, the enrichment time)
   */
  public static EventMetadata of(EventType type, String articleId, Instant time) {
    return builder(type).subject(articleId).time(time).build();
  }

  /** A builder with the type, source and schema of {@code type} and a new random id. */
  public static Builder builder(EventType type) {
    if (type.cloudEventType() == null) {
      throw new IllegalArgumentException(type + " is not a CloudEvent: it has no type");
    }
    return new Builder(type);
  }

  /**
   * The Kafka headers of this event, binary content mode, in a stable order: {@code
   * ce_specversion}, {@code ce_id}, {@code ce_type}, {@code ce_source}, {@code ce_time}, {@code
   * ce_subject}, {@code ce_dataschema}, {@code content-type}. Values are UTF-8 strings; the time is
   * RFC 3339 in UTC ({@link Instant#toString()}).
   */
  public Map<String, String> toHeaders() {
    Map<String, String> h = new LinkedHashMap<>();
    h.put(CloudEvents.HEADER_SPECVERSION, CloudEvents.SPEC_VERSION);
    h.put(CloudEvents.HEADER_ID, id);
    h.put(CloudEvents.HEADER_TYPE, type);
    h.put(CloudEvents.HEADER_SOURCE, source);
    h.put(CloudEvents.HEADER_TIME, time.toString());
    h.put(CloudEvents.HEADER_SUBJECT, subject);
    if (dataSchema != null) {
      h.put(CloudEvents.HEADER_DATASCHEMA, dataSchema);
    }
    h.put(CloudEvents.HEADER_CONTENT_TYPE, dataContentType);
    return h;
  }

  /**
   * Reads the metadata of a received event from its headers ({@code header} returns the last value
   * of a header as a UTF-8 string, or null). Raises {@link InvalidEventException} saying which
   * attribute is missing or malformed: {@code ce_specversion} must be {@code 1.0}; {@code ce_id},
   * {@code ce_type}, {@code ce_source} and {@code ce_subject} are required; {@code ce_time} must be
   * RFC 3339.
   */
  public static EventMetadata fromHeaders(Function<String, String> header) {
    String spec = header.apply(CloudEvents.HEADER_SPECVERSION);
    if (!CloudEvents.SPEC_VERSION.equals(spec)) {
      throw new InvalidEventException(
          "Not a CloudEvents " + CloudEvents.SPEC_VERSION + " event: ce_specversion=" + spec);
    }
    String time = required(header, CloudEvents.HEADER_TIME);
    Instant at;
    try {
      at = OffsetDateTime.parse(time).toInstant();
    } catch (DateTimeParseException e) {
      throw new InvalidEventException("ce_time is not an RFC 3339 time: " + time, e);
    }
    return new EventMetadata(
        required(header, CloudEvents.HEADER_ID),
        required(header, CloudEvents.HEADER_TYPE),
        required(header, CloudEvents.HEADER_SOURCE),
        required(header, CloudEvents.HEADER_SUBJECT),
        at,
        header.apply(CloudEvents.HEADER_DATASCHEMA),
        header.apply(CloudEvents.HEADER_CONTENT_TYPE));
  }

  /** {@link #fromHeaders(Function)} over a map of header name to value. */
  public static EventMetadata fromHeaders(Map<String, String> headers) {
    return fromHeaders(headers::get);
  }

  private static String required(Function<String, String> header, String name) {
    String value = header.apply(name);
    if (value == null || value.isBlank()) {
      throw new InvalidEventException("Missing CloudEvents header " + name);
    }
    return value;
  }

  private static URI uriReference(String value, String field) {
    try {
      return new URI(value);
    } catch (URISyntaxException e) {
      throw new InvalidEventException(
          "EventMetadata." + field + " is not a URI reference: " + value);
    }
  }

  /** Builds the metadata of one event; {@link #of} covers the usual case. */
  public static final class Builder {
    private final EventType eventType;
    private String id = UUID.randomUUID().toString();
    private String source;
    private String subject;
    private Instant time;

    private Builder(EventType eventType) {
      this.eventType = eventType;
      this.source = eventType.source();
    }

    /** Overrides the random id (a replay that must keep the original id). */
    public Builder id(String id) {
      this.id = Objects.requireNonNull(id, "id");
      return this;
    }

    /**
     * Overrides the source; required for {@link EventType#FETCH_REQUEST}, which other systems send
     * (e.g. {@code /newsroom/cms}).
     */
    public Builder source(String source) {
      this.source = source;
      return this;
    }

    /** The article id. */
    public Builder subject(String articleId) {
      this.subject = articleId;
      return this;
    }

    public Builder time(Instant time) {
      this.time = time;
      return this;
    }

    public EventMetadata build() {
      return new EventMetadata(
          id,
          eventType.cloudEventType(),
          source,
          subject,
          time,
          eventType.schemaId(),
          CloudEvents.CONTENT_TYPE_JSON);
    }
  }
}
