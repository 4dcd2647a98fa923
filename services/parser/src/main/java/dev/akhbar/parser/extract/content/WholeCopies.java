package dev.akhbar.parser.extract.content;

import java.util.ArrayList;
import java.util.List;

/**
 * A whole copy of the article in one block: a machine-readable copy (Markdown in a {@code <pre>},
 * for readers and crawlers) after the article itself. The longest block, of {@link #MIN_CHARS} or
 * more, is left out when it holds the openings of {@link #MIN_OPENINGS} of the first {@link
 * #PARAGRAPHS} paragraphs before it of {@link Copies#LONG} to {@link #MIN_CHARS} characters, while
 * the other blocks hold half as much text as it does. Variants of one long text (the regional terms
 * of an offer, each a long paragraph opening alike) are not copies of one another.
 */
final class WholeCopies {
  static final int MIN_CHARS = 1000;
  static final int PARAGRAPHS = 10;
  static final int MIN_OPENINGS = 3;

  /** The opening of a paragraph looked for in the copy. */
  static final int OPENING = 32;

  private WholeCopies() {}

  /** {@code blocks} without a block that copies the others whole. */
  static List<Block> drop(List<Block> blocks) {
    int total = 0;
    Block longest = null;
    for (Block b : blocks) {
      total += b.chars;
      if (b.chars >= MIN_CHARS && (longest == null || b.chars > longest.chars)) {
        longest = b;
      }
    }
    if (longest == null
        || 2 * (total - longest.chars) < longest.chars
        || !copies(longest, blocks)) {
      return blocks;
    }
    List<Block> out = new ArrayList<>(blocks);
    out.remove(longest);
    return out;
  }

  private static boolean copies(Block copy, List<Block> blocks) {
    int tried = 0;
    int found = 0;
    for (Block b : blocks) {
      if (b == copy) {
        // The copy follows the article.
        return false;
      }
      if (b.chars < Copies.LONG || b.chars >= MIN_CHARS) {
        continue;
      }
      if (copy.text.contains(b.text.substring(0, OPENING)) && ++found >= MIN_OPENINGS) {
        return true;
      }
      if (++tried >= PARAGRAPHS) {
        return false;
      }
    }
    return false;
  }
}
