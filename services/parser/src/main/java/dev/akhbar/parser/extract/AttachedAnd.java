package dev.akhbar.parser.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Arabic "and" (و) written onto the next name ("محمد علي وأحمد سعيد" is two authors): a byline part
 * splits before a word that opens with و when both sides keep two words or more, unless the word is
 * a name that opens with و itself (byline-waw-names.txt: وليد, وائل...) and is not doubled ("ووليد"
 * is "and Walid").
 */
final class AttachedAnd {
  private static final char WAW = 'و';

  private static final Set<String> NAMES = new HashSet<>();

  static {
    for (String name : LanguageData.lines(AttachedAnd.class, "byline-waw-names.txt")) {
      NAMES.add(Text.fold(name));
    }
  }

  private AttachedAnd() {}

  /** The names {@code part} holds: itself, or the names either side of an attached و. */
  static List<String> split(String part) {
    List<String> out = new ArrayList<>();
    if (part.indexOf(WAW) < 0) {
      out.add(part);
      return out;
    }
    String[] words = part.split("\\s+");
    for (int i = 2; i < words.length - 1; i++) {
      String w = words[i];
      if (w.length() >= 3
          && w.charAt(0) == WAW
          && Character.UnicodeScript.of(w.charAt(1)) == Character.UnicodeScript.ARABIC
          && (w.charAt(1) == WAW || !NAMES.contains(Text.fold(w)))) {
        out.add(String.join(" ", List.of(words).subList(0, i)));
        String rest =
            w.substring(1) + " " + String.join(" ", List.of(words).subList(i + 1, words.length));
        out.addAll(split(rest));
        return out;
      }
    }
    out.add(part);
    return out;
  }
}
