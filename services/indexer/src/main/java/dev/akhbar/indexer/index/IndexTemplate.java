package dev.akhbar.indexer.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * The composable index template of the article indices, read from {@code
 * akhbar-articles.template.json} next to this class (the contract documented in
 * docs/index-mapping.md) and bound to an alias: the template covers {@code <alias>-*} and makes
 * every index it creates join the alias.
 */
public final class IndexTemplate {
  /** Classpath location of the template body. */
  public static final String RESOURCE = "dev/akhbar/indexer/index/akhbar-articles.template.json";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final IndexNames names;
  private final ObjectNode body;

  private IndexTemplate(IndexNames names, ObjectNode body) {
    this.names = names;
    this.body = body;
  }

  /** The bundled template, bound to {@code names}. */
  public static IndexTemplate load(IndexNames names) {
    ObjectNode body = readBundled();
    body.putArray("index_patterns").add(names.pattern());
    ObjectNode aliases = ((ObjectNode) body.get("template")).putObject("aliases");
    aliases.putObject(names.alias());
    return new IndexTemplate(names, body);
  }

  /** The template body as shipped (no index pattern nor alias), e.g. for contract checks. */
  public static ObjectNode readBundled() {
    try (InputStream in = IndexTemplate.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the classpath");
      }
      return (ObjectNode) JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public IndexNames names() {
    return names;
  }

  /** The template version; a changed template must carry a higher one. */
  public long version() {
    return body.path("version").asLong();
  }

  /** The body of {@code PUT _index_template/<name>}. */
  public String json() {
    return body.toString();
  }

  /**
   * The body of {@code PUT <index>/_mapping} that brings an existing index up to this template: the
   * fields of the template that the index's mapping ({@code existingProperties}, its {@code
   * properties} object) lacks, also inside object fields; empty when it lacks none.
   *
   * <p>Fields the index has are not sent again: the parameters fixed when an index is created
   * ({@code index_options}, which template version 3 raised to {@code offsets} on the language
   * bodies) differ between indices created from different versions, and sending the template's
   * would be refused as a conflict. The index keeps its {@code _meta}: the version it was created
   * from.
   */
  public Optional<String> missingFieldsMapping(JsonNode existingProperties) {
    ObjectNode missing = missing(properties(), existingProperties);
    if (missing.isEmpty()) {
      return Optional.empty();
    }
    ObjectNode mapping = JSON.createObjectNode();
    mapping.set("properties", missing);
    return Optional.of(mapping.toString());
  }

  private static ObjectNode missing(JsonNode wanted, JsonNode existing) {
    ObjectNode missing = JSON.createObjectNode();
    for (Iterator<Map.Entry<String, JsonNode>> it = wanted.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      JsonNode present = existing.path(field.getKey());
      if (present.isMissingNode()) {
        missing.set(field.getKey(), field.getValue());
      } else if (field.getValue().has("properties")) {
        ObjectNode inner = missing(field.getValue().path("properties"), present.path("properties"));
        if (!inner.isEmpty()) {
          missing.putObject(field.getKey()).set("properties", inner);
        }
      }
    }
    return missing;
  }

  /** The mapping properties. */
  public JsonNode properties() {
    return body.path("template").path("mappings").path("properties");
  }
}
