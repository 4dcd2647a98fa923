package dev.akhbar.enricher.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.akhbar.enricher.ArticleText;
import dev.akhbar.enricher.Enricher;
import dev.akhbar.enricher.stories.StoryIndex;
import dev.akhbar.events.Enrichment;
import dev.akhbar.events.EventCodec;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code make enrich IN=articles.jsonl OUT=enriched.jsonl}: one article per input line ({@code {id,
 * title, body, language?, date?}}), one enrichment per output line, in the same order. No Kafka;
 * story ids are shared within the file.
 */
public final class EnrichCli {
  private EnrichCli() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: EnrichCli <in.jsonl> <out.jsonl>");
      System.exit(2);
    }
    Enricher enricher =
        Enricher.create(
            List.of("ar", "en", "fr", "es", "de", "tr", "fa", "ur", "ru", "zh"),
            Boolean.parseBoolean(
                System.getProperty("akhbar.enricher.language-low-accuracy", "true")),
            new StoryIndex(0.45, Duration.ofDays(3650)));
    ObjectMapper json = EventCodec.mapper();
    int n = 0;
    long t0 = System.nanoTime();
    Path out = Path.of(args[1]);
    if (out.getParent() != null) {
      Files.createDirectories(out.getParent());
    }
    try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8);
        BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      String line;
      int lineNo = 0;
      while ((line = in.readLine()) != null) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode a = json.readTree(line);
        String id = a.hasNonNull("id") ? a.get("id").asText() : "line-" + lineNo;
        ArticleText text =
            new ArticleText(
                id,
                a.path("title").asText(""),
                a.path("body").asText(""),
                a.hasNonNull("language") ? a.get("language").asText() : null,
                a.hasNonNull("date")
                    ? LocalDate.parse(a.get("date").asText().substring(0, 10))
                    : null);
        w.write(json.writeValueAsString(toJson(json, id, enricher.enrich(text))));
        w.newLine();
        n++;
      }
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    System.err.printf("enriched %d articles in %.2f s -> %s%n", n, secs, out);
  }

  /** The harness output of one article: entity mentions flattened, one object per mention. */
  public static ObjectNode toJson(ObjectMapper json, String id, Enrichment e) {
    ObjectNode o = json.createObjectNode();
    o.put("id", id);
    o.put("language", e.language().code());
    o.put("languageConfidence", e.language().confidence());
    o.put("storyId", e.storyId());
    ArrayNode entities = o.putArray("entities");
    for (Enrichment.Entity en : e.entities()) {
      for (Enrichment.Span s : en.mentions()) {
        ObjectNode m = entities.addObject();
        m.put("type", en.type().name());
        m.put("text", s.text());
        m.put("start", s.start());
        m.put("end", s.end());
        m.put("canonical", en.canonical());
      }
    }
    ArrayNode quotes = o.putArray("quotes");
    for (Enrichment.Quote q : e.quotes()) {
      ObjectNode m = quotes.addObject();
      m.put("speaker", q.speaker());
      m.put("text", q.text());
      m.put("start", q.start());
      m.put("end", q.end());
    }
    o.set("places", json.valueToTree(e.places()));
    o.set("mentions", json.valueToTree(e.mentions()));
    o.set("keyPhrases", json.valueToTree(e.keyPhrases()));
    return o;
  }
}
