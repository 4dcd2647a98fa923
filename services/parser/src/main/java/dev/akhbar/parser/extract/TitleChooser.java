package dev.akhbar.parser.extract;

import dev.akhbar.parser.extract.content.ContentExtractor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The headline as the reader sees it, chosen by agreement between what the page shows (its {@code
 * <h1>} headings) and what it declares (JSON-LD headline, og:title, twitter:title, {@code
 * <title>}): a visible heading that a declared title repeats (whole, or as the part before or after
 * a separator such as " | Site") is the headline; else the declared title most sources agree on,
 * without the site name; else the first heading. Entities are decoded fully, including
 * twice-escaped ones.
 */
final class TitleChooser {
  private static final Pattern SEPARATORS = Pattern.compile("\\s+[|\\-–—:·•»«/~]\\s+|\\s+::\\s+");

  private TitleChooser() {}

  static String choose(
      PageMetadata meta, List<Element> h1s, String url, ContentExtractor.Layout layout) {
    List<String> declared = new ArrayList<>();
    for (String t :
        new String[] {meta.headline, meta.ogTitle, meta.twitterTitle, meta.documentTitle}) {
      String c = clean(t);
      if (c != null) {
        declared.add(c);
      }
    }
    List<String> sites = SiteNames.keys(meta, url);
    List<Element> headingElements = new ArrayList<>();
    List<String> headings = ShownHeadings.headings(h1s, url, headingElements);
    String best = null;
    int bestSupport = 0;
    for (String h : headings) {
      String key = key(h);
      if (key.isEmpty() || SiteNames.isSite(h, sites)) {
        continue;
      }
      int support = 0;
      for (String d : declared) {
        if (agrees(key, d)) {
          support++;
        }
      }
      if (support > bestSupport) {
        best = h;
        bestSupport = support;
      }
    }
    if (best != null) {
      if (ShownHeadings.hasSubLine(headingElements.get(headings.indexOf(best)))) {
        // Two lines set apart in the heading, both shown: the declared title says how they join.
        return agreeingForm(key(best), declared);
      }
      return cutSubtitle(casing(cutSiteName(best, sites), declared));
    }
    // No declared title repeats a heading: the page shows a headline the SEO title does not
    // repeat, or shows none (only the site logo, menus).
    String shown = ShownHeadings.shownHeadline(headings, headingElements, sites, layout);
    String fromMeta = agreedDeclared(declared, sites);
    if (fromMeta != null
        && !headings.isEmpty()
        && SiteNames.isSite(headings.get(0), sites)
        && ShownHeadings.sectionHeadings(headingElements, layout)) {
      shown = null;
    }
    if (shown != null
        && fromMeta != null
        && (labelled(shown, fromMeta)
            || ShownHeadings.hasSubLine(headingElements.get(headings.indexOf(shown)))
            || lostCharacters(shown, fromMeta))) {
      return cutSubtitle(fromMeta);
    }
    if (shown != null
        && !sectionName(shown, meta.declaresArticle, agreeing(fromMeta, declared, sites))) {
      return cutSubtitle(cutSiteName(shown, sites));
    }
    if (fromMeta != null) {
      return cutSubtitle(fromMeta);
    }
    for (String h : headings) {
      if (!SiteNames.isSite(h, sites)) {
        return cutSubtitle(h);
      }
    }
    return null;
  }

  /**
   * "Headline | Subtitle" -> "Headline": what follows a bar or a spaced dash is not the headline.
   */
  static String cutSubtitle(String title) {
    Matcher m = SUBTITLE.matcher(title);
    int cut = -1;
    while (m.find()) {
      char sep = m.group().strip().charAt(0);
      if (sep == '|' || sep == '-') {
        cut = m.start();
      }
    }
    if (cut > 0 && Text.wordCount(title.substring(0, cut)) >= 3) {
      return cutSubtitle(title.substring(0, cut).strip());
    }
    return title;
  }

  private static final Pattern SUBTITLE = Pattern.compile("\\s+[|-]\\s+");

  /**
   * A heading in capitals (set so by the page) takes the casing of the title that agrees; one that
   * opens with a small letter ("history of coffee", CSS capitalises it) takes the capital when a
   * declared title opens the same words with it.
   */
  private static String casing(String heading, List<String> declared) {
    if (!heading.isEmpty() && Character.isLowerCase(heading.codePointAt(0))) {
      String capital =
          new StringBuilder()
              .appendCodePoint(Character.toTitleCase(heading.codePointAt(0)))
              .append(heading, Character.charCount(heading.codePointAt(0)), heading.length())
              .toString();
      for (String d : declared) {
        if (d.startsWith(capital)) {
          return capital;
        }
      }
      return heading;
    }
    if (!heading.equals(heading.toUpperCase(Locale.ROOT))) {
      return heading;
    }
    String key = key(heading);
    for (String d : declared) {
      if (key(d).equals(key)) {
        return d;
      }
      for (String part : parts(d)) {
        if (key(part).equals(key)) {
          return part.strip();
        }
      }
    }
    return heading;
  }

  /** "Critics' Choice: Best Exhibitions 2025 – Artlyst" -> without the site name at its end. */
  static String cutSiteName(String heading, List<String> sites) {
    Matcher m = SEPARATORS.matcher(heading);
    int start = -1;
    int end = -1;
    while (m.find()) {
      start = m.start();
      end = m.end();
    }
    if (start > 0 && SiteNames.isSite(heading.substring(end), sites)) {
      return heading.substring(0, start).strip();
    }
    return heading;
  }

  /** Entities decoded, UTF-8 read as Latin-1 repaired, whitespace collapsed; null when blank. */
  static String clean(String s) {
    return s == null ? null : Text.clean(Mojibake.repair(Text.decodeEntities(s)));
  }

  /**
   * "Event Planning? Beginner? Guide" for the declared "Event Planning: Beginner's Guide": the page
   * wrote characters its encoding lacked as "?" (each one or two characters of the declared title).
   */
  static boolean lostCharacters(String heading, String declared) {
    int q = heading.indexOf('?');
    if (q < 0 || q == heading.length() - 1 || heading.length() > declared.length() + 2) {
      return false;
    }
    StringBuilder regex = new StringBuilder();
    int from = 0;
    for (int i = q; i >= 0; i = heading.indexOf('?', i + 1)) {
      regex.append(Pattern.quote(heading.substring(from, i))).append(".{1,2}");
      from = i + 1;
    }
    regex.append(Pattern.quote(heading.substring(from)));
    return !heading.equals(declared) && Pattern.matches(regex.toString(), declared);
  }

  /** The declared title, or its part, that repeats the heading of key {@code headingKey}. */
  private static String agreeingForm(String headingKey, List<String> declared) {
    for (String d : declared) {
      if (key(d).equals(headingKey)) {
        return d;
      }
    }
    for (String d : declared) {
      for (String part : parts(d)) {
        if (key(part).equals(headingKey)) {
          return part.strip();
        }
      }
    }
    return null;
  }

  /** The declared title is the heading, or the heading is one of its parts between separators. */
  private static boolean agrees(String headingKey, String declared) {
    if (key(declared).equals(headingKey)) {
      return true;
    }
    for (String part : parts(declared)) {
      if (key(part).equals(headingKey)) {
        return true;
      }
    }
    return false;
  }

  /** The text before each separator and after each separator. */
  private static List<String> parts(String title) {
    List<String> out = new ArrayList<>();
    Matcher m = SEPARATORS.matcher(title);
    while (m.find()) {
      out.add(title.substring(0, m.start()));
      out.add(title.substring(m.end()));
    }
    return out;
  }

  /**
   * A heading of at most this many words that no declared title repeats names a section ("Index
   * funds", "Web Designs", "Our BLOG") when the declared titles agree on another.
   */
  private static final int MAX_LABEL_WORDS = 3;

  /**
   * "Blog: Best Agencies of 2025", "Title:AlignMerge - ..." with the declared title "Best Agencies
   * of 2025": the heading is the declared title after a one-word label.
   */
  private static boolean labelled(String heading, String declared) {
    int colon = heading.indexOf(':');
    return colon > 0
        && Text.wordCount(heading.substring(0, colon)) == 1
        && key(heading.substring(colon + 1)).equals(key(declared));
  }

  /**
   * ... or, on a page that does not declare an article, of at most this many words when three
   * declared titles agree on another ("VPN Services" under "Private VPN Service Recommendations and
   * Comparison" given by {@code <title>}, og:title and twitter:title).
   */
  private static final int MAX_UNDECLARED_LABEL_WORDS = 2;

  /** The heading names a section, given how many declared titles agree on another title. */
  private static boolean sectionName(String heading, boolean declaresArticle, int agreeing) {
    int words = Text.wordCount(heading);
    return declaresArticle && words <= MAX_LABEL_WORDS && agreeing >= 2
        || words <= MAX_UNDECLARED_LABEL_WORDS && agreeing >= 3;
  }

  /** How many declared titles give {@code title} once their site names are cut. */
  private static int agreeing(String title, List<String> declared, List<String> sites) {
    if (title == null) {
      return 0;
    }
    String k = key(title);
    int n = 0;
    for (String d : declared) {
      if (key(stripSiteName(d, sites)).equals(k)) {
        n++;
      }
    }
    return n;
  }

  /** The declared title, site name cut, that most sources give (the first source on a tie). */
  private static String agreedDeclared(List<String> declared, List<String> sites) {
    Map<String, String> byKey = new LinkedHashMap<>();
    Map<String, Integer> votes = new LinkedHashMap<>();
    for (String d : declared) {
      String t = stripSiteName(d, sites);
      String k = key(t);
      if (k.isEmpty()) {
        continue;
      }
      byKey.putIfAbsent(k, t);
      votes.merge(k, 1, Integer::sum);
    }
    String best = null;
    int most = 0;
    for (Map.Entry<String, Integer> e : votes.entrySet()) {
      if (e.getValue() > most) {
        best = byKey.get(e.getKey());
        most = e.getValue();
      }
    }
    return best;
  }

  /**
   * "Headline - Site" -> "Headline", "Site | Headline" -> "Headline": cuts the site name (a part
   * that names the site or the host) and what follows it; without one, a short last part (at most
   * three words after at least four) after "|" or a dash.
   */
  static String stripSiteName(String title, List<String> sites) {
    Matcher m = SEPARATORS.matcher(title);
    List<int[]> cuts = new ArrayList<>();
    while (m.find()) {
      cuts.add(new int[] {m.start(), m.end()});
    }
    if (cuts.isEmpty()) {
      return cutLeadingHost(title, sites);
    }
    for (int i = 0; i < cuts.size(); i++) {
      int end = i + 1 < cuts.size() ? cuts.get(i + 1)[0] : title.length();
      String piece = title.substring(cuts.get(i)[1], end);
      String head = title.substring(0, cuts.get(i)[0]).strip();
      if (SiteNames.isSite(piece, sites) && !head.isEmpty()) {
        return head;
      }
    }
    int[] first = cuts.get(0);
    if (SiteNames.isSite(title.substring(0, first[0]), sites)) {
      String rest = title.substring(first[1]).strip();
      return rest.isEmpty() ? title : rest;
    }
    int[] last = cuts.get(cuts.size() - 1);
    String tail = title.substring(last[1]).strip();
    String head = title.substring(0, last[0]).strip();
    String sep = title.substring(last[0], last[1]).strip();
    if (Text.wordCount(tail) <= 3
        && Text.wordCount(head) >= 4
        && (sep.equals("|") || sep.equals("-") || sep.equals("–") || sep.equals("—"))) {
      return head;
    }
    return title;
  }

  /**
   * "davidbau.com Vibe Coding" -> "Vibe Coding": the site's host name written before the headline
   * without a separator.
   */
  private static String cutLeadingHost(String title, List<String> sites) {
    int space = title.indexOf(' ');
    if (space < 0) {
      return title;
    }
    String first = title.substring(0, space);
    int dot = first.lastIndexOf('.');
    boolean host = dot > 0 && dot < first.length() - 2 && Character.isLetter(first.charAt(dot + 1));
    String rest = title.substring(space + 1).strip();
    return host && SiteNames.isSite(first, sites) && Text.wordCount(rest) >= 2 ? rest : title;
  }

  /** Letters and digits only, lowercase. */
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
}
