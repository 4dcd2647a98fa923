package dev.akhbar.parser.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The plain word scans of {@link BylineMarks} against the regular expressions they stand for, on
 * every element of the first Scrapinghub pages ({@link SamplePages}) and a few made up ones.
 */
class BylineMarksTest {

  private static final Pattern AUTHOR_CLASS =
      Pattern.compile(
          "(?i)(?:^|[^a-z0-9])(?:author|byline|by-line|writer|contributor|posted-?by|autor"
              + "|auteur|reporter|journalist|columnist)(?!i[zst])");

  private static final Pattern AUTHOR_HREF =
      Pattern.compile(
          "(?i)/(?:author|authors|writer|writers|contributor|contributors|journalist|journalists"
              + "|columnist|columnists|reporter|reporters|autor|auteur|kaatib|katib)/[^/?#]+/?"
              + "(?:[?#].*)?$");

  private static final Pattern FOREIGN_ZONE =
      Pattern.compile(
          "(?:^|[^a-z0-9])(?:comment|respond|reply|related|recommend|more-stories|sidebar"
              + "|site-footer|nav|menu|popular|trending|bookmark)|(?:^|\\s)widget");

  private static final Pattern COMMENTS =
      Pattern.compile("(?:^|[^a-z0-9])(?:comment|respond|reply|related|recommend)");
  private static final Pattern CONTENT_WORD =
      Pattern.compile("(?:^|[^a-z0-9])(?:content|entry|main|article|story|post-?body)");

  private static List<Element> elements() throws IOException {
    List<Element> out = new ArrayList<>();
    out.addAll(
        Jsoup.parse(
                "<div class='Post-Author'><span id=byLine><a href='/Authors/jane-doe/'>J</a>"
                    + "<a href='/news/author/x?p=1'>x</a><a href='/writers/'>w</a>"
                    + "<a href='/authorship/x'>a</a><a href='/'>h</a><a href='/a'>a</a>"
                    + "<p class='co-author xauthor 1writer post_author'>p</p>"
                    + "<i class='sidebar-content widget-area elementor-widget-text navbar"
                    + " comments-list mainnav related-posts'>i</i>")
            .getAllElements());
    for (Document page : SamplePages.first(20)) {
      out.addAll(page.getAllElements());
    }
    return out;
  }

  @Test
  void marksWhatTheRegularExpressionsMark() throws IOException {
    List<String> differ = new ArrayList<>();
    List<Element> all = elements();
    int marked = 0;
    for (Element e : all) {
      boolean regex =
          e.attr("itemprop").equalsIgnoreCase("author")
              || e.attr("rel").equalsIgnoreCase("author")
              || AUTHOR_CLASS.matcher(e.attr("class")).find()
              || AUTHOR_CLASS.matcher(e.id()).find()
              || e.normalName().equals("a")
                  && !e.attr("rel").contains("tag")
                  && !e.attr("rel").contains("category")
                  && AUTHOR_HREF.matcher(e.attr("href")).find();
      marked += regex ? 1 : 0;
      if (regex != BylineMarks.marked(e)) {
        differ.add(e.cssSelector());
      }
    }
    assertThat(marked).isPositive();
    assertThat(differ).as("over %d elements", all.size()).isEmpty();
  }

  @Test
  void findsTheForeignZonesTheRegularExpressionsFind() throws IOException {
    List<String> differ = new ArrayList<>();
    int foreign = 0;
    for (Element e : elements()) {
      String key = BylineMarks.zoneKey(e);
      boolean regex =
          FOREIGN_ZONE.matcher(key).find()
              && (COMMENTS.matcher(key).find() || !CONTENT_WORD.matcher(key).find());
      foreign += regex ? 1 : 0;
      if (regex != BylineMarks.foreign(key)) {
        differ.add(key);
      }
    }
    assertThat(foreign).isPositive();
    assertThat(differ).isEmpty();
  }
}
