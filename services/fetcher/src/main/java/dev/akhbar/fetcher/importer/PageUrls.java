package dev.akhbar.fetcher.importer;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.akhbar.events.EventCodec;
import dev.akhbar.events.Url;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The URL a saved page was published at: its entry in the folder's {@code index.json}
 * ({"file.html": "https://..."}), else the page's {@code <link rel=canonical>} or {@code og:url},
 * else its file: URI.
 */
public final class PageUrls {
  public static final String INDEX_FILE = "index.json";

  private final Path folder;
  private final Map<String, String> index;

  private PageUrls(Path folder, Map<String, String> index) {
    this.folder = folder;
    this.index = index;
  }

  /** Reads the folder's index.json when there is one; a malformed one is an error. */
  public static PageUrls of(Path folder) {
    Path indexFile = folder.resolve(INDEX_FILE);
    if (!Files.isRegularFile(indexFile)) {
      return new PageUrls(folder, Map.of());
    }
    try {
      Map<String, String> index =
          EventCodec.mapper()
              .readValue(Files.readString(indexFile), new TypeReference<Map<String, String>>() {});
      return new PageUrls(folder, Map.copyOf(index));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + indexFile + ": " + e.getMessage(), e);
    }
  }

  public String urlOf(Path file, String html) {
    String relative = folder.relativize(file).toString().replace('\\', '/');
    String indexed = index.get(relative);
    if (indexed != null && !indexed.isBlank()) {
      return indexed.strip();
    }
    return declaredUrl(html).orElse(file.toUri().toString());
  }

  /** The absolute http(s) URL a page declares for itself (canonical link, then og:url). */
  public static Optional<String> declaredUrl(String html) {
    Document doc = Jsoup.parse(html);
    for (String selector :
        new String[] {"link[rel~=(?i)^canonical$][href]", "meta[property=og:url][content]"}) {
      for (Element e : doc.select(selector)) {
        String candidate = e.hasAttr("href") ? e.attr("href") : e.attr("content");
        if (isAbsoluteHttp(candidate)) {
          return Optional.of(candidate.strip());
        }
      }
    }
    return Optional.empty();
  }

  static boolean isAbsoluteHttp(String url) {
    try {
      Url.parseHttp(url);
      return true;
    } catch (Url.InvalidUrlException e) {
      return false;
    }
  }
}
