package dev.akhbar.indexer.it;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Reads the indexer's health endpoints (their JSON also when DOWN, answered with 503). */
final class Probes {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  private Probes() {}

  static String get(URL url) {
    try {
      return HTTP.send(
              HttpRequest.newBuilder(URI.create(url.toString()))
                  .timeout(Duration.ofSeconds(10))
                  .build(),
              HttpResponse.BodyHandlers.ofString())
          .body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static JsonNode health(URL url) {
    try {
      return JSON.readTree(get(url));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static boolean up(URL url) {
    return health(url).path("status").asText().equals("UP");
  }

  /** Waits until readiness says {@code words} (why the indexer waits); returns what it says. */
  static String awaitReadinessSays(URL ready, String words) {
    return await("readiness says " + words)
        .atMost(Duration.ofSeconds(60))
        .until(() -> health(ready).toString(), h -> h.contains(words));
  }

  /** Waits until readiness is UP again. */
  static void awaitReady(URL ready) {
    await("ready again").atMost(Duration.ofSeconds(30)).until(() -> up(ready));
  }
}
