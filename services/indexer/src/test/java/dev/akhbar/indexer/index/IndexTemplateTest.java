package dev.akhbar.indexer.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.akhbar.events.EventCodec;
import dev.akhbar.indexer.TestEvents;
import dev.akhbar.indexer.document.ArticleDocuments;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IndexTemplateTest {
  /** The analyzers the local node (and any stock Elasticsearch) has. */
  private static final Set<String> AVAILABLE_ANALYZERS =
      Set.of("standard", "arabic", "english", "french");

  private final IndexTemplate template = IndexTemplate.load(new IndexNames("akhbar-articles"));

  @Test
  void bindsThePatternAndTheAlias() throws Exception {
    JsonNode json = new ObjectMapper().readTree(template.json());
    assertThat(json.path("index_patterns").get(0).asText()).isEqualTo("akhbar-articles-*");
    assertThat(json.path("template").path("aliases").has("akhbar-articles")).isTrue();
    assertThat(template.version()).isPositive();
    assertThat(
            json.path("template").path("mappings").path("_meta").path("template_version").asLong())
        .as("mappings._meta.template_version follows the template version")
        .isEqualTo(template.version());
  }

  @Test
  void analysesEachLanguageWithItsOwnAnalyzer() {
    JsonNode p = template.properties();
    for (String field : List.of("title", "description", "body")) {
      assertThat(p.path(field + "_ar").path("analyzer").asText()).isEqualTo("arabic");
      assertThat(p.path(field + "_en").path("analyzer").asText()).isEqualTo("english");
      assertThat(p.path(field + "_fr").path("analyzer").asText()).isEqualTo("french");
      assertThat(p.path(field).path("analyzer").asText()).isEqualTo("standard");
    }
  }

  @Test
  void usesOnlyAnalyzersTheNodeHas() {
    List<String> analyzers = new ArrayList<>();
    collect(template.properties(), "analyzer", analyzers);
    assertThat(analyzers).isNotEmpty().allMatch(AVAILABLE_ANALYZERS::contains);
  }

  @Test
  void hasAMappingForEveryFieldTheDocumentsCarry() throws Exception {
    // The mapping is strict: a field the mapper emits without a mapping would be rejected.
    Set<String> mapped = new HashSet<>();
    flatten(template.properties(), "", mapped);
    for (String language : List.of("ar", "en", "fr", "de", "und")) {
      var event =
          TestEvents.article(
              "x",
              language,
              "t",
              "b",
              java.time.Instant.parse("2025-02-16T08:00:00Z"),
              java.time.OffsetDateTime.parse("2025-02-16T10:30:00+03:00"),
              TestEvents.sample().enrichment().places());
      Map<String, Object> source =
          new ArticleDocuments(new IndexLayout(template.names(), 10), EventCodec.mapper())
              .source(event);
      JsonNode json = EventCodec.mapper().valueToTree(source);
      Set<String> emitted = new HashSet<>();
      leaves(json, "", emitted);
      assertThat(mapped).as("mapped fields for %s", language).containsAll(emitted);
    }
  }

  private static void collect(JsonNode node, String key, List<String> out) {
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> it = node.fields();
      while (it.hasNext()) {
        var e = it.next();
        if (e.getKey().equals(key) && e.getValue().isTextual()) {
          out.add(e.getValue().asText());
        } else {
          collect(e.getValue(), key, out);
        }
      }
    }
  }

  @Test
  void indexesTheLanguageBodiesWithOffsetsForCheapSnippets() {
    // The search service's highlighter reads offsets from the postings instead of analysing each
    // hit's body again (docs/index-mapping.md, "Snippets").
    for (String field : List.of("body_ar", "body_en", "body_fr")) {
      assertThat(template.properties().path(field).path("index_options").asText())
          .as(field)
          .isEqualTo("offsets");
    }
  }

  @Test
  void bringsAnOlderIndexUpToDateWithItsMissingFieldsOnly() throws Exception {
    ObjectMapper json = new ObjectMapper();
    // An index created from an older template: no key_phrases, no places.country_code, and
    // body_ar without offsets (a parameter that cannot change on an existing index).
    com.fasterxml.jackson.databind.node.ObjectNode older = template.properties().deepCopy();
    older.remove("key_phrases");
    ((com.fasterxml.jackson.databind.node.ObjectNode) older.path("places").path("properties"))
        .remove("country_code");
    ((com.fasterxml.jackson.databind.node.ObjectNode) older.path("body_ar"))
        .remove("index_options");

    JsonNode put = json.readTree(template.missingFieldsMapping(older).orElseThrow());

    assertThat(put.path("properties").path("key_phrases"))
        .isEqualTo(template.properties().path("key_phrases"));
    assertThat(put.path("properties").path("places").path("properties").path("country_code"))
        .isEqualTo(template.properties().path("places").path("properties").path("country_code"));
    assertThat(put.path("properties").path("places").path("properties").size()).isEqualTo(1);
    assertThat(put.path("properties").has("body_ar"))
        .as("a field the index has is left as created")
        .isFalse();
    assertThat(put.path("properties").size()).isEqualTo(2);
    assertThat(template.missingFieldsMapping(template.properties())).isEmpty();
  }

  private static void flatten(JsonNode properties, String prefix, Set<String> out) {
    properties
        .fields()
        .forEachRemaining(
            e -> {
              String name = prefix + e.getKey();
              if (e.getValue().has("properties")) {
                flatten(e.getValue().path("properties"), name + ".", out);
              } else {
                out.add(name);
              }
            });
  }

  private static void leaves(JsonNode node, String prefix, Set<String> out) {
    if (node.isArray()) {
      node.forEach(n -> leaves(n, prefix, out));
    } else if (node.isObject()) {
      if (node.has("lat") && node.has("lon") && node.size() == 2) {
        out.add(prefix.substring(0, prefix.length() - 1));
        return;
      }
      node.fields().forEachRemaining(e -> leaves(e.getValue(), prefix + e.getKey() + ".", out));
    } else {
      out.add(prefix.substring(0, prefix.length() - 1));
    }
  }
}
