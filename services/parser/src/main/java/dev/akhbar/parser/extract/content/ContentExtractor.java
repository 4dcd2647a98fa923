package dev.akhbar.parser.extract.content;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the main text of a page, in four steps (see DESIGN.md next to this class):
 *
 * <ol>
 *   <li>{@link BlockCollector}: one walk over the DOM cuts the visible text into blocks and notes
 *       the boilerplate elements around each ({@link ElementRules});
 *   <li>{@link BoilerplateFilter}: boilerplate is dropped unless it holds most of the page's body
 *       text; teaser cards of other stories are marked;
 *   <li>{@link ContainerScorer}: every ancestor of a block sums the blocks' weights; the container
 *       is the heaviest element;
 *   <li>{@link TextEmitter}: the container's blocks are written out in document order, minus link
 *       lines, the headline and short furniture at both ends.
 * </ol>
 *
 * It knows no site: every rule is about the structure and text of the page. Stateless and
 * thread-safe; the numbers it is tuned with are one {@link ContentWeights}.
 */
public final class ContentExtractor {
  /** The main text of a page. */
  public record Result(
      List<String> paragraphs, int chars, int blocks, double containerLinkDensity) {
    static final Result EMPTY = new Result(List.of(), 0, 0, 1.0);
  }

  private final ContentWeights weights;
  private final BoilerplateFilter filter;
  private final ContainerScorer scorer;
  private final TextEmitter emitter;

  public ContentExtractor() {
    this(ContentWeights.DEFAULT);
  }

  public ContentExtractor(ContentWeights weights) {
    this.weights = weights;
    this.filter = new BoilerplateFilter(weights);
    this.scorer = new ContainerScorer(weights);
    this.emitter = new TextEmitter(weights);
  }

  /** The blocks of a page and the element that holds its article. */
  public static final class Layout {
    final List<Block> blocks;
    final Element container;

    /** The page's host ({@link Hosts#ofPage}), read once for the filter and the emitter. */
    final String pageHost;

    private final int start;
    private final int end;
    private final int textStart;
    private Map<Element, Block> byOwner;

    Layout(List<Block> blocks, Element container, ContentWeights w, String pageHost) {
      this.blocks = blocks;
      this.container = container;
      this.pageHost = pageHost;
      int s = -1;
      int e = -1;
      int t = -1;
      if (container != null) {
        for (Block b : blocks) {
          if (b.inside(container)) {
            s = s < 0 ? b.index : s;
            e = b.index;
            if (t < 0 && !b.excluded && !b.teaser && b.good(w)) {
              t = b.index;
            }
          }
        }
      }
      this.start = s;
      this.end = e;
      this.textStart = t < 0 ? s : t;
    }

    /** Reading position of the first paragraph of body text in the container, or -1. */
    public int textStart() {
      return textStart;
    }

    /** The element holding the article text, or null. */
    public Element container() {
      return container;
    }

    /** Share of link characters in the container's text (1 without a container). */
    public double containerLinkDensity() {
      int chars = 0;
      int links = 0;
      for (int i = Math.max(0, start); i <= end && i < blocks.size(); i++) {
        chars += blocks.get(i).chars;
        links += blocks.get(i).linkChars;
      }
      return chars == 0 ? 1.0 : (double) links / chars;
    }

    /** Reading position of the container's first block, or -1. */
    public int containerStart() {
      return start;
    }

    /** Reading position of the container's last block, or -1. */
    public int containerEnd() {
      return end;
    }

    /** Counts over the whole page: blocks, characters, link characters, teaser blocks. */
    public record Stats(int blocks, int chars, int linkChars, int teasers, int excludedChars) {}

    /** Counts over all blocks of the page. */
    public Stats stats() {
      int chars = 0;
      int links = 0;
      int teasers = 0;
      int excluded = 0;
      for (Block b : blocks) {
        chars += b.chars;
        links += b.linkChars;
        teasers += b.teaser ? 1 : 0;
        excluded += b.excluded ? b.chars : 0;
      }
      return new Stats(blocks.size(), chars, links, teasers, excluded);
    }

    /** The texts of the blocks at reading positions {@code from} to {@code to} (inclusive). */
    public List<String> texts(int from, int to) {
      List<String> out = new java.util.ArrayList<>();
      for (int i = Math.max(0, from); i <= to && i < blocks.size(); i++) {
        out.add(blocks.get(i).text);
      }
      return out;
    }

    /** Reading position (block number) of the first text of {@code e}, or -1 if it has none. */
    public int position(Element e) {
      Block b = firstBlock(e);
      return b == null ? -1 : b.index;
    }

    private Block firstBlock(Element e) {
      if (byOwner == null) {
        byOwner = new IdentityHashMap<>();
        for (Block b : blocks) {
          byOwner.putIfAbsent(b.owner, b);
        }
      }
      Block b = byOwner.get(e);
      if (b != null) {
        return b;
      }
      for (Block x : blocks) {
        if (x.inside(e)) {
          return x;
        }
      }
      // Inline text (a link in a paragraph) is part of the block of its nearest block parent.
      for (Element p = e.parent(); p != null; p = p.parent()) {
        b = byOwner.get(p);
        if (b != null) {
          return b;
        }
      }
      return null;
    }
  }

  /** The main text of {@code doc}; {@code title} is the headline (left out of the text). */
  public Result extract(Document doc, String title) {
    return extract(layout(doc), title);
  }

  /** Blocks, boilerplate and the container of a page: all but the text itself. */
  public Layout layout(Document doc) {
    Element body = doc.body();
    return layout(doc, body == null ? List.of() : declaredBodies(body));
  }

  /**
   * As {@link #layout(Document)}, with the elements of {@code <body>} marked {@code
   * itemprop="articleBody"} (in document order) found by a walk the caller makes anyway.
   */
  public Layout layout(Document doc, List<Element> declaredBodies) {
    Element body = doc.body();
    if (body == null) {
      return new Layout(List.of(), null, weights, "");
    }
    String pageHost = Hosts.ofPage(body);
    List<Block> blocks = analyse(body, pageHost);
    Element container = ListItems.container(scorer, blocks, declaredBodies, weights);
    FurnitureHeadings.mark(blocks, weights);
    return new Layout(blocks, container, weights, pageHost);
  }

  /** The elements of {@code body} (itself included) marked {@code itemprop="articleBody"}. */
  public static List<Element> declaredBodies(Element body) {
    return body.getElementsByAttributeValue("itemprop", "articleBody");
  }

  /** The main text of a page laid out by {@link #layout}; the headline is left out. */
  public Result extract(Layout layout, String title) {
    if (layout.container == null) {
      return Result.EMPTY;
    }
    return emitter.emit(layout.blocks, layout.container, title, layout.pageHost);
  }

  /** The blocks of {@code body}, with boilerplate and teasers marked (for ContentDebug). */
  List<Block> analyse(Element body) {
    return analyse(body, Hosts.ofPage(body));
  }

  private List<Block> analyse(Element body, String pageHost) {
    List<Block> blocks = BlockCollector.collect(body);
    filter.mark(blocks, pageHost);
    return blocks;
  }

  /** The container the blocks choose (for ContentDebug). */
  Element container(Document doc, List<Block> blocks) {
    return ListItems.container(scorer, blocks, declaredBodies(doc.body()), weights);
  }

  /** A block's weight in the container choice (for ContentDebug). */
  double weight(Block b) {
    return scorer.weight(b);
  }
}
