package dev.akhbar.indexer.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.ErrorCause;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.transport.TransportException;
import co.elastic.clients.util.BinaryData;
import co.elastic.clients.util.ContentType;
import dev.akhbar.indexer.bulk.BulkRequestException;
import dev.akhbar.indexer.bulk.BulkSender;
import dev.akhbar.indexer.bulk.ErrorClassifier;
import dev.akhbar.indexer.bulk.Hold;
import dev.akhbar.indexer.bulk.ItemResult;
import dev.akhbar.indexer.document.DocumentVersion;
import dev.akhbar.indexer.document.IndexDocument;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Bulk-indexes documents with the Elasticsearch Java client: operation {@code index}, document id =
 * article id, {@code version_type=external} with the article's version. Makes sure the template is
 * installed and the target indices exist before writing, that an article whose index changed keeps
 * a single copy behind the alias ({@link CopyGuard}), and turns every failure into either a content
 * error of one document or a {@link Hold} (see DESIGN.md).
 */
public final class ElasticsearchBulkSender implements BulkSender {
  private final ElasticsearchClient client;
  private final TemplateInstaller installer;
  private final ErrorClassifier classifier;
  private final CopyGuard guard;

  /**
   * @param rememberedWrites how many recent writes the duplicate guard remembers (see {@link
   *     CopyGuard})
   */
  public ElasticsearchBulkSender(
      ElasticsearchClient client,
      TemplateInstaller installer,
      ErrorClassifier classifier,
      int rememberedWrites) {
    this.client = client;
    this.installer = installer;
    this.classifier = classifier;
    this.guard = new CopyGuard(client, installer.names().alias(), rememberedWrites);
  }

  @Override
  public List<ItemResult> send(List<IndexDocument> documents) throws BulkRequestException {
    try {
      installer.ensureInstalled();
    } catch (Exception e) {
      throw held(e, "index template " + installer.names().templateName());
    }
    ItemResult[] results = new ItemResult[documents.size()];
    List<IndexDocument> sendable = new ArrayList<>();
    Map<String, ItemResult> unavailable = ensureIndices(documents);
    for (int n = 0; n < documents.size(); n++) {
      results[n] = unavailable.get(documents.get(n).index());
      if (results[n] == null) {
        sendable.add(documents.get(n));
      }
    }
    if (sendable.isEmpty()) {
      return List.of(results);
    }
    Map<String, List<CopyGuard.Copy>> elsewhere;
    try {
      elsewhere = guard.elsewhere(sendable);
    } catch (Exception e) {
      throw held(e, "alias " + installer.names().alias());
    }

    List<Integer> owners = new ArrayList<>(); // document position of each bulk operation
    BulkRequest.Builder request = new BulkRequest.Builder();
    for (int n = 0; n < documents.size(); n++) {
      if (results[n] != null) {
        continue;
      }
      IndexDocument d = documents.get(n);
      List<CopyGuard.Copy> others = elsewhere.getOrDefault(d.id(), List.of());
      if (others.stream().anyMatch(c -> DocumentVersion.compare(c.version(), d.version()) >= 0)) {
        // A same or newer version lives in another index: this one is stale.
        results[n] = ItemResult.stale(409, "newer version in another index");
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
      for (CopyGuard.Copy other : others) {
        // The article moved to another index: remove the older copy, only if it is still older
        // than what we write (a versioned delete).
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
    BulkResponse response;
    try {
      response = client.bulk(request.build());
    } catch (Exception e) {
      throw failed(e);
    }
    if (response.items().size() != owners.size()) {
      throw BulkRequestException.held(
          new Hold(
              Hold.Cause.UNAVAILABLE,
              null,
              "bulk answered " + response.items().size() + " items for " + owners.size()),
          500,
          null);
    }
    for (int k = 0; k < owners.size(); k++) {
      int owner = owners.get(k);
      BulkResponseItem item = response.items().get(k);
      ErrorCause error = item.error();
      ItemResult result =
          classifier.item(
              item.status(),
              error == null ? null : error.type(),
              error == null ? null : describe(error),
              item.index());
      if (result.kind() == ItemResult.Kind.HELD
          && result.hold().cause() == Hold.Cause.INDEX_MISSING) {
        installer.forget(item.index());
      }
      if (owner >= 0) {
        results[owner] = result;
        if (result.kind() == ItemResult.Kind.INDEXED) {
          guard.written(documents.get(owner));
        }
      } else if (!result.settled() && result.kind() != ItemResult.Kind.INDEXED) {
        // The old copy is still there: send the document again (its index op is then a 409, and
        // the delete is retried). Other delete answers (404, 409) mean nothing to remove.
        results[-1 - owner] = result;
      }
    }
    return List.of(results);
  }

  /** Creates the target indices; documents whose index cannot be created are held. */
  private Map<String, ItemResult> ensureIndices(List<IndexDocument> documents) {
    Set<String> indices = new LinkedHashSet<>();
    documents.forEach(d -> indices.add(d.index()));
    Map<String, ItemResult> unavailable = new HashMap<>();
    for (String index : indices) {
      try {
        installer.ensureIndex(index);
      } catch (Exception e) {
        Failure f = Failure.of(e);
        unavailable.put(
            index,
            ItemResult.held(
                f.status(), classifier.request(f.status(), f.type(), f.reason(), index)));
      }
    }
    return unavailable;
  }

  private BulkRequestException failed(Exception e) {
    Failure f = Failure.of(e);
    Hold hold = classifier.request(f.status(), f.type(), f.reason(), null);
    return hold == null
        ? BulkRequestException.contentRefused(f.text(), f.status(), e)
        : BulkRequestException.held(hold, f.status(), e);
  }

  /** A failure of a call that is not about one index: only some causes keep the subject. */
  private BulkRequestException held(Exception e, String subject) {
    Failure f = Failure.of(e);
    Hold hold = classifier.request(f.status(), f.type(), f.reason(), subject);
    if (hold == null) {
      hold = new Hold(Hold.Cause.REFUSED, subject, f.text());
    } else if (!(hold.cause() == Hold.Cause.REFUSED || hold.cause() == Hold.Cause.AUTHORIZATION)) {
      hold = hold.on(null); // unreachable, overloaded...: the whole cluster, not the template
    }
    return BulkRequestException.held(hold, f.status(), e);
  }

  /** What a failed call said: HTTP status (0: no answer), error type and reason when known. */
  private record Failure(int status, String type, String reason) {
    static Failure of(Exception e) {
      if (e instanceof ElasticsearchException es) {
        ErrorCause error = es.error();
        return new Failure(
            es.status(),
            error == null ? null : error.type(),
            error == null ? es.getMessage() : describe(error));
      }
      if (e instanceof TransportException t && t.statusCode() > 0) {
        return new Failure(t.statusCode(), null, t.getMessage());
      }
      // Refused, reset, timed out, unknown host: no answer.
      return new Failure(0, null, e.getClass().getSimpleName() + ": " + e.getMessage());
    }

    String text() {
      return (type == null ? "status " + status : type) + (reason == null ? "" : ": " + reason);
    }
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
