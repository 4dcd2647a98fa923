package dev.akhbar.parser.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.akhbar.parser.tools.SavedPages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The public extraction benchmark kept in ../shared/bench/extraction-scrapinghub: html/*.html.gz,
 * ground-truth.json ({id: {articleBody, url}}) and peers/*.json, other extractors' outputs on the
 * same pages ({id: {articleBody}} or {"output": {...}, "version": "..."}).
 */
public final class BenchmarkData {
  /** Where the benchmark sits, relative to the module (repo root's sibling shared/). */
  public static final Path DEFAULT_DIR = Path.of("../../../shared/bench/extraction-scrapinghub");

  public record Page(String id, String url, String html, String expected) {}

  public record Peer(String name, String version, Map<String, String> bodies) {}

  private static final ObjectMapper MAPPER = new ObjectMapper();

  public final Path dir;
  public final List<Page> pages;

  private BenchmarkData(Path dir, List<Page> pages) {
    this.dir = dir;
    this.pages = pages;
  }

  public static BenchmarkData load(Path dir) throws IOException {
    JsonNode truth = MAPPER.readTree(dir.resolve("ground-truth.json").toFile());
    List<Page> pages = new ArrayList<>();
    for (SavedPages.Page p : SavedPages.read(dir.resolve("html"))) {
      JsonNode t = truth.get(p.id());
      if (t == null) {
        continue;
      }
      pages.add(
          new Page(p.id(), t.path("url").asText(null), p.html(), t.path("articleBody").asText("")));
    }
    return new BenchmarkData(dir, List.copyOf(pages));
  }

  public Map<String, String> expected() {
    Map<String, String> m = new TreeMap<>();
    pages.forEach(p -> m.put(p.id(), p.expected()));
    return m;
  }

  public List<Peer> peers() throws IOException {
    List<Peer> peers = new ArrayList<>();
    Path folder = dir.resolve("peers");
    if (!Files.isDirectory(folder)) {
      return peers;
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(folder)) {
      files = s.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    }
    for (Path f : files) {
      JsonNode root = MAPPER.readTree(f.toFile());
      String version = root.path("version").isTextual() ? root.get("version").asText() : null;
      JsonNode output =
          root.has("output") && root.get("output").isObject() ? root.get("output") : root;
      Map<String, String> bodies = new TreeMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = output.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        JsonNode body = e.getValue().path("articleBody");
        bodies.put(e.getKey(), body.isTextual() ? body.asText() : "");
      }
      String name = f.getFileName().toString().replaceFirst("\\.json$", "");
      peers.add(new Peer(name, version, bodies));
    }
    return peers;
  }
}
