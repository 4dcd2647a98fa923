package dev.akhbar.parser.extract.content;

import dev.akhbar.parser.extract.LanguageData;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The class and id words of one resource file (one regex fragment per line), found at the start of
 * a word of a lowercased class/id string: finds what {@code (?:^|[^a-z0-9])(?:a|b|...)} finds. At
 * each word start it tries only the fragments that begin with its character, and a fragment by its
 * plain first letters before its expression (most fragments are plain words: no expression at all);
 * a fragment without plain first letters ("[a-z0-9]*caption") is tried at every word start. One
 * regular expression over the whole string tried sixty-odd alternatives at every word start of
 * every class name of the page.
 */
final class ClassWords {
  /**
   * A fragment: the text it must begin with, or (inWord) the text it must find within the word; its
   * expression, null when it is that text alone.
   */
  private record Fragment(String prefix, boolean inWord, Pattern whole) {
    boolean matches(String key, int at) {
      if (inWord) {
        // "[a-z0-9]*caption": "caption" within the letters and digits from the word start on
        // (searched in the word only: a long class string has many word starts).
        int end = at;
        while (end < key.length() && isAsciiLowerOrDigit(key.charAt(end))) {
          end++;
        }
        return end - at >= prefix.length() && key.indexOf(prefix, at, end) >= 0;
      }
      return key.startsWith(prefix, at)
          && (whole == null || whole.matcher(key).region(at, key.length()).lookingAt());
    }
  }

  private static final String IN_WORD = "[a-z0-9]*";

  private static final Fragment[] NONE = new Fragment[0];

  private final Fragment[][] byFirst = new Fragment[128][];
  private final Fragment[] anyFirst;

  /** The words of one or more resource files (found when a word of any of them is). */
  ClassWords(String... resources) {
    List<String> fragments = new ArrayList<>();
    for (String resource : resources) {
      fragments.addAll(LanguageData.lines(ClassWords.class, resource));
    }
    List<Fragment> all = new ArrayList<>();
    for (String f : fragments) {
      String rest = f.startsWith(IN_WORD) ? f.substring(IN_WORD.length()) : "";
      if (!rest.isEmpty() && rest.chars().allMatch(c -> isAsciiLowerOrDigit((char) c))) {
        all.add(new Fragment(rest, true, null));
        continue;
      }
      String prefix = topLevelAlternation(f) ? "" : literalPrefix(f);
      all.add(new Fragment(prefix, false, prefix.equals(f) ? null : Pattern.compile(f)));
    }
    List<Fragment> anywhere = all.stream().filter(f -> f.inWord() || f.prefix().isEmpty()).toList();
    for (char c = 0; c < byFirst.length; c++) {
      List<Fragment> here = new ArrayList<>();
      for (Fragment f : all) {
        if (!f.inWord() && !f.prefix().isEmpty() && f.prefix().charAt(0) == c) {
          here.add(f);
        }
      }
      here.addAll(anywhere);
      byFirst[c] = here.toArray(NONE);
    }
    anyFirst = anywhere.toArray(NONE);
  }

  /** Some fragment matches at a word start of {@code key} (lowercase). */
  boolean find(String key) {
    int n = key.length();
    for (int i = 0; i < n; i++) {
      if (i > 0 && isAsciiLowerOrDigit(key.charAt(i - 1))) {
        continue;
      }
      char c = key.charAt(i);
      for (Fragment f : c < byFirst.length ? byFirst[c] : anyFirst) {
        if (f.matches(key, i)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The plain characters a fragment begins with ("comment" of "comment(?!ary)", "ad" of
   * "ads?(?:[^a-z]|$)"): letters, digits and hyphens up to the first other character, less the last
   * one when a quantifier makes it optional.
   */
  private static String literalPrefix(String fragment) {
    int end = 0;
    while (end < fragment.length() && plain(fragment.charAt(end))) {
      end++;
    }
    if (end < fragment.length() && "?*{".indexOf(fragment.charAt(end)) >= 0 && end > 0) {
      end--;
    }
    return fragment.substring(0, end);
  }

  private static boolean plain(char c) {
    return isAsciiLowerOrDigit(c) || c == '-' || c == '_' || c > 127 && Character.isLetter(c);
  }

  private static boolean topLevelAlternation(String fragment) {
    int depth = 0;
    for (int i = 0; i < fragment.length(); i++) {
      char c = fragment.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == '|' && depth == 0) {
        return true;
      }
    }
    return false;
  }

  static boolean isAsciiLowerOrDigit(char c) {
    return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
  }
}
