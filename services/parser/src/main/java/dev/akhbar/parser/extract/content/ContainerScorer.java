package dev.akhbar.parser.extract.content;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Chooses the element that holds the article: every ancestor of a block sums the blocks' weights
 * (body text counts, links and short furniture cost); the heaviest element wins (the deeper one on
 * a tie), unless the page marks one element as the article body and it weighs nearly as much.
 */
final class ContainerScorer {
  private final ContentWeights w;

  ContainerScorer(ContentWeights w) {
    this.w = w;
  }

  /** What a block adds to the containers around it: body text counts, links and short bits cost. */
  double weight(Block b) {
    if (b.heading > 0) {
      return 0;
    }
    if (b.teaser) {
      return -w.shortPenalty() * b.chars;
    }
    if (b.chars >= w.goodBlockChars()) {
      return (b.chars - b.linkChars) - w.linkPenalty() * b.linkChars;
    }
    return -w.shortPenalty() * b.linkChars - w.shortTextPenalty() * (b.chars - b.linkChars);
  }

  /** The container: the heaviest element, or the declared body; null when no block has text. */
  Element choose(List<Block> blocks, List<Element> declaredBodies) {
    Element best = heaviest(blocks);
    Element declared = declaredBody(declaredBodies, blocks, best);
    return declared != null ? declared : best;
  }

  /** The element whose blocks weigh most (the deeper one on a tie). */
  Element heaviest(List<Block> blocks) {
    Map<Element, double[]> mass = new IdentityHashMap<>();
    for (Block b : blocks) {
      if (b.excluded || b.revealed) {
        continue;
      }
      double weight = weight(b);
      boolean positive = weight > 0;
      for (Element e = b.owner; e != null; e = e.parent()) {
        double[] m = mass.computeIfAbsent(e, k -> new double[2]);
        m[0] += weight;
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

  /**
   * The element the page marks as the article body (microdata {@code itemprop="articleBody"}), when
   * there is exactly one and it holds most of the text the scoring found. {@code marked}: the
   * elements of {@code <body>} with that itemprop ({@link ContentExtractor#declaredBodies}).
   */
  Element declaredBody(List<Element> marked, List<Block> blocks, Element best) {
    if (best == null) {
      return null;
    }
    if (marked.size() != 1) {
      return null;
    }
    Element declared = marked.get(0);
    if (declared == best) {
      return null;
    }
    double declaredWeight = 0;
    double bestWeight = 0;
    for (Block b : blocks) {
      if (b.excluded || b.revealed) {
        continue;
      }
      double weight = weight(b);
      if (b.inside(declared)) {
        declaredWeight += weight;
      }
      if (b.inside(best)) {
        bestWeight += weight;
      }
    }
    return declaredWeight > 0 && declaredWeight >= w.declaredBodyShare() * bestWeight
        ? declared
        : null;
  }

  private static int depth(Element e) {
    int d = 0;
    for (Element p = e.parent(); p != null; p = p.parent()) {
      d++;
    }
    return d;
  }
}
