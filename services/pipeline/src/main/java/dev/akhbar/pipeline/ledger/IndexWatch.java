package dev.akhbar.pipeline.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.akhbar.events.EventCodec;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Watches the index for the documents of a run (field {@code source} = the run's source id): the
 * moment each first answers a search by id, which is when it became searchable, and its {@code
 * fetched_at}. At the end, {@link #copies()} counts every copy of each document across the indices
 * behind the alias: more than one is a duplicate.
 */
public final class IndexWatch implements AutoCloseable {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
  private static final int PAGE = 2000;

  /** A document seen in the index: when it became searchable and when its page was fetched. */
  public record Seen(Instant searchable, Instant fetchedAt) {}

  private final String esUrl;
  private final String alias;
  private final String sourceId;
  private final Map<String, Seen> seen = new ConcurrentHashMap<>();
  private final Thread thread;
  private volatile boolean running = true;
  private volatile String lastError = "";

  public IndexWatch(String esUrl, String alias, String sourceId, Duration interval) {
    this.esUrl = esUrl.endsWith("/") ? esUrl.substring(0, esUrl.length() - 1) : esUrl;
    this.alias = alias;
    this.sourceId = sourceId;
    thread =
        Thread.ofPlatform()
            .daemon()
            .name("index-watch")
            .start(
                () -> {
                  while (running) {
                    try {
                      poll();
                      lastError = "";
                    } catch (IOException | RuntimeException e) {
                      lastError = e.getMessage(); // Elasticsearch down: the scenario wants it so
                    } catch (InterruptedException e) {
                      return;
                    }
                    try {
                      Thread.sleep(interval.toMillis());
                    } catch (InterruptedException e) {
                      return;
                    }
                  }
                });
  }

  /** Which documents to look for next: ids of the run not seen yet, oldest first. */
  @FunctionalInterface
  public interface Candidates {
    List<String> next(int limit);
  }

  private volatile Candidates candidates = limit -> List.of();

  /** Where the ids to look for come from (the run's ledger, in feed order). */
  public void lookFor(Candidates candidates) {
    this.candidates = candidates;
  }

  /**
   * Asks for the oldest documents of the run not seen yet, by id (a cheap lookup for the node,
   * whatever the size of the run); those that answer are searchable now.
   */
  void poll() throws IOException, InterruptedException {
    List<String> wanted = candidates.next(PAGE);
    if (wanted.isEmpty()) {
      return;
    }
    ObjectNode q = EventCodec.mapper().createObjectNode();
    q.put("size", PAGE * 2);
    q.putArray("_source").add("fetched_at");
    ArrayNode ids = q.putObject("query").putObject("ids").putArray("values");
    wanted.forEach(ids::add);
    JsonNode hits = search(q);
    Instant now = Instant.now();
    for (JsonNode hit : hits) {
      String fetched = hit.path("_source").path("fetched_at").asText(null);
      seen.putIfAbsent(
          hit.path("_id").asText(), new Seen(now, fetched == null ? null : Instant.parse(fetched)));
    }
  }

  private JsonNode search(ObjectNode query) throws IOException, InterruptedException {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(esUrl + "/" + alias + "/_search"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(query.toString()))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() == 404) {
      return EventCodec.mapper().createArrayNode(); // no index yet
    }
    if (r.statusCode() != 200) {
      throw new IOException("search answered " + r.statusCode() + ": " + r.body());
    }
    return EventCodec.mapper().readTree(r.body()).path("hits").path("hits");
  }

  public Seen seen(String id) {
    return seen.get(id);
  }

  public int seenCount() {
    return seen.size();
  }

  public String lastError() {
    return lastError;
  }

  /**
   * Every copy of every document of the run across the indices behind the alias, by id (search
   * after {@code _doc} order in pages, so any number of documents).
   */
  public Map<String, Integer> copies() throws IOException, InterruptedException {
    Map<String, Integer> copies = new HashMap<>();
    JsonNode after = null;
    while (true) {
      ObjectNode q = EventCodec.mapper().createObjectNode();
      q.put("size", PAGE);
      q.put("_source", false);
      q.putObject("query").putObject("term").put("source", sourceId);
      q.putArray("sort").addObject().put("_index", "asc");
      ((ArrayNode) q.get("sort")).addObject().put("id", "asc");
      if (after != null) {
        q.set("search_after", after);
      }
      JsonNode hits = search(q);
      for (JsonNode hit : hits) {
        copies.merge(hit.path("_id").asText(), 1, Integer::sum);
        after = hit.path("sort");
      }
      if (hits.size() < PAGE) {
        return copies;
      }
    }
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
  }
}
