package dev.akhbar.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * docs/asyncapi.yaml against the contract: it lists exactly the topics of topics.tsv with their
 * partitions and configs, and its messages point ($ref) at the very schema files and golden samples
 * the services validate against, byte for byte. The AsyncAPI parser itself runs after the tests
 * (asyncapi/check.mjs, exec-maven-plugin).
 */
class AsyncApiDocumentTest {
  static Path docs;
  static JsonNode doc;

  @BeforeAll
  static void load() throws IOException {
    Path root = Path.of(System.getProperty("akhbar.repo.root", "../..")).toAbsolutePath();
    docs = root.resolve("docs").normalize();
    doc = new ObjectMapper(new YAMLFactory()).readTree(docs.resolve("asyncapi.yaml").toFile());
  }

  static Map<String, JsonNode> channelsByAddress() {
    Map<String, JsonNode> byAddress = new LinkedHashMap<>();
    doc.path("channels").forEach(c -> byAddress.put(c.path("address").asText(), c));
    return byAddress;
  }

  /** The component message a channel's only message reference points to. */
  static JsonNode messageOf(JsonNode channel) {
    assertThat(channel.path("messages").size()).as("messages of %s", channel).isEqualTo(1);
    String ref = channel.path("messages").elements().next().path("$ref").asText();
    assertThat(ref).startsWith("#/components/messages/");
    return doc.at(ref.substring(1));
  }

  @Test
  void listsExactlyTheTopicsOfTopicsTsvWithTheirPartitionsAndConfigs() {
    Map<String, JsonNode> channels = channelsByAddress();
    assertThat(channels.keySet())
        .containsExactlyInAnyOrderElementsOf(
            Topics.specs().stream().map(Topics.Spec::name).toList());
    assertThat(channels).hasSameSizeAs(doc.path("channels"));
    for (Topics.Spec spec : Topics.specs()) {
      JsonNode kafka = channels.get(spec.name()).path("bindings").path("kafka");
      assertThat(kafka.path("partitions").asInt()).as(spec.name()).isEqualTo(spec.partitions());
      JsonNode config = kafka.path("topicConfiguration");
      spec.configs()
          .forEach(
              (k, v) -> assertThat(text(config.path(k))).as(spec.name() + " " + k).isEqualTo(v));
      String policy = text(config.path("cleanup.policy"));
      assertThat(policy).as(spec.name() + " cleanup.policy").isNotEmpty();
      if (policy.contains("delete")) {
        assertThat(config.has("retention.ms")).as(spec.name() + " states its retention").isTrue();
      }
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = EventType.class,
      names = {"DEAD_LETTER"},
      mode = EnumSource.Mode.EXCLUDE)
  void eachEventIsOnItsTopicWithItsSchemaHeadersAndGoldenSample(EventType type) throws IOException {
    JsonNode message = messageOf(channelsByAddress().get(type.topic()));
    assertThat(message.path("name").asText()).isEqualTo(type.recordClass().getSimpleName());
    assertSchemaIsTheContractsFile(message, type);
    JsonNode headers = message.path("headers").path("allOf");
    assertThat(headers.get(0).path("$ref").asText())
        .isEqualTo("#/components/schemas/CloudEventsHeaders");
    JsonNode consts = headers.get(1).path("properties");
    assertThat(consts.at("/ce_type/const").asText()).isEqualTo(type.cloudEventType());
    assertThat(consts.at("/ce_dataschema/const").asText()).isEqualTo(type.schemaId());
    if (type.source() != null) {
      assertThat(consts.at("/ce_source/const").asText()).isEqualTo(type.source());
    }
    JsonNode example = message.path("examples").get(0);
    assertThat(example.at("/headers/ce_type").asText()).isEqualTo(type.cloudEventType());
    assertThat(example.at("/headers/ce_dataschema").asText()).isEqualTo(type.schemaId());
    Path sample = docs.resolve(example.at("/payload/$ref").asText()).normalize();
    assertThat(Files.readAllBytes(sample)).isEqualTo(classpath(type.samplePath()));
  }

  @ParameterizedTest
  @EnumSource(
      value = EventType.class,
      names = {"DEAD_LETTER"},
      mode = EnumSource.Mode.EXCLUDE)
  void eachDeadLetterTopicCarriesTheOriginalEventWithDeadLetterHeaders(EventType type)
      throws IOException {
    JsonNode message = messageOf(channelsByAddress().get(type.deadLetterTopic()));
    assertSchemaIsTheContractsFile(message, type);
    assertThat(message.at("/headers/$ref").asText())
        .isEqualTo("#/components/schemas/DeadLetterHeaders");
    Set<String> documented = new HashSet<>();
    doc.at("/components/schemas/DeadLetterHeaders/properties")
        .fieldNames()
        .forEachRemaining(documented::add);
    assertThat(documented)
        .contains(
            DeadLetter.HEADER_REASON,
            DeadLetter.HEADER_CAUSE,
            DeadLetter.HEADER_CAUSE_CLASS,
            DeadLetter.HEADER_EXCEPTION_CLASS,
            DeadLetter.HEADER_TOPIC,
            DeadLetter.HEADER_PARTITION,
            DeadLetter.HEADER_OFFSET);
  }

  @Test
  void cloudEventsHeadersAreTheOnesEventMetadataWrites() {
    Set<String> required = new HashSet<>();
    doc.at("/components/schemas/CloudEventsHeaders/required")
        .forEach(n -> required.add(n.asText()));
    assertThat(required)
        .containsExactlyInAnyOrderElementsOf(
            EventMetadata.of(EventType.RAW_PAGE, "0".repeat(32), java.time.Instant.EPOCH)
                .toHeaders()
                .keySet());
  }

  @Test
  void everySchemaFileOfTheContractIsReferenced() throws IOException {
    Set<String> referenced = new HashSet<>();
    collectRefs(doc, referenced);
    Path schemas = docs.resolve(refToSchema("")).normalize();
    List<String> files = new ArrayList<>();
    try (Stream<Path> s = Files.list(schemas)) {
      s.forEach(p -> files.add(docs.relativize(p).toString()));
    }
    assertThat(files).hasSize(EventType.values().length);
    for (String f : files) {
      assertThat(referenced)
          .as("a $ref to " + f)
          .anyMatch(r -> docs.resolve(r).normalize().equals(docs.resolve(f).normalize()));
    }
  }

  private static void assertSchemaIsTheContractsFile(JsonNode message, EventType type)
      throws IOException {
    JsonNode payload = message.path("payload");
    assertThat(payload.path("schemaFormat").asText()).startsWith("application/schema+json");
    String ref = payload.at("/schema/$ref").asText();
    assertThat(ref).isEqualTo(refToSchema(type.schemaFile()));
    assertThat(Files.readAllBytes(docs.resolve(ref)))
        .as("%s is byte-identical to the schema in the events jar", ref)
        .isEqualTo(classpath(EventType.SCHEMA_PATH + type.schemaFile()));
  }

  private static String refToSchema(String file) {
    return "../services/events/src/main/resources/" + EventType.SCHEMA_PATH + file;
  }

  private static byte[] classpath(String path) throws IOException {
    try (InputStream in = EventType.class.getClassLoader().getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      return in.readAllBytes();
    }
  }

  private static void collectRefs(JsonNode node, Set<String> refs) {
    if (node.has("$ref")) {
      refs.add(node.path("$ref").asText());
    }
    node.forEach(child -> collectRefs(child, refs));
  }

  private static String text(JsonNode node) {
    if (node.isArray()) {
      List<String> items = new ArrayList<>();
      node.forEach(n -> items.add(n.asText()));
      return String.join(",", items);
    }
    return node.isMissingNode() ? null : node.asText();
  }
}
