package dev.akhbar.pipeline.feed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.akhbar.events.EventCodec;
import dev.akhbar.pipeline.pages.Page;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/**
 * Feeds through the fetcher, as a user would: writes the pages to a folder ({@code NNNNNN.html.gz}
 * and an {@code index.json} naming each page's URL) and asks the fetcher to import it ({@code POST
 * /import}). A fetcher that answers with a job ({@code 202} and a {@code Location} or an {@code
 * id}) is polled until the job is done; one that answers when the import is over is simply waited
 * for.
 */
public final class ImportFeeder implements Feeder {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /** The header the fetcher's import and fetch endpoints want their API key in. */
  public static final String API_KEY_HEADER = "X-Api-Key";

  private final URI fetcher;
  private final Path folder;
  private final String sourceId;
  private final Duration timeout;
  private final String apiKey;

  /**
   * @param fetcher base URL of the fetcher ({@code http://127.0.0.1:8081})
   * @param folder where to write the pages; must lie under the fetcher's import roots
   * @param apiKey the fetcher's API key, or null when it wants none
   */
  public ImportFeeder(URI fetcher, Path folder, String sourceId, Duration timeout, String apiKey) {
    this.fetcher = fetcher;
    this.folder = folder;
    this.sourceId = sourceId;
    this.timeout = timeout;
    this.apiKey = apiKey;
  }

  private HttpRequest.Builder request(URI uri) {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri);
    if (apiKey != null) {
      b.header(API_KEY_HEADER, apiKey);
    }
    return b;
  }

  @Override
  public void feed(Stream<Page> pages, Listener listener) throws Exception {
    Files.createDirectories(folder);
    ObjectNode index = EventCodec.mapper().createObjectNode();
    int[] n = {0};
    java.util.List<Page> written = new java.util.ArrayList<>();
    pages.forEach(
        page -> {
          String name = String.format("%06d.html.gz", n[0]++);
          try (OutputStream out =
              new GZIPOutputStream(Files.newOutputStream(folder.resolve(name)))) {
            out.write(page.html().getBytes(StandardCharsets.UTF_8));
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
          index.put(name, page.url());
          written.add(new Page(page.url(), "")); // the URL is all the ledger needs
        });
    Files.writeString(folder.resolve("index.json"), index.toString());
    Instant start = Instant.now();
    // The pages' fetch times are the fetcher's; latency is measured from the documents' fetched_at.
    written.forEach(p -> listener.fed(p, start));
    runImport();
  }

  /** Posts the import and waits for it to end; fails with the fetcher's answer otherwise. */
  public JsonNode runImport() throws IOException, InterruptedException {
    ObjectNode body = EventCodec.mapper().createObjectNode();
    body.put("path", folder.toAbsolutePath().toString());
    body.put("sourceId", sourceId);
    body.put("force", true);
    HttpResponse<String> response =
        HTTP.send(
            request(fetcher.resolve("/import"))
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() == 202) {
      return awaitJob(response);
    }
    if (response.statusCode() / 100 != 2) {
      throw new IOException(
          "POST /import answered " + response.statusCode() + ": " + response.body());
    }
    return EventCodec.mapper().readTree(response.body());
  }

  private JsonNode awaitJob(HttpResponse<String> accepted)
      throws IOException, InterruptedException {
    JsonNode job = accepted.body().isBlank() ? null : EventCodec.mapper().readTree(accepted.body());
    URI status =
        accepted
            .headers()
            .firstValue("Location")
            .map(fetcher::resolve)
            .orElseGet(() -> fetcher.resolve("/import/" + job.path("id").asText()));
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      HttpResponse<String> r =
          HTTP.send(
              request(URI.create(status + "?wait=30"))
                  .timeout(Duration.ofSeconds(45))
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      JsonNode state = EventCodec.mapper().readTree(r.body());
      String s = state.path("state").asText("").toLowerCase(java.util.Locale.ROOT);
      switch (s) {
        case "done" -> {
          return state;
        }
        case "failed", "cancelled", "interrupted" ->
            throw new IOException("Import job " + s + ": " + r.body());
        default -> {
          if (r.statusCode() != 200) {
            throw new IOException(
                "GET " + status + " answered " + r.statusCode() + ": " + r.body());
          }
        }
      }
    }
    throw new IOException("Import job not done after " + timeout + ": " + status);
  }

  @Override
  public String sourceId() {
    return sourceId;
  }

  @Override
  public String describe() {
    return "imported through the fetcher (POST /import of " + folder + ")";
  }

  @Override
  public void close() {}
}
