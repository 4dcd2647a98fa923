package dev.akhbar.parser.extract.content;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What one element says about the text inside it: page furniture (by tag, ARIA role and the class
 * and id words of the resource files next to this class), or text nobody sees. Stateless.
 */
final class ElementRules {
  /** Not furniture. */
  static final int CONTENT = 0;

  /** Furniture unless it holds most of the body text (it may wrap the page). */
  static final int WEAK = 1;

  /** Furniture. */
  static final int STRONG = 2;

  /**
   * Weak furniture by a class word that also names the wrappers of page builders ("widget"): kept,
   * too, when its own text is mostly body text.
   */
  static final int WRAPPER = 3;

  /**
   * Hidden until the reader opens it (a collapsed accordion or FAQ answer, a "read more" panel) or
   * until a script moves it into place (streamed server rendering): weak furniture, kept like
   * {@link #WRAPPER} when its own text is mostly body text.
   */
  static final int HIDDEN = 4;

  /** Tags that hold page furniture; header and form may also wrap a whole page (weak). */
  private static final Set<String> BOILERPLATE_TAGS =
      Set.of("nav", "aside", "footer", "dialog", "menu", "figcaption");

  private static final Set<String> WEAK_BOILERPLATE_TAGS = Set.of("header", "form");

  /** Tags that declare content: a furniture word in their class makes them weak furniture only. */
  private static final Set<String> CONTENT_TAGS = Set.of("main", "article");

  private static final Set<String> BOILERPLATE_ROLES =
      Set.of(
          "navigation",
          "banner",
          "contentinfo",
          "complementary",
          "search",
          "dialog",
          "alertdialog",
          "menu",
          "menubar",
          "toolbar",
          "form");

  private static final ClassWords BOILERPLATE_CLASS = new ClassWords("boilerplate-classes.txt");

  /** The words of both weak lists: one scan rules most class names out. */
  private static final ClassWords ANY_WEAK_CLASS =
      new ClassWords("boilerplate-weak-classes.txt", "boilerplate-weak-only-classes.txt");

  private static final ClassWords WEAK_ONLY_CLASS =
      new ClassWords("boilerplate-weak-only-classes.txt");
  private static final ClassWords INVISIBLE_INLINE_CLASS = new ClassWords("invisible-classes.txt");
  private static final ClassWords EMBED_CLASS = new ClassWords("embed-classes.txt");
  private static final ClassWords CONTENT_CLASS = new ClassWords("content-classes.txt");

  private static final Pattern HIDDEN_STYLE =
      Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");

  private ElementRules() {}

  /**
   * What class and id words said, per page: pages repeat their class names (one per card, per menu
   * item), each is read once. Keyed by the attribute values themselves when there is no id, so that
   * most elements need no new string.
   */
  static final class Memo {
    private final Map<String, Integer> byClass = new HashMap<>();
    private final Map<String, Integer> byClassAndId = new HashMap<>();
    private final Map<String, Boolean> invisible = new HashMap<>();

    int said(String cls, String id) {
      return id.isEmpty()
          ? byClass.computeIfAbsent(cls, c -> ElementRules.byClass(c + " "))
          : byClassAndId.computeIfAbsent(cls + " " + id, ElementRules::byClass);
    }
  }

  /** Inline text nobody sees in the page: hidden, screen-reader labels, tooltips, hover cards. */
  static boolean invisibleInline(Element e, Memo memo) {
    if (e.hasAttr("hidden")) {
      return true;
    }
    String cls = e.attr("class");
    if (!cls.isEmpty() && memo.invisible.computeIfAbsent(cls, ElementRules::invisibleClass)) {
      return true;
    }
    return hiddenStyle(e);
  }

  private static boolean invisibleClass(String cls) {
    return INVISIBLE_INLINE_CLASS.find(cls.toLowerCase(Locale.ROOT));
  }

  private static final int NO_WORD = -1;

  private static int byClass(String classAndId) {
    String key = classAndId.toLowerCase(Locale.ROOT);
    if (EMBED_CLASS.find(key)) {
      // "social-media-embed", "twitter-tweet": quoted posts embedded in the story are content.
      return CONTENT;
    }
    if (BOILERPLATE_CLASS.find(key)) {
      // "entry-content read-more", "article-body has-sidebar": a content word weakens it.
      return CONTENT_CLASS.find(key) ? WEAK : STRONG;
    }
    if (ANY_WEAK_CLASS.find(key)) {
      // A popup, a promo: may wrap the page, but its prose is no sign of the article's.
      return WEAK_ONLY_CLASS.find(key) ? WEAK : WRAPPER;
    }
    return NO_WORD;
  }

  /** Words of an id made from a section's heading, as anchors of a table of contents are. */
  private static final int SLUG_WORDS = 6;

  /**
   * An id that is the slug of a heading ("menu-innovation-strategies-for-caterers"): it names the
   * section by its words, not its role, so its words say nothing of furniture.
   */
  static boolean headingSlug(String id) {
    int words = 1;
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (c == '-' || c == '_') {
        words++;
      }
    }
    return words >= SLUG_WORDS;
  }

  private static boolean isHeading(String tag) {
    return tag.length() == 2
        && tag.charAt(0) == 'h'
        && tag.charAt(1) >= '1'
        && tag.charAt(1) <= '6';
  }

  private static boolean hiddenStyle(Element e) {
    String style = e.attr("style");
    return !style.isEmpty() && HIDDEN_STYLE.matcher(style).find();
  }

  /**
   * {@link #CONTENT}, {@link #WEAK}, {@link #WRAPPER}, {@link #HIDDEN} or {@link #STRONG}
   * boilerplate.
   */
  static int boilerplate(Element e, String tag, Memo memo) {
    if (tag.equals("body") || tag.equals("html")) {
      return CONTENT;
    }
    if (BOILERPLATE_TAGS.contains(tag)) {
      return STRONG;
    }
    String role = e.attr("role");
    if (!role.isEmpty() && BOILERPLATE_ROLES.contains(role.toLowerCase(Locale.ROOT))) {
      return STRONG;
    }
    String cls = e.attr("class");
    String id = headingSlug(e.attr("id")) ? "" : e.attr("id");
    if (!cls.isEmpty() || !id.isEmpty()) {
      if (tag.equals("blockquote")) {
        // Quoted posts embedded in the story are content.
        return CONTENT;
      }
      int said = memo.said(cls, id);
      if (said == STRONG && CONTENT_TAGS.contains(tag)) {
        // <main class="offset-nav">, <article class="newsletter-post">: the tag says content.
        return WEAK;
      }
      if (said == WRAPPER && Block.headingLevel(tag) > 0) {
        // <h2 class="header-anchor-post">, <h2 class="et_pb_module_header">: a heading's class
        // names how it looks; the word that names a page's header or a builder's widget says
        // nothing of it. A furniture heading is told by its words (FurnitureHeadings).
        return CONTENT;
      }
      if (said != NO_WORD) {
        return said;
      }
    }
    if (e.hasAttr("hidden") || hiddenStyle(e)) {
      return HIDDEN;
    }
    if (WEAK_BOILERPLATE_TAGS.contains(tag)) {
      return WEAK;
    }
    return CONTENT;
  }
}
