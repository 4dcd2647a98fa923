package dev.akhbar.parser.extract;

import dev.akhbar.parser.extract.PublicationDates.Found;
import dev.akhbar.parser.extract.content.ContentExtractor;
import java.time.Instant;
import java.util.regex.Pattern;

/** The last resort of {@link PublicationDates}: a date line away from the byline area. */
final class ApartDateLines {
  private ApartDateLines() {}

  /** What stands beside a date alone on its line: a reading time, a category ("· 8 min read"). */
  private static final Pattern BESIDE_DATE = Pattern.compile("\\s*[·•|]\\s*");

  /** A date alone on its line is short: "September 28, 2025", "12.12.2025". */
  private static final int MAX_BARE_DATE_CHARS = 20;

  /**
   * A date line shown apart from the byline area, for pages that neither declare a date nor show
   * one before the text: anywhere on the page, the first line that says it gives the publication
   * ("Posted on the 15/12/2025 at 19:00 by ...", "Post time: 01-04-2024", at the end of the story);
   * else the first that gives the last change ("Last updated: November 13, 2025"); else the first
   * date alone on its line, written with a month name, after the first paragraph ("October 16, 2020
   * · 8 min read").
   */
  static Found find(ContentExtractor.Layout layout, Instant ref, boolean monthFirst) {
    if (layout == null) {
      return null;
    }
    Found updated = null;
    Found bare = null;
    int at = 0;
    int start = layout.textStart();
    for (String text : layout.texts(0, Integer.MAX_VALUE)) {
      at++;
      if (text.length() > DateLines.MAX_DATE_LINE_CHARS) {
        continue;
      }
      String digits = Text.asciiDigits(text);
      if (!DateLines.FULL_DATE.matcher(digits).find()) {
        continue;
      }
      String spaced = DateLines.unglue(text);
      if (DateLines.PUBLISHED_WORD.matcher(spaced).find()) {
        String line = DateLines.publishedPart(spaced);
        Found f = line == null ? null : PublicationDates.parse(line, ref, monthFirst, true);
        if (f != null) {
          return f;
        }
      }
      if (updated == null && DateLines.UPDATED_WORD.matcher(spaced).find()) {
        updated = PublicationDates.parse(spaced, ref, monthFirst, true);
      } else if (bare == null && at > start && !DateLines.NUMERIC_DATE.matcher(digits).find()) {
        // Written with a month name: numeric dates in and around the story are table cells.
        String first = BESIDE_DATE.split(spaced.strip(), 2)[0];
        if (first.length() <= MAX_BARE_DATE_CHARS) {
          bare = PublicationDates.parse(first, ref, monthFirst, true);
        }
      }
    }
    return updated != null ? updated : bare;
  }
}
