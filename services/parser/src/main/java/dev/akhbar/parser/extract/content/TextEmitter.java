package dev.akhbar.parser.extract.content;

import dev.akhbar.parser.extract.Bylines;
import dev.akhbar.parser.extract.LanguageData;
import dev.akhbar.parser.extract.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Writes out the container's blocks in document order, minus boilerplate and teasers, link lines,
 * headings equal to the headline, markup leaked as text, ad-slot labels, "read also" lines and
 * calls to share or follow ({@link FurnitureLines}) and repeated lines; then trims short
 * non-sentences and bylines at both ends (kickers, datelines, "Top stories") and disclaimers and
 * comment policies at the end.
 */
final class TextEmitter {
  private static final Pattern BYLINE = Bylines.PREFIX;

  /** Labels of ad slots, in the languages we read. */
  private static final Pattern AD_LABEL =
      LanguageData.alternation(TextEmitter.class, "ad-labels.txt", "(?iu)\\W*", "\\W*", 0);

  /** An ad label is a short line. */
  private static final int MAX_AD_LABEL_CHARS = 30;

  private final ContentWeights w;

  TextEmitter(ContentWeights w) {
    this.w = w;
  }

  ContentExtractor.Result emit(
      List<Block> blocks, Element container, String title, String pageHost) {
    String titleKey = title == null ? null : key(title);
    List<Block> kept = new ArrayList<>();
    int total = 0;
    int links = 0;
    for (Block b : blocks) {
      if (!b.inside(container)) {
        continue;
      }
      total += b.chars;
      links += b.linkChars;
      if (b.excluded || b.teaser) {
        continue;
      }
      if (b.text.charAt(0) == '<' && b.text.charAt(b.text.length() - 1) == '>') {
        continue;
      }
      if (b.chars <= MAX_AD_LABEL_CHARS && AD_LABEL.matcher(b.text).matches()) {
        continue;
      }
      if (FurnitureLines.isLine(b.text)) {
        continue;
      }
      if (b.linkDensity() > w.emitMaxLinkDensity()
          && b.chars - b.linkChars < w.emitMinNonLinkChars()
          && !Hosts.offSite(b.owner, pageHost)) {
        continue;
      }
      if (b.heading > 0 && titleKey != null && similar(key(b.text), titleKey)) {
        continue;
      }
      if (!kept.isEmpty() && kept.get(kept.size() - 1).text.equals(b.text)) {
        continue;
      }
      kept.add(b);
    }
    kept = WholeCopies.drop(Copies.drop(kept));
    // Before the first and after the last body paragraph, short non-sentences are page furniture
    // (kicker, dateline, "Top stories", credits).
    int first = 0;
    while (first < kept.size() && isFragment(kept.get(first))) {
      first++;
    }
    int last = kept.size() - 1;
    while (last >= first
        && (isFragment(kept.get(last)) || FurnitureLines.isNotice(kept.get(last).text))) {
      last--;
    }
    List<String> out = new ArrayList<>(kept.size());
    int chars = 0;
    for (int i = first; i <= last; i++) {
      Block b = kept.get(i);
      out.add(b.text);
      chars += b.chars;
    }
    return new ContentExtractor.Result(
        out, chars, out.size(), total == 0 ? 1.0 : (double) links / total);
  }

  private boolean isFragment(Block b) {
    return b.chars < w.minFragmentChars() && !endsSentence(b.text)
        || b.chars < w.maxBylineChars() && BYLINE.matcher(b.text).find();
  }

  static boolean endsSentence(String text) {
    int i = text.length() - 1;
    while (i > 0 && "\"'”’»)]*".indexOf(text.charAt(i)) >= 0) {
      i--;
    }
    return ".!?…؟۔。！？".indexOf(text.charAt(i)) >= 0;
  }

  /** Letters and digits only, lowercase: the form headings are compared with the headline in. */
  static String key(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (Text.isWordChar(cp)) {
        b.appendCodePoint(Character.toLowerCase(cp));
      }
    }
    return b.toString();
  }

  static boolean similar(String heading, String title) {
    if (heading.isEmpty() || title.isEmpty()) {
      return false;
    }
    if (heading.equals(title)) {
      return true;
    }
    int shorter = Math.min(heading.length(), title.length());
    int longer = Math.max(heading.length(), title.length());
    return shorter >= 0.7 * longer && (title.contains(heading) || heading.contains(title));
  }
}
