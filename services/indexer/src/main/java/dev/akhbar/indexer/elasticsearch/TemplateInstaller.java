package dev.akhbar.indexer.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.indices.GetIndexTemplateResponse;
import co.elastic.clients.elasticsearch.indices.get_index_template.IndexTemplateItem;
import co.elastic.clients.elasticsearch.indices.get_mapping.IndexMappingRecord;
import co.elastic.clients.json.JsonpUtils;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.akhbar.indexer.index.IndexLayout;
import dev.akhbar.indexer.index.IndexNames;
import dev.akhbar.indexer.index.IndexTemplate;
import java.io.IOException;
import java.io.StringReader;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Installs the index template idempotently and creates the indices of the layout before anything is
 * written to them, so no index is ever created by dynamic mapping.
 *
 * <ul>
 *   <li>Template absent or of a lower version: put ours. Same version: leave it. Higher version (a
 *       newer indexer was deployed): leave it, ours must not downgrade it.
 *   <li>After an upgrade, the fields the existing indices of the pattern lack are put on them
 *       (adding fields is allowed in place). The fields they have keep the parameters they were
 *       created with; a changed type or analyser needs new indices (docs/index-mapping.md).
 *   <li>The index of the current year is created so that the alias exists from the start.
 * </ul>
 */
public final class TemplateInstaller {
  private static final Logger LOG = Logger.getLogger(TemplateInstaller.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  /** What {@link #install()} did. */
  public enum Result {
    INSTALLED,
    UPGRADED,
    UNCHANGED,
    NEWER_PRESENT
  }

  private final ElasticsearchClient client;
  private final IndexTemplate template;
  private final IndexLayout layout;
  private final Clock clock;
  private final Set<String> knownIndices = ConcurrentHashMap.newKeySet();
  private volatile boolean installed;

  public TemplateInstaller(
      ElasticsearchClient client, IndexTemplate template, IndexLayout layout, Clock clock) {
    this.client = client;
    this.template = template;
    this.layout = layout;
    this.clock = clock;
  }

  /** Installs once per process; cheap after the first success. */
  public void ensureInstalled() throws IOException {
    if (!installed) {
      synchronized (this) {
        if (!installed) {
          install();
          installed = true;
        }
      }
    }
  }

  public boolean isInstalled() {
    return installed;
  }

  public IndexNames names() {
    return template.names();
  }

  /**
   * Elasticsearch says {@code index} is missing (deleted by hand?): create it again before the next
   * write, and check the template again too.
   */
  public void forget(String index) {
    knownIndices.remove(index);
    installed = false;
  }

  /** Puts the template when needed and creates the current year's index. */
  public Result install() throws IOException {
    String name = template.names().templateName();
    Long present = presentVersion(name);
    Result result;
    if (present == null) {
      putTemplate(name);
      result = Result.INSTALLED;
    } else if (present < template.version()) {
      putTemplate(name);
      addMissingFields();
      result = Result.UPGRADED;
    } else if (present > template.version()) {
      LOG.warnf(
          "Index template %s has version %d, newer than this indexer's %d: leaving it",
          name, present, template.version());
      result = Result.NEWER_PRESENT;
    } else {
      result = Result.UNCHANGED;
    }
    ensureIndex(layout.current(clock.instant()));
    LOG.infof("Index template %s v%d: %s", name, template.version(), result);
    return result;
  }

  /**
   * Creates {@code index} from the template unless it exists (known indices are not re-checked).
   */
  public void ensureIndex(String index) throws IOException {
    if (knownIndices.contains(index)) {
      return;
    }
    try {
      client.indices().create(c -> c.index(index));
      LOG.infof("Created index %s", index);
    } catch (ElasticsearchException e) {
      String type = e.error() == null ? null : e.error().type();
      if (!"resource_already_exists_exception".equals(type)) {
        throw e;
      }
    }
    knownIndices.add(index);
  }

  /**
   * Puts on each existing index of the pattern the template's fields it lacks ({@link
   * IndexTemplate#missingFieldsMapping}); the fields it has keep their creation-time parameters.
   */
  private void addMissingFields() throws IOException {
    Map<String, IndexMappingRecord> indices =
        client
            .indices()
            .getMapping(m -> m.index(template.names().pattern()).allowNoIndices(true))
            .mappings();
    for (Map.Entry<String, IndexMappingRecord> index : indices.entrySet()) {
      JsonNode properties =
          JSON.readTree(JsonpUtils.toJsonString(index.getValue().mappings(), client._jsonpMapper()))
              .path("properties");
      Optional<String> missing = template.missingFieldsMapping(properties);
      if (missing.isPresent()) {
        client
            .indices()
            .putMapping(m -> m.index(index.getKey()).withJson(new StringReader(missing.get())));
        LOG.infof("Added the new fields of the template to %s", index.getKey());
      }
    }
  }

  private Long presentVersion(String name) throws IOException {
    if (!client.indices().existsIndexTemplate(e -> e.name(name)).value()) {
      return null;
    }
    GetIndexTemplateResponse response = client.indices().getIndexTemplate(g -> g.name(name));
    return response.indexTemplates().stream()
        .filter(t -> t.name().equals(name))
        .map(IndexTemplateItem::indexTemplate)
        .map(t -> t.version() == null ? 0L : t.version())
        .findFirst()
        .orElse(null);
  }

  private void putTemplate(String name) throws IOException {
    client
        .indices()
        .putIndexTemplate(p -> p.name(name).withJson(new StringReader(template.json())));
  }
}
