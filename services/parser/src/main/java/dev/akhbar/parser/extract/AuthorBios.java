package dev.akhbar.parser.extract;

import java.util.List;
import java.util.Locale;

/**
 * The author's biography at the end of the body: "Karina Cohen is the owner of ...", "Angela
 * Holliday-Bell, MD is a board-certified pediatrician ..." written by an author-box plugin inside
 * the article's element under a neutral class name. A run of the last paragraphs that starts with a
 * paragraph beginning with the full name of an author of the page is left out, when it is short
 * beside the body.
 */
final class AuthorBios {
  /** A biography is at most this many paragraphs (a photo caption, the name, two lines of bio). */
  static final int MAX_PARAGRAPHS = 4;

  private AuthorBios() {}

  /** {@code paragraphs} without the trailing biography of one of {@code authors}. */
  static List<String> trim(List<String> paragraphs, List<String> authors) {
    if (authors.isEmpty() || paragraphs.size() < 2) {
      return paragraphs;
    }
    int start = -1;
    for (int i = Math.max(1, paragraphs.size() - MAX_PARAGRAPHS); i < paragraphs.size(); i++) {
      if (namesAuthor(paragraphs.get(i), authors)) {
        start = i;
        break;
      }
    }
    if (start < 0) {
      return paragraphs;
    }
    int bio = 0;
    int body = 0;
    for (int i = 0; i < paragraphs.size(); i++) {
      if (i < start) {
        body += paragraphs.get(i).length();
      } else {
        bio += paragraphs.get(i).length();
      }
    }
    return bio < body ? paragraphs.subList(0, start) : paragraphs;
  }

  /** The paragraph begins with a full name (two words or more) of an author, as a whole word. */
  private static boolean namesAuthor(String paragraph, List<String> authors) {
    int from = 0;
    while (from < paragraph.length() && !Character.isLetter(paragraph.charAt(from))) {
      from++;
    }
    String p = paragraph.substring(from).toLowerCase(Locale.ROOT);
    for (String author : authors) {
      String name = author.strip().toLowerCase(Locale.ROOT);
      if (name.indexOf(' ') > 0
          && p.startsWith(name)
          && (p.length() == name.length() || !Character.isLetter(p.charAt(name.length())))) {
        return true;
      }
    }
    return false;
  }
}
