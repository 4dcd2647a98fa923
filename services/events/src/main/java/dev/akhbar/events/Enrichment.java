package dev.akhbar.events;

import java.time.Instant;
import java.util.List;

/**
 * What the enricher found in an article. Character offsets (start inclusive, end exclusive, UTF-16
 * units) refer to {@link ParsedArticle#body()}.
 *
 * @param language detected language of the body
 * @param entities persons, locations and organisations, one entry per canonical entity
 * @param quotes direct quotes and who said them
 * @param places locations resolved to a country and coordinates
 * @param mentions dates, numbers and percentages mentioned in the text, normalised
 * @param storyId shared by near-duplicate articles across sources
 * @param keyPhrases the article's key phrases, most important first
 * @param enrichedAt when the enricher produced this
 */
public record Enrichment(
    Language language,
    List<Entity> entities,
    List<Quote> quotes,
    List<Place> places,
    List<Mention> mentions,
    String storyId,
    List<String> keyPhrases,
    Instant enrichedAt) {
  public Enrichment {
    Require.present(language, "Enrichment", "language");
    entities = Require.list(entities);
    quotes = Require.list(quotes);
    places = Require.list(places);
    mentions = Require.list(mentions);
    keyPhrases = Require.list(keyPhrases);
  }

  /**
   * @param code ISO 639-1 code ("ar", "en"...), or "und" when undetermined
   * @param confidence 0..1
   * @param script ISO 15924 script ("Arab", "Latn"...)
   * @param direction "rtl" or "ltr"
   */
  public record Language(String code, double confidence, String script, String direction) {
    public Language {
      Require.text(code, "Language", "code");
    }
  }

  public enum EntityType {
    PERSON,
    LOCATION,
    ORGANIZATION
  }

  /**
   * One canonical entity and where it is mentioned.
   *
   * @param type person, location or organisation
   * @param canonical normalised name shared by all spelling variants ("ترمب" for "ترامب", "Trump")
   * @param count mentions in the body
   * @param mentions where each mention stands, with its surface text
   */
  public record Entity(EntityType type, String canonical, int count, List<Span> mentions) {
    public Entity {
      Require.present(type, "Entity", "type");
      Require.text(canonical, "Entity", "canonical");
      mentions = Require.list(mentions);
    }
  }

  /** A stretch of the body. */
  public record Span(int start, int end, String text) {}

  /**
   * A direct quote.
   *
   * @param text the words inside the quotation marks
   * @param speaker canonical name of the speaker entity, or null when unattributed
   * @param start offset of the quoted text
   * @param end end offset of the quoted text
   */
  public record Quote(String text, String speaker, int start, int end) {}

  /**
   * A location resolved for maps.
   *
   * @param name canonical name
   * @param countryCode ISO 3166-1 alpha-2, or null
   * @param lat latitude, or null when unknown
   * @param lon longitude, or null when unknown
   */
  public record Place(String name, String countryCode, Double lat, Double lon) {}

  /**
   * A date, number or percentage in the text.
   *
   * @param type "DATE", "NUMBER" or "PERCENT"
   * @param text surface form
   * @param value normalised value (ISO-8601 date, decimal number)
   */
  public record Mention(String type, String text, String value, int start, int end) {}
}
