package dev.akhbar.indexer.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

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

  /** The {@code mappings} object (dynamic, _meta, properties), for {@code PUT <index>/_mapping}. */
  public String mappingsJson() {
    return body.path("template").path("mappings").toString();
  }

  /** The mapping properties. */
  public JsonNode properties() {
    return body.path("template").path("mappings").path("properties");
  }
}
