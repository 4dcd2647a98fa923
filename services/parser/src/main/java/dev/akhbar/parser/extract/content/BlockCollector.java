package dev.akhbar.parser.extract.content;

import dev.akhbar.parser.extract.Text;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * One walk over the DOM that cuts the visible text into {@link Block}s: the text between two
 * block-level boundaries. Table cells are inline (a row is one block); scripts, media, form
 * controls and invisible inline text are skipped. Notes per block its link characters and the
 * boilerplate elements around it ({@link ElementRules}).
 */
final class BlockCollector implements NodeFilter {
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

  private static final Element[] NONE = new Element[0];

  private final List<Block> blocks = new ArrayList<>();
  private final StringBuilder buf = new StringBuilder();
  private final List<Element> owners = new ArrayList<>();
  private final List<Element> boilerplate = new ArrayList<>();
  private final Map<Element, Integer> weak = new IdentityHashMap<>();
  private final ElementRules.Memo memo = new ElementRules.Memo();
  private int linkDepth;
  private int linkChars;

  private BlockCollector() {}

  /** The blocks of {@code root}, in document order, indexed. */
  static List<Block> collect(Element root) {
    BlockCollector c = new BlockCollector();
    NodeTraversor.filter(c, root);
    c.flush(root);
    for (int i = 0; i < c.blocks.size(); i++) {
      c.blocks.get(i).index = i;
    }
    return c.blocks;
  }

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
    if (SKIP.contains(tag) || !BLOCK.contains(tag) && ElementRules.invisibleInline(e, memo)) {
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
      int strength = ElementRules.boilerplate(e, tag, memo);
      if (strength > ElementRules.CONTENT) {
        boilerplate.add(e);
        if (strength != ElementRules.STRONG) {
          weak.put(e, strength);
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

  private void flush(Element owner) {
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
    boolean[] weakAround = null;
    boolean[] wrapperAround = null;
    boolean[] hiddenAround = null;
    if (!boilerplate.isEmpty()) {
      around = boilerplate.toArray(NONE);
      weakAround = new boolean[around.length];
      wrapperAround = new boolean[around.length];
      hiddenAround = new boolean[around.length];
      for (int i = 0; i < around.length; i++) {
        Integer strength = weak.get(around[i]);
        weakAround[i] = strength != null;
        wrapperAround[i] =
            strength != null
                && (strength == ElementRules.WRAPPER || strength == ElementRules.HIDDEN);
        hiddenAround[i] = strength != null && strength == ElementRules.HIDDEN;
      }
    }
    blocks.add(
        new Block(owner, text, scaledLinks, around, weakAround, wrapperAround, hiddenAround));
  }

  /** The characters that are not {@code Character.isWhitespace}: none between 127 and U+1680. */
  static int nonSpace(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 128 ? !Character.isWhitespace(c) : c < '\u1680' || !Character.isWhitespace(c)) {
        n++;
      }
    }
    return n;
  }
}
