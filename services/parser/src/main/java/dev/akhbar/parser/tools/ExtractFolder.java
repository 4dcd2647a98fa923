package dev.akhbar.parser.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.akhbar.parser.extract.ArticleExtractor;
import dev.akhbar.parser.extract.Extraction;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code make extract IN=<folder> OUT=<file.json> [URLS=<file.json>]}: runs the extractor over
 * saved pages ({@code *.html}, {@code *.html.gz}) and writes {@code {id: {url, title, articleBody,
 * authors, datePublished, language, isArticle}}}, articleBody being the paragraphs joined with
 * "\n". URLS (optional) maps ids or file names to the URLs the pages were fetched from, as {"id":
 * "https://..."} or {"id": {"url": "https://..."}} (so a ground-truth file works as is).
 */
public final class ExtractFolder {
  private ExtractFolder() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2 || args[0].isBlank() || args[1].isBlank()) {
      System.err.println(
          "usage: ExtractFolder <folder of *.html|*.html.gz> <out.json> [urls.json]");
      System.exit(2);
    }
    Path in = Path.of(args[0]);
    Path out = Path.of(args[1]);
    Map<String, String> urls = new HashMap<>();
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    if (args.length > 2 && !args[2].isBlank()) {
      JsonNode node = mapper.readTree(Path.of(args[2]).toFile());
      node.fields()
          .forEachRemaining(
              e ->
                  urls.put(
                      e.getKey(),
                      e.getValue().isTextual()
                          ? e.getValue().asText()
                          : e.getValue().path("url").asText(null)));
    }
    List<Path> files = SavedPages.list(in);
    ArticleExtractor extractor = new ArticleExtractor();
    Instant now = Instant.now();
    ObjectNode result = mapper.createObjectNode();
    int articles = 0;
    long start = System.nanoTime();
    for (Path file : files) {
      SavedPages.Page page = SavedPages.load(file);
      // URLS may be keyed by id or by file name ("page.html").
      String url = urls.getOrDefault(page.id(), urls.get(page.file().getFileName().toString()));
      Extraction x = extractor.extract(page.html(), url, now);
      ObjectNode o = result.putObject(page.id());
      o.put("url", url);
      o.put("title", x.title());
      o.put("articleBody", x.body());
      x.authors().forEach(o.putArray("authors")::add);
      o.put("datePublished", x.publishedAt() == null ? null : x.publishedAt().toString());
      o.put("language", x.languageHints().isEmpty() ? null : x.languageHints().get(0));
      o.put("isArticle", x.article());
      if (!x.article()) {
        o.put("notArticleReason", x.notArticleReason());
      }
      if (x.article()) {
        articles++;
      }
    }
    long ms = (System.nanoTime() - start) / 1_000_000;
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    mapper.writeValue(out.toFile(), result);
    System.out.printf(
        "extracted %d pages (%d articles) from %s in %d ms -> %s%n",
        files.size(), articles, in, ms, out);
  }
}
