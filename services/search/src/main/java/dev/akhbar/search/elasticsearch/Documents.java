package dev.akhbar.search.elasticsearch;

import com.fasterxml.jackson.databind.JsonNode;
import dev.akhbar.search.model.Article;
import dev.akhbar.search.model.Hit;
import dev.akhbar.search.model.Place;
import dev.akhbar.search.model.Quote;
import dev.akhbar.search.model.StoryArticle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads the indexer's documents (docs/index-mapping.md) into the search's answers. */
final class Documents {
  private Documents() {}

  static Hit hit(String id, JsonNode src, String snippet) {
    return new Hit(
        id,
        text(src, "title"),
        text(src, "url"),
        text(src, "source"),
        text(src, "site_name"),
        text(src, "date"),
        text(src, "language"),
        direction(src),
        snippet,
        list(src, "persons"),
        list(src, "organizations"),
        list(src, "locations"),
        list(src, "countries"),
        text(src, "story_id"),
        places(src));
  }

  static Article article(String id, JsonNode src, List<StoryArticle> story) {
    String body = text(src, "body");
    List<String> paragraphs =
        body == null
            ? List.of()
            : Arrays.stream(body.split("\n")).filter(p -> !p.isBlank()).toList();
    List<Quote> quotes = new ArrayList<>();
    for (JsonNode q : src.path("quotes")) {
      quotes.add(new Quote(text(q, "text"), text(q, "speaker")));
    }
    return new Article(
        id,
        text(src, "url"),
        text(src, "title"),
        text(src, "description"),
        paragraphs,
        text(src, "source"),
        text(src, "site_name"),
        text(src, "section"),
        list(src, "authors"),
        text(src, "date"),
        text(src, "published_raw"),
        text(src, "language"),
        direction(src),
        list(src, "persons"),
        list(src, "organizations"),
        list(src, "locations"),
        list(src, "countries"),
        quotes,
        places(src),
        list(src, "key_phrases"),
        text(src, "story_id"),
        story);
  }

  static StoryArticle storyArticle(String id, JsonNode src) {
    return new StoryArticle(
        id,
        text(src, "title"),
        text(src, "source"),
        text(src, "date"),
        text(src, "language"),
        direction(src));
  }

  /**
   * {@code rtl} or {@code ltr} as indexed; {@code auto} (the reader's browser decides) if absent.
   */
  private static String direction(JsonNode src) {
    String d = text(src, "direction");
    return d != null ? d : "auto";
  }

  private static List<Place> places(JsonNode src) {
    List<Place> places = new ArrayList<>();
    for (JsonNode p : src.path("places")) {
      JsonNode loc = p.path("location");
      Double lat = loc.has("lat") ? loc.path("lat").asDouble() : null;
      Double lon = loc.has("lon") ? loc.path("lon").asDouble() : null;
      places.add(new Place(text(p, "name"), text(p, "country_code"), lat, lon));
    }
    return places;
  }

  static String text(JsonNode node, String field) {
    JsonNode v = node == null ? null : node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    return v.isTextual() ? v.asText() : v.toString();
  }

  static List<String> list(JsonNode node, String field) {
    JsonNode v = node == null ? null : node.get(field);
    if (v == null || v.isNull()) {
      return List.of();
    }
    if (!v.isArray()) {
      return List.of(v.asText());
    }
    List<String> out = new ArrayList<>();
    v.forEach(e -> out.add(e.asText()));
    return out;
  }
}
