package dev.akhbar.parser.extract.content;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Marks the blocks that are page furniture: blocks inside boilerplate elements ({@link
 * ElementRules}) unless that element holds most of the body text (a class word matched a wrapper of
 * the page), and teaser cards of other stories.
 */
final class BoilerplateFilter {
  private final ContentWeights w;

  /** Index in the per-element counts: 0 undecided, 1 holds the body, 2 does not. */
  private static final int WRAPS = 4;

  BoilerplateFilter(ContentWeights w) {
    this.w = w;
  }

  /** {@code pageHost}: the page's host ({@link Hosts#of}), empty when unknown. */
  void mark(List<Block> blocks, String pageHost) {
    excludeBoilerplate(blocks);
    markTeasers(blocks, pageHost);
  }

  /** Marks blocks inside boilerplate, unless that boilerplate holds most of the body text. */
  void excludeBoilerplate(List<Block> blocks) {
    // Per boilerplate element: good characters, good blocks, all characters, sentences inside,
    // and (WRAPS) whether it holds the body, once decided.
    Map<Element, int[]> goodInside = new IdentityHashMap<>();
    long freeGood = 0;
    long allGood = 0;
    for (Block b : blocks) {
      boolean good = b.good(w);
      if (good) {
        allGood += b.chars;
        freeGood += inStrong(b) ? 0 : b.chars;
      }
      for (Element bp : b.boilerplate) {
        int[] in = goodInside.computeIfAbsent(bp, k -> new int[5]);
        in[2] += b.chars;
        if (good) {
          in[0] += b.chars;
          in[1]++;
          in[3] += prose(b) ? 1 : 0;
        }
      }
    }
    final long outsideAllStrong = freeGood;
    final long pageGood = allGood;
    // Strong boilerplate holds the body only when it has nearly all body text in several blocks:
    // nearly all of its own and that outside any furniture (a menu's or a cookie dialog's prose
    // does not count against a wrapper called "with-sidebar-layout"), and half of the page's.
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
                    return in[1] > 0
                        && in[0] >= w.protectStrongShare() * (in[0] + outsideAllStrong)
                        && in[0] >= w.protectShare() * pageGood
                        && in[1] >= w.protectMinBlocks();
                  });
          inStrong |= !keep;
        }
      }
      if (inStrong) {
        b.excluded = true;
      } else if (b.good(w)) {
        outsideStrong += b.chars;
      }
    }
    SiblingSections alike = new SiblingSections(goodInside);
    // Weak boilerplate holds the body when it has half of the body text outside strong furniture
    // (alone or with its alike siblings: the sections of an article, each named for its layout),
    // or when it is mostly body text itself, at least half of it running prose: page builders wrap
    // every paragraph in a "widget" (a "trending" box of teasers is not prose).
    for (Block b : blocks) {
      if (b.excluded) {
        continue;
      }
      for (int i = 0; i < b.boilerplate.length; i++) {
        if (b.weak[i]) {
          int[] in = goodInside.get(b.boilerplate[i]);
          if (in[WRAPS] == 0) {
            // Decided once per element: the alike siblings are summed only when it fails alone.
            boolean wraps =
                in[1] > 0
                    && (in[0] >= w.protectShare() * outsideStrong
                        || alike.good(b.boilerplate[i]) >= w.protectShare() * outsideStrong);
            in[WRAPS] = wraps ? 1 : 2;
          }
          boolean wrapsBody = in[WRAPS] == 1;
          boolean bodyLike =
              b.wrapper[i] && in[0] >= w.weakBodyShare() * in[2] && in[1] > 0 && 2 * in[3] >= in[1];
          if (!wrapsBody && !bodyLike) {
            b.excluded = true;
            break;
          }
          b.revealed |= !wrapsBody && b.hidden[i];
        }
      }
    }
  }

  /** Whether the block lies in strong furniture ({@link Block#weak} is null when in none). */
  private static boolean inStrong(Block b) {
    if (b.weak == null) {
      return false;
    }
    for (boolean weak : b.weak) {
      if (!weak) {
        return true;
      }
    }
    return false;
  }

  /** Running text: several words ending in a full stop, not a URL or a list of names. */
  private static boolean prose(Block b) {
    int spaces = 0;
    for (int i = 0; i < b.text.length(); i++) {
      if (b.text.charAt(i) == ' ') {
        spaces++;
      }
    }
    return spaces >= 6 && TextEmitter.endsSentence(b.text);
  }

  /**
   * Marks teasers of other pages: a text block whose card (the smallest element around it holding
   * other blocks too) is small, has a link-only line (the headline) and is one of several alike
   * siblings (same tag and class), as in "related", "more stories" or "latest news" lists. Cards
   * whose headline links to another site are noted ({@link Block#offSiteCard}).
   */
  void markTeasers(List<Block> blocks, String pageHost) {
    // Per element: blocks, characters, link lines, index of the first link line.
    Map<Element, int[]> stats = new IdentityHashMap<>();
    for (Block b : blocks) {
      boolean linkLine = linkLine(b);
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
      if (b.excluded || b.heading > 0 || b.linkDensity() >= w.teaserLinkLineDensity()) {
        continue;
      }
      Element card = b.owner;
      int[] st = stats.get(card);
      while (card != null && st[0] < 2) {
        card = card.parent();
        st = card == null ? null : stats.get(card);
      }
      // The headline link comes first; a link after the text is a "see also" line.
      if (card == null || st[1] > w.teaserMaxChars() || st[2] == 0 || st[3] > b.index) {
        continue;
      }
      // The card, or a small element around it, is one of a list of alike items.
      for (Element e = card; e != null; e = e.parent()) {
        int[] es = stats.get(e);
        if (es == null || es[1] > w.teaserMaxChars()) {
          break;
        }
        if (repeated(e, stats)) {
          b.teaser = true;
          // A headline linking to another site: maybe an item of a list article (a book, a tool).
          b.offSiteCard = Hosts.offSite(blocks.get(st[3]).owner, pageHost);
          break;
        }
      }
    }
  }

  private boolean linkLine(Block b) {
    return b.chars >= w.teaserLinkLineChars() && b.linkDensity() >= w.teaserLinkLineDensity();
  }

  /** At least two siblings of the same tag and first class are small cards with a link line too. */
  private boolean repeated(Element e, Map<Element, int[]> stats) {
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
            || st[1] > w.teaserMaxChars()
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

  static String firstClass(Element e) {
    String c = e.attr("class").strip();
    int sp = c.indexOf(' ');
    return sp < 0 ? c : c.substring(0, sp);
  }
}
