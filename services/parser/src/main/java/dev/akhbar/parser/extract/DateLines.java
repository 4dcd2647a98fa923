package dev.akhbar.parser.extract;

import dev.akhbar.parser.extract.dates.DateParser;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line of the page that may show a date ("Published Dec 2 · Updated Dec 12", "By Jane DoeMar 5,
 * 2025"), as the byline area ({@link BylineAreaDates}), the lines apart from it ({@link
 * ApartDateLines}) and dated bylines ({@link DatedBylines}) read it: its labels ({@code
 * date-labels.txt}), whether it names a full date, its words run together.
 */
final class DateLines {
  private DateLines() {}

  static final Pattern PUBLISHED_WORD;
  static final Pattern UPDATED_WORD;

  static {
    String published = "";
    String updated = "";
    for (String line : LanguageData.lines(DateLines.class, "date-labels.txt")) {
      int colon = line.indexOf(':');
      List<String> labels = new ArrayList<>();
      for (String label : line.substring(colon + 1).strip().split("\\s*,\\s*")) {
        // Arabic labels also with diacritics and hamza forms ("نُشر", "آخر تحديث").
        labels.add(Text.foldPattern(label));
      }
      String words = String.join("|", labels);
      if (line.startsWith("published")) {
        published = words;
      } else {
        updated = words;
      }
    }
    PUBLISHED_WORD = Pattern.compile("(?iu)(?<![\\p{L}])(?:" + published + ")(?![\\p{L}])");
    UPDATED_WORD = Pattern.compile("(?iu)(?<![\\p{L}])(?:" + updated + ")(?![\\p{L}])");
  }

  /**
   * A date line of the byline area names a full date: a year (Gregorian, or Hijri: "17 شعبان 1446
   * هـ"), or a numeric day/month/year. Lines without one ("today", "April 12") are too often
   * something else to be taken as the date.
   */
  static final Pattern FULL_DATE =
      Pattern.compile("(?<!\\d)(?:19|20|14)\\d{2}(?!\\d)|\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2}(?!\\d)");

  /** Short texts only: a date line is not a paragraph. */
  static final int MAX_DATE_LINE_CHARS = 100;

  static final Pattern NUMERIC_DATE = Pattern.compile("\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{2,4}");

  /**
   * A space where inline elements were written without one and words run together ("Jane DoeMar 5,
   * 2025", "HealthDECEMBER 22, 2022Updated: ..."): between a lowercase and an uppercase letter, and
   * between a digit and a letter.
   */
  static String unglue(String text) {
    StringBuilder out = null;
    for (int i = 1; i < text.length(); i++) {
      char a = text.charAt(i - 1);
      char b = text.charAt(i);
      boolean glued =
          Character.isLowerCase(a) && Character.isUpperCase(b)
              || Character.isDigit(a) && Character.isLetter(b)
              || Character.isLetter(a) && Character.isDigit(b);
      if (glued) {
        if (out == null) {
          out = new StringBuilder(text.length() + 8).append(text, 0, i);
        }
        out.append(' ');
      }
      if (out != null) {
        out.append(b);
      }
    }
    return out == null ? text : out.toString();
  }

  /**
   * The part of a date line that gives the publication ("Published Dec 2 · Updated Dec 12" ->
   * "Published Dec 2"); null when the line only gives an update.
   */
  static String publishedPart(String text) {
    Matcher u = UPDATED_WORD.matcher(text);
    if (!u.find()) {
      return text;
    }
    Matcher p = PUBLISHED_WORD.matcher(text);
    if (p.find()) {
      return p.start() < u.start() ? text.substring(0, u.start()) : text.substring(p.start());
    }
    return u.start() > 0 && parsesAsDate(text.substring(0, u.start()))
        ? text.substring(0, u.start())
        : null;
  }

  private static boolean parsesAsDate(String s) {
    return DateParser.parse(s, Instant.EPOCH, ZoneOffset.UTC).isPresent();
  }
}
