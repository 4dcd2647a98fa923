package dev.akhbar.indexer.kibana;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.akhbar.indexer.index.IndexTemplate;
import dev.akhbar.testsupport.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Kibana saved objects of deploy/kibana use only fields of the index template, each with a type
 * that supports what the visualisation does with it.
 */
class KibanaSavedObjectsTest {
  /** deploy/kibana/saved-objects.ndjson, which the pom copies onto the test classpath. */
  static final Path NDJSON = TestData.path("kibana/saved-objects.ndjson");

  private static final Set<String> NUMERIC =
      Set.of("long", "integer", "short", "byte", "double", "float", "half_float", "unsigned_long");
  private static final Set<String> AGGREGATABLE_OPERATIONS =
      Set.of("terms", "unique_count", "last_value", "cardinality");
  private static final Set<String> NUMERIC_OPERATIONS =
      Set.of("sum", "average", "min", "max", "median", "percentile", "standard_deviation");

  record Field(String type, boolean docValues) {
    boolean aggregatable() {
      return docValues
          && (type.equals("keyword")
              || NUMERIC.contains(type)
              || type.equals("date")
              || type.equals("boolean")
              || type.equals("ip"));
    }
  }

  /** A use of a field by a saved object, with what it needs. */
  record Use(String object, String field, String needs) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private static Map<String, Field> fields;
  private static List<JsonNode> objects;

  @BeforeAll
  static void load() throws IOException {
    fields = new HashMap<>();
    flatten(IndexTemplate.readBundled().path("template").path("mappings").path("properties"), "");
    objects = new ArrayList<>();
    for (String line : Files.readAllLines(NDJSON)) {
      if (!line.isBlank()) {
        objects.add(JSON.readTree(line));
      }
    }
  }

  @Test
  void everyFieldASavedObjectUsesExistsWithATypeThatSupportsItsUse() throws IOException {
    List<Use> uses = uses();
    assertThat(uses).as("uses found").hasSizeGreaterThan(10);
    List<String> problems = new ArrayList<>();
    for (Use use : uses) {
      Field f = fields.get(use.field());
      if (f == null) {
        problems.add(use + ": no such field in the index template");
        continue;
      }
      boolean ok =
          switch (use.needs()) {
            case "date" -> f.type().equals("date");
            case "aggregatable" -> f.aggregatable();
            case "numeric" -> NUMERIC.contains(f.type());
            case "geo" -> f.type().equals("geo_point") || f.type().equals("geo_shape");
            default -> false;
          };
      if (!ok) {
        problems.add(use + ": field is " + f);
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void coversTheDashboardsTheIssueAsksFor() throws IOException {
    Set<String> used = new HashSet<>();
    uses().forEach(u -> used.add(u.field() + ":" + u.needs()));
    assertThat(used)
        .contains(
            "date:date",
            "source:aggregatable",
            "language:aggregatable",
            "persons:aggregatable",
            "locations:aggregatable",
            "organizations:aggregatable",
            "places.location:geo",
            "quote_speakers:aggregatable",
            "story_id:aggregatable");
  }

  @Test
  void everyReferenceResolvesToAnObjectOfTheFile() {
    Set<String> ids = new HashSet<>();
    objects.forEach(o -> ids.add(o.path("type").asText() + "/" + o.path("id").asText()));
    for (JsonNode o : objects) {
      for (JsonNode ref : o.path("references")) {
        assertThat(ids)
            .as("reference %s of %s", ref, o.path("id").asText())
            .contains(ref.path("type").asText() + "/" + ref.path("id").asText());
      }
    }
  }

  @Test
  void everyDashboardPanelHasItsReference() throws IOException {
    for (JsonNode o : objects) {
      if (!o.path("type").asText().equals("dashboard")) {
        continue;
      }
      Set<String> refNames = new HashSet<>();
      o.path("references").forEach(r -> refNames.add(r.path("name").asText()));
      JsonNode panels = JSON.readTree(o.path("attributes").path("panelsJSON").asText());
      assertThat(panels).isNotEmpty();
      for (JsonNode p : panels) {
        assertThat(refNames)
            .contains(p.path("panelIndex").asText() + ":" + p.path("panelRefName").asText());
      }
    }
  }

  private static List<Use> uses() throws IOException {
    List<Use> uses = new ArrayList<>();
    for (JsonNode o : objects) {
      String id = o.path("type").asText() + "/" + o.path("id").asText();
      JsonNode attributes = o.path("attributes");
      switch (o.path("type").asText()) {
        case "index-pattern" -> {
          if (attributes.hasNonNull("timeFieldName")) {
            uses.add(new Use(id, attributes.path("timeFieldName").asText(), "date"));
          }
        }
        case "lens" -> {
          for (JsonNode layer :
              attributes.path("state").path("datasourceStates").path("formBased").path("layers")) {
            for (JsonNode column : layer.path("columns")) {
              String op = column.path("operationType").asText();
              String field = column.path("sourceField").asText("");
              if (field.isEmpty() || field.equals("___records___")) {
                continue;
              }
              if (op.equals("date_histogram")) {
                uses.add(new Use(id, field, "date"));
              } else if (AGGREGATABLE_OPERATIONS.contains(op)) {
                uses.add(new Use(id, field, "aggregatable"));
              } else if (NUMERIC_OPERATIONS.contains(op)) {
                uses.add(new Use(id, field, "numeric"));
              } else {
                uses.add(new Use(id, field, "unknown operation " + op));
              }
              if (column.path("params").hasNonNull("sortField")) {
                uses.add(new Use(id, column.path("params").path("sortField").asText(), "date"));
              }
            }
          }
        }
        case "map" -> {
          for (JsonNode layer : JSON.readTree(attributes.path("layerListJSON").asText())) {
            JsonNode source = layer.path("sourceDescriptor");
            if (source.hasNonNull("geoField")) {
              uses.add(new Use(id, source.path("geoField").asText(), "geo"));
            }
            for (JsonNode metric : source.path("metrics")) {
              if (metric.hasNonNull("field")) {
                uses.add(new Use(id, metric.path("field").asText(), "numeric"));
              }
            }
          }
        }
        default -> {}
      }
    }
    return uses;
  }

  private static void flatten(JsonNode properties, String prefix) {
    properties
        .fields()
        .forEachRemaining(
            e -> {
              String name = prefix + e.getKey();
              JsonNode m = e.getValue();
              if (m.has("properties")) {
                flatten(m.path("properties"), name + ".");
                return;
              }
              fields.put(
                  name, new Field(m.path("type").asText(), m.path("doc_values").asBoolean(true)));
              m.path("fields")
                  .fields()
                  .forEachRemaining(
                      sub ->
                          fields.put(
                              name + "." + sub.getKey(),
                              new Field(
                                  sub.getValue().path("type").asText(),
                                  sub.getValue().path("doc_values").asBoolean(true))));
            });
  }
}
