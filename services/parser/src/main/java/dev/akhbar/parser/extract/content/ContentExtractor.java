package dev.akhbar.parser.extract.content;

import java.util.List;
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

  private final BoilerplateFilter filter;
  private final ContainerScorer scorer;
  private final TextEmitter emitter;

  public ContentExtractor() {
    this(ContentWeights.DEFAULT);
  }

  public ContentExtractor(ContentWeights weights) {
    this.filter = new BoilerplateFilter(weights);
    this.scorer = new ContainerScorer(weights);
    this.emitter = new TextEmitter(weights);
  }

  /** The main text of {@code doc}; {@code title} is the headline (left out of the text). */
  public Result extract(Document doc, String title) {
    Element body = doc.body();
    if (body == null) {
      return Result.EMPTY;
    }
    List<Block> blocks = analyse(body);
    Element container = scorer.choose(doc, blocks);
    if (container == null) {
      return Result.EMPTY;
    }
    return emitter.emit(blocks, container, title);
  }

  /** The blocks of {@code body}, with boilerplate and teasers marked (for ContentDebug). */
  List<Block> analyse(Element body) {
    List<Block> blocks = BlockCollector.collect(body);
    filter.mark(blocks);
    return blocks;
  }

  /** The container the blocks choose (for ContentDebug). */
  Element container(Document doc, List<Block> blocks) {
    return scorer.choose(doc, blocks);
  }

  /** A block's weight in the container choice (for ContentDebug). */
  double weight(Block b) {
    return scorer.weight(b);
  }
}
