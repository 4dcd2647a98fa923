package dev.akhbar.indexer.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import dev.akhbar.indexer.document.DocumentVersion;
import dev.akhbar.indexer.document.IndexDocument;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the copies of documents that live behind the alias in another index than the one they are
 * written to now (their date moved to another year, or they were written by an indexer of the
 * monthly layout), so that an article stays a single document behind the alias.
 *
 * <p>Two sources: one {@code ids} search on the alias per bulk request (near-real-time: it misses
 * what was written less than a refresh ago), and a memory of this indexer's own recent writes (the
 * last {@code rememberedWrites} documents), which covers that gap. All versions of an article share
 * a Kafka key, hence a partition, hence an indexer: its own memory is what it needs. Used by the
 * flusher thread only.
 */
final class CopyGuard {
  /** A copy of a document in {@code index}, with its version. */
  record Copy(String index, long version) {}

  private final ElasticsearchClient client;
  private final String alias;
  private final Map<String, Copy> recent;

  CopyGuard(ElasticsearchClient client, String alias, int rememberedWrites) {
    this.client = client;
    this.alias = alias;
    this.recent =
        new LinkedHashMap<>(1024, 0.75f, false) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Copy> eldest) {
            return size() > rememberedWrites;
          }
        };
  }

  /** Per document id, its copies in other indices than its target. */
  Map<String, List<Copy>> elsewhere(List<IndexDocument> documents) throws IOException {
    List<String> ids = documents.stream().map(IndexDocument::id).distinct().toList();
    SearchResponse<Void> found =
        client.search(
            s ->
                s.index(alias)
                    .ignoreUnavailable(true)
                    .allowNoIndices(true)
                    .size(ids.size() * 4)
                    .source(src -> src.fetch(false))
                    .version(true)
                    .query(q -> q.ids(i -> i.values(ids))),
            Void.class);
    Map<String, String> target = new HashMap<>();
    documents.forEach(d -> target.put(d.id(), d.index()));
    Map<String, List<Copy>> elsewhere = new HashMap<>();
    for (Hit<Void> hit : found.hits().hits()) {
      if (!hit.index().equals(target.get(hit.id()))) {
        add(elsewhere, hit.id(), new Copy(hit.index(), hit.version() == null ? 0 : hit.version()));
      }
    }
    for (String id : ids) {
      Copy mine = recent.get(id);
      if (mine != null && !mine.index().equals(target.get(id))) {
        add(elsewhere, id, mine);
      }
    }
    return elsewhere;
  }

  /** {@code document} was written to its target index. */
  void written(IndexDocument document) {
    recent.put(document.id(), new Copy(document.index(), document.version()));
  }

  /** Keeps one copy per index, the newer of the search's and the memory's. */
  private static void add(Map<String, List<Copy>> elsewhere, String id, Copy copy) {
    List<Copy> copies = elsewhere.computeIfAbsent(id, k -> new ArrayList<>());
    for (int i = 0; i < copies.size(); i++) {
      if (copies.get(i).index().equals(copy.index())) {
        if (DocumentVersion.compare(copy.version(), copies.get(i).version()) > 0) {
          copies.set(i, copy);
        }
        return;
      }
    }
    copies.add(copy);
  }
}
