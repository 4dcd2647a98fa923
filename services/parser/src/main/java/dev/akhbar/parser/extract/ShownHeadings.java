package dev.akhbar.parser.extract;

import dev.akhbar.parser.extract.content.ContentExtractor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The page's {@code <h1>} headings as a reader sees them, for {@link TitleChooser}: their text
 * (without what follows a link to the page itself), which of them stands where the headline would,
 * and what their markup says (a second line set apart, headings used for the story's sections).
 */
final class ShownHeadings {
  private ShownHeadings() {}

  /**
   * A heading this long is a paragraph set in large type, not a headline (wcxb-dev 0227: three
   * sentences of teaser, 251 characters, in the page's only {@code <h1>}; the longest annotated
   * headline of the set has 156).
   */
  private static final int MAX_HEADLINE_CHARS = 200;

  /** A heading shown without a declared title to agree with has at least this many words. */
  private static final int MIN_SHOWN_HEADLINE_WORDS = 2;

  /**
   * ... and stands before the first paragraph of the article, or at most this many blocks after.
   */
  private static final int HEADLINE_SLACK_BLOCKS = 2;

  /** Headings looked at. */
  private static final int MAX_HEADINGS = 10;

  /**
   * The heading a reader takes for the headline when no declared title agrees with any: not the
   * site name, and the last one before the first paragraph of the article (or just after it).
   */
  static String shownHeadline(
      List<String> headings,
      List<Element> elements,
      List<String> sites,
      ContentExtractor.Layout layout) {
    String chosen = null;
    int chosenAt = -1;
    for (int i = 0; i < headings.size(); i++) {
      String h = headings.get(i);
      Element e = elements.get(i);
      if (SiteNames.isSite(h, sites) || Text.wordCount(h) < MIN_SHOWN_HEADLINE_WORDS) {
        continue;
      }
      if (layout == null || layout.container() == null) {
        return h;
      }
      int at = layout.position(e);
      if (at < 0 || at > layout.textStart() + HEADLINE_SLACK_BLOCKS) {
        continue;
      }
      if (at > chosenAt) {
        chosen = h;
        chosenAt = at;
      }
    }
    return chosen;
  }

  /**
   * The story uses {@code <h1>} for its sections: another one stands in the article text after its
   * first paragraph ("Day 7", "Day 8"; "Small is the new large", "What is a SLM?"), so the first is
   * a section name, not the headline.
   */
  static boolean sectionHeadings(List<Element> elements, ContentExtractor.Layout layout) {
    if (layout == null || layout.container() == null) {
      return false;
    }
    for (Element e : elements) {
      int at = layout.position(e);
      if (at > layout.textStart() && at <= layout.containerEnd()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The distinct texts of {@code h1s}, the {@code <h1>} elements of the body in page order (at most
   * {@link #MAX_HEADINGS}, none longer than {@link #MAX_HEADLINE_CHARS}); their elements go to
   * {@code elements}.
   */
  static List<String> headings(List<Element> h1s, String url, List<Element> elements) {
    List<String> out = new ArrayList<>();
    String self = samePage(url);
    for (Element h : h1s) {
      String t = TitleChooser.clean(selfLinkText(h, self));
      if (t != null && t.length() <= MAX_HEADLINE_CHARS && !out.contains(t)) {
        out.add(t);
        elements.add(h);
        if (out.size() >= MAX_HEADINGS) {
          break;
        }
      }
    }
    return out;
  }

  /** Class words of a second line set apart inside a heading (heading-sublines.txt). */
  private static final Set<String> SUBLINE_WORDS =
      Set.copyOf(LanguageData.lines(ShownHeadings.class, "heading-sublines.txt"));

  /**
   * The heading sets a second line apart from its first (a subtitle, a kicker, a span shown as a
   * block): "The Best Notion Alternatives<span class="block">Top Note-taking Tools</span>".
   */
  static boolean hasSubLine(Element heading) {
    for (Element e : heading.getAllElements()) {
      if (e == heading || e.className().isEmpty()) {
        continue;
      }
      for (String w : e.className().toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
        if (SUBLINE_WORDS.contains(w)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The text of the heading, or of the link to the page itself that opens it when the heading holds
   * more ("<a href=permalink>Headline</a> (source.com) 87": the rest names the source and counts
   * comments). An anchor within the page ("#section", a "¶" after the heading) is no such link.
   */
  private static String selfLinkText(Element heading, String self) {
    String text = heading.text();
    if (self != null) {
      for (Element a : heading.getElementsByTag("a")) {
        String href = a.attr("href").strip();
        if (href.isEmpty() || href.startsWith("#")) {
          continue;
        }
        String link = a.text();
        if (!link.isBlank() && text.startsWith(link) && self.equals(samePage(a.absUrl("href")))) {
          return link;
        }
      }
    }
    return text;
  }

  /** The URL without scheme, "www.", query, fragment and final slash, lowercase; null if none. */
  private static String samePage(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    String u = url.strip().toLowerCase(Locale.ROOT);
    int cut = u.indexOf('#');
    u = cut < 0 ? u : u.substring(0, cut);
    cut = u.indexOf('?');
    u = cut < 0 ? u : u.substring(0, cut);
    cut = u.indexOf("://");
    u = cut < 0 ? u : u.substring(cut + 3);
    u = u.startsWith("www.") ? u.substring(4) : u;
    while (u.endsWith("/")) {
      u = u.substring(0, u.length() - 1);
    }
    return u.isEmpty() ? null : u;
  }
}
