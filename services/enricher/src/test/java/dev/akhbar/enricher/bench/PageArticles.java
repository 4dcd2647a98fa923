package dev.akhbar.enricher.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.akhbar.events.EventCodec;
import dev.akhbar.events.ParsedArticle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The articles {@code make bench-pipeline} sends through the enricher, without the parser: the
 * article bodies of ../shared/bench/extraction-scrapinghub/ground-truth.json (181 English news
 * pages, about 4,500 characters each) as parsed articles, the title taken from the first line.
 */
final class PageArticles {
  static final Path DEFAULT =
      Path.of("../../../shared/bench/extraction-scrapinghub/ground-truth.json");

  private PageArticles() {}

  static List<ParsedArticle> load(Path groundTruth) {
    JsonNode root;
    try {
      root = EventCodec.mapper().readTree(Files.readString(groundTruth));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<ParsedArticle> out = new ArrayList<>();
    for (Map.Entry<String, JsonNode> page : root.properties()) {
      String body = page.getValue().path("articleBody").asText("");
      if (body.isBlank()) {
        continue;
      }
      List<String> paragraphs =
          Arrays.stream(body.split("\n+")).map(String::strip).filter(p -> !p.isEmpty()).toList();
      String title = paragraphs.get(0).length() > 120 ? "" : paragraphs.get(0);
      out.add(
          new ParsedArticle(
              page.getKey(),
              page.getValue().path("url").asText("https://example.org/" + page.getKey()),
              null,
              "bench",
              title.isEmpty() ? page.getKey() : title,
              null,
              paragraphs,
              List.of(),
              null,
              null,
              null,
              null,
              null,
              List.of(),
              null,
              List.of(),
              null,
              body.split("\\s+").length,
              null,
              Instant.parse("2026-11-30T00:00:00Z"),
              Instant.parse("2026-11-30T00:00:01Z")));
    }
    return out;
  }
}
