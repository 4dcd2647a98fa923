package dev.akhbar.parser.extract;

import dev.akhbar.parser.extract.PublicationDates.Found;
import dev.akhbar.parser.extract.content.ContentExtractor;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;

/**
 * The date the byline area shows: the blocks between the headline and the first paragraph (and a
 * few after it), read line by line ({@link DateLines}); a date right under the headline before the
 * lines above it.
 */
final class BylineAreaDates {
  private BylineAreaDates() {}

  /** How far before the first paragraph (in blocks) the byline area reaches, and after it. */
  private static final int AREA_BEFORE_BLOCKS = 40;

  private static final int AREA_AFTER_BLOCKS = 3;

  /**
   * How many blocks right after the headline are its byline: a date there wins over the date lines
   * above the headline (today's date in a site header, teasers of other stories).
   */
  private static final int BYLINE_BLOCKS = 3;

  /** How far after the first paragraph a date line is still looked for when none came before. */
  private static final int AREA_LATE_BLOCKS = 8;

  /**
   * A date of the byline area; {@code update} when its line only gives a change, {@code lead} when
   * it was found before the body had gone {@value #AREA_AFTER_BLOCKS} blocks on.
   */
  record Shown(Found found, boolean update, boolean lead) {}

  /**
   * The first publication date the byline area shows; an "Updated" date only without one. Without
   * either, a date line written out with a month name a little further into the body (a byline
   * placed after the lead paragraphs, or a first paragraph taken for the lead).
   */
  static Shown find(ContentExtractor.Layout layout, String title, Instant ref, boolean monthFirst) {
    if (layout == null || layout.container() == null) {
      return null;
    }
    int start = layout.textStart();
    List<String> area = layout.texts(start - AREA_BEFORE_BLOCKS, start + AREA_AFTER_BLOCKS);
    int headline = lastIndexOf(area, title);
    Shown near =
        headline < 0
            ? null
            : firstDate(
                area.subList(headline + 1, Math.min(area.size(), headline + 1 + BYLINE_BLOCKS)),
                ref,
                monthFirst,
                true);
    if (near == null) {
      near = firstDate(area, ref, monthFirst, true);
    }
    if (near != null) {
      return near;
    }
    return firstDate(
        layout.texts(start + AREA_AFTER_BLOCKS + 1, start + AREA_LATE_BLOCKS),
        ref,
        monthFirst,
        false);
  }

  /** The last block of {@code texts} that is the headline {@code title} (case aside), or -1. */
  private static int lastIndexOf(List<String> texts, String title) {
    if (title != null) {
      for (int i = texts.size() - 1; i >= 0; i--) {
        if (texts.get(i).equalsIgnoreCase(title)) {
          return i;
        }
      }
    }
    return -1;
  }

  private static Shown firstDate(
      List<String> texts, Instant ref, boolean monthFirst, boolean lead) {
    Found updated = null;
    for (String text : texts) {
      if (text.length() > DateLines.MAX_DATE_LINE_CHARS) {
        continue;
      }
      String digits = Text.asciiDigits(text);
      Matcher full = DateLines.FULL_DATE.matcher(digits);
      // In the body, numeric dates are table cells and list items more often than bylines.
      if (!full.find() || !lead && DateLines.NUMERIC_DATE.matcher(digits).find()) {
        continue;
      }
      String spaced = DateLines.unglue(text);
      String line = DateLines.publishedPart(spaced);
      boolean isUpdate = line == null;
      Found f = PublicationDates.parse(isUpdate ? spaced : line, ref, monthFirst, true);
      if (f == null) {
        continue;
      }
      if (!isUpdate) {
        return new Shown(f, false, lead);
      }
      if (updated == null) {
        updated = f;
      }
    }
    return updated == null ? null : new Shown(updated, true, lead);
  }
}
