package dev.akhbar.parser.extract.content;

import dev.akhbar.parser.extract.LanguageData;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Sections of furniture opened by a heading that says so ("Related articles", "About the author",
 * "Sign up for our newsletter", in the languages of furniture-headings.txt): the heading and the
 * blocks after it, up to the next heading of the same or a higher level, are furniture. Component
 * frameworks name their elements by utility classes ("mt-8 text-xl") or hashes ("css-1k075w5"), so
 * no class word tells these sections; their headings do. Those frameworks also set headings as a
 * bold line ({@code <p class="text-2xl font-bold">Popular posts</p>}): such a line opens a section
 * that ends at the next heading of any level.
 */
final class FurnitureHeadings {
  private static final List<String> FRAGMENTS =
      LanguageData.lines(FurnitureHeadings.class, "furniture-headings.txt");

  /**
   * The headings in the Arabic script and the others, apart: a heading can only match the phrases
   * of its own script, and every heading of a page is tried.
   */
  private static final Pattern RTL_HEADING =
      pattern(FRAGMENTS.stream().filter(FurnitureLines::rightToLeft).toList());

  private static final Pattern OTHER_HEADING =
      pattern(FRAGMENTS.stream().filter(f -> !FurnitureLines.rightToLeft(f)).toList());

  /** A furniture heading is short. */
  static final int MAX_CHARS = 60;

  private FurnitureHeadings() {}

  /**
   * Marks the blocks of sections opened by a furniture heading as excluded: the heading and the
   * blocks after it inside the heading's section (the smallest element around it holding the next
   * block), up to the next heading of the same or a higher level; only when the heading opens its
   * section (a heading in the flow of the text may be followed by more of it), and not when the
   * section holds most of the page's body text (the heading's words are then the article's).
   */
  static void mark(List<Block> blocks, ContentWeights w) {
    long pageGood = 0;
    for (Block b : blocks) {
      pageGood += b.good(w) ? b.chars : 0;
    }
    for (int i = 0; i + 1 < blocks.size(); i++) {
      Block h = blocks.get(i);
      if (h.chars > MAX_CHARS) {
        continue;
      }
      int level = h.heading > 0 ? h.heading : styledHeading(h) ? STYLED_LEVEL : 0;
      if (level == 0 || !isFurniture(h.text)) {
        continue;
      }
      Block next = blocks.get(i + 1);
      Element section = h.owner.parent();
      while (section != null && !next.inside(section)) {
        section = section.parent();
      }
      if (i > 0 && blocks.get(i - 1).inside(section)) {
        // The heading is not the first line of its section: it sits in the flow of the text.
        continue;
      }
      int end = i + 1;
      long good = 0;
      while (end < blocks.size()
          && blocks.get(end).inside(section)
          && (blocks.get(end).heading == 0 || blocks.get(end).heading > level)) {
        good += blocks.get(end).good(w) ? blocks.get(end).chars : 0;
        end++;
      }
      if (2 * good > pageGood) {
        continue;
      }
      for (int j = i; j < end; j++) {
        blocks.get(j).excluded = true;
      }
      i = end - 1;
    }
  }

  /** A line set as a heading by utility classes: its section ends at the next real heading. */
  static final int STYLED_LEVEL = 7;

  /** A short line whose own class makes it bold ("text-2xl font-bold"), as headings are. */
  private static boolean styledHeading(Block b) {
    String cls = b.owner.className();
    return cls.indexOf("font-bold") >= 0 || cls.indexOf("font-semibold") >= 0;
  }

  private static boolean isFurniture(String heading) {
    Pattern p = FurnitureLines.rightToLeft(heading) ? RTL_HEADING : OTHER_HEADING;
    return p.matcher(heading).matches();
  }

  private static Pattern pattern(List<String> fragments) {
    return Pattern.compile(
        "(?iu)[\\p{Punct}\\p{IsPunctuation}\\s]*(?:"
            + String.join("|", fragments)
            + ")[\\p{Punct}\\p{IsPunctuation}\\s]*");
  }
}
