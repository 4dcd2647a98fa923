package dev.akhbar.indexer.document;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.akhbar.events.EnrichedArticle;
import dev.akhbar.events.Enrichment;
import dev.akhbar.events.Enrichment.EntityType;
import dev.akhbar.events.ParsedArticle;
import dev.akhbar.indexer.index.IndexLayout;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns an {@link EnrichedArticle} into the index document described in docs/index-mapping.md.
 * Pure: the same event always gives the same bytes, so a replay writes nothing new.
 */
public final class ArticleDocuments {
  /** Languages with their own analysed fields ({@code title_ar}, {@code body_en}...). */
  public static final Set<String> ANALYSED_LANGUAGES = Set.of("ar", "en", "fr");

  /** Publication years before this are not trusted to date a document. */
  static final int MIN_TRUSTED_YEAR = 1900;

  /** A publication time later than the fetch by more than this is not trusted either. */
  static final Duration MAX_AHEAD_OF_FETCH = Duration.ofDays(1);

  private final IndexLayout layout;
  private final ObjectMapper json;

  public ArticleDocuments(IndexLayout layout, ObjectMapper json) {
    this.layout = layout;
    this.json = json;
  }

  public IndexDocument toDocument(EnrichedArticle event) {
    Map<String, Object> source = source(event);
    Instant date = documentDate(event.article());
    try {
      return new IndexDocument(
          layout.indexFor(date, event.article().fetchedAt()),
          event.id(),
          version(event),
          json.writeValueAsBytes(source));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot encode the document of " + event.id(), e);
    }
  }

  /** External version of the document: fetchedAt, then enrichedAt (see {@link DocumentVersion}). */
  public static long version(EnrichedArticle event) {
    return DocumentVersion.of(event.article().fetchedAt(), event.enrichment().enrichedAt());
  }

  /**
   * The document's date (field {@code date}, and the year of its index): the publication time when
   * it is plausible (year 1900 or later, at most a day after the fetch), else the fetch time.
   */
  public static Instant documentDate(ParsedArticle article) {
    OffsetDateTime published = article.publishedAt();
    if (published != null) {
      int year = published.withOffsetSameInstant(ZoneOffset.UTC).getYear();
      boolean ahead = published.toInstant().isAfter(article.fetchedAt().plus(MAX_AHEAD_OF_FETCH));
      if (year >= MIN_TRUSTED_YEAR && !ahead) {
        return published.toInstant();
      }
    }
    return article.fetchedAt();
  }

  /** The document source, field by field. */
  public Map<String, Object> source(EnrichedArticle event) {
    ParsedArticle a = event.article();
    Enrichment e = event.enrichment();
    Map<String, Object> doc = new LinkedHashMap<>();
    put(doc, "id", a.id());
    put(doc, "url", a.url());
    put(doc, "canonical_url", a.canonicalUrl());
    String host = host(a.canonicalUrl() != null ? a.canonicalUrl() : a.url());
    put(doc, "host", host);
    put(doc, "source", a.sourceId() != null && !a.sourceId().isBlank() ? a.sourceId() : host);
    put(doc, "site_name", a.siteName());
    put(doc, "section", a.section());
    put(doc, "tags", a.tags());
    put(doc, "authors", a.authors());

    String language = e.language().code().toLowerCase(Locale.ROOT);
    put(doc, "language", language);
    put(doc, "language_confidence", e.language().confidence());
    put(doc, "script", e.language().script());
    put(
        doc,
        "direction",
        e.language().direction() != null ? e.language().direction() : a.direction());

    String body = a.body();
    put(doc, "title", a.title());
    put(doc, "description", a.description());
    put(doc, "body", body);
    if (ANALYSED_LANGUAGES.contains(language)) {
      put(doc, "title_" + language, a.title());
      put(doc, "description_" + language, a.description());
      put(doc, "body_" + language, body);
    }

    put(doc, "date", documentDate(a).toString());
    put(doc, "published_at", iso(a.publishedAt()));
    put(doc, "published_raw", a.publishedRaw());
    put(doc, "modified_at", iso(a.modifiedAt()));
    put(doc, "fetched_at", a.fetchedAt().toString());
    put(doc, "parsed_at", a.parsedAt() == null ? null : a.parsedAt().toString());
    put(doc, "enriched_at", e.enrichedAt() == null ? null : e.enrichedAt().toString());

    put(doc, "image", a.image());
    put(doc, "content_hash", a.contentHash());
    put(doc, "word_count", a.wordCount());

    put(doc, "persons", names(e, EntityType.PERSON));
    put(doc, "organizations", names(e, EntityType.ORGANIZATION));
    put(doc, "locations", names(e, EntityType.LOCATION));
    put(doc, "entity_count", e.entities().size());

    List<Map<String, Object>> quotes = new ArrayList<>();
    for (Enrichment.Quote q : e.quotes()) {
      Map<String, Object> quote = new LinkedHashMap<>();
      put(quote, "text", q.text());
      put(quote, "speaker", q.speaker());
      if (!quote.isEmpty()) {
        quotes.add(quote);
      }
    }
    put(doc, "quotes", quotes);
    put(
        doc,
        "quote_speakers",
        distinct(e.quotes().stream().map(Enrichment.Quote::speaker).toList()));
    put(doc, "quote_count", e.quotes().size());

    List<Map<String, Object>> places = new ArrayList<>();
    for (Enrichment.Place p : e.places()) {
      Map<String, Object> place = new LinkedHashMap<>();
      put(place, "name", p.name());
      put(place, "country_code", p.countryCode());
      if (p.lat() != null && p.lon() != null) {
        // Passed on as given: impossible coordinates are an enricher bug that Elasticsearch
        // rejects, and the article goes to the dead-letter topic with the reason.
        Map<String, Object> location = new LinkedHashMap<>();
        location.put("lat", p.lat());
        location.put("lon", p.lon());
        place.put("location", location);
      }
      if (!place.isEmpty()) {
        places.add(place);
      }
    }
    put(doc, "places", places);
    put(
        doc,
        "countries",
        distinct(e.places().stream().map(Enrichment.Place::countryCode).toList()));
    put(doc, "place_count", e.places().size());

    List<Map<String, Object>> mentions = new ArrayList<>();
    for (Enrichment.Mention m : e.mentions()) {
      Map<String, Object> mention = new LinkedHashMap<>();
      put(mention, "type", m.type());
      put(mention, "value", m.value());
      if (!mention.isEmpty()) {
        mentions.add(mention);
      }
    }
    put(doc, "mentions", mentions);

    put(doc, "story_id", e.storyId());
    put(doc, "key_phrases", e.keyPhrases());
    return doc;
  }

  private static List<String> names(Enrichment e, EntityType type) {
    return distinct(
        e.entities().stream()
            .filter(entity -> entity.type() == type)
            .map(Enrichment.Entity::canonical)
            .toList());
  }

  private static List<String> distinct(List<String> values) {
    return values.stream()
        .filter(Objects::nonNull)
        .filter(v -> !v.isBlank())
        .collect(Collectors.toCollection(LinkedHashSet::new))
        .stream()
        .toList();
  }

  /** Always with seconds ({@code OffsetDateTime.toString()} drops zero seconds). */
  private static String iso(OffsetDateTime time) {
    return time == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time);
  }

  static String host(String url) {
    try {
      String host = URI.create(url.strip()).getHost();
      return host == null ? null : host.toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static void put(Map<String, Object> doc, String field, Object value) {
    if (value == null) {
      return;
    }
    if (value instanceof String s && s.isBlank()) {
      return;
    }
    if (value instanceof List<?> l && l.isEmpty()) {
      return;
    }
    doc.put(field, value);
  }
}
