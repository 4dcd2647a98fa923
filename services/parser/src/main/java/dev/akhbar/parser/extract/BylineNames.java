package dev.akhbar.parser.extract;

import dev.akhbar.parser.extract.dates.DateParser;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names in a byline or a declared author: byline prefix and credits dropped, cut before dates,
 * split on "and", roles and credentials left out, kept when they look like names.
 */
final class BylineNames {
  /** byline-date-words.txt: key -> its words as a regex alternation. */
  private static final Map<String, String> DATE_WORDS = dateWords();

  /**
   * Where a byline stops: a word of byline-stops.txt, dates (the words of byline-date-words.txt),
   * times, numbers, separators.
   */
  private static final Pattern BYLINE_END =
      Pattern.compile(
          "(?iu)\\s+[|•·—–]\\s*|\\s+-\\s+|\\s*\\n|[\\s,]*(?<![\\p{L}])(?:"
              + String.join("|", LanguageData.lines(Bylines.class, "byline-stops.txt"))
              + ")(?![\\p{L}])"
              + "|\\s+(?:"
              + DATE_WORDS.get("before-date")
              + ")\\s+(?=\\d|"
              + DATE_WORDS.get("months")
              + ")|\\s(?:"
              + DATE_WORDS.get("after-name")
              + ")\\s|\\b\\d{1,2}(?:st|nd|rd|th)\\b"
              + "|\\b(?:"
              + DATE_WORDS.get("weekdays")
              + "|(?:"
              + DATE_WORDS.get("weekday-abbreviations")
              + ")[.,])"
              + "|\\b\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}"
              + "|\\b(?:"
              + DATE_WORDS.get("months")
              + ")[a-z]*\\.?\\s+\\d{1,2}\\b"
              + "|\\b\\d{1,2}\\s+(?:"
              + DATE_WORDS.get("months")
              + ")[a-z]*\\b"
              + "|\\b\\d{4}\\b"
              // A number after a space: names have none ("محمد علي 16 فبراير", "Jane Doe 3 hours
              // ago", "Hans Müller 3. März").
              + "|\\s+\\p{Nd}");

  private static Map<String, String> dateWords() {
    Map<String, String> out = new HashMap<>();
    for (String line : LanguageData.lines(BylineNames.class, "byline-date-words.txt")) {
      int colon = line.indexOf(':');
      out.put(
          line.substring(0, colon).strip(),
          String.join("|", line.substring(colon + 1).strip().split("\\s*,\\s*")));
    }
    return out;
  }

  /** Between two names: commas, "and" and its translations. */
  private static final Pattern NAME_SPLIT =
      Pattern.compile("\\s*(?:,|،|;|&|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\sو\\s)\\s*");

  /** Words that are never a name in a byline. */
  private static final Pattern NOT_A_NAME =
      Pattern.compile(
          "(?iu)^(?:by|share|follow|view (?:all|more) posts?|more|anonymous|admin|administrator"
              + "|name|author|authors|editor|staff|contact|email|twitter|facebook|linkedin"
              + "|see all|read more|learn more|full bio|bio|about|about the author|comments?|\\d.*)$");

  private BylineNames() {}

  /** The names of an author a page declares (meta tags, JSON-LD): roles run in are kept. */
  static List<String> declaredNames(String written) {
    return names(written, true, false);
  }

  static List<String> names(String byline, boolean marked) {
    return names(byline, marked, true);
  }

  /** The names of a byline: prefix dropped, cut before dates and separators, split on "and". */
  private static List<String> names(String byline, boolean marked, boolean cutRoles) {
    String s = byline.strip();
    if (CREDIT.matcher(s).find()) {
      return List.of();
    }
    for (int i = 0; i < 2; i++) {
      Matcher m = Bylines.PREFIX.matcher(s + " ");
      if (m.find()) {
        s = s.substring(Math.min(m.end(), s.length())).strip();
      }
    }
    s = dropLeadingDate(s);
    s = dropInitials(s);
    if (marked) {
      // "Read more posts by Jane Doe", "Articles by Jane Doe"
      Matcher m = LEADING_BY.matcher(s);
      if (m.find() && !creditLine(s.substring(0, m.end()))) {
        s = s.substring(m.end()).strip();
      }
    }
    Matcher end = BYLINE_END.matcher(s);
    if (end.find()) {
      s = s.substring(0, end.start()).strip();
    }
    List<String> out = new ArrayList<>();
    List<String> parts = new ArrayList<>();
    for (String part : NAME_SPLIT.split(s)) {
      parts.addAll(AttachedAnd.split(part));
    }
    for (String part : parts) {
      String n = Text.clean(part);
      if (n == null) {
        continue;
      }
      if (!out.isEmpty() && notAnotherName(out.get(0), n)) {
        continue;
      }
      if (NOT_A_NAME.matcher(n).matches()) {
        // "About the Author": not a name, also before its role word is cut.
        return out;
      }
      n = cutRoles ? cutRole(n) : n;
      if (plausibleName(n) && (capitalized(n) || marked && styledLowercase(n))) {
        Authors.add(out, n);
      } else if (out.isEmpty()) {
        return out;
      }
    }
    return out;
  }

  private static final Pattern INITIALS_LINE = Pattern.compile("^(\\p{Lu}{2,3})\\s*\\n\\s*");

  /**
   * "CM\\nCraig McCarthy": the initials an avatar shows in place of a photo, on their own line
   * before the name they abbreviate, are dropped.
   */
  static String dropInitials(String s) {
    Matcher m = INITIALS_LINE.matcher(s);
    if (!m.find()) {
      return s;
    }
    String rest = s.substring(m.end());
    String initials = m.group(1);
    String[] words = rest.split("\\s+", initials.length() + 1);
    if (words.length < initials.length()) {
      return s;
    }
    for (int i = 0; i < initials.length(); i++) {
      if (words[i].isEmpty() || words[i].charAt(0) != initials.charAt(i)) {
        return s;
      }
    }
    return rest;
  }

  private static final Pattern SEPARATOR = Pattern.compile("\\s+[|•·—–]\\s*|\\s+-\\s+");

  /**
   * "Dec. 19, 2025 · Niko Matsakis": the date before the name is dropped (and a prefix after it).
   */
  static String dropLeadingDate(String s) {
    Matcher sep = SEPARATOR.matcher(s);
    if (!sep.find() || sep.start() == 0 || sep.end() >= s.length()) {
      return s;
    }
    String head = s.substring(0, sep.start());
    if (!DateParser.parse(head, Instant.EPOCH, ZoneOffset.UTC).isPresent()) {
      return s;
    }
    String rest = s.substring(sep.end()).strip();
    Matcher m = Bylines.PREFIX.matcher(rest + " ");
    return m.find() ? rest.substring(Math.min(m.end(), rest.length())).strip() : rest;
  }

  /**
   * "Jane Doe\nUpdated by": the line that ends with "by" credits someone else (the names before it
   * are the byline), unlike "Read more posts by" or "Guide\nby".
   */
  private static boolean creditLine(String upToBy) {
    String t = upToBy.strip();
    String line = t.substring(t.lastIndexOf('\n') + 1).strip();
    return CREDIT.matcher(line).find();
  }

  /** A credit line of someone else ("Reviewed by", "Photo:"), from byline-credits.txt. */
  static final Pattern CREDIT =
      LanguageData.alternation(Bylines.class, "byline-credits.txt", "^(?iu)", "(?:\\s|:|$)", 0);

  /** "Read more posts by Jane Doe", "Guide\nby\nJane Doe": words before "by" (up to four). */
  private static final Pattern LEADING_BY = Pattern.compile("(?iu)^(?:\\S+\\s+){1,4}by\\s+");

  private static final java.util.Set<String> ROLES =
      new java.util.HashSet<>(LanguageData.lines(Bylines.class, "author-roles.txt"));

  /** "Keith Barry Senior Autos Reporter" -> "Keith Barry": a job title run into the name. */
  private static String cutRole(String name) {
    if (name == null) {
      return null;
    }
    String[] words = name.split("\\s+");
    for (int i = 2; i < words.length; i++) {
      if (ROLES.contains(words[i].toLowerCase(Locale.ROOT).replaceAll("[,.]", ""))) {
        return String.join(" ", java.util.Arrays.copyOf(words, i));
      }
    }
    return name;
  }

  /**
   * What follows the first name of a byline and is no other author: a credential, a job, the
   * employer.
   */
  static boolean notAnotherName(String firstName, String part) {
    return credential(part) || role(part) || affiliation(firstName, part) || employer(part);
  }

  private static final java.util.Set<String> EMPLOYER_WORDS =
      new java.util.HashSet<>(LanguageData.lines(Bylines.class, "author-affiliations.txt"));

  /** A part of a byline after a name that names an organisation ("MECLABS Institute"). */
  private static boolean employer(String s) {
    for (String w : s.toLowerCase(Locale.ROOT).split("[\\s,.]+")) {
      if (EMPLOYER_WORDS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Jared Spataro, Microsoft", "Chris Radich, UiPath": one word after a full name is where the
   * author works, not a second author.
   */
  private static boolean affiliation(String firstName, String part) {
    return Text.wordCount(part) == 1 && Text.wordCount(firstName) >= 2;
  }

  /** A part of a byline after a name that names a job ("Senior Editor", "VP"). */
  private static boolean role(String s) {
    for (String w : s.toLowerCase(Locale.ROOT).split("[\\s,.]+")) {
      if (ROLES.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** "janedoe", "jane doe": a name set in lowercase by its owner (a username, a blog name). */
  private static boolean styledLowercase(String n) {
    return n.equals(n.toLowerCase(Locale.ROOT)) && Text.wordCount(n) <= 3;
  }

  /** Latin-script names are capitalized ("Jane van der Berg"); other scripts have no case. */
  static boolean capitalized(String n) {
    for (String w : n.split("\\s+")) {
      if (w.isEmpty() || !Character.isLetter(w.charAt(0))) {
        continue;
      }
      char c = w.charAt(0);
      if (Character.isLowerCase(c) && !PARTICLES.contains(w)) {
        return false;
      }
    }
    return true;
  }

  private static final java.util.Set<String> PARTICLES =
      java.util.Set.of(
          "van", "der", "den", "de", "da", "di", "del", "della", "la", "le", "von", "bin", "ibn",
          "al", "el", "du", "dos", "das", "y", "e", "of", "the", "and", "zu", "ter", "ten", "st",
          "for", "with");

  /** "MS", "RD", "PhD", "E-RYT 200": letters after a name that are not a name. */
  static boolean credential(String s) {
    return s.equals(s.toUpperCase(Locale.ROOT)) && s.length() <= 8
        || s.matches("(?i)ph\\.?\\s?d\\.?|m\\.?d\\.?|jr\\.?|sr\\.?");
  }

  static boolean plausibleName(String n) {
    if (n.length() < 2 || n.length() > 60 || NOT_A_NAME.matcher(n).matches()) {
      return false;
    }
    if (n.indexOf('@') >= 0
        || n.indexOf('/') >= 0
        || n.indexOf('?') >= 0
        || n.indexOf('!') >= 0
        || n.contains("http")
        || Authors.urlish(n)) {
      return false;
    }
    int words = Text.wordCount(n);
    if (words > 6 || words > 1 && PARTICLES.contains(n.substring(n.lastIndexOf(' ') + 1))) {
      // "Meet the" (Writer), "About the" (Author): a name does not end with "the" or "of".
      return false;
    }
    int letters = 0;
    for (int i = 0; i < n.length(); i++) {
      if (Character.isLetter(n.charAt(i))) {
        letters++;
      }
    }
    return letters >= 0.6 * n.replace(" ", "").length();
  }
}
