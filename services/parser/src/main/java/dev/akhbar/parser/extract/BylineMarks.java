package dev.akhbar.parser.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Where {@link Bylines} looks: the marks of an author element (itemprop, rel, class or id words,
 * links to author pages), and the zones whose names are not the article's authors (comments, other
 * stories, navigation, the site's footer). Both are tested on every element of a page, so the
 * common case (no mark) is decided without a regex.
 */
final class BylineMarks {
  private BylineMarks() {}

  /**
   * Class or id words of an author element, matched at the start of a word ("post-author",
   * "c-byline__name", "autorName"): a scan with regionMatches, cheaper than a regex on every
   * element.
   */
  private static final List<String> AUTHOR_CLASS_WORDS =
      List.of(
          "author",
          "byline",
          "by-line",
          "writer",
          "contributor",
          "posted-by",
          "postedby",
          "autor",
          "auteur",
          "reporter",
          "journalist",
          "columnist");

  private static final Pattern AUTHOR_HREF =
      Pattern.compile(
          "(?i)/(?:author|authors|writer|writers|contributor|contributors|journalist|journalists"
              + "|columnist|columnists|reporter|reporters|autor|auteur|kaatib|katib)/[^/?#]+/?(?:[?#].*)?$");

  /** What every path word of AUTHOR_HREF starts with. */
  private static final List<String> AUTHOR_PAGE_STEMS =
      List.of(
          "author",
          "writer",
          "contributor",
          "journalist",
          "columnist",
          "reporter",
          "autor",
          "auteur",
          "kaatib",
          "katib");

  /**
   * Zones whose names are not the article's authors: comments, other stories, site chrome. A
   * "widget" is one when a class starts with the word: page builders call every block of the
   * article "elementor-widget-...".
   */
  private static final Pattern FOREIGN_ZONE =
      Pattern.compile(
          "(?:^|[^a-z0-9])(?:comment|respond|reply|related|recommend|more-stories|sidebar"
              + "|site-footer|nav|menu|popular|trending|bookmark)|(?:^|\\s)widget");

  /** Every match of FOREIGN_ZONE holds one of these: a cheap test before the regex. */
  private static final List<String> FOREIGN_ZONE_WORDS =
      List.of(
          "comment",
          "respond",
          "reply",
          "related",
          "recommend",
          "more-stories",
          "sidebar",
          "site-footer",
          "nav",
          "menu",
          "popular",
          "trending",
          "bookmark",
          "widget");

  private static boolean containsAny(String s, List<String> words) {
    for (String w : words) {
      if (s.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static final Pattern ARTICLE_FOOTER = Pattern.compile("entry|post|article|meta|byline");

  static boolean marked(Element e) {
    if (e.attributesSize() == 0) {
      return false;
    }
    if (e.attr("itemprop").equalsIgnoreCase("author") || e.attr("rel").equalsIgnoreCase("author")) {
      return true;
    }
    if (authorClass(e.attr("class")) || authorClass(e.id())) {
      return true;
    }
    if (!e.normalName().equals("a")) {
      return false;
    }
    String rel = e.attr("rel");
    if (rel.contains("tag") || rel.contains("category")) {
      // <a rel="category tag" href="/category/columnists/jane-doe/">Column name</a>
      return false;
    }
    String href = e.attr("href");
    return mayBeAuthorPage(href) && AUTHOR_HREF.matcher(href).find();
  }

  /** A path segment opening with an author-page word: a cheap test before the regex. */
  private static boolean mayBeAuthorPage(String href) {
    for (int i = href.indexOf('/'); i >= 0; i = href.indexOf('/', i + 1)) {
      if (i + 1 >= href.length() || !startsAWord(AUTHOR_PAGE_FIRST, href.charAt(i + 1))) {
        continue;
      }
      for (String w : AUTHOR_PAGE_STEMS) {
        if (href.regionMatches(true, i + 1, w, 0, w.length())) {
          return true;
        }
      }
    }
    return false;
  }

  static boolean authorClass(String key) {
    for (int i = 0; i < key.length(); i++) {
      if (i > 0 && asciiLetterOrDigit(key.charAt(i - 1))
          || !startsAWord(AUTHOR_CLASS_FIRST, key.charAt(i))) {
        continue;
      }
      for (String w : AUTHOR_CLASS_WORDS) {
        if (key.regionMatches(true, i, w, 0, w.length()) && !anotherWord(key, i + w.length())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * "authorization-link", "authority", "autorisation": the class word goes on into another word (a
   * sign-in link, a domain-authority badge), not an author.
   */
  private static boolean anotherWord(String key, int end) {
    if (end + 1 >= key.length()) {
      return false;
    }
    char a = Character.toLowerCase(key.charAt(end));
    char b = Character.toLowerCase(key.charAt(end + 1));
    return a == 'i' && (b == 'z' || b == 's' || b == 't');
  }

  /** The first letters of the words, both cases, as a table of ASCII characters. */
  private static final boolean[] AUTHOR_CLASS_FIRST = firstLetters(AUTHOR_CLASS_WORDS);

  private static final boolean[] AUTHOR_PAGE_FIRST = firstLetters(AUTHOR_PAGE_STEMS);

  private static boolean[] firstLetters(List<String> words) {
    boolean[] out = new boolean[0x80];
    for (String w : words) {
      char c = w.charAt(0);
      if (c >= 0x80) {
        throw new IllegalStateException("an ASCII word: " + w);
      }
      out[Character.toLowerCase(c)] = true;
      out[Character.toUpperCase(c)] = true;
    }
    return out;
  }

  /**
   * Whether a word of the list may start with {@code c}: most positions are ruled out by one lookup
   * (regionMatches ignoring case also matches the Kelvin sign and dotted/dotless i to ASCII
   * letters: those go to the full test).
   */
  private static boolean startsAWord(boolean[] firstLetters, char c) {
    return c >= 0x80 || firstLetters[c];
  }

  private static boolean asciiLetterOrDigit(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
  }

  /**
   * Class words of a zone of other people's names; a wrapper of the content
   * ("content-sidebar-wrap", "sidebar_content") is none, comments are one whatever they are called.
   */
  static boolean foreign(String key) {
    if (!containsAny(key, FOREIGN_ZONE_WORDS)) {
      return false;
    }
    Matcher m = FOREIGN_ZONE.matcher(key);
    if (!m.find()) {
      return false;
    }
    return COMMENTS.matcher(key).find() || !CONTENT_WORD.matcher(key).find();
  }

  private static final Pattern COMMENTS =
      Pattern.compile("(?:^|[^a-z0-9])(?:comment|respond|reply|related|recommend)");
  private static final Pattern CONTENT_WORD =
      Pattern.compile("(?:^|[^a-z0-9])(?:content|entry|main|article|story|post-?body)");

  /**
   * The class words and id of an element, lowercase, without utility classes that place it on the
   * screen ("md:[grid-area:sidebar]", "lg:hidden"): they name a layout, not a zone.
   */
  static String zoneKey(Element e) {
    StringBuilder b = new StringBuilder();
    for (String c : e.classNames()) {
      if (c.indexOf(':') < 0 && c.indexOf('[') < 0) {
        b.append(c).append(' ');
      }
    }
    return b.append(e.id()).toString().toLowerCase(Locale.ROOT);
  }

  static boolean inForeignZone(Element e) {
    boolean inArticle = false;
    for (Element p = e; p != null; p = p.parent()) {
      String tag = p.normalName();
      if (tag.equals("body") || tag.equals("html")) {
        // WordPress lists the page's features on <body> ("has-sidebar", "mega-menu").
        break;
      }
      if (tag.equals("main")) {
        // The page's main content is no zone of other people's names, whatever its classes say
        // ("offset-nav": placed below the navigation bar).
        inArticle = true;
        break;
      }
      if (tag.equals("article")) {
        inArticle = true;
      }
      if (tag.equals("nav")) {
        return true;
      }
      String key = zoneKey(p);
      if (!key.isBlank() && foreign(key)) {
        return true;
      }
    }
    if (!inArticle && e.closest("aside") != null) {
      return true;
    }
    // A <footer> of the page; an article's own footer ("entry-footer") holds its byline.
    Element footer = e.closest("footer");
    return !inArticle
        && footer != null
        && !ARTICLE_FOOTER
            .matcher((footer.className() + " " + footer.id()).toLowerCase(Locale.ROOT))
            .find();
  }
}
