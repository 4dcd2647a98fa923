package dev.akhbar.parser.extract.content;

import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Items of a list article taken for teasers: cards whose headline links to another site (a book, a
 * tool, a trail in a "ten best" list; {@link Block#offSiteCard}). Those in the container chosen
 * with them marked are the article's; when those outside out-weigh the container's body text {@link
 * #LIST_OVER_BODY} times, the page is their list and the container is chosen again without the
 * marks. An aggregator's feed of other sites' stories after a longer article stays out. Cards of
 * any site in the container with body text after them are the article's items too.
 */
final class ListItems {
  /** See the class comment: a short intro over a list, not an article followed by a feed. */
  static final int LIST_OVER_BODY = 3;

  /**
   * Teaser blocks in the container that make a list of the article's items ({@link #container}).
   */
  static final int MIN_CARDS_IN_FLOW = 4;

  private ListItems() {}

  /** The container, with the list items in it no longer teasers. */
  static Element container(
      ContainerScorer scorer, List<Block> blocks, List<Element> declared, ContentWeights w) {
    Element container = scorer.choose(blocks, declared);
    if (outweighs(blocks, container, w)) {
      for (Block b : blocks) {
        b.teaser &= !b.offSiteCard;
      }
      container = scorer.choose(blocks, declared);
    }
    if (container != null) {
      for (Block b : blocks) {
        if (b.offSiteCard && b.inside(container)) {
          b.teaser = false;
        }
      }
      keepCardsInTheFlow(blocks, container, w);
    }
    return container;
  }

  /**
   * Cards in the flow of the article: {@link #MIN_CARDS_IN_FLOW} or more teaser blocks in the
   * container, and body text after them (the items of a "best of" list whose headlines link to the
   * site's own pages, between an intro and a conclusion). Those after the last body paragraph of
   * the container stay teasers (a "related" rail ending the article).
   */
  private static void keepCardsInTheFlow(List<Block> blocks, Element container, ContentWeights w) {
    int lastBody = -1;
    int teasers = 0;
    for (Block b : blocks) {
      boolean body = !b.teaser && !b.excluded && b.good(w);
      if ((b.teaser || body) && b.inside(container)) {
        if (b.teaser) {
          teasers++;
        } else {
          lastBody = b.index;
        }
      }
    }
    if (teasers >= MIN_CARDS_IN_FLOW) {
      for (Block b : blocks) {
        if (b.teaser && b.index < lastBody && b.inside(container)) {
          b.teaser = false;
        }
      }
    }
  }

  private static boolean outweighs(List<Block> blocks, Element container, ContentWeights w) {
    long inside = 0;
    long cards = 0;
    for (Block b : blocks) {
      boolean in = container != null && b.inside(container);
      if (b.offSiteCard && !in) {
        cards += b.chars;
      } else if (in && !b.excluded && !b.teaser && b.good(w)) {
        inside += b.chars;
      }
    }
    return cards > LIST_OVER_BODY * inside;
  }
}
