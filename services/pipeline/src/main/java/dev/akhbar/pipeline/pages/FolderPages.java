package dev.akhbar.pipeline.pages;

import com.fasterxml.jackson.databind.JsonNode;
import dev.akhbar.events.EventCodec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * A folder of saved pages ({@code *.html}, {@code *.htm}, {@code *.html.gz}), or a benchmark folder
 * with its pages in {@code html/}. The URL of each page comes from, in order: the folder's {@code
 * index.json} ({"file": "url"}, the fetcher's import convention), the benchmark's {@code
 * ground-truth.json} ({"id": {"url": ...}}) or {@code ground-truth/<id>.json} ({"url": ...}), else
 * a made-up {@code https://pages.akhbar.invalid/<file>}.
 */
final class FolderPages implements PageSource {
  private final Path root;
  private final Path html;
  private final List<Path> files;
  private final Map<String, String> urls;

  FolderPages(Path folder) {
    this.root = folder;
    this.html = Files.isDirectory(folder.resolve("html")) ? folder.resolve("html") : folder;
    try (Stream<Path> list = Files.list(html)) {
      this.files = list.filter(FolderPages::isPage).sorted().toList();
      this.urls = urls();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + html, e);
    }
    if (files.isEmpty()) {
      throw new IllegalArgumentException("No *.html or *.html.gz pages in " + html);
    }
  }

  @Override
  public Stream<Page> pages() {
    return files.stream().map(this::read);
  }

  @Override
  public String describe() {
    return files.size() + " pages of " + root;
  }

  int size() {
    return files.size();
  }

  private Page read(Path file) {
    try (InputStream in = open(file)) {
      String html = Html.decode(in.readAllBytes());
      String name = file.getFileName().toString();
      String url = urls.get(name);
      if (url == null) {
        url = urls.get(stem(name));
      }
      return new Page(url != null ? url : "https://pages.akhbar.invalid/" + stem(name), html);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }

  private static InputStream open(Path file) throws IOException {
    InputStream in = Files.newInputStream(file);
    return file.toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
  }

  private static boolean isPage(Path p) {
    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return Files.isRegularFile(p)
        && (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".html.gz"));
  }

  /** "0001.html.gz" -> "0001". */
  static String stem(String fileName) {
    int dot = fileName.indexOf('.');
    return dot > 0 ? fileName.substring(0, dot) : fileName;
  }

  private Map<String, String> urls() throws IOException {
    Map<String, String> urls = new HashMap<>();
    Path groundTruthDir = root.resolve("ground-truth");
    if (Files.isDirectory(groundTruthDir)) {
      for (Path file : files) {
        String id = stem(file.getFileName().toString());
        Path truth = groundTruthDir.resolve(id + ".json");
        if (Files.isRegularFile(truth)) {
          JsonNode url = EventCodec.mapper().readTree(truth.toFile()).path("url");
          if (url.isTextual() && !url.asText().isBlank()) {
            urls.put(id, url.asText());
          }
        }
      }
    }
    Path groundTruth = root.resolve("ground-truth.json");
    if (Files.isRegularFile(groundTruth)) {
      EventCodec.mapper()
          .readTree(groundTruth.toFile())
          .fields()
          .forEachRemaining(
              e -> {
                JsonNode url = e.getValue().path("url");
                if (url.isTextual() && !url.asText().isBlank()) {
                  urls.put(e.getKey(), url.asText());
                }
              });
    }
    Path index = html.resolve("index.json");
    if (Files.isRegularFile(index)) {
      EventCodec.mapper()
          .readTree(index.toFile())
          .fields()
          .forEachRemaining(e -> urls.put(e.getKey(), e.getValue().asText()));
    }
    return urls;
  }
}
