package dev.akhbar.parser.extract.content;

import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Items of a list article taken for teasers: cards whose headline links to another site (a book, a
 * tool, a trail in a "ten best" list; {@link Block#offSiteCard}). Those in the container chosen
 * with them marked are the article's; when those outside out-weigh the container's body text {@link
 * #LIST_OVER_BODY} times, the page is their list and the container is chosen again without the
 * marks. An aggregator's feed of other sites' stories after a longer article stays out.
 */
final class ListItems {
  /** See the class comment: a short intro over a list, not an article followed by a feed. */
  static final int LIST_OVER_BODY = 3;

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
    }
    return container;
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
