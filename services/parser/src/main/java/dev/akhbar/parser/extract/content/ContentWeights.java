package dev.akhbar.parser.extract.content;

/**
 * Every number the body extraction is tuned with, in one place. Tuned on the development sets as a
 * whole (never per site); see DESIGN.md next to this class.
 *
 * @param goodBlockChars blocks at least this long (characters) count as body text in the weights
 * @param goodMaxLinkDensity ... and, for the boilerplate share, have at most this link density
 * @param emitMaxLinkDensity blocks above this link density are link lines, unless they have {@code
 *     emitMinNonLinkChars} outside links
 * @param emitMinNonLinkChars see {@code emitMaxLinkDensity}
 * @param shortPenalty weight (negative) of a short block's link characters, and of a teaser's
 *     characters, when choosing the container
 * @param shortTextPenalty weight (negative) of a short block's characters outside links
 * @param linkPenalty weight (negative) of link characters in long blocks
 * @param protectShare weak boilerplate holding this share of the body text outside strong
 *     boilerplate is kept: it wraps the article
 * @param protectStrongShare strong boilerplate (comments, footers, sidebars) is taken for a page
 *     wrapper only when it holds this share of all body text (a comment thread may outweigh a short
 *     article) ...
 * @param protectMinBlocks ... in at least this many body blocks
 * @param declaredBodyShare an {@code itemprop="articleBody"} element at least this heavy (share of
 *     the best container's weight) is the container
 * @param teaserMaxChars a teaser card (headline link plus summary) holds at most this much text
 * @param teaserLinkLineChars a headline link line of a card is at least this long ...
 * @param teaserLinkLineDensity ... and has at least this link density
 * @param minFragmentChars short lines without a final stop are trimmed at both ends of the body
 * @param maxBylineChars bylines ("By ...") are shorter than this
 * @param weakBodyShare weak boilerplate whose own text is at least this share body text is kept
 */
public record ContentWeights(
    int goodBlockChars,
    double goodMaxLinkDensity,
    double emitMaxLinkDensity,
    int emitMinNonLinkChars,
    double shortPenalty,
    double shortTextPenalty,
    double linkPenalty,
    double protectShare,
    double protectStrongShare,
    int protectMinBlocks,
    double declaredBodyShare,
    int teaserMaxChars,
    int teaserLinkLineChars,
    double teaserLinkLineDensity,
    int minFragmentChars,
    int maxBylineChars,
    double weakBodyShare) {

  /** The tuned values. */
  public static final ContentWeights DEFAULT =
      new ContentWeights(
          40, 0.3, 0.5, 60, 0.5, 0.25, 0.5, 0.5, 0.8, 3, 0.6, 800, 15, 0.8, 40, 100, 0.8);
}
