package dev.akhbar.parser.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.akhbar.parser.tools.SavedPages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A set of saved pages with what a reader sees on them, in one of two layouts kept in ../shared:
 *
 * <ul>
 *   <li>the Scrapinghub article-extraction benchmark ({@code extraction-scrapinghub}):
 *       html/*.html.gz, ground-truth.json ({id: {articleBody, url}}), every page an article, and
 *       peers/*.json, other extractors' outputs on the same pages ({id: {articleBody}} or
 *       {"output": {...}, "version": "..."}). Scored with the {@link ShingleMetric}.
 *   <li>WCXB ({@code wcxb-dev}): html/&lt;id&gt;.html.gz and ground-truth/&lt;id&gt;.json with
 *       {@code url}, {@code _internal.page_type.primary} and {@code ground_truth.{title, author,
 *       publish_date, main_content}}. Scored with the {@link WordMetric}.
 * </ul>
 *
 * Pages are decoded on demand ({@link Page#html()}), so a large set is never all in memory.
 */
public final class BenchmarkData {
  /** Where the sets sit, relative to the module (the repository root's sibling shared/). */
  public static final Path SHARED_BENCH = Path.of("../../../shared/bench");

  public static final Path DEFAULT_DIR = SHARED_BENCH.resolve("extraction-scrapinghub");
  public static final Path WCXB_DEV_DIR = SHARED_BENCH.resolve("wcxb-dev");

  /** Page types of WCXB; the Scrapinghub pages are all articles. */
  public static final String ARTICLE = "article";

  /**
   * One page and its annotation. Title, author and date are null when the set does not annotate
   * them (Scrapinghub) or the page has none (WCXB); {@link #annotatesFields()} tells which.
   */
  public record Page(
      String id,
      Path file,
      String url,
      String type,
      String expected,
      String title,
      String author,
      String date,
      String preloaded) {
    /** The page as a browser would decode it. */
    public String html() {
      if (preloaded != null) {
        return preloaded;
      }
      try {
        return SavedPages.load(file).html();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    public boolean article() {
      return ARTICLE.equals(type);
    }

    /** The same page with its decoded text kept in memory (for timed passes). */
    Page loaded() {
      return preloaded != null
          ? this
          : new Page(id, file, url, type, expected, title, author, date, html());
    }
  }

  public record Peer(String name, String version, Map<String, String> bodies) {}

  private static final ObjectMapper MAPPER = new ObjectMapper();

  public final Path dir;
  public final List<Page> pages;

  /** True for WCXB (title, author, date, page type and word-level F1), false for Scrapinghub. */
  public final boolean wcxb;

  private BenchmarkData(Path dir, List<Page> pages, boolean wcxb) {
    this.dir = dir;
    this.pages = pages;
    this.wcxb = wcxb;
  }

  /** The name of the set: its folder name. */
  public String name() {
    return dir.toAbsolutePath().normalize().getFileName().toString();
  }

  public boolean annotatesFields() {
    return wcxb;
  }

  /** Loads either layout; Scrapinghub pages are decoded at once (181 small pages), WCXB lazily. */
  public static BenchmarkData load(Path dir) throws IOException {
    if (Files.isDirectory(dir.resolve("ground-truth"))) {
      return loadWcxb(dir);
    }
    JsonNode truth = MAPPER.readTree(dir.resolve("ground-truth.json").toFile());
    List<Page> pages = new ArrayList<>();
    for (SavedPages.Page p : SavedPages.read(dir.resolve("html"))) {
      JsonNode t = truth.get(p.id());
      if (t == null) {
        continue;
      }
      pages.add(
          new Page(
              p.id(),
              p.file(),
              t.path("url").asText(null),
              ARTICLE,
              t.path("articleBody").asText(""),
              null,
              null,
              null,
              p.html()));
    }
    return new BenchmarkData(dir, List.copyOf(pages), false);
  }

  private static BenchmarkData loadWcxb(Path dir) throws IOException {
    List<Page> pages = new ArrayList<>();
    for (Path html : SavedPages.list(dir.resolve("html"))) {
      String id = SavedPages.idOf(html);
      Path gt = dir.resolve("ground-truth").resolve(id + ".json");
      if (!Files.isRegularFile(gt)) {
        continue;
      }
      JsonNode root = MAPPER.readTree(gt.toFile());
      JsonNode g = root.path("ground_truth");
      pages.add(
          new Page(
              id,
              html,
              text(root.get("url")),
              root.path("_internal").path("page_type").path("primary").asText(ARTICLE),
              g.path("main_content").asText(""),
              text(g.get("title")),
              text(g.get("author")),
              text(g.get("publish_date")),
              null));
    }
    return new BenchmarkData(dir, List.copyOf(pages), true);
  }

  private static String text(JsonNode n) {
    return n == null || n.isNull() || n.asText().isBlank() ? null : n.asText();
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
