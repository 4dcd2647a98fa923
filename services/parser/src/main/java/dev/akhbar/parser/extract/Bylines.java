package dev.akhbar.parser.extract;

import dev.akhbar.parser.extract.content.ContentExtractor;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
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
          Bylines.class, "byline-prefixes.txt", "^(?iu)", "(?:\\s*[:：]\\s*|\\s+[-–—]\\s*|\\s+)", 0);

  /** The first two letters of the byline words (lowercase): a cheap test before the regex. */
  private static final Set<String> PREFIX_STARTS = starts("byline-prefixes.txt");

  /** PREFIX_STARTS of two ASCII characters, by (first * 128 + second): no string per element. */
  private static final boolean[] ASCII_STARTS = asciiStarts(PREFIX_STARTS);

  /** Candidates looked at, and the longest text a byline element may have. */
  private static final int MAX_CANDIDATES = 40;

  private static final int MAX_BYLINE_CHARS = 150;

  /** How far before the first paragraph (in blocks) the byline area reaches. */
  private static final int AREA_BEFORE_BLOCKS = 40;

  /** ... and after it. */
  private static final int AREA_AFTER_BLOCKS = 5;

  private Bylines() {}

  /** A byline element; {@code besideLabel}: its names are in the element after a bare label. */
  private record Candidate(
      Element element, List<String> names, int position, boolean written, boolean besideLabel) {}

  /**
   * The names a page shows as its byline, and whether the byline writes them out after a byline
   * word ("By Jane Doe", "Written by" then the name), rather than only marking them.
   */
  record Shown(List<String> names, boolean written) {
    static final Shown NONE = new Shown(List.of(), false);
  }

  /** The names of the first byline of the page (byline area first), or none. */
  static List<String> find(Element body, ContentExtractor.Layout layout) {
    return read(body, layout).names();
  }

  /** The first byline of the page (byline area first), or {@link Shown#NONE}. */
  static Shown read(Element body, ContentExtractor.Layout layout) {
    List<Candidate> found = new ArrayList<>();
    for (Element e : body.getAllElements()) {
      boolean marked = BylineMarks.marked(e);
      if (!marked && (menuLink(e) || !textByline(e))) {
        continue;
      }
      String text = BylineDatelines.after(segments(e));
      if (!marked && !PREFIX.matcher(text.strip() + " ").find()) {
        // "<em>The Devils</em> by Joe Abercrombie": a work and its author, not a byline.
        continue;
      }
      boolean written = PREFIX.matcher(text.strip() + " ").find();
      boolean besideLabel = labelOnly(text);
      if (besideLabel) {
        // "Written by" in one element, the name in the next one.
        Element next = e.nextElementSibling();
        text = next == null ? "" : segments(next);
      }
      if (marked && text.length() > MAX_BYLINE_CHARS && holdsArticle(e)) {
        // <article class="author-jane-doe">: the whole story, not an author box.
        continue;
      }
      if (marked && text.length() > MAX_BYLINE_CHARS) {
        // An author box: the name comes first (after a label), the biography after it.
        text = firstLine(text);
      }
      if (text.isBlank()
          || text.length() > MAX_BYLINE_CHARS
          || BylineMarks.inForeignZone(e)
          || creditedAbove(e)) {
        continue;
      }
      List<String> names = BylineNames.names(text, marked);
      if (!names.isEmpty()) {
        found.add(
            new Candidate(
                e, names, layout == null ? -1 : layout.position(e), written, besideLabel));
        if (found.size() >= MAX_CANDIDATES) {
          break;
        }
      }
    }
    if (found.isEmpty()) {
      return Shown.NONE;
    }
    Candidate best = found.get(0);
    if (layout != null && layout.container() != null) {
      int start = layout.textStart();
      Candidate inArea = null;
      for (Candidate c : found) {
        if (c.position() < start - AREA_BEFORE_BLOCKS || c.position() > start + AREA_AFTER_BLOCKS) {
          continue;
        }
        // A name an element holds itself before one read beside a bare label ("<h1>By</h1>" then
        // the list of the story's tags).
        if (!c.besideLabel()) {
          inArea = c;
          break;
        }
        if (inArea == null) {
          inArea = c;
        }
      }
      best = inArea == null ? best : inArea;
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
          // "<span class=author>Jane Doe</span><span class=author>Senior Editor</span>"
          if (!BylineNames.notAnotherName(out.get(0), n)) {
            Authors.add(out, n);
          }
        }
      }
    }
    return new Shown(dedupe(out), best.written());
  }

  /** An unmarked link in a list item ("By Any Means Necessary", a show in the site's menu). */
  private static boolean menuLink(Element e) {
    Element p = e.parent();
    return e.normalName().equals("a") && p != null && p.normalName().equals("li");
  }

  private static boolean holdsArticle(Element e) {
    String tag = e.normalName();
    return tag.equals("article")
        || tag.equals("main")
        || tag.equals("body")
        || e.selectFirst("h1") != null;
  }

  private static Set<String> starts(String resource) {
    Set<String> out = new HashSet<>();
    for (String word : LanguageData.lines(Bylines.class, resource)) {
      if (word.length() < 2
          || !Character.isLetter(word.charAt(0))
          || !Character.isLetter(word.charAt(1))) {
        throw new IllegalStateException(
            resource + ": a byline word starts with two letters: " + word);
      }
      out.add(word.substring(0, 2).toLowerCase(Locale.ROOT));
    }
    return Set.copyOf(out);
  }

  private static boolean[] asciiStarts(Set<String> starts) {
    boolean[] out = new boolean[0x80 * 0x80];
    for (String s : starts) {
      if (s.length() == 2 && s.charAt(0) < 0x80 && s.charAt(1) < 0x80) {
        out[s.charAt(0) * 0x80 + s.charAt(1)] = true;
      }
    }
    return out;
  }

  private static int asciiLower(char c) {
    return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
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

  /**
   * A short element whose own text opens with a byline word ("By <a>Jane Doe</a>"). Most elements
   * are ruled out on their first own text node alone, without building their own text.
   */
  private static boolean textByline(Element e) {
    if (!firstOwnTextMayOpenByline(e)) {
      return false;
    }
    String own = e.ownText();
    return !own.isEmpty()
        && own.length() <= MAX_BYLINE_CHARS
        && PREFIX.matcher(BylineDatelines.after(own).strip() + " ").find();
  }

  private static boolean firstOwnTextMayOpenByline(Element e) {
    for (Node n = e.firstChild(); n != null; n = n.nextSibling()) {
      if (n instanceof TextNode t && !t.isBlank()) {
        String s = t.getWholeText();
        int i = 0;
        while (i < s.length() && (Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '\u00a0')) {
          i++;
        }
        if (i + 1 >= s.length()) {
          return false;
        }
        char a = s.charAt(i);
        char b = s.charAt(i + 1);
        if (a < 0x80 && b < 0x80) {
          return ASCII_STARTS[asciiLower(a) * 0x80 + asciiLower(b)];
        }
        // An Arabic line may open with the city it was filed from ("القاهرة - كتب: ...").
        return PREFIX_STARTS.contains(s.substring(i, i + 2).toLowerCase(Locale.ROOT))
            || BylineDatelines.mayOpen(s, i);
      }
    }
    return false;
  }

  /** The element sits in a credit line of someone else ("Reviewed by <span>...</span>"). */
  private static boolean creditedAbove(Element e) {
    Element p = e.parent();
    for (int i = 0; i < 2 && p != null; i++, p = p.parent()) {
      String t = boundedText(p, MAX_BYLINE_CHARS);
      if (t != null && BylineNames.CREDIT.matcher(t.strip()).find()) {
        return true;
      }
    }
    return false;
  }

  /** The element's text, or null when it is longer than {@code max} characters. */
  private static String boundedText(Element e, int max) {
    StringBuilder raw = new StringBuilder();
    for (TextNode t : allText(e, 2 * max)) {
      raw.append(t.getWholeText());
    }
    String s = Text.normalize(raw.toString());
    return s.length() <= max ? s : null;
  }

  /**
   * The text of a byline element with a line break where one element's text ends and another's
   * starts ("Jane Doe" in one span, "Senior Editor" in the next), except around "and" and commas.
   */
  static String segments(Element e) {
    StringBuilder b = new StringBuilder();
    Element last = null;
    for (TextNode t : allText(e, 8 * MAX_BYLINE_CHARS)) {
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

  /** The text nodes of an element, in order, until they hold more than {@code max} chars. */
  private static List<TextNode> allText(Element e, int max) {
    List<TextNode> out = new ArrayList<>();
    int[] chars = {0};
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
              out.add(t);
              if (!t.isBlank()) {
                chars[0] += t.getWholeText().length();
              }
            }
            return chars[0] > max ? FilterResult.STOP : FilterResult.CONTINUE;
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
