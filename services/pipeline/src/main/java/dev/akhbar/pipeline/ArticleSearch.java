package dev.akhbar.pipeline;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.CountRequest;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.akhbar.events.EventCodec;
import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Searches the article index the way an analyst would: full text, highlighted. */
public final class ArticleSearch implements AutoCloseable {
  /**
   * The alias every article index sits behind (the public index contract, docs/index-mapping.md).
   */
  public static final String ALIAS = "akhbar-articles";

  private final ElasticsearchClient client;

  public ArticleSearch(String esUrl) {
    this.client = ElasticsearchClient.of(b -> b.host(esUrl));
  }

  /** One search result. */
  public record Result(
      String id, String title, String source, String published, String language, String snippet) {}

  public List<Result> search(String text, int size) throws IOException {
    ObjectNode body = EventCodec.mapper().createObjectNode();
    body.put("size", size);
    ObjectNode multiMatch = body.putObject("query").putObject("multi_match");
    multiMatch.put("query", text);
    multiMatch.putArray("fields").add("title*^2").add("body*");
    ObjectNode highlight = body.putObject("highlight");
    highlight.put("number_of_fragments", 1).put("fragment_size", 160);
    highlight.putArray("pre_tags").add("«");
    highlight.putArray("post_tags").add("»");
    // An array of single-field objects: the order-preserving form the 9.x client reads.
    var fields = highlight.putArray("fields");
    fields.addObject().putObject("body*");
    fields.addObject().putObject("title*");
    SearchRequest request =
        SearchRequest.of(b -> b.index(ALIAS).withJson(new StringReader(body.toString())));
    SearchResponse<ObjectNode> response = client.search(request, ObjectNode.class);
    return response.hits().hits().stream().map(ArticleSearch::toResult).toList();
  }

  /** Documents fetched at or after {@code since}: what a run has indexed. */
  public long countFetchedSince(Instant since) throws IOException {
    String query = "{\"query\":{\"range\":{\"fetched_at\":{\"gte\":\"" + since + "\"}}}}";
    try {
      return client
          .count(CountRequest.of(b -> b.index(ALIAS).withJson(new StringReader(query))))
          .count();
    } catch (co.elastic.clients.elasticsearch._types.ElasticsearchException e) {
      if (e.status() == 404) {
        return 0; // no index yet: nothing indexed
      }
      throw e;
    }
  }

  private static Result toResult(Hit<ObjectNode> hit) {
    ObjectNode src = hit.source();
    Map<String, List<String>> hl = hit.highlight();
    String snippet =
        hl.entrySet().stream()
            .filter(e -> e.getKey().startsWith("body"))
            .flatMap(e -> e.getValue().stream())
            .findFirst()
            .orElseGet(() -> abbreviate(text(src, "body"), 160));
    String source = text(src, "site_name");
    if (source == null) {
      source = text(src, "source");
    }
    return new Result(
        hit.id(),
        text(src, "title"),
        source,
        text(src, "published_at"),
        text(src, "language"),
        snippet == null ? "" : snippet.replace('\n', ' '));
  }

  private static String text(ObjectNode src, String field) {
    if (src == null || !src.hasNonNull(field)) {
      return null;
    }
    var node = src.get(field);
    return node.isTextual() ? node.asText() : node.toString();
  }

  private static String abbreviate(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max) + "…";
  }

  @Override
  public void close() throws IOException {
    client.close();
  }
}
