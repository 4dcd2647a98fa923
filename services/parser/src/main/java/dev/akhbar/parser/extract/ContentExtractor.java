package dev.akhbar.parser.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Finds the main text of a page. See DESIGN.md next to this class.
 *
 * <ol>
 *   <li>One walk over the DOM cuts the visible text into blocks (the text between two block-level
 *       boundaries) and notes, per block, its link characters and the boilerplate elements around
 *       it (navigation, share bars, related links, comments, forms, cookie banners...: by tag, ARIA
 *       role and class/id words).
 *   <li>Boilerplate is dropped unless it holds most of the page's body text (a class word matched a
 *       wrapper); teaser cards of other stories are marked.
 *   <li>Every ancestor of a block sums the blocks' weights (body text counts, links and short
 *       furniture cost); the container is the heaviest element.
 *   <li>The container's blocks are emitted in document order, minus link lines, the headline and
 *       short furniture at both ends.
 * </ol>
 *
 * It knows no site: every rule is about the structure and text of the page. Stateless.
 */
final class ContentExtractor {
  /** Blocks at least this long (characters) count as body text in the weights. */
  static final int GOOD_BLOCK_CHARS = 40;

  /** ... and, for the boilerplate share, have at most this link density. */
  static final double GOOD_MAX_LINK_DENSITY = 0.3;

  /** Blocks above this link density are link lines, unless they have enough other text. */
  static final double EMIT_MAX_LINK_DENSITY = 0.5;

  /** Weight of a short block's characters (negative) when choosing the container. */
  static final double SHORT_PENALTY = 0.5;

  /** Weight of a short block's characters outside links (negative). */
  static final double SHORT_TEXT_PENALTY = 0.25;

  /** Weight of link characters (negative) in long blocks when choosing the container. */
  static final double LINK_PENALTY = 0.5;

  /** A link-heavy block is still emitted when it has this much text outside links. */
  static final int EMIT_MIN_NON_LINK_CHARS = 60;

  /** Weak boilerplate holding this share of the body text is kept: it wraps the article. */
  static final double PROTECT_SHARE = 0.5;

  /** Strong boilerplate needs at least this many body blocks to be kept. */
  static final int PROTECT_MIN_BLOCKS = 3;

  /**
   * Strong boilerplate (comments, footers, sidebars...) is taken for a page wrapper only when it
   * holds nearly all of the body text: a comment thread may well outweigh a short article.
   */
  static final double PROTECT_STRONG_SHARE = 0.8;

  private static final Set<String> SKIP =
      Set.of(
          "script",
          "style",
          "noscript",
          "template",
          "svg",
          "math",
          "iframe",
          "object",
          "embed",
          "canvas",
          "select",
          "option",
          "button",
          "textarea",
          "input",
          "head",
          "audio",
          "video",
          "picture",
          "source",
          "map",
          "link",
          "meta",
          "title");

  private static final Set<String> BLOCK =
      Set.of(
          "address",
          "article",
          "aside",
          "blockquote",
          "body",
          "center",
          "dd",
          "details",
          "dialog",
          "dir",
          "div",
          "dl",
          "dt",
          "fieldset",
          "figcaption",
          "figure",
          "footer",
          "form",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "header",
          "hgroup",
          "hr",
          "li",
          "main",
          "menu",
          "nav",
          "ol",
          "p",
          "pre",
          "section",
          "summary",
          "table",
          "tbody",
          "tfoot",
          "thead",
          "tr",
          "ul",
          "caption",
          "html",
          "legend",
          "br");

  /** Table cells: inline (a row is one block), separated by a space. */
  private static final Set<String> CELL = Set.of("td", "th");

  /** Tags that hold page furniture; header and form may also wrap a whole page (weak). */
  private static final Set<String> BOILERPLATE_TAGS =
      Set.of("nav", "aside", "footer", "dialog", "menu", "figcaption");

  private static final Set<String> WEAK_BOILERPLATE_TAGS = Set.of("header", "form");

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

  /** Class/id words of page furniture. */
  private static final Pattern BOILERPLATE_CLASS =
      Pattern.compile(
          "(?:^|[^a-z0-9])(?:comment(?!ary)|disqus|respond|share|sharing|social|related|recommend"
              + "|newsletter|subscri|signup|sign-up|login|cookie|consent|gdpr|breadcrumb|sidebar"
              + "|side-bar|advert|ads?(?:[^a-z]|$)|adsense|ad-slot|dfp|sponsor|outbrain|taboola"
              + "|navbar|nav(?:[^a-z]|$)|navigation|menu|pagination|pager|skip|screen-reader"
              + "|sr-only|visually-?hidden|author-?bio|author-?box|more-stories|read-?more"
              + "|most-popular|most-read|tag-?list|tags(?:[^a-z]|$)|post-tags|tagcloud|byline"
              + "|dateline|toolbar|print-only|footer)|caption|credit");

  /**
   * Class/id words that usually mean furniture but also show up on wrappers of the whole page or of
   * the article ("body_overlay", "article-breaking-news"): such an element is kept when it holds
   * most of the body text.
   */
  private static final Pattern WEAK_BOILERPLATE_CLASS =
      Pattern.compile(
          "(?:^|[^a-z0-9])(?:widget|promo|popup|pop-up|modal|overlay|banner|masthead|popular"
              + "|trending|breaking|ticker|latest|header(?:[^a-z]|$)|rating|hidden(?:[^a-z-]|$))");

  /** Inline text nobody sees in the page: screen-reader labels, tooltips, hover cards. */
  private static final Pattern INVISIBLE_INLINE_CLASS =
      Pattern.compile(
          "(?:^|[^a-z0-9])(?:sr-only|screen-reader|visually-?hidden|tooltip|popover|rollover"
              + "|hover-?card)");

  static boolean invisibleInline(Element e) {
    if (e.hasAttr("hidden")) {
      return true;
    }
    String cls = e.attr("class");
    if (!cls.isEmpty() && INVISIBLE_INLINE_CLASS.matcher(cls.toLowerCase(Locale.ROOT)).find()) {
      return true;
    }
    String style = e.attr("style");
    return !style.isEmpty() && HIDDEN_STYLE.matcher(style).find();
  }

  private static final Pattern EMBED_CLASS =
      Pattern.compile("(?:^|[^a-z0-9])(?:embed|tweet|instagram-media)");

  /** Class/id words of content wrappers. */
  private static final Pattern CONTENT_CLASS =
      Pattern.compile("(?:^|[^a-z0-9])(?:content|article|entry|story|post-?body|main|text)");

  private static final Pattern HIDDEN_STYLE =
      Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");

  private ContentExtractor() {}

  /** The main text of a page. */
  record Result(List<String> paragraphs, int chars, int blocks, double containerLinkDensity) {
    static final Result EMPTY = new Result(List.of(), 0, 0, 1.0);
  }

  static final class Block {
    final Element owner;
    final String text;
    final int chars;
    final int linkChars;
    final int heading;
    final Element[] boilerplate;
    boolean excluded;
    boolean teaser;

    /** Per element of {@link #boilerplate}: whether it is weak boilerplate. */
    boolean[] weak;

    int index;

    Block(Element owner, String text, int linkChars, Element[] boilerplate) {
      this.owner = owner;
      this.text = text;
      this.chars = text.length();
      this.linkChars = Math.min(linkChars, chars);
      this.heading = headingLevel(owner);
      this.boilerplate = boilerplate;
    }

    double linkDensity() {
      return chars == 0 ? 0 : (double) linkChars / chars;
    }

    boolean good() {
      return heading == 0 && chars >= GOOD_BLOCK_CHARS && linkDensity() <= GOOD_MAX_LINK_DENSITY;
    }
  }

  static Result extract(Document doc, String title) {
    Element body = doc.body();
    if (body == null) {
      return Result.EMPTY;
    }
    List<Block> blocks = analyse(body);
    Element container = chooseContainer(blocks);
    Element declared = declaredBody(doc, blocks, container);
    if (declared != null) {
      container = declared;
    }
    if (container == null) {
      return Result.EMPTY;
    }
    return emit(blocks, container, title);
  }

  /** A declared body at least this heavy (share of the best container's weight) is used. */
  static final double DECLARED_BODY_SHARE = 0.6;

  /**
   * The element the page marks as the article body (microdata {@code itemprop="articleBody"}), when
   * there is exactly one and it holds most of the text the scoring found.
   */
  static Element declaredBody(Document doc, List<Block> blocks, Element best) {
    if (best == null) {
      return null;
    }
    org.jsoup.select.Elements marked =
        doc.body().getElementsByAttributeValue("itemprop", "articleBody");
    if (marked.size() != 1) {
      return null;
    }
    Element declared = marked.first();
    if (declared == best) {
      return null;
    }
    double declaredWeight = 0;
    double bestWeight = 0;
    for (Block b : blocks) {
      if (b.excluded) {
        continue;
      }
      double w = weight(b);
      if (inside(b.owner, declared)) {
        declaredWeight += w;
      }
      if (inside(b.owner, best)) {
        bestWeight += w;
      }
    }
    return declaredWeight > 0 && declaredWeight >= DECLARED_BODY_SHARE * bestWeight
        ? declared
        : null;
  }

  /** The blocks of {@code body}, with boilerplate and teasers marked. */
  static List<Block> analyse(Element body) {
    List<Block> blocks = collect(body);
    excludeBoilerplate(blocks);
    markTeasers(blocks);
    return blocks;
  }

  static List<Block> collect(Element root) {
    Collector c = new Collector();
    NodeTraversor.filter(c, root);
    c.flush(root);
    for (int i = 0; i < c.blocks.size(); i++) {
      c.blocks.get(i).index = i;
    }
    return c.blocks;
  }

  private static final Element[] NONE = new Element[0];

  private static final class Collector implements NodeFilter {
    final List<Block> blocks = new ArrayList<>();
    final StringBuilder buf = new StringBuilder();
    final List<Element> owners = new ArrayList<>();
    final List<Element> boilerplate = new ArrayList<>();
    final Map<Element, Boolean> weak = new IdentityHashMap<>();
    int linkDepth;
    int linkChars;

    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof TextNode t) {
        String s = t.getWholeText();
        buf.append(s);
        if (linkDepth > 0) {
          linkChars += nonSpace(s);
        }
        return FilterResult.CONTINUE;
      }
      if (!(node instanceof Element e)) {
        return FilterResult.CONTINUE;
      }
      String tag = e.normalName();
      if (SKIP.contains(tag) || !BLOCK.contains(tag) && invisibleInline(e)) {
        return FilterResult.SKIP_ENTIRELY;
      }
      if (tag.equals("a")) {
        linkDepth++;
      } else if (CELL.contains(tag)) {
        buf.append(' ');
      }
      if (BLOCK.contains(tag)) {
        flush(owners.isEmpty() ? e : owners.get(owners.size() - 1));
        owners.add(e);
        int strength = boilerplate(e, tag);
        if (strength > 0) {
          boilerplate.add(e);
          if (strength == 1) {
            weak.put(e, Boolean.TRUE);
          }
        }
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (node instanceof Element e) {
        String tag = e.normalName();
        if (tag.equals("a")) {
          linkDepth--;
        }
        if (BLOCK.contains(tag)) {
          flush(e);
          owners.remove(owners.size() - 1);
          if (!boilerplate.isEmpty() && boilerplate.get(boilerplate.size() - 1) == e) {
            boilerplate.remove(boilerplate.size() - 1);
          }
        }
      }
      return FilterResult.CONTINUE;
    }

    void flush(Element owner) {
      if (buf.isEmpty()) {
        return;
      }
      String text = Text.normalize(buf);
      buf.setLength(0);
      int links = linkChars;
      linkChars = 0;
      if (text.isEmpty()) {
        return;
      }
      // Link characters were counted without spaces: scale to the normalized text.
      int nonSpace = nonSpace(text);
      int scaledLinks =
          nonSpace == 0 ? 0 : (int) Math.round((double) links * text.length() / nonSpace);
      Element[] around = NONE;
      if (!boilerplate.isEmpty()) {
        around = boilerplate.toArray(NONE);
      }
      Block b = new Block(owner, text, scaledLinks, around);
      if (around.length > 0) {
        b.weak = new boolean[around.length];
        for (int i = 0; i < around.length; i++) {
          b.weak[i] = weak.containsKey(around[i]);
        }
      }
      blocks.add(b);
    }
  }

  private static int nonSpace(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isWhitespace(s.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  /** 0: content; 1: weak boilerplate; 2: boilerplate. */
  static int boilerplate(Element e, String tag) {
    if (tag.equals("body") || tag.equals("html")) {
      return 0;
    }
    if (BOILERPLATE_TAGS.contains(tag)) {
      return 2;
    }
    String role = e.attr("role");
    if (!role.isEmpty() && BOILERPLATE_ROLES.contains(role.toLowerCase(Locale.ROOT))) {
      return 2;
    }
    String cls = e.attr("class");
    String id = e.attr("id");
    if (!cls.isEmpty() || !id.isEmpty()) {
      String key = (cls + " " + id).toLowerCase(Locale.ROOT);
      if (tag.equals("blockquote") || EMBED_CLASS.matcher(key).find()) {
        // Quoted posts embedded in the story ("social-media-embed", "twitter-tweet") are content.
        return 0;
      }
      if (BOILERPLATE_CLASS.matcher(key).find()) {
        // "entry-content read-more", "article-body has-sidebar": a content word weakens it.
        return CONTENT_CLASS.matcher(key).find() ? 1 : 2;
      }
      if (WEAK_BOILERPLATE_CLASS.matcher(key).find()) {
        return 1;
      }
    }
    if (WEAK_BOILERPLATE_TAGS.contains(tag) || e.hasAttr("hidden")) {
      return 1;
    }
    String style = e.attr("style");
    if (!style.isEmpty() && HIDDEN_STYLE.matcher(style).find()) {
      return 1;
    }
    return 0;
  }

  /** Marks blocks inside boilerplate, unless that boilerplate holds most of the body text. */
  static void excludeBoilerplate(List<Block> blocks) {
    Map<Element, int[]> goodInside = new IdentityHashMap<>();
    long totalAll = 0;
    for (Block b : blocks) {
      if (b.good()) {
        totalAll += b.chars;
        for (Element bp : b.boilerplate) {
          int[] in = goodInside.computeIfAbsent(bp, k -> new int[2]);
          in[0] += b.chars;
          in[1]++;
        }
      }
    }
    final long allGood = totalAll;
    // Strong boilerplate holds the body only when it has half of all body text in 3+ blocks.
    Map<Element, Boolean> strongProtected = new IdentityHashMap<>();
    long outsideStrong = 0;
    for (Block b : blocks) {
      boolean inStrong = false;
      for (int i = 0; i < b.boilerplate.length; i++) {
        if (!b.weak[i]) {
          Element bp = b.boilerplate[i];
          boolean keep =
              strongProtected.computeIfAbsent(
                  bp,
                  k -> {
                    int[] in = goodInside.get(k);
                    return in != null
                        && in[0] >= PROTECT_STRONG_SHARE * allGood
                        && in[1] >= PROTECT_MIN_BLOCKS;
                  });
          inStrong |= !keep;
        }
      }
      if (inStrong) {
        b.excluded = true;
      } else if (b.good()) {
        outsideStrong += b.chars;
      }
    }
    // Weak boilerplate holds the body when it has half of the body text outside strong furniture.
    for (Block b : blocks) {
      if (b.excluded) {
        continue;
      }
      for (int i = 0; i < b.boilerplate.length; i++) {
        if (b.weak[i]) {
          int[] in = goodInside.get(b.boilerplate[i]);
          if (in == null || in[0] < PROTECT_SHARE * outsideStrong) {
            b.excluded = true;
            break;
          }
        }
      }
    }
  }

  /** A teaser card (headline link plus a summary) holds at most this much text. */
  static final int TEASER_MAX_CHARS = 800;

  /**
   * Marks teasers of other pages: a text block whose card (the smallest element around it holding
   * other blocks too) is small, has a link-only line (the headline) and is one of several alike
   * siblings (same tag and class), as in "related", "more stories" or "latest news" lists.
   */
  static void markTeasers(List<Block> blocks) {
    Map<Element, int[]> stats = new IdentityHashMap<>();
    for (Block b : blocks) {
      boolean linkLine = b.chars >= 15 && b.linkDensity() >= 0.8;
      for (Element e = b.owner; e != null; e = e.parent()) {
        int[] st = stats.computeIfAbsent(e, k -> new int[] {0, 0, 0, Integer.MAX_VALUE});
        st[0]++;
        st[1] += b.chars;
        if (linkLine) {
          st[2]++;
          st[3] = Math.min(st[3], b.index);
        }
      }
    }
    for (Block b : blocks) {
      if (b.excluded || b.heading > 0 || b.linkDensity() >= 0.8) {
        continue;
      }
      Element card = b.owner;
      int[] st = stats.get(card);
      while (card != null && st[0] < 2) {
        card = card.parent();
        st = card == null ? null : stats.get(card);
      }
      // The headline link comes first; a link after the text is a "see also" line.
      if (card == null || st[1] > TEASER_MAX_CHARS || st[2] == 0 || st[3] > b.index) {
        continue;
      }
      // The card, or a small element around it, is one of a list of alike items.
      for (Element e = card; e != null; e = e.parent()) {
        int[] es = stats.get(e);
        if (es == null || es[1] > TEASER_MAX_CHARS) {
          break;
        }
        if (repeated(e, stats)) {
          b.teaser = true;
          break;
        }
      }
    }
  }

  /** At least two siblings of the same tag and first class are small cards with a link line too. */
  private static boolean repeated(Element e, Map<Element, int[]> stats) {
    Element parent = e.parent();
    if (parent == null) {
      return false;
    }
    String tag = e.normalName();
    String cls = firstClass(e);
    int blocks = stats.get(e)[0];
    int alike = 0;
    for (Element sib : parent.children()) {
      if (sib != e && sib.normalName().equals(tag) && firstClass(sib).equals(cls)) {
        int[] st = stats.get(sib);
        // A card like this one: a headline link, little text, about as many lines.
        if (st == null
            || st[2] == 0
            || st[1] > TEASER_MAX_CHARS
            || st[0] > 2 * blocks
            || blocks > 2 * st[0]) {
          continue;
        }
        if (++alike >= 2) {
          return true;
        }
      }
    }
    return false;
  }

  private static String firstClass(Element e) {
    String c = e.attr("class").strip();
    int sp = c.indexOf(' ');
    return sp < 0 ? c : c.substring(0, sp);
  }

  /** What a block adds to the containers around it: body text counts, links and short bits cost. */
  static double weight(Block b) {
    if (b.heading > 0) {
      return 0;
    }
    if (b.teaser) {
      return -SHORT_PENALTY * b.chars;
    }
    if (b.chars >= GOOD_BLOCK_CHARS) {
      return (b.chars - b.linkChars) - LINK_PENALTY * b.linkChars;
    }
    return -SHORT_PENALTY * b.linkChars - SHORT_TEXT_PENALTY * (b.chars - b.linkChars);
  }

  /** The element whose blocks weigh most (the deeper one on a tie). */
  static Element chooseContainer(List<Block> blocks) {
    Map<Element, double[]> mass = new IdentityHashMap<>();
    for (Block b : blocks) {
      if (b.excluded) {
        continue;
      }
      double w = weight(b);
      boolean positive = w > 0;
      for (Element e = b.owner; e != null; e = e.parent()) {
        double[] m = mass.computeIfAbsent(e, k -> new double[2]);
        m[0] += w;
        if (positive) {
          m[1] = 1;
        }
      }
    }
    Element best = null;
    double bestScore = 0;
    int bestDepth = -1;
    for (Map.Entry<Element, double[]> entry : mass.entrySet()) {
      double[] m = entry.getValue();
      if (m[1] == 0) {
        continue;
      }
      double score = m[0];
      if (best == null || score > bestScore + 1e-6) {
        best = entry.getKey();
        bestScore = score;
        bestDepth = -1;
      } else if (Math.abs(score - bestScore) <= 1e-6) {
        int depth = depth(entry.getKey());
        if (bestDepth < 0) {
          bestDepth = depth(best);
        }
        if (depth > bestDepth) {
          best = entry.getKey();
          bestDepth = depth;
        }
      }
    }
    return best;
  }

  private static int depth(Element e) {
    int d = 0;
    for (Element p = e.parent(); p != null; p = p.parent()) {
      d++;
    }
    return d;
  }

  /** Short lines that are not sentences ("Top stories", "By AP", dates) are left out. */
  static final int MIN_FRAGMENT_CHARS = 40;

  static Result emit(List<Block> blocks, Element container, String title) {
    String titleKey = title == null ? null : key(title);
    List<Block> kept = new ArrayList<>();
    int total = 0;
    int links = 0;
    for (Block b : blocks) {
      if (!inside(b.owner, container)) {
        continue;
      }
      total += b.chars;
      links += b.linkChars;
      if (b.excluded || b.teaser) {
        continue;
      }
      if (b.text.charAt(0) == '<' && b.text.charAt(b.text.length() - 1) == '>') {
        continue;
      }
      if (b.chars <= 30 && AD_LABEL.matcher(b.text).matches()) {
        continue;
      }
      if (b.linkDensity() > EMIT_MAX_LINK_DENSITY
          && b.chars - b.linkChars < EMIT_MIN_NON_LINK_CHARS) {
        continue;
      }
      if (b.heading > 0 && titleKey != null && similar(key(b.text), titleKey)) {
        continue;
      }
      if (!kept.isEmpty() && kept.get(kept.size() - 1).text.equals(b.text)) {
        continue;
      }
      kept.add(b);
    }
    // Before the first and after the last body paragraph, short non-sentences are page furniture
    // (kicker, dateline, "Top stories", credits).
    int first = 0;
    while (first < kept.size() && isFragment(kept.get(first))) {
      first++;
    }
    int last = kept.size() - 1;
    while (last >= first && isFragment(kept.get(last))) {
      last--;
    }
    List<String> out = new ArrayList<>(kept.size());
    int chars = 0;
    for (int i = first; i <= last; i++) {
      Block b = kept.get(i);
      out.add(b.text);
      chars += b.chars;
    }
    return new Result(out, chars, out.size(), total == 0 ? 1.0 : (double) links / total);
  }

  private static final Pattern BYLINE =
      Pattern.compile(
          "^(?iu)(?:by|written by|von|par|por|di|door|av|yazan|بقلم|كتب|كتبت|إعداد)\\s");

  /** Bylines stay short. */
  static final int MAX_BYLINE_CHARS = 100;

  /** Labels of ad slots, in the languages we read. */
  private static final Pattern AD_LABEL =
      Pattern.compile(
          "(?iu)\\W*(?:advert|advertisement|advertising|ad|ads|sponsored|anzeige|werbung|publicit[ée]"
              + "|publicidad|reklam|إعلان|اعلان|إعلانات|مساحة إعلانية)\\W*");

  private static boolean isFragment(Block b) {
    return b.chars < MIN_FRAGMENT_CHARS && !endsSentence(b.text)
        || b.chars < MAX_BYLINE_CHARS && BYLINE.matcher(b.text).find();
  }

  private static boolean endsSentence(String text) {
    int i = text.length() - 1;
    while (i > 0 && "\"'”’»)]*".indexOf(text.charAt(i)) >= 0) {
      i--;
    }
    return ".!?…؟。！？".indexOf(text.charAt(i)) >= 0;
  }

  private static boolean inside(Element e, Element container) {
    for (Element p = e; p != null; p = p.parent()) {
      if (p == container) {
        return true;
      }
    }
    return false;
  }

  private static String key(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (Text.isWordChar(cp)) {
        b.appendCodePoint(Character.toLowerCase(cp));
      }
    }
    return b.toString();
  }

  private static boolean similar(String heading, String title) {
    if (heading.isEmpty() || title.isEmpty()) {
      return false;
    }
    if (heading.equals(title)) {
      return true;
    }
    int shorter = Math.min(heading.length(), title.length());
    int longer = Math.max(heading.length(), title.length());
    return shorter >= 0.7 * longer && (title.contains(heading) || heading.contains(title));
  }

  static int headingLevel(Element e) {
    String t = e.normalName();
    if (t.length() == 2 && t.charAt(0) == 'h' && t.charAt(1) >= '1' && t.charAt(1) <= '6') {
      return t.charAt(1) - '0';
    }
    return 0;
  }
}
