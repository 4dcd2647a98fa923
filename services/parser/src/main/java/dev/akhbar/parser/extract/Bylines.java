package dev.akhbar.parser.extract;

import dev.akhbar.parser.extract.content.ContentExtractor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * The authors a reader sees: bylines in the page ("By Jane Doe and John Roe", "Par ...", "كتب:
 * ...", "بقلم ..."), elements marked as the author (class, itemprop, rel) and links to author
 * pages, taken from the byline area (just before the article text or at its start) first.
 */
public final class Bylines {
  /** A byline: a prefix word of byline-prefixes.txt, then a colon or a space. */
  public static final Pattern PREFIX =
      LanguageData.alternation(
          Bylines.class, "byline-prefixes.txt", "^(?iu)", "(?:\\s*[:：]\\s*|\\s+)", 0);

  private static final Pattern AUTHOR_CLASS =
      Pattern.compile(
          "(?:^|[^a-z0-9])(?:author|byline|by-line|writer|contributor|posted-?by|autor|auteur"
              + "|reporter|journalist|columnist)");

  private static final Pattern AUTHOR_HREF =
      Pattern.compile(
          "(?i)/(?:author|authors|writer|writers|contributor|contributors|journalist|journalists"
              + "|columnist|columnists|reporter|reporters|autor|auteur|kaatib|katib)/[^/?#]+/?(?:[?#].*)?$");

  /** Zones whose names are not the article's authors: comments, other stories, site chrome. */
  private static final Pattern FOREIGN_ZONE =
      Pattern.compile(
          "(?:^|[^a-z0-9])(?:comment|respond|reply|related|recommend|more-stories|sidebar|widget"
              + "|site-footer|nav|menu|popular|trending)");

  private static final Pattern ARTICLE_FOOTER = Pattern.compile("entry|post|article|meta|byline");

  /** Where a byline stops: dates, times, separators, "Updated", "min read". */
  /** Where a byline stops: a word of byline-stops.txt, dates, times, separators. */
  private static final Pattern BYLINE_END =
      Pattern.compile(
          "(?iu)\\s+[|•·—–]\\s*|\\s+-\\s+|\\s*\\n|[\\s,]*(?<![\\p{L}])(?:"
              + String.join("|", LanguageData.lines(Bylines.class, "byline-stops.txt"))
              + ")(?![\\p{L}])"
              + "|\\s+(?:on|at|le|el|am|vom|في|بتاريخ)\\s+(?=\\d|jan|feb|mar|apr|may|jun|jul|aug"
              + "|sep|oct|nov|dec)|\\s(?:on|in)\\s|\\b\\d{1,2}(?:st|nd|rd|th)\\b"
              + "|\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
              + "|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[.,])"
              + "|\\b\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}"
              + "|\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}\\b"
              + "|\\b\\d{1,2}\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\b"
              + "|\\b\\d{4}\\b");

  private static final Pattern NAME_SPLIT =
      Pattern.compile("\\s*(?:,|،|;|&|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\sو\\s)\\s*");

  /** Words that are never a name in a byline. */
  private static final Pattern NOT_A_NAME =
      Pattern.compile(
          "(?iu)^(?:by|share|follow|view (?:all|more) posts?|more|anonymous|admin|administrator"
              + "|name|author|authors|editor|staff|contact|email|twitter|facebook|linkedin"
              + "|see all|read more|learn more|full bio|bio|about|about the author|comments?|\\d.*)$");

  /** Candidates looked at, and the longest text a byline element may have. */
  private static final int MAX_CANDIDATES = 40;

  private static final int MAX_BYLINE_CHARS = 150;

  /** How far before the first paragraph (in blocks) the byline area reaches. */
  private static final int AREA_BEFORE_BLOCKS = 40;

  /** ... and after it. */
  private static final int AREA_AFTER_BLOCKS = 5;

  private Bylines() {}

  private record Candidate(Element element, List<String> names, int position) {}

  /** The names of the first byline of the page (byline area first), or none. */
  static List<String> find(Element body, ContentExtractor.Layout layout) {
    List<Candidate> found = new ArrayList<>();
    // Pages repeat their class names (one per card, per menu item): each is matched once.
    Map<String, Boolean> authorClass = new HashMap<>();
    for (Element e : body.getAllElements()) {
      boolean marked = marked(e, authorClass);
      if (!marked && !textByline(e)) {
        continue;
      }
      String text = segments(e);
      if (labelOnly(text)) {
        // "Written by" in one element, the name in the next one.
        Element next = e.nextElementSibling();
        text = next == null ? "" : segments(next);
      }
      if (marked && text.length() > MAX_BYLINE_CHARS) {
        // An author box: the name comes first (after a label), the biography after it.
        text = firstLine(text);
      }
      if (text.isBlank()
          || text.length() > MAX_BYLINE_CHARS
          || inForeignZone(e)
          || creditedAbove(e)) {
        continue;
      }
      List<String> names = names(text, marked);
      if (!names.isEmpty()) {
        found.add(new Candidate(e, names, layout == null ? -1 : layout.position(e)));
        if (found.size() >= MAX_CANDIDATES) {
          break;
        }
      }
    }
    if (found.isEmpty()) {
      return List.of();
    }
    Candidate best = found.get(0);
    if (layout != null && layout.container() != null) {
      int start = layout.textStart();
      for (Candidate c : found) {
        if (c.position() >= start - AREA_BEFORE_BLOCKS
            && c.position() <= start + AREA_AFTER_BLOCKS) {
          best = c;
          break;
        }
      }
    }
    // Several authors may be marked one by one in the same byline.
    List<String> out = new ArrayList<>(best.names());
    for (Candidate c : found) {
      if (c != best
          && c.position() >= 0
          && Math.abs(c.position() - best.position()) <= 1
          && alike(c.element(), best.element())
          && !best.element().parents().contains(c.element())
          && !c.element().parents().contains(best.element())) {
        for (String n : c.names()) {
          Authors.add(out, n);
        }
      }
    }
    return dedupe(out);
  }

  private static boolean alike(Element a, Element b) {
    return a.normalName().equals(b.normalName()) && a.className().equals(b.className());
  }

  /**
   * One person named twice ("Tina Flint Huffman", "Tina Huffman"; "CM Craig McCarthy", "Craig
   * McCarthy"): the first spelling stays, or the shorter one when it is inside the first.
   */
  static List<String> dedupe(List<String> names) {
    List<String> out = new ArrayList<>();
    List<java.util.Set<String>> seen = new ArrayList<>();
    for (String n : names) {
      java.util.Set<String> words = new java.util.HashSet<>(List.of(Text.fold(n).split("\\s+")));
      int same = -1;
      for (int i = 0; i < seen.size(); i++) {
        if (seen.get(i).containsAll(words) || words.containsAll(seen.get(i))) {
          same = i;
          break;
        }
      }
      if (same < 0) {
        out.add(n);
        seen.add(words);
      } else if (words.size() < seen.get(same).size()
          && Text.fold(out.get(same)).contains(Text.fold(n))) {
        out.set(same, n);
        seen.set(same, words);
      }
    }
    return out;
  }

  private static boolean marked(Element e, Map<String, Boolean> authorClass) {
    if (e.attr("itemprop").equalsIgnoreCase("author") || e.attr("rel").equalsIgnoreCase("author")) {
      return true;
    }
    if (authorClass.computeIfAbsent(e.className() + " " + e.id(), Bylines::authorClass)) {
      return true;
    }
    return e.normalName().equals("a") && AUTHOR_HREF.matcher(e.attr("href")).find();
  }

  private static boolean authorClass(String classAndId) {
    String key = classAndId.toLowerCase(Locale.ROOT);
    return !key.isBlank() && AUTHOR_CLASS.matcher(key).find();
  }

  /** A short element whose own text opens with a byline word ("By <a>Jane Doe</a>"). */
  private static boolean textByline(Element e) {
    String own = e.ownText();
    return !own.isEmpty()
        && own.length() <= MAX_BYLINE_CHARS
        && PREFIX.matcher(own.strip() + " ").find();
  }

  /**
   * Class words of a zone of other people's names; a wrapper of the content
   * ("content-sidebar-wrap", "sidebar_content") is none, comments are one whatever they are called.
   */
  private static boolean foreign(String key) {
    Matcher m = FOREIGN_ZONE.matcher(key);
    if (!m.find()) {
      return false;
    }
    return COMMENTS.matcher(key).find() || !CONTENT_WORD.matcher(key).find();
  }

  private static final Pattern COMMENTS =
      Pattern.compile("(?:^|[^a-z0-9])(?:comment|respond|reply|related|recommend)");
  private static final Pattern CONTENT_WORD =
      Pattern.compile("(?:^|[^a-z0-9])(?:content|entry|main|article|story|post-?body)");

  /** The element sits in a credit line of someone else ("Reviewed by <span>...</span>"). */
  private static boolean creditedAbove(Element e) {
    Element p = e.parent();
    for (int i = 0; i < 2 && p != null; i++, p = p.parent()) {
      String t = p.text();
      if (t.length() <= MAX_BYLINE_CHARS && CREDIT.matcher(t.strip()).find()) {
        return true;
      }
    }
    return false;
  }

  private static boolean inForeignZone(Element e) {
    boolean inArticle = false;
    for (Element p = e; p != null; p = p.parent()) {
      String tag = p.normalName();
      if (tag.equals("body") || tag.equals("html")) {
        // WordPress lists the page's features on <body> ("has-sidebar", "mega-menu").
        break;
      }
      if (tag.equals("article") || tag.equals("main")) {
        inArticle = true;
      }
      if (tag.equals("nav")) {
        return true;
      }
      String key = (p.className() + " " + p.id()).toLowerCase(Locale.ROOT);
      if (!key.isBlank() && foreign(key)) {
        return true;
      }
    }
    if (!inArticle && e.closest("aside") != null) {
      return true;
    }
    // A <footer> of the page; an article's own footer ("entry-footer") holds its byline.
    Element footer = e.closest("footer");
    return !inArticle
        && footer != null
        && !ARTICLE_FOOTER
            .matcher((footer.className() + " " + footer.id()).toLowerCase(Locale.ROOT))
            .find();
  }

  /**
   * The text of a byline element with a line break where one element's text ends and another's
   * starts ("Jane Doe" in one span, "Senior Editor" in the next), except around "and" and commas.
   */
  static String segments(Element e) {
    StringBuilder b = new StringBuilder();
    Element last = null;
    for (TextNode t : allText(e)) {
      String s = Text.normalize(t.getWholeText());
      if (s.isEmpty()) {
        continue;
      }
      if (b.length() > 0) {
        b.append(t.parent() == last ? " " : "\n");
      }
      b.append(s);
      last = (Element) t.parent();
      if (b.length() > 4 * MAX_BYLINE_CHARS) {
        break;
      }
    }
    return CONNECTOR_AFTER.matcher(CONNECTOR_BEFORE.matcher(b).replaceAll(" $1")).replaceAll("$1 ");
  }

  private static List<TextNode> allText(Element e) {
    List<TextNode> out = new ArrayList<>();
    NodeTraversor.traverse(
        (node, depth) -> {
          if (node instanceof TextNode t) {
            out.add(t);
          }
        },
        e);
    return out;
  }

  private static final Pattern CONNECTOR_BEFORE =
      Pattern.compile("\\s*\\n\\s*((?:,|&|and|et|und|y|e|،|و)(?=\\s|$))");
  private static final Pattern CONNECTOR_AFTER =
      Pattern.compile("((?:^|\\s)(?:,|&|and|et|und|y|e|،|و)|,)\\s*\\n\\s*");

  private static String firstLine(String text) {
    for (String line : text.split("\n")) {
      String l = line.strip();
      if (l.isEmpty() || labelOnly(l) || l.endsWith(":")) {
        continue;
      }
      return l.length() <= MAX_BYLINE_CHARS ? l : "";
    }
    return "";
  }

  /** "Written by", "Author:", "By": a byline word and nothing else. */
  private static boolean labelOnly(String text) {
    Matcher m = PREFIX.matcher(text.strip() + " ");
    return m.find() && m.end() >= text.strip().length();
  }

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
      Matcher m = PREFIX.matcher(s + " ");
      if (m.find()) {
        s = s.substring(Math.min(m.end(), s.length())).strip();
      }
    }
    if (marked) {
      // "Read more posts by Jane Doe", "Articles by Jane Doe"
      Matcher m = LEADING_BY.matcher(s);
      if (m.find()) {
        s = s.substring(m.end()).strip();
      }
    }
    Matcher end = BYLINE_END.matcher(s);
    if (end.find()) {
      s = s.substring(0, end.start()).strip();
    }
    List<String> out = new ArrayList<>();
    for (String part : NAME_SPLIT.split(s)) {
      String n = Text.clean(part);
      if (n == null) {
        continue;
      }
      if (!out.isEmpty() && (credential(n) || role(n))) {
        continue;
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

  private static final Pattern CREDIT =
      LanguageData.alternation(Bylines.class, "byline-credits.txt", "^(?iu)", "(?:\\s|:|$)", 0);

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
  private static boolean credential(String s) {
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
    if (words > 6) {
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
