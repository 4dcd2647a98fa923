package dev.akhbar.parser.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The words of page-type-words.txt: URL path words by kind of page, shopping button words. */
final class PageTypeWords {
  static final PageTypeWords INSTANCE = new PageTypeWords();

  private final Map<String, Set<String>> byKind = new HashMap<>();

  private PageTypeWords() {
    for (String line : LanguageData.lines(PageTypeWords.class, "page-type-words.txt")) {
      int colon = line.indexOf(':');
      Set<String> words = new HashSet<>();
      for (String w : line.substring(colon + 1).split(",")) {
        if (!w.isBlank()) {
          words.add(w.strip().toLowerCase(Locale.ROOT));
        }
      }
      byKind.put(line.substring(0, colon).strip(), words);
    }
  }

  /** Some segment of the URL path is a word of {@code kind}. */
  boolean any(String kind, String[] segments) {
    Set<String> words = byKind.getOrDefault(kind, Set.of());
    for (String s : segments) {
      if (words.contains(s)) {
        return true;
      }
    }
    return false;
  }

  /** A word (lowercase) of {@code kind}. */
  boolean is(String kind, String word) {
    return byKind.getOrDefault(kind, Set.of()).contains(word);
  }

  /** The text of a button asks to buy. */
  boolean cart(String buttonText) {
    if (buttonText.isEmpty() || buttonText.length() > 40) {
      return false;
    }
    String t = buttonText.toLowerCase(Locale.ROOT);
    for (String w : byKind.getOrDefault("cart", Set.of())) {
      if (t.contains(w)) {
        return true;
      }
    }
    return false;
  }
}
