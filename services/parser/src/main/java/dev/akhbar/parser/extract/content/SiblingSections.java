package dev.akhbar.parser.extract.content;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * The body text of a furniture element together with its alike siblings (same tag and class): an
 * article cut into sections, each named for the grid column it sits in ({@code
 * toc-content-sidebar}), holds the body only all together. Sums are made once per parent and class.
 */
final class SiblingSections {
  private final Map<Element, int[]> goodInside;
  private final Map<Element, Map<String, Long>> byParent = new IdentityHashMap<>();

  /** {@code goodInside}: per furniture element, its body-text characters first. */
  SiblingSections(Map<Element, int[]> goodInside) {
    this.goodInside = goodInside;
  }

  /** Body-text characters of {@code e} and its siblings of the same tag and class. */
  long good(Element e) {
    Element parent = e.parent();
    String cls = e.className();
    if (parent == null || cls.isEmpty()) {
      return goodInside.get(e)[0];
    }
    return byParent
        .computeIfAbsent(parent, k -> new HashMap<>())
        .computeIfAbsent(e.normalName() + "." + cls, k -> sum(parent, e.normalName(), cls));
  }

  private long sum(Element parent, String tag, String cls) {
    long sum = 0;
    for (Element sibling : parent.children()) {
      int[] in = goodInside.get(sibling);
      if (in != null && sibling.normalName().equals(tag) && sibling.className().equals(cls)) {
        sum += in[0];
      }
    }
    return sum;
  }
}
