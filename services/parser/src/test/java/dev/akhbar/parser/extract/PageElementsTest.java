package dev.akhbar.parser.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akhbar.parser.tools.SavedPages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class PageElementsTest {
  /** The first pages of the Scrapinghub set (../shared, beside the clone in CI). */
  private static final Path PAGES = Path.of("../../../shared/bench/extraction-scrapinghub/html");

  @Test
  void pageLinkFindsWhatTheRegularExpressionFinds() throws IOException {
    TreeSet<String> hrefs =
        new TreeSet<>(
            List.of(
                "",
                "page",
                "/page/2",
                "/page/",
                "/page/x",
                "?page=3",
                "/x?a=1&page=10",
                "/homepage/2",
                "/pages/2",
                "/p/12",
                "/p/12/",
                "/p/12/x",
                "/p/x",
                "/news/p/3?x",
                "/page=",
                "&page/9"));
    if (Files.isDirectory(PAGES)) {
      try (Stream<Path> files = Files.list(PAGES)) {
        for (Path f : files.sorted().limit(20).toList()) {
          for (Element a : Jsoup.parse(SavedPages.load(f).html()).select("a[href]")) {
            hrefs.add(a.attr("href"));
          }
        }
      }
    }
    List<String> differ = new ArrayList<>();
    int links = 0;
    for (String href : hrefs) {
      boolean regex = PageElements.PAGE_LINK.matcher(href).find();
      links += regex ? 1 : 0;
      if (regex != PageElements.pageLink(href)) {
        differ.add(href);
      }
    }
    assertThat(links).isGreaterThan(5);
    assertThat(differ).as("over %d links", hrefs.size()).isEmpty();
  }
}
