package dev.akhbar.fetcher.sources;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the sources file (YAML, mountable from a Kubernetes ConfigMap):
 *
 * <pre>
 * sources:
 *   - id: akhbar-demo
 *     name: Akhbar demo
 *     homepage: https://akhbar-demo.example/
 *     language: ar
 *     feeds: [https://akhbar-demo.example/feed/]
 *     sitemaps: [https://akhbar-demo.example/news-sitemap.xml]
 *     discoverSitemaps: true     # Sitemap: lines of robots.txt
 *     pollInterval: 10m          # 30s, 10m, 1h or ISO-8601 (PT10M)
 *     minDelay: 2s               # per-host rate
 * </pre>
 */
public final class SourcesFile {
  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory())
          .registerModule(new JavaTimeModule())
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /** The file's shape; durations as text so "10m" works as well as "PT10M". */
  record FileShape(List<Entry> sources) {}

  record Entry(
      String id,
      String name,
      String homepage,
      String language,
      List<String> feeds,
      List<String> sitemaps,
      Boolean discoverSitemaps,
      String pollInterval,
      String minDelay) {}

  private SourcesFile() {}

  public static List<Source> read(Path file) throws IOException {
    return parse(Files.readString(file));
  }

  public static List<Source> parse(String yaml) throws IOException {
    FileShape shape = YAML.readValue(yaml, FileShape.class);
    List<Source> sources = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    if (shape == null || shape.sources() == null) {
      return sources;
    }
    for (Entry e : shape.sources()) {
      Source s =
          new Source(
              e.id(),
              e.name(),
              e.homepage(),
              e.language(),
              e.feeds(),
              e.sitemaps(),
              e.discoverSitemaps() == null || e.discoverSitemaps(),
              duration(e.pollInterval(), "pollInterval of " + e.id()),
              duration(e.minDelay(), "minDelay of " + e.id()));
      if (!ids.add(s.id())) {
        throw new IllegalArgumentException("Duplicate source id: " + s.id());
      }
      sources.add(s);
    }
    return List.copyOf(sources);
  }

  /** "500ms", "30s", "10m", "2h" or ISO-8601 ("PT10M"); null stays null. */
  static Duration duration(String text, String what) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = text.strip();
    try {
      if (t.startsWith("P") || t.startsWith("p")) {
        return Duration.parse(t);
      }
      if (t.endsWith("ms")) {
        return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
      }
      long n = Long.parseLong(t.substring(0, t.length() - 1));
      return switch (t.charAt(t.length() - 1)) {
        case 's' -> Duration.ofSeconds(n);
        case 'm' -> Duration.ofMinutes(n);
        case 'h' -> Duration.ofHours(n);
        default -> throw new IllegalArgumentException("unknown unit");
      };
    } catch (RuntimeException ex) {
      throw new IllegalArgumentException("Not a duration for " + what + ": " + text, ex);
    }
  }
}
