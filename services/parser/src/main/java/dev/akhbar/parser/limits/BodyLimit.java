package dev.akhbar.parser.limits;

import dev.akhbar.events.ParsedArticle;
import dev.akhbar.parser.extract.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * The article-size policy of the parser: a body longer than {@code maxChars} characters (the body
 * is the paragraphs joined by newlines) is cut after the last whole paragraph that fits, or inside
 * the first paragraph when even that one is too long. The word count follows the kept text; the
 * content hash stays that of the page's whole article, so a re-fetch of the same page is still
 * recognised. Such an article is one of a kind (a 1.8 MB transcript, a page of numbers): what is
 * kept is searchable, and the enricher's time and record limits hold.
 *
 * @param maxChars longest body kept
 */
public record BodyLimit(int maxChars) {
  public BodyLimit {
    if (maxChars < 1000) {
      throw new IllegalArgumentException("akhbar.parser.max-body-chars must be at least 1000");
    }
  }

  public boolean exceeds(ParsedArticle a) {
    long chars = Math.max(0, a.paragraphs().size() - 1);
    for (String p : a.paragraphs()) {
      chars += p.length();
      if (chars > maxChars) {
        return true;
      }
    }
    return false;
  }

  /** The article itself when it fits, else a copy with its body cut. */
  public ParsedArticle apply(ParsedArticle a) {
    if (!exceeds(a)) {
      return a;
    }
    List<String> kept = new ArrayList<>();
    int used = 0;
    for (String p : a.paragraphs()) {
      int need = p.length() + (kept.isEmpty() ? 0 : 1);
      if (used + need > maxChars) {
        if (kept.isEmpty()) {
          kept.add(cutAtSpace(p, maxChars));
        }
        break;
      }
      kept.add(p);
      used += need;
    }
    String body = String.join("\n", kept);
    return new ParsedArticle(
        a.id(),
        a.url(),
        a.canonicalUrl(),
        a.sourceId(),
        a.title(),
        a.description(),
        kept,
        a.authors(),
        a.publishedAt(),
        a.publishedRaw(),
        a.modifiedAt(),
        a.siteName(),
        a.section(),
        a.tags(),
        a.image(),
        a.languageHints(),
        a.direction(),
        Text.wordCount(body),
        a.contentHash(),
        a.fetchedAt(),
        a.parsedAt());
  }

  /** The longest prefix of {@code s} up to {@code max} characters that ends at a space. */
  static String cutAtSpace(String s, int max) {
    int end = Math.min(s.length(), max);
    if (end < s.length() && Character.isLowSurrogate(s.charAt(end))) {
      end--;
    }
    int space = s.lastIndexOf(' ', end);
    return s.substring(0, space > max / 2 ? space : end).strip();
  }
}
