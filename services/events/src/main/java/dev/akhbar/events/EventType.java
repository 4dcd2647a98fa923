package dev.akhbar.events;

import java.util.Optional;

/**
 * Each event of the contract: its record, topic, CloudEvents type and source, its dead-letter topic
 * and its JSON Schema.
 */
public enum EventType {
  FETCH_REQUEST(
      FetchRequest.class,
      Topics.FETCH_REQUESTS,
      CloudEvents.TYPE_FETCH_REQUESTED,
      null,
      Topics.FETCH_DLQ,
      "fetch-request.v1.json"),
  RAW_PAGE(
      RawPage.class,
      Topics.PAGES_RAW,
      CloudEvents.TYPE_PAGE_RAW,
      CloudEvents.SOURCE_FETCHER,
      Topics.PARSER_DLQ,
      "raw-page.v1.json"),
  PARSED_ARTICLE(
      ParsedArticle.class,
      Topics.ARTICLES_PARSED,
      CloudEvents.TYPE_ARTICLE_PARSED,
      CloudEvents.SOURCE_PARSER,
      Topics.ENRICHER_DLQ,
      "parsed-article.v1.json"),
  ENRICHED_ARTICLE(
      EnrichedArticle.class,
      Topics.ARTICLES_ENRICHED,
      CloudEvents.TYPE_ARTICLE_ENRICHED,
      CloudEvents.SOURCE_ENRICHER,
      Topics.INDEXER_DLQ,
      "enriched-article.v1.json"),
  DEAD_LETTER(DeadLetter.class, null, null, null, null, "dead-letter.v1.json");

  /**
   * URI prefix of the schemas' {@code $id} and of every event's {@code ce_dataschema}. A stable
   * name, resolved offline by {@link EventSchemas} (the files are in this jar at {@link
   * #SCHEMA_PATH}); every Akhbar service also serves them at {@code /schemas/<file>}
   * (docs/events.md "Schemas").
   */
  public static final String SCHEMA_ID_PREFIX = "https://akhbar.dev/schemas/";

  /** Classpath folder of the schemas and golden samples. */
  public static final String SCHEMA_PATH = "dev/akhbar/events/schemas/";

  private final Class<?> recordClass;
  private final String topic;
  private final String cloudEventType;
  private final String source;
  private final String deadLetterTopic;
  private final String schemaFile;

  EventType(
      Class<?> recordClass,
      String topic,
      String cloudEventType,
      String source,
      String deadLetterTopic,
      String schemaFile) {
    this.recordClass = recordClass;
    this.topic = topic;
    this.cloudEventType = cloudEventType;
    this.source = source;
    this.deadLetterTopic = deadLetterTopic;
    this.schemaFile = schemaFile;
  }

  public Class<?> recordClass() {
    return recordClass;
  }

  /** The topic the event travels on; null for dead letters (one topic per stage). */
  public String topic() {
    return topic;
  }

  /** The CloudEvents {@code type} ({@code ce_type}); null for dead letters. */
  public String cloudEventType() {
    return cloudEventType;
  }

  /**
   * The CloudEvents {@code source} ({@code ce_source}) of the Akhbar service that produces this
   * event; null for fetch requests (other systems send them and name themselves) and dead letters.
   */
  public String source() {
    return source;
  }

  /**
   * The dead-letter topic where a record of this event lands, unchanged, when its consumer stage
   * cannot process it (for fetch requests: the fetcher's); null for dead letters.
   */
  public String deadLetterTopic() {
    return deadLetterTopic;
  }

  /** The schema's {@code $id}, also the {@code ce_dataschema} of every event of this type. */
  public String schemaId() {
    return SCHEMA_ID_PREFIX + schemaFile;
  }

  public String schemaFile() {
    return schemaFile;
  }

  /** Classpath location of the golden sample of this event. */
  public String samplePath() {
    return "dev/akhbar/events/samples/" + schemaFile.replace(".json", ".sample.json");
  }

  /**
   * The event whose records travel on {@code topic}: its own topic, or its dead-letter topic (dead
   * letters keep the original value); empty for a topic that carries no contract event (state).
   */
  public static Optional<EventType> onTopic(String topic) {
    for (EventType t : values()) {
      if (topic.equals(t.topic) || topic.equals(t.deadLetterTopic)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /** The event of a CloudEvents type ({@code ce_type}). */
  public static Optional<EventType> ofCloudEventType(String type) {
    for (EventType t : values()) {
      if (t.cloudEventType != null && t.cloudEventType.equals(type)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  public static EventType of(Class<?> recordClass) {
    for (EventType t : values()) {
      if (t.recordClass == recordClass) {
        return t;
      }
    }
    throw new IllegalArgumentException("Not an event of the contract: " + recordClass);
  }
}
