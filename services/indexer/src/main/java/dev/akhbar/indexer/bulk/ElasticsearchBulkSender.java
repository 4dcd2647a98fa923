package dev.akhbar.indexer.bulk;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.ErrorCause;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.util.BinaryData;
import co.elastic.clients.util.ContentType;
import dev.akhbar.indexer.document.IndexDocument;
import dev.akhbar.indexer.index.IndexNames;
import dev.akhbar.indexer.index.TemplateInstaller;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Bulk-indexes documents with the Elasticsearch Java client: operation {@code index}, document id =
 * article id, {@code version_type=external} with the article's version. Makes sure the template is
 * installed and the target monthly indices exist before writing, and that an article whose date
 * moved to another month keeps a single copy behind the alias (see DESIGN.md).
 */
public final class ElasticsearchBulkSender implements BulkSender {
  private final ElasticsearchClient client;
  private final TemplateInstaller installer;
  private final IndexNames names;

  public ElasticsearchBulkSender(
      ElasticsearchClient client, TemplateInstaller installer, IndexNames names) {
    this.client = client;
    this.installer = installer;
    this.names = names;
  }

  @Override
  public List<ItemResult> send(List<IndexDocument> documents) throws BulkRequestException {
    try {
      installer.ensureInstalled();
      Set<String> indices = new LinkedHashSet<>();
      documents.forEach(d -> indices.add(d.index()));
      for (String index : indices) {
        installer.ensureIndex(index);
      }
      Map<String, List<Copy>> elsewhere = copiesInOtherMonths(documents);

      ItemResult[] results = new ItemResult[documents.size()];
      List<Integer> owners = new ArrayList<>(); // document position of each bulk operation
      BulkRequest.Builder request = new BulkRequest.Builder();
      for (int n = 0; n < documents.size(); n++) {
        IndexDocument d = documents.get(n);
        List<Copy> others = elsewhere.getOrDefault(d.id(), List.of());
        if (others.stream().anyMatch(c -> c.version() >= d.version())) {
          // A same or newer version lives in another month's index: this one is stale.
          results[n] = new ItemResult(ItemResult.Kind.STALE, 409, "newer version in another index");
          continue;
        }
        request.operations(
            op ->
                op.index(
                    i ->
                        i.index(d.index())
                            .id(d.id())
                            .version(d.version())
                            .versionType(VersionType.External)
                            .document(BinaryData.of(d.json(), ContentType.APPLICATION_JSON))));
        owners.add(n);
        for (Copy other : others) {
          // The article moved to another month (its date changed): remove the older copy, only if
          // it is still older than what we write (a versioned delete).
          request.operations(
              op ->
                  op.delete(
                      x ->
                          x.index(other.index())
                              .id(d.id())
                              .version(d.version())
                              .versionType(VersionType.External)));
          owners.add(-1 - n);
        }
      }
      if (owners.isEmpty()) {
        return List.of(results);
      }
      BulkResponse response = client.bulk(request.build());
      if (response.items().size() != owners.size()) {
        throw new BulkRequestException(
            "Bulk answered " + response.items().size() + " items for " + owners.size(), 500, null);
      }
      for (int k = 0; k < owners.size(); k++) {
        int owner = owners.get(k);
        BulkResponseItem item = response.items().get(k);
        ErrorCause error = item.error();
        if (owner >= 0) {
          results[owner] =
              ItemResult.classify(
                  item.status(),
                  error == null ? null : error.type(),
                  error == null ? null : describe(error));
        } else if (error != null && ItemResult.isRetryableStatus(item.status())) {
          // The old copy is still there: send the document again (its index op is then a 409,
          // and the delete is retried). Other delete answers (404, 409) mean nothing to remove.
          int n = -1 - owner;
          results[n] = ItemResult.classify(item.status(), error.type(), describe(error));
        }
      }
      return List.of(results);
    } catch (ElasticsearchException e) {
      throw new BulkRequestException(e.getMessage(), e.status(), e);
    } catch (IOException | RuntimeException e) {
      throw new BulkRequestException(
          e.getClass().getSimpleName() + ": " + e.getMessage(), statusOf(e), e);
    }
  }

  private record Copy(String index, long version) {}

  /**
   * Copies of the documents' ids behind the alias in another index than the one they are written to
   * now: the article's date moved to another month. One search per bulk request.
   */
  private Map<String, List<Copy>> copiesInOtherMonths(List<IndexDocument> documents)
      throws IOException {
    List<String> ids = documents.stream().map(IndexDocument::id).distinct().toList();
    SearchResponse<Void> found =
        client.search(
            s ->
                s.index(names.alias())
                    .ignoreUnavailable(true)
                    .allowNoIndices(true)
                    .size(ids.size() * 2)
                    .source(src -> src.fetch(false))
                    .version(true)
                    .query(q -> q.ids(i -> i.values(ids))),
            Void.class);
    Map<String, String> target = new HashMap<>();
    documents.forEach(d -> target.put(d.id(), d.index()));
    Map<String, List<Copy>> elsewhere = new HashMap<>();
    for (Hit<Void> hit : found.hits().hits()) {
      if (!hit.index().equals(target.get(hit.id()))) {
        elsewhere
            .computeIfAbsent(hit.id(), k -> new ArrayList<>())
            .add(new Copy(hit.index(), hit.version() == null ? 0 : hit.version()));
      }
    }
    return elsewhere;
  }

  private static int statusOf(Exception e) {
    // The transport reports HTTP errors it could not parse as ES errors as TransportException with
    // the status in the message; anything without an answer (refused, reset, timeout) is 0.
    if (e instanceof co.elastic.clients.transport.TransportException t) {
      return t.statusCode() > 0 ? t.statusCode() : 0;
    }
    return 0;
  }

  private static String describe(ErrorCause error) {
    StringBuilder sb = new StringBuilder(error.reason() == null ? "" : error.reason());
    ErrorCause cause = error.causedBy();
    int depth = 0;
    while (cause != null && depth++ < 3) {
      sb.append(" (caused by ")
          .append(cause.type())
          .append(": ")
          .append(cause.reason())
          .append(')');
      cause = cause.causedBy();
    }
    return sb.toString();
  }
}
