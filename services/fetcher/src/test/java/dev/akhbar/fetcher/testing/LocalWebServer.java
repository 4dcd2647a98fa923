package dev.akhbar.fetcher.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A real HTTP server on 127.0.0.1 (random port) for the crawler's integration tests. It records
 * every request it sees: path, arrival time and the headers the tests assert on.
 */
public final class LocalWebServer implements AutoCloseable {
  /** One request as the server saw it. */
  public record Seen(
      String path, long nanos, String ifNoneMatch, String ifModifiedSince, String userAgent) {}

  @FunctionalInterface
  public interface Handler {
    void handle(HttpExchange exchange, int hit) throws IOException;
  }

  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(8);
  private final Map<String, Handler> handlers = new ConcurrentHashMap<>();
  private final Map<String, Integer> hits = new ConcurrentHashMap<>();
  public final List<Seen> seen = new CopyOnWriteArrayList<>();

  public LocalWebServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
    server.setExecutor(executor);
    server.createContext(
        "/",
        exchange -> {
          String path = exchange.getRequestURI().getRawPath();
          if (exchange.getRequestURI().getRawQuery() != null) {
            path += "?" + exchange.getRequestURI().getRawQuery();
          }
          seen.add(
              new Seen(
                  path,
                  System.nanoTime(),
                  exchange.getRequestHeaders().getFirst("If-None-Match"),
                  exchange.getRequestHeaders().getFirst("If-Modified-Since"),
                  exchange.getRequestHeaders().getFirst("User-Agent")));
          int hit = hits.merge(path, 1, Integer::sum);
          Handler h = handlers.get(path);
          try {
            if (h == null) {
              respond(exchange, 404, "text/plain", "not found");
            } else {
              h.handle(exchange, hit);
            }
          } catch (IOException e) {
            // the client hung up (caps, timeouts): expected in these tests
          } finally {
            exchange.close();
          }
        });
    server.start();
  }

  public String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  public LocalWebServer on(String path, Handler handler) {
    handlers.put(path, handler);
    return this;
  }

  public LocalWebServer page(String path, String contentType, String body) {
    return on(path, (ex, hit) -> respond(ex, 200, contentType, body));
  }

  public LocalWebServer redirect(String path, String location) {
    return on(
        path,
        (ex, hit) -> {
          ex.getResponseHeaders().set("Location", location);
          ex.sendResponseHeaders(302, -1);
        });
  }

  public List<String> paths() {
    return seen.stream().map(Seen::path).toList();
  }

  public long count(String path) {
    return seen.stream().filter(s -> s.path().equals(path)).count();
  }

  public List<Seen> requestsTo(String path) {
    return seen.stream().filter(s -> s.path().equals(path)).toList();
  }

  public static void respond(HttpExchange ex, int status, String contentType, String body)
      throws IOException {
    respond(ex, status, contentType, body.getBytes(StandardCharsets.UTF_8));
  }

  public static void respond(HttpExchange ex, int status, String contentType, byte[] body)
      throws IOException {
    if (contentType != null) {
      ex.getResponseHeaders().set("Content-Type", contentType);
    }
    ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
