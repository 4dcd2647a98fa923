package dev.akhbar.parser.extract;

import java.util.List;
import java.util.regex.Pattern;

/** Author names as pages write them: byline prefixes, lists of names, profile URLs. */
final class Authors {
  private static final Pattern LIST_SPLIT =
      Pattern.compile("\\s*(?:,|،|;|&|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\bve\\b)\\s*");
  private static final Pattern BYLINE_PREFIX =
      Pattern.compile(
          "^(?i)(?:by|written by|von|par|por|yazan|بقلم|كتب|كتبت|إعداد|اعداد)\\s*[:：]?\\s+");
  private static final Pattern URLISH =
      Pattern.compile("^(?:https?:)?//|^www\\.|\\.(?:com|org|net)/");

  /** Longest author name kept. */
  private static final int MAX_NAME_CHARS = 80;

  private Authors() {}

  static boolean urlish(String s) {
    return URLISH.matcher(s).find();
  }

  /** "By Jane Doe" -> "Jane Doe". */
  static String stripByline(String s) {
    return BYLINE_PREFIX.matcher(s.strip()).replaceFirst("").strip();
  }

  /** Adds every name of a byline ("By Jane Doe and John Roe") that is not a URL. */
  static void addByline(List<String> authors, String byline) {
    if (!urlish(byline)) {
      for (String part : LIST_SPLIT.split(stripByline(byline))) {
        add(authors, part);
      }
    }
  }

  /** Adds one name unless it is blank, too long, a URL or already there (ignoring case). */
  static void add(List<String> authors, String name) {
    String n = Text.clean(name);
    if (n == null || n.length() < 2 || n.length() > MAX_NAME_CHARS || urlish(n)) {
      return;
    }
    for (String a : authors) {
      if (a.equalsIgnoreCase(n)) {
        return;
      }
    }
    authors.add(n);
  }
}
