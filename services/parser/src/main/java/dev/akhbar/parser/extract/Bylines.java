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
      List<String> names = BylineNames.names(text, marked);
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
      if (t.length() <= MAX_BYLINE_CHARS && BylineNames.CREDIT.matcher(t.strip()).find()) {
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
}
