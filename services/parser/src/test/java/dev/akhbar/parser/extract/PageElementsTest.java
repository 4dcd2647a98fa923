package dev.akhbar.parser.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class PageElementsTest {

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
    for (Document page : SamplePages.first(20)) {
      for (Element a : page.select("a[href]")) {
        hrefs.add(a.attr("href"));
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
