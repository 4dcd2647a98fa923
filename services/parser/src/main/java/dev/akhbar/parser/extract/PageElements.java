package dev.akhbar.parser.extract;

import dev.akhbar.parser.extract.content.ContentExtractor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Counts over a page's body elements for {@link PageFeatures}, made in the walk of {@link
 * PageWalk}: pagination, shopping buttons, prices, forum posts, times, code, headings, inputs,
 * navigation links, images. Class words are matched at word starts of the class attribute by a
 * scan, not a regular expression: the walk visits every element of the page.
 */
final class PageElements {
  // Class words, each matched at the start of a word of the class attribute (as the furniture
  // words of content/ElementRules are); a scan of word starts, cheaper than a regular expression.
  private static final String[] FORUM_CLASS = {
    "post-body", "postbody", "topic-post", "topicpost", "reply", "replies", "message-body",
    "messagebody", "thread", "forum", "vote", "upvote", "answer", "accepted-answer",
    "comment-body", "commentbody", "username"
  };
  private static final String[] PAGINATION_CLASS = {
    "pagination", "pager", "page-numbers", "nav-links", "load-more"
  };
  private static final String[] RATING_CLASS = {
    "rating", "stars", "star-rating", "review-stars", "reviews-count"
  };
  private static final String[] BUTTON_CLASS = {"btn", "button", "cta"};
  private static final Evaluator LINK = QueryParser.parse("a[href]");
  static final Pattern PAGE_LINK = Pattern.compile("(?:[/?&]page[/=]\\d|/p/\\d+/?$)");

  /** URL path words and button words, from page-type-words.txt. */
  private static final PageTypeWords WORDS = PageTypeWords.INSTANCE;

  boolean pagination;
  boolean cart;

  /** Elements of the body marked {@code itemprop="price"}. */
  int pricedElements;

  /** Prices written in the article container's text. */
  int containerPrices;

  int forumMarks;
  int times;
  int codeChars;
  int headings;
  int buttons;
  int listChars;
  int containerChars;
  int articles;
  int inputs;
  int telLinks;
  int navLinks;

  /** The body's {@code <h1>} elements, in page order (the shown headlines of the title choice). */
  final List<Element> h1s = new ArrayList<>();

  boolean breadcrumb;
  int linkedHeadings;
  int images;
  boolean rating;

  /** Class attributes already read on this page, with their kinds of class words. */
  private final Map<String, Integer> classWords = new HashMap<>();

  /** Counted element by element by the walk of {@link PageWalk}. */
  PageElements() {}

  /**
   * Reads what the article container holds: its text, its list items' text, its prices. Set, not
   * added to the walk's counts: reading it again gives the same figures.
   */
  void measure(ContentExtractor.Layout layout) {
    Element container = layout.container();
    containerChars = 0;
    listChars = 0;
    containerPrices = 0;
    if (container != null) {
      String text = container.text();
      for (Element li : container.getElementsByTag("li")) {
        if (li.parent() != null && !li.parent().normalName().equals("li")) {
          listChars += li.text().length();
        }
      }
      containerChars = Math.max(text.length(), listChars);
      containerPrices = Prices.count(text);
    }
  }

  /**
   * Prices marked up anywhere in the body ({@code itemprop="price"}) and written in the container.
   */
  int prices() {
    return pricedElements + containerPrices;
  }

  /** Counts what one element of the page's body says. */
  void count(Element e) {
    String tag = e.normalName();
    switch (tag) {
      case "time" -> times++;
      case "article" -> articles++;
      case "h1" -> h1s.add(e);
      case "h2", "h3" -> {
        headings++;
        if (e.selectFirst(LINK) != null
            || e.parent() != null && e.parent().normalName().equals("a")) {
          linkedHeadings++;
        }
      }
      case "img" -> images++;
      case "input", "select", "textarea" -> inputs++;
      case "button" -> {
        buttons++;
        cart |= WORDS.cart(e.text());
      }
      case "pre" -> codeChars += e.text().length();
      case "a" -> {
        String href = e.attr("href");
        if (e.hasAttr("rel") && nextOrPrev(e.attr("rel")) || pageLink(href)) {
          pagination = true;
        }
        if (href.startsWith("tel:")) {
          telLinks++;
        }
        if (inNavigation(e)) {
          navLinks++;
        }
      }
      case "link" -> pagination |= nextOrPrev(e.attr("rel"));
      default -> {}
    }
    String cls = e.className();
    if (!cls.isEmpty()) {
      // Pages repeat their class names (one per card, per menu item): each is read once.
      int words = classWords.computeIfAbsent(cls, PageElements::classWords);
      if ((words & FORUM) != 0) {
        forumMarks++;
      }
      if ((words & PAGER) != 0) {
        pagination = true;
      }
      if ((words & BREADCRUMB) != 0) {
        breadcrumb = true;
      }
      if ((words & RATING) != 0) {
        rating = true;
      }
      if (tag.equals("a") && (words & BUTTON) != 0) {
        buttons++;
        cart |= WORDS.cart(e.text());
      }
    }
    if (e.hasAttr("itemprop") && e.attr("itemprop").equalsIgnoreCase("price")) {
      pricedElements++;
    }
  }

  private static final int FORUM = 1;
  private static final int PAGER = 2;
  private static final int BREADCRUMB = 4;
  private static final int RATING = 8;
  private static final int BUTTON = 16;

  /** The kinds of class words in a class attribute, as bits. */
  private static int classWords(String cls) {
    String key = cls.toLowerCase(Locale.ROOT);
    int bits = key.contains("breadcrumb") ? BREADCRUMB : 0;
    for (int i = 0; i < key.length(); i++) {
      // Every class word starts with a letter, at a word start.
      char c = key.charAt(i);
      if (c < 'a' || c > 'z' || i > 0 && isAsciiLowerOrDigit(key.charAt(i - 1))) {
        continue;
      }
      for (ClassWord w : CLASS_WORDS[c - 'a']) {
        if ((bits & w.bit()) == 0 && w.startsAt(key, i)) {
          bits |= w.bit();
        }
      }
    }
    return bits;
  }

  /** A class word of one kind; {@code whole}: followed by no letter. */
  private record ClassWord(String word, int bit, boolean whole) {
    boolean startsAt(String key, int i) {
      if (!key.startsWith(word, i)) {
        return false;
      }
      int end = i + word.length();
      return !whole || end == key.length() || key.charAt(end) < 'a' || key.charAt(end) > 'z';
    }
  }

  /** The class words by their first letter (a-z): a word start is tried against those alone. */
  private static final ClassWord[][] CLASS_WORDS = classWordTable();

  private static ClassWord[][] classWordTable() {
    List<ClassWord> all = new ArrayList<>();
    for (String w : FORUM_CLASS) {
      all.add(new ClassWord(w, FORUM, false));
    }
    for (String w : PAGINATION_CLASS) {
      all.add(new ClassWord(w, PAGER, false));
    }
    for (String w : RATING_CLASS) {
      all.add(new ClassWord(w, RATING, false));
    }
    for (String w : BUTTON_CLASS) {
      all.add(new ClassWord(w, BUTTON, true));
    }
    ClassWord[][] table = new ClassWord[26][];
    for (char c = 'a'; c <= 'z'; c++) {
      char first = c;
      table[c - 'a'] =
          all.stream().filter(w -> w.word().charAt(0) == first).toArray(ClassWord[]::new);
    }
    return table;
  }

  private static boolean nextOrPrev(String rel) {
    return rel.equalsIgnoreCase("next") || rel.equalsIgnoreCase("prev");
  }

  private static boolean inNavigation(Element e) {
    for (Element a = e.parent(); a != null; a = a.parent()) {
      String tag = a.normalName();
      if (tag.equals("nav") || tag.equals("aside")) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@link #PAGE_LINK}: its first alternative ("page" after a slash, "?" or "&amp;", then "/" or
   * "=" and a digit) by a scan; the regex only for links with "/p/". Most links have neither
   * ("homepage", "/pages/" do not count).
   */
  static boolean pageLink(String href) {
    for (int i = href.indexOf("page"); i >= 0; i = href.indexOf("page", i + 1)) {
      char before = i == 0 ? ' ' : href.charAt(i - 1);
      if ((before == '/' || before == '?' || before == '&')
          && i + 5 < href.length()
          && (href.charAt(i + 4) == '/' || href.charAt(i + 4) == '=')
          && href.charAt(i + 5) >= '0'
          && href.charAt(i + 5) <= '9') {
        return true;
      }
    }
    return href.contains("/p/") && PAGE_LINK.matcher(href).find();
  }

  private static boolean isAsciiLowerOrDigit(char c) {
    return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
  }
}
