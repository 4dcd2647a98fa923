package dev.akhbar.search.it;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.akhbar.events.ArticleId;
import dev.akhbar.testsupport.Infra;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Real articles in the real index, and the search service over them: the four packaged pipeline
 * services run as processes against the local Kafka and Elasticsearch (so the index template, the
 * analysers and every field come from the indexer, not from this module), fed through the fetcher's
 * folder import with a few pages of ../shared/bench, the demo corpus and this module's test pages;
 * then the packaged search service starts on the alias. Started once per test JVM and shared by the
 * ITs that take it as a parameter; stopped at the end of the run.
 */
public final class IndexedCorpus implements ExtensionContext.Store.CloseableResource {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String ALIAS = "akhbar-articles";

  /** The demo's Arabic article (its body has «الدبلوماسية»). */
  static final String SEED_URL = "https://akhbar-demo.example/2025/02/16/moscow-us-meeting/";

  /** The same story republished by a news agency (test corpus). */
  static final String WIRE_URL = "https://wire-agency.example/ar/2025/02/16/ryabkov-teams-meeting";

  /** An English article quoting markup (test corpus). */
  static final String MARKUP_URL =
      "https://harbour-gazette.example/tech/2025/03/10/markup-stays-text";

  /** A German article (test corpus): no language field of its own, snippet from body. */
  static final String GERMAN_URL =
      "https://elbkurier.example/wirtschaft/2025/03/12/hafen-schlichtung";

  static final String ENGLISH_URL =
      "https://harbour-gazette.example/business/2025/03/04/dock-workers-end-strike";
  static final String FRENCH_URL =
      "https://courrier-sud-ouest.example/economie/vendanges-precoces-bordelais";

  private static final int BENCH_PAGES = 8;

  final Path repoRoot;
  final String esUrl;
  final ServiceJar search;
  private final List<ServiceJar> pipeline;

  private IndexedCorpus(Path repoRoot, String esUrl, ServiceJar search, List<ServiceJar> pipeline) {
    this.repoRoot = repoRoot;
    this.esUrl = esUrl;
    this.search = search;
    this.pipeline = pipeline;
  }

  static String id(String url) {
    return ArticleId.of(url);
  }

  /** Resolves an {@link IndexedCorpus} parameter: the one of this test run. */
  public static final class Extension implements ParameterResolver {
    @Override
    public boolean supportsParameter(ParameterContext p, ExtensionContext c) {
      return p.getParameter().getType() == IndexedCorpus.class;
    }

    @Override
    public Object resolveParameter(ParameterContext p, ExtensionContext c) {
      return c.getRoot()
          .getStore(ExtensionContext.Namespace.GLOBAL)
          .getOrComputeIfAbsent(
              IndexedCorpus.class,
              k -> {
                try {
                  return start();
                } catch (Exception e) {
                  throw new IllegalStateException("Cannot index the test corpus: " + e, e);
                }
              },
              IndexedCorpus.class);
    }
  }

  /** The key the test's fetcher accepts on its import API. */
  private static final String FETCHER_KEY = "search-it-" + java.util.UUID.randomUUID();

  static IndexedCorpus start() throws Exception {
    Path root = Infra.repoRoot();
    String kafka = Infra.kafkaBootstrap();
    String es = Infra.esUrl();
    Path logs = root.resolve("services/search/target/it-logs");
    Path benchPages = logs.resolve("bench-pages");
    Files.createDirectories(benchPages);
    Path wire = root.resolve("services/search/src/test/resources/corpus");
    Map<String, String> env =
        Map.of(
            "AKHBAR_KAFKA_BOOTSTRAP",
            kafka,
            "AKHBAR_ES_URL",
            es,
            // The packaged fetcher runs its prod profile: imports need a key and allowed roots.
            "AKHBAR_FETCHER_API_KEYS",
            FETCHER_KEY,
            "AKHBAR_FETCHER_IMPORT_ROOTS",
            String.join(
                ",",
                benchPages.toString(),
                root.resolve("deploy/demo/corpus").toString(),
                wire.toString()));
    Instant startedAt = Instant.now();

    List<ServiceJar> pipeline = new ArrayList<>();
    ServiceJar search = null;
    try {
      for (String name : List.of("indexer", "enricher", "parser", "fetcher")) {
        pipeline.add(ServiceJar.start(name, jar(root, name), env, logs));
      }
      for (ServiceJar s : pipeline) {
        s.awaitReady(Duration.ofMinutes(3));
      }
      ServiceJar fetcher = pipeline.get(3);
      Map<String, String> expected = new LinkedHashMap<>();
      Path bench = benchPages(root, benchPages);
      if (bench != null) {
        feed(fetcher, bench, "bench");
      }
      feed(fetcher, root.resolve("deploy/demo/corpus"), "demo");
      feed(fetcher, wire, "wire");
      for (String url :
          List.of(SEED_URL, ENGLISH_URL, FRENCH_URL, WIRE_URL, MARKUP_URL, GERMAN_URL)) {
        expected.put(id(url), url);
      }
      awaitIndexed(es, expected.keySet(), startedAt);
      search =
          ServiceJar.start(
              "search",
              Path.of(
                  System.getProperty(
                      "akhbar.search.jar",
                      root.resolve("services/search/target/quarkus-app/quarkus-run.jar")
                          .toString())),
              Map.of("AKHBAR_ES_URL", es),
              logs);
      search.awaitReady(Duration.ofMinutes(2));
      return new IndexedCorpus(root, es, search, pipeline);
    } catch (Exception | Error e) {
      if (search != null) {
        search.close();
      }
      for (ServiceJar s : pipeline) {
        s.close();
      }
      throw e;
    }
  }

  private static Path jar(Path root, String service) {
    return root.resolve("services").resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
  }

  private static void feed(ServiceJar fetcher, Path folder, String sourceId) throws Exception {
    ObjectNode body = JSON.createObjectNode();
    body.put("path", folder.toAbsolutePath().toString());
    body.put("sourceId", sourceId);
    body.put("force", true);
    HttpResponse<String> r = fetcher.post("/import", body.toString(), "X-Api-Key", FETCHER_KEY);
    if (r.statusCode() != 202) {
      throw new IllegalStateException("import of " + folder + " refused: " + r.body());
    }
    // POST /import answers 202 with a job; GET /import/{id}?wait=N tells when it is done.
    String job = "/import/" + JSON.readTree(r.body()).get("id").asText();
    JsonNode done =
        await("import of " + folder)
            .atMost(Duration.ofMinutes(3))
            .until(
                () -> JSON.readTree(fetcher.get(job + "?wait=20", "X-Api-Key", FETCHER_KEY).body()),
                s -> !s.get("state").asText().matches("queued|running"));
    if (!done.get("state").asText().equals("done")) {
      throw new IllegalStateException("import of " + folder + " ended " + done);
    }
  }

  /**
   * The first {@value #BENCH_PAGES} pages of ../shared/bench/extraction-scrapinghub (English news),
   * copied with an index.json of their URLs; null when ../shared is not beside the repository.
   */
  private static Path benchPages(Path root, Path into) throws IOException {
    Path set = root.resolveSibling("shared").resolve("bench/extraction-scrapinghub");
    Path truth = set.resolve("ground-truth.json");
    if (!Files.isRegularFile(truth)) {
      return null;
    }
    JsonNode gt = JSON.readTree(truth.toFile());
    Map<String, String> index = new TreeMap<>();
    Files.createDirectories(into);
    Iterator<Map.Entry<String, JsonNode>> it = gt.fields();
    while (it.hasNext() && index.size() < BENCH_PAGES) {
      Map.Entry<String, JsonNode> e = it.next();
      Path page = set.resolve("html").resolve(e.getKey() + ".html.gz");
      String url = e.getValue().path("url").asText("");
      if (Files.isRegularFile(page) && url.startsWith("http")) {
        Files.copy(
            page,
            into.resolve(page.getFileName()),
            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        index.put(page.getFileName().toString(), url);
      }
    }
    Files.writeString(into.resolve("index.json"), JSON.writeValueAsString(index));
    return into;
  }

  /** Until every expected article is in the index from this run and the index stops growing. */
  private static void awaitIndexed(String es, java.util.Set<String> ids, Instant since) {
    await("test corpus indexed")
        .atMost(Duration.ofMinutes(4))
        .pollInterval(Duration.ofSeconds(1))
        .ignoreExceptionsInstanceOf(IOException.class)
        .until(
            () -> {
              ObjectNode q = JSON.createObjectNode();
              q.put("size", ids.size());
              q.putObject("query").putObject("ids").putPOJO("values", ids);
              q.putArray("_source").add("fetched_at");
              JsonNode hits = esPost(es, "/" + ALIAS + "/_search", q).path("hits").path("hits");
              int fresh = 0;
              for (JsonNode h : hits) {
                String at = h.path("_source").path("fetched_at").asText("");
                if (!at.isEmpty() && !Instant.parse(at).isBefore(since.minusSeconds(1))) {
                  fresh++;
                }
              }
              return fresh == ids.size();
            });
    long[] last = {-1};
    await("index settled")
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofSeconds(3))
        .ignoreExceptionsInstanceOf(IOException.class)
        .until(
            () -> {
              long n = count(es, JSON.createObjectNode());
              boolean same = n == last[0];
              last[0] = n;
              return same;
            });
  }

  /** Documents of the alias matching {@code query} (an Elasticsearch query object, or {}). */
  static long count(String es, ObjectNode query) throws IOException, InterruptedException {
    ObjectNode body = JSON.createObjectNode();
    if (!query.isEmpty()) {
      body.set("query", query);
    }
    return esPost(es, "/" + ALIAS + "/_count", body).path("count").asLong();
  }

  long count(ObjectNode query) throws IOException, InterruptedException {
    return count(esUrl, query);
  }

  static JsonNode esPost(String es, String path, JsonNode body)
      throws IOException, InterruptedException {
    HttpResponse<String> r =
        ServiceJar.HTTP.send(
            HttpRequest.newBuilder(URI.create(es + path))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IOException("Elasticsearch " + path + ": " + r.statusCode() + " " + r.body());
    }
    return JSON.readTree(r.body());
  }

  /** GET on the search service; the body as JSON, with the status in {@code _status}. */
  JsonNode api(String pathAndQuery) throws IOException, InterruptedException {
    HttpResponse<String> r = search.get(pathAndQuery);
    JsonNode body = r.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(r.body());
    if (body instanceof ObjectNode o) {
      o.put("_status", r.statusCode());
    }
    return body;
  }

  @Override
  public void close() throws Exception {
    search.close();
    for (ServiceJar s : pipeline) {
      s.close();
    }
  }
}
