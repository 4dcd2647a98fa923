package dev.akhbar.parser.extract;

import java.util.List;

/**
 * The author's biography at the end of the body: "Karina Cohen is the owner of ...", "Angela
 * Holliday-Bell, MD is a board-certified pediatrician ..." written by an author-box plugin inside
 * the article's element under a neutral class name. A run of the last paragraphs that starts with a
 * paragraph beginning with the full name of an author of the page, or with the first name followed
 * by a word in lower case ("Maria is a growth analyst"), is left out, when it is short beside the
 * body.
 */
final class AuthorBios {
  /** A biography is at most this many paragraphs (a photo caption, the name, two lines of bio). */
  static final int MAX_PARAGRAPHS = 4;

  /** Labels an author box puts before the name ("About the author:"). */
  private static final List<String> LABELS =
      LanguageData.lines(AuthorBios.class, "author-bio-labels.txt");

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

  /**
   * The paragraph begins with a full name (two words or more) of an author, as a whole word; or
   * with the first name of such an author followed by a word in lower case ("Maria is a growth
   * analyst ...", "Jean-Luc started ..."; not an acronym: "QCY is ..."), the way bios speak of the
   * author.
   */
  private static boolean namesAuthor(String paragraph, List<String> authors) {
    int from = skipNonLetters(paragraph, 0);
    for (String label : LABELS) {
      if (paragraph.regionMatches(true, from, label, 0, label.length())
          && from + label.length() < paragraph.length()
          && !Character.isLetter(paragraph.charAt(from + label.length()))) {
        from = skipNonLetters(paragraph, from + label.length());
        break;
      }
    }
    for (String author : authors) {
      String name = author.strip();
      int space = name.indexOf(' ');
      if (space > 0
          && (startsWithWord(paragraph, from, name)
              || firstName(name.substring(0, space))
                  && startsWithWord(paragraph, from, name.substring(0, space))
                  && nextWordLowerCase(paragraph, from + space))) {
        return true;
      }
    }
    return false;
  }

  private static int skipNonLetters(String p, int from) {
    while (from < p.length() && !Character.isLetter(p.charAt(from))) {
      from++;
    }
    return from;
  }

  /** A first name has a small letter: "QCY Official" is a brand, "QCY is ..." its own text. */
  private static boolean firstName(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (Character.isLowerCase(word.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWithWord(String p, int from, String word) {
    int end = from + word.length();
    return p.regionMatches(true, from, word, 0, word.length())
        && (p.length() == end || !Character.isLetter(p.charAt(end)));
  }

  /** After {@code at}: one space, then a letter in lower case. */
  private static boolean nextWordLowerCase(String p, int at) {
    return at + 1 < p.length() && p.charAt(at) == ' ' && Character.isLowerCase(p.charAt(at + 1));
  }
}
