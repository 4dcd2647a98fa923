package dev.akhbar.events;

/** Each event of the contract: its record, topic, CloudEvents type and JSON Schema. */
public enum EventType {
  FETCH_REQUEST(
      FetchRequest.class,
      Topics.FETCH_REQUESTS,
      CloudEvents.TYPE_FETCH_REQUESTED,
      "fetch-request.v1.json"),
  RAW_PAGE(RawPage.class, Topics.PAGES_RAW, CloudEvents.TYPE_PAGE_RAW, "raw-page.v1.json"),
  PARSED_ARTICLE(
      ParsedArticle.class,
      Topics.ARTICLES_PARSED,
      CloudEvents.TYPE_ARTICLE_PARSED,
      "parsed-article.v1.json"),
  ENRICHED_ARTICLE(
      EnrichedArticle.class,
      Topics.ARTICLES_ENRICHED,
      CloudEvents.TYPE_ARTICLE_ENRICHED,
      "enriched-article.v1.json"),
  DEAD_LETTER(DeadLetter.class, null, null, "dead-letter.v1.json");

  /** Public URI prefix of the schemas' {@code $id}; the files sit at {@link #SCHEMA_PATH}. */
  public static final String SCHEMA_ID_PREFIX = "https://akhbar.dev/schemas/";

  /** Classpath folder of the schemas and golden samples. */
  public static final String SCHEMA_PATH = "dev/akhbar/events/schemas/";

  private final Class<?> recordClass;
  private final String topic;
  private final String cloudEventType;
  private final String schemaFile;

  EventType(Class<?> recordClass, String topic, String cloudEventType, String schemaFile) {
    this.recordClass = recordClass;
    this.topic = topic;
    this.cloudEventType = cloudEventType;
    this.schemaFile = schemaFile;
  }

  public Class<?> recordClass() {
    return recordClass;
  }

  /** The topic the event travels on; null for dead letters (one topic per stage). */
  public String topic() {
    return topic;
  }

  public String cloudEventType() {
    return cloudEventType;
  }

  public String schemaFile() {
    return schemaFile;
  }

  /** Classpath location of the golden sample of this event. */
  public String samplePath() {
    return "dev/akhbar/events/samples/" + schemaFile.replace(".json", ".sample.json");
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
