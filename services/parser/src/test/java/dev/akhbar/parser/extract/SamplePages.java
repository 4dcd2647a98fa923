package dev.akhbar.parser.extract;

import dev.akhbar.parser.tools.SavedPages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The first pages of the Scrapinghub set (../shared, beside the clone in CI), parsed: real class
 * names, links and texts to compare a scan with the regular expression it stands for.
 */
final class SamplePages {
  private static final Path PAGES = Path.of("../../../shared/bench/extraction-scrapinghub/html");

  private SamplePages() {}

  /** The first {@code n} pages by file name; none without ../shared. */
  static List<Document> first(int n) throws IOException {
    List<Document> out = new ArrayList<>();
    if (Files.isDirectory(PAGES)) {
      try (Stream<Path> files = Files.list(PAGES)) {
        for (Path f : files.sorted().limit(n).toList()) {
          out.add(Jsoup.parse(SavedPages.load(f).html()));
        }
      }
    }
    return out;
  }
}
