package dev.akhbar.parser.extract.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akhbar.parser.extract.LanguageData;
import dev.akhbar.parser.tools.SavedPages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ClassWordsTest {
  private static final List<String> RESOURCES =
      List.of(
          "boilerplate-classes.txt",
          "boilerplate-weak-classes.txt",
          "content-classes.txt",
          "embed-classes.txt",
          "invisible-classes.txt");

  /** The first pages of the Scrapinghub set (../shared, beside the clone in CI). */
  private static final Path PAGES = Path.of("../../../shared/bench/extraction-scrapinghub/html");

  @Test
  void findsWhatTheRegularExpressionOverTheWholeStringFinds() throws IOException {
    TreeSet<String> keys =
        new TreeSet<>(
            List.of(
                "",
                " ",
                "ad",
                "ads",
                "adsense",
                "ad-slot",
                "add",
                "lead",
                "x-ad",
                "header",
                "header-wrap",
                "subheader",
                "hidden",
                "hidden-xs",
                "is-hidden",
                "comment",
                "commentary",
                "comments-area",
                "figcaption",
                "wp-caption-text",
                "photo-credit",
                "credits",
                "x caption",
                "-caption",
                "post-body",
                "postbody",
                "entry-content read-more",
                "visuallyhidden",
                "visually-hidden",
                "sr-only",
                "nav",
                "navigation",
                "canvas",
                "tags",
                "tag-list",
                "taglist",
                "هيدر caption",
                "a1caption",
                "figcaption-wrap",
                "capti on",
                "x-capt caption-y",
                "photo-credits",
                "mainnav",
                "main nav-bar"));
    if (Files.isDirectory(PAGES)) {
      try (Stream<Path> files = Files.list(PAGES)) {
        for (Path f : files.sorted().limit(20).toList()) {
          for (Element e : Jsoup.parse(SavedPages.load(f).html()).getAllElements()) {
            keys.add((e.attr("class") + " " + e.attr("id")).toLowerCase(Locale.ROOT));
            keys.add(e.attr("class").toLowerCase(Locale.ROOT));
          }
        }
      }
    }
    for (String resource : RESOURCES) {
      Pattern regex =
          LanguageData.alternation(ClassWords.class, resource, "(?:^|[^a-z0-9])", "", 0);
      ClassWords words = new ClassWords(resource);
      List<String> differ = new ArrayList<>();
      for (String key : keys) {
        if (regex.matcher(key).find() != words.find(key)) {
          differ.add(key);
        }
      }
      assertThat(differ).as(resource + " over %d class names", keys.size()).isEmpty();
    }
  }
}
