package dev.akhbar.infra.selftest;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.InfoResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Drives the local node through the Elasticsearch Java client the services use: ping, info (parses
 * the GET / body), an index with the arabic analyzer, a document, a match query. Prints PASS/FAIL
 * lines; exits 1 on any failure.
 *
 * <p>Usage: {@code ElasticsearchClientCheck URL}.
 */
public final class ElasticsearchClientCheck {

  private final List<String> failures = new ArrayList<>();

  private ElasticsearchClientCheck() {}

  public static void main(String[] args) throws Exception {
    String url = args.length > 0 ? args[0] : "http://127.0.0.1:19200";
    ElasticsearchClientCheck check = new ElasticsearchClientCheck();
    try (ElasticsearchClient client =
        ElasticsearchClient.of(b -> b.host(url).jsonMapper(new JacksonJsonpMapper()))) {
      check.run(client);
    } catch (Exception e) {
      check.fail("es-client: " + e);
    }
    System.exit(check.failures.isEmpty() ? 0 : 1);
  }

  private void run(ElasticsearchClient client) throws Exception {
    expect(client.ping().value(), "es-client: ping()");

    InfoResponse info = client.info();
    expect(
        info.version() != null
            && info.version().number().startsWith("9.")
            && !info.clusterName().isBlank(),
        "es-client: info() parsed ("
            + info.name()
            + ", cluster "
            + info.clusterName()
            + ", version "
            + info.version().number()
            + ", lucene "
            + info.version().luceneVersion()
            + ")");

    String index = "akhbar-selftest-client-" + UUID.randomUUID();
    String mapping =
        """
                {"mappings":{"properties":{"body":{"type":"text","analyzer":"arabic"},"lang":{"type":"keyword"}}}}
                """;
    client.indices().create(c -> c.index(index).withJson(new StringReader(mapping)));
    try {
      client.index(
          i ->
              i.index(index)
                  .id("a1")
                  .document(Map.of("body", "قال المسؤول الأمريكي إن", "lang", "ar")));
      client.indices().refresh(r -> r.index(index));
      @SuppressWarnings("rawtypes")
      SearchResponse<Map> hits =
          client.search(
              s -> s.index(index).query(q -> q.match(m -> m.field("body").query("امريكي"))),
              Map.class);
      expect(
          hits.hits().hits().size() == 1 && "a1".equals(hits.hits().hits().get(0).id()),
          "es-client: match query \"امريكي\" finds \"الأمريكي\" through the client");
    } finally {
      client.indices().delete(d -> d.index(index));
    }
  }

  private void expect(boolean ok, String what) {
    if (ok) {
      System.out.println("PASS " + what);
    } else {
      fail(what);
    }
  }

  private void fail(String what) {
    failures.add(what);
    System.out.println("FAIL " + what);
  }
}
