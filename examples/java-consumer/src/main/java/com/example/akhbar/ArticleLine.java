package com.example.akhbar;

import dev.akhbar.events.EnrichedArticle;
import dev.akhbar.events.EventMetadata;
import dev.akhbar.events.EventSchemas;
import dev.akhbar.events.EventType;
import dev.akhbar.events.InvalidEventException;
import java.util.function.Function;

/**
 * Turns one record of akhbar.articles.enriched.v1 into one printed line: the record is checked
 * (CloudEvents headers, then the value against the JSON Schema) and decoded, or rejected with the
 * reason. No Kafka types here, so it is easy to reuse with any client.
 */
public final class ArticleLine {
  private ArticleLine() {}

  /**
   * @param header the last value of a header, as a UTF-8 string, or null
   * @return {@code OK <article id> [<language>] <title> (<entities>, story <story id>)}, or {@code
   *     REJECTED <where>: <reason>}
   */
  public static String of(String where, String key, String value, Function<String, String> header) {
    try {
      EventMetadata meta = EventMetadata.fromHeaders(header);
      if (!EventType.ENRICHED_ARTICLE.cloudEventType().equals(meta.type())) {
        return "REJECTED " + where + ": not an enriched article but " + meta.type();
      }
      EnrichedArticle event = EventSchemas.read(value, EnrichedArticle.class);
      if (!event.id().equals(key)) {
        return "REJECTED " + where + ": key " + key + " is not the article id " + event.id();
      }
      return "OK "
          + event.id()
          + " ["
          + event.enrichment().language().code()
          + "] "
          + event.article().title()
          + " ("
          + event.enrichment().entities().size()
          + " entities, story "
          + event.enrichment().storyId()
          + ")";
    } catch (InvalidEventException e) {
      return "REJECTED " + where + ": " + e.getMessage();
    }
  }
}
