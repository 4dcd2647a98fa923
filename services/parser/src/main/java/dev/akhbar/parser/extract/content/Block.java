package dev.akhbar.parser.extract.content;

import org.jsoup.nodes.Element;

/**
 * The visible text between two block-level boundaries of the page, with its link characters, its
 * heading level and the boilerplate elements around it (outermost first).
 */
final class Block {
  final Element owner;
  final String text;
  final int chars;
  final int linkChars;
  final int heading;
  final Element[] boilerplate;

  /** Per element of {@link #boilerplate}: whether it is weak boilerplate; null when none. */
  final boolean[] weak;

  /**
   * ... and whether it is kept when its own text is mostly body text: weak by a page-builder
   * wrapper word ({@link ElementRules#WRAPPER}) or hidden ({@link ElementRules#HIDDEN}).
   */
  final boolean[] wrapper;

  /**
   * ... and whether it is hidden until opened or moved into place ({@link ElementRules#HIDDEN}).
   */
  final boolean[] hidden;

  boolean excluded;
  boolean teaser;

  /**
   * Body text kept from a hidden element (a collapsed answer): written out when it lies in the
   * container, but it does not choose the container (hidden text is not what the reader sees
   * first).
   */
  boolean revealed;

  /**
   * A teaser whose card's headline links to another site: an item of a list article (a book, a
   * tool, a place) when the card lies in the container chosen without it, else a teaser of an
   * aggregator's feed.
   */
  boolean offSiteCard;

  int index;

  Block(
      Element owner,
      String text,
      int linkChars,
      Element[] boilerplate,
      boolean[] weak,
      boolean[] wrapper,
      boolean[] hidden) {
    this.owner = owner;
    this.text = text;
    this.chars = text.length();
    this.linkChars = Math.min(linkChars, chars);
    this.heading = headingLevel(owner);
    this.boilerplate = boilerplate;
    this.weak = weak;
    this.wrapper = wrapper;
    this.hidden = hidden;
  }

  double linkDensity() {
    return chars == 0 ? 0 : (double) linkChars / chars;
  }

  /** Body text: not a heading, long enough, few links. */
  boolean good(ContentWeights w) {
    return heading == 0 && chars >= w.goodBlockChars() && linkDensity() <= w.goodMaxLinkDensity();
  }

  boolean inside(Element container) {
    return Block.inside(owner, container);
  }

  static boolean inside(Element e, Element container) {
    for (Element p = e; p != null; p = p.parent()) {
      if (p == container) {
        return true;
      }
    }
    return false;
  }

  static int headingLevel(Element e) {
    return headingLevel(e.normalName());
  }

  /** 1-6 for {@code h1}-{@code h6}, else 0. */
  static int headingLevel(String t) {
    if (t.length() == 2 && t.charAt(0) == 'h' && t.charAt(1) >= '1' && t.charAt(1) <= '6') {
      return t.charAt(1) - '0';
    }
    return 0;
  }
}
