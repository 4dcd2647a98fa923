package dev.akhbar.parser.extract;

import dev.akhbar.parser.extract.content.ContentExtractor;
import dev.akhbar.parser.extract.dates.DateParser;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A byline without a mark or a byline word: one short line just before the article text that gives
 * a date and a name side by side, split by a separator ("2025-12-17 · Trond Teigen", "Aaron
 * Ricadela | Senior Writer | July 2, 2025", "Dec 26, 2025 • Mahua Das in Project Management"). Read
 * only when the page neither declares nor marks an author.
 */
final class DatedBylines {
  private DatedBylines() {}

  /** How far before the first paragraph (in blocks) the line may be, and after it. */
  private static final int AREA_BEFORE_BLOCKS = 12;

  private static final int AREA_AFTER_BLOCKS = 1;

  /** A byline line is short. */
  private static final int MAX_LINE_CHARS = 100;

  private static final Pattern SEPARATOR = Pattern.compile("\\s+[|•·—–]\\s+");

  private static final int MIN_NAME_WORDS = 2;

  private static final int MAX_NAME_WORDS = 4;

  /** The name of the first such line, or none. */
  static List<String> find(
      ContentExtractor.Layout layout, List<String> notNames, List<String> siteKeys) {
    if (layout == null || layout.container() == null) {
      return List.of();
    }
    int start = layout.textStart();
    for (String text : layout.texts(start - AREA_BEFORE_BLOCKS, start + AREA_AFTER_BLOCKS)) {
      if (text.length() > MAX_LINE_CHARS || !hasDigit(text)) {
        continue;
      }
      String[] parts = SEPARATOR.split(DateLines.unglue(text).strip());
      if (parts.length < 2) {
        continue;
      }
      String name = null;
      if (date(parts[0])) {
        name = parts[1];
      } else if (date(parts[parts.length - 1])) {
        name = parts[0];
      }
      List<String> names = name == null ? List.of() : BylineNames.names(name, false);
      if (names.size() == 1
          && person(names.get(0), notNames)
          && !SiteNames.isSite(names.get(0), siteKeys)) {
        return names;
      }
    }
    return List.of();
  }

  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean date(String s) {
    return hasDigit(s) && DateParser.parse(s, Instant.EPOCH, ZoneOffset.UTC).isPresent();
  }

  /** Two to four capitalized words that are not the site, the section or a tag. */
  private static boolean person(String name, List<String> notNames) {
    int words = Text.wordCount(name);
    if (words < MIN_NAME_WORDS || words > MAX_NAME_WORDS || hasDigit(name)) {
      return false;
    }
    String key = TitleChooser.key(name);
    for (String n : notNames) {
      if (n != null && TitleChooser.key(n).equals(key)) {
        return false;
      }
    }
    return true;
  }
}
