package dev.akhbar.indexer.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fault injector in front of the real node: an HTTP proxy that checks the API key as a secured
 * Elasticsearch would, forwards what it accepts to the node unchanged, and answers any other key
 * 401 with Elasticsearch's own error body. {@link #accept} switches the valid key, as revoking an
 * expired key and creating a new one does. Not a mock: every accepted request is answered by the
 * real node.
 */
final class FaultProxy implements AutoCloseable {
  private static final Set<String> NOT_FORWARDED =
      Set.of(
          "host",
          "connection",
          "content-length",
          "transfer-encoding",
          "keep-alive",
          "te",
          "trailer",
          "expect",
          "upgrade",
          "authorization");
  private static final String UNAUTHORIZED =
      "{\"error\":{\"root_cause\":[{\"type\":\"security_exception\",\"reason\":\"unable to"
          + " authenticate with provided credentials\"}],\"type\":\"security_exception\","
          + "\"reason\":\"unable to authenticate with provided credentials\"},\"status\":401}";

  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(8);
  private final HttpClient upstream =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String target;
  private volatile String expectedAuthorization;
  private final AtomicInteger refused = new AtomicInteger();
  private final AtomicInteger forwarded = new AtomicInteger();

  /**
   * @param target the real node, e.g. http://127.0.0.1:19200
   * @param apiKey the key (base64 {@code id:key}) clients must send as {@code ApiKey <key>}
   */
  FaultProxy(String target, String apiKey) throws IOException {
    this.target = target.endsWith("/") ? target.substring(0, target.length() - 1) : target;
    this.expectedAuthorization = "ApiKey " + apiKey;
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** From now on only {@code apiKey} is valid; any other is refused (401). */
  void accept(String apiKey) {
    expectedAuthorization = "ApiKey " + apiKey;
  }

  /** Requests refused for their key. */
  int refused() {
    return refused.get();
  }

  /** Requests forwarded to the node. */
  int forwarded() {
    return forwarded.get();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readAllBytes();
      }
      String auth = exchange.getRequestHeaders().getFirst("Authorization");
      if (!expectedAuthorization.equals(auth)) {
        refused.incrementAndGet();
        reply(exchange, 401, UNAUTHORIZED.getBytes(StandardCharsets.UTF_8));
        return;
      }
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(target + exchange.getRequestURI()))
              .timeout(Duration.ofSeconds(60))
              .method(
                  exchange.getRequestMethod(),
                  body.length == 0
                      ? HttpRequest.BodyPublishers.noBody()
                      : HttpRequest.BodyPublishers.ofByteArray(body));
      exchange
          .getRequestHeaders()
          .forEach(
              (name, values) -> {
                if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT))) {
                  values.forEach(v -> request.header(name, v));
                }
              });
      HttpResponse<byte[]> response;
      try {
        response = upstream.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      } catch (IOException e) {
        reply(exchange, 502, new byte[0]);
        return;
      }
      forwarded.incrementAndGet();
      response
          .headers()
          .map()
          .forEach(
              (name, values) -> {
                String lower = name.toLowerCase(Locale.ROOT);
                if (!lower.equals("content-length")
                    && !lower.equals("transfer-encoding")
                    && !lower.equals("connection")
                    && !lower.startsWith(":")) {
                  exchange.getResponseHeaders().put(name, List.copyOf(values));
                }
              });
      boolean head = exchange.getRequestMethod().equalsIgnoreCase("HEAD");
      byte[] out = response.body();
      exchange.sendResponseHeaders(
          response.statusCode(), head || out.length == 0 ? -1 : out.length);
      if (!head && out.length > 0) {
        try (OutputStream os = exchange.getResponseBody()) {
          os.write(out);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void reply(HttpExchange exchange, int status, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.getResponseHeaders().set("X-elastic-product", "Elasticsearch");
    exchange.getResponseHeaders().set("WWW-Authenticate", "ApiKey");
    boolean head = exchange.getRequestMethod().equalsIgnoreCase("HEAD");
    exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
    if (!head && body.length > 0) {
      try (OutputStream os = exchange.getResponseBody()) {
        os.write(body);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
