package dev.akhbar.parser.extract;

import dev.akhbar.parser.extract.content.ContentExtractor;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
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

  /**
   * A heading this long is a paragraph set in large type, not a headline (wcxb-dev 0227: three
   * sentences of teaser, 251 characters, in the page's only {@code <h1>}; the longest annotated
   * headline of the set has 156).
   */
  private static final int MAX_HEADLINE_CHARS = 200;

  /** A heading shown without a declared title to agree with has at least this many words. */
  private static final int MIN_SHOWN_HEADLINE_WORDS = 2;

  /**
   * ... and stands before the first paragraph of the article, or at most this many blocks after.
   */
  private static final int HEADLINE_SLACK_BLOCKS = 2;

  /** Headings looked at. */
  private static final int MAX_HEADINGS = 10;

  private TitleChooser() {}

  static String choose(
      PageMetadata meta, Document doc, String url, ContentExtractor.Layout layout) {
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
    List<String> headings = headings(doc, url, headingElements);
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
      if (hasSubLine(headingElements.get(headings.indexOf(best)))) {
        // Two lines set apart in the heading, both shown: the declared title says how they join.
        return agreeingForm(key(best), declared);
      }
      return cutSubtitle(casing(cutSiteName(best, sites), declared));
    }
    // No declared title repeats a heading: the page shows a headline the SEO title does not
    // repeat, or shows none (only the site logo, menus).
    String shown = shownHeadline(headings, headingElements, sites, layout);
    String fromMeta = agreedDeclared(declared, sites);
    if (fromMeta != null
        && !headings.isEmpty()
        && SiteNames.isSite(headings.get(0), sites)
        && sectionHeadings(headingElements, layout)) {
      shown = null;
    }
    if (shown != null
        && fromMeta != null
        && (labelled(shown, fromMeta)
            || hasSubLine(headingElements.get(headings.indexOf(shown)))
            || lostCharacters(shown, fromMeta))) {
      return cutSubtitle(fromMeta);
    }
    if (shown != null && fromMeta != null && System.getenv("TDEBUG") != null) {
      Element se = headingElements.get(headings.indexOf(shown));
      int at = layout == null ? -99 : layout.position(se);
      boolean inC =
          layout != null
              && layout.container() != null
              && se.closest("*") != null
              && isInside(se, layout.container());
      System.err.println(
          "TDEBUG\t"
              + url
              + "\t"
              + meta.declaresArticle
              + "\t"
              + (layout == null ? -99 : layout.textStart() - at)
              + "\t"
              + inC
              + "\t"
              + agreeing(fromMeta, declared, sites)
              + "\t"
              + declared.size()
              + "\t"
              + Text.wordCount(shown)
              + "\t"
              + Text.wordCount(fromMeta)
              + "\t"
              + headings.size()
              + "\t"
              + (meta.headline != null)
              + "\t"
              + shown
              + "\t"
              + fromMeta);
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
    return s == null ? null : Text.clean(repairMojibake(Text.decodeEntities(s)));
  }

  /**
   * "Investorâ\u0080\u0099s" -> "Investor’s": a title whose UTF-8 bytes were read as Latin-1 (or
   * Windows-1252) is read again as UTF-8. Taken only when every character is one byte in that
   * reading and the bytes are valid UTF-8 ("Café" stays as it is).
   */
  static String repairMojibake(String s) {
    if (!looksLikeMojibake(s)) {
      return s;
    }
    byte[] bytes = new byte[s.length()];
    for (int i = 0; i < s.length(); i++) {
      int b = latinByte(s.charAt(i));
      if (b < 0) {
        return s;
      }
      bytes[i] = (byte) b;
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return s;
    }
  }

  /** A lead byte of a UTF-8 sequence (Ã, â, ...) followed by a continuation byte. */
  private static boolean looksLikeMojibake(String s) {
    for (int i = 0; i + 1 < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0xC2 && c <= 0xF4 && isContinuation(latinByte(s.charAt(i + 1)))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isContinuation(int b) {
    return b >= 0x80 && b <= 0xBF;
  }

  /** The byte a character was read from as Latin-1 or Windows-1252, or -1. */
  private static int latinByte(char c) {
    if (c <= 0xFF) {
      return c;
    }
    int i = CP1252_HIGH.indexOf(c);
    return i < 0 ? -1 : 0x80 + i;
  }

  /** Windows-1252 characters of bytes 0x80-0x9F (a space where the byte is undefined). */
  private static final String CP1252_HIGH =
      "\u20ac \u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152 \u017d "
          + " \u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153 \u017e\u0178";

  /**
   * The heading a reader takes for the headline when no declared title agrees with any: not the
   * site name, and the last one before the first paragraph of the article (or just after it).
   */
  private static String shownHeadline(
      List<String> headings,
      List<Element> elements,
      List<String> sites,
      ContentExtractor.Layout layout) {
    String chosen = null;
    int chosenAt = -1;
    for (int i = 0; i < headings.size(); i++) {
      String h = headings.get(i);
      Element e = elements.get(i);
      if (SiteNames.isSite(h, sites) || Text.wordCount(h) < MIN_SHOWN_HEADLINE_WORDS) {
        continue;
      }
      if (layout == null || layout.container() == null) {
        return h;
      }
      int at = layout.position(e);
      if (at < 0 || at > layout.textStart() + HEADLINE_SLACK_BLOCKS) {
        continue;
      }
      if (at > chosenAt) {
        chosen = h;
        chosenAt = at;
      }
    }
    return chosen;
  }

  /**
   * The story uses {@code <h1>} for its sections: another one stands in the article text after its
   * first paragraph ("Day 7", "Day 8"; "Small is the new large", "What is a SLM?"), so the first is
   * a section name, not the headline.
   */
  private static boolean sectionHeadings(List<Element> elements, ContentExtractor.Layout layout) {
    if (layout == null || layout.container() == null) {
      return false;
    }
    for (Element e : elements) {
      int at = layout.position(e);
      if (at > layout.textStart() && at <= layout.containerEnd()) {
        return true;
      }
    }
    return false;
  }

  private static List<String> headings(Document doc, String url, List<Element> elements) {
    List<String> out = new ArrayList<>();
    if (doc.body() == null) {
      return out;
    }
    String self = samePage(url);
    for (Element h : doc.body().getElementsByTag("h1")) {
      String t = clean(selfLinkText(h, self));
      if (t != null && t.length() <= MAX_HEADLINE_CHARS && !out.contains(t)) {
        out.add(t);
        elements.add(h);
        if (out.size() >= MAX_HEADINGS) {
          break;
        }
      }
    }
    return out;
  }

  private static boolean isInside(Element e, Element c) {
    for (Element p = e; p != null; p = p.parent()) {
      if (p == c) {
        return true;
      }
    }
    return false;
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

  /** Class words of a second line set apart inside a heading (heading-sublines.txt). */
  private static final java.util.Set<String> SUBLINE_WORDS =
      java.util.Set.copyOf(LanguageData.lines(TitleChooser.class, "heading-sublines.txt"));

  /**
   * The heading sets a second line apart from its first (a subtitle, a kicker, a span shown as a
   * block): "The Best Notion Alternatives<span class="block">Top Note-taking Tools</span>".
   */
  static boolean hasSubLine(Element heading) {
    for (Element e : heading.getAllElements()) {
      if (e == heading || e.className().isEmpty()) {
        continue;
      }
      for (String w : e.className().toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
        if (SUBLINE_WORDS.contains(w)) {
          return true;
        }
      }
    }
    return false;
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

  /**
   * The text of the heading, or of the link to the page itself that opens it when the heading holds
   * more ("<a href=permalink>Headline</a> (source.com) 87": the rest names the source and counts
   * comments). An anchor within the page ("#section", a "¶" after the heading) is no such link.
   */
  private static String selfLinkText(Element heading, String self) {
    String text = heading.text();
    if (self != null) {
      for (Element a : heading.getElementsByTag("a")) {
        String href = a.attr("href").strip();
        if (href.isEmpty() || href.startsWith("#")) {
          continue;
        }
        String link = a.text();
        if (!link.isBlank() && text.startsWith(link) && self.equals(samePage(a.absUrl("href")))) {
          return link;
        }
      }
    }
    return text;
  }

  /** The URL without scheme, "www.", query, fragment and final slash, lowercase; null if none. */
  private static String samePage(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    String u = url.strip().toLowerCase(Locale.ROOT);
    int cut = u.indexOf('#');
    u = cut < 0 ? u : u.substring(0, cut);
    cut = u.indexOf('?');
    u = cut < 0 ? u : u.substring(0, cut);
    cut = u.indexOf("://");
    u = cut < 0 ? u : u.substring(cut + 3);
    u = u.startsWith("www.") ? u.substring(4) : u;
    while (u.endsWith("/")) {
      u = u.substring(0, u.length() - 1);
    }
    return u.isEmpty() ? null : u;
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
