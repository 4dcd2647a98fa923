package dev.akhbar.parser.extract.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Second copies of a run of paragraphs: pages that ship the article twice (a mobile and a desktop
 * layout, one of them hidden by CSS) or repeat a section. A paragraph repeated alone (an
 * interview's question put to each guest, a meal plan's line) is kept; a run of {@link #MIN_RUN} or
 * more paragraphs repeated in the same order is written once.
 */
final class Copies {
  static final int MIN_RUN = 3;

  /** ... holding this many characters in paragraphs of {@link #LONG} characters or more. */
  static final int MIN_RUN_CHARS = 300;

  static final int LONG = 80;

  private Copies() {}

  /** {@code blocks} without the later copies of runs of paragraphs written before. */
  static List<Block> drop(List<Block> blocks) {
    int n = blocks.size();
    Map<String, Integer> first = new HashMap<>();
    int[] earlier = new int[n];
    boolean any = false;
    for (int i = 0; i < n; i++) {
      Integer j = first.putIfAbsent(blocks.get(i).text, i);
      earlier[i] = j == null ? -1 : j;
      any |= j != null;
    }
    if (!any) {
      return blocks;
    }
    List<Block> out = new ArrayList<>(n);
    for (int i = 0; i < n; ) {
      int run = 0;
      while (earlier[i] >= 0
          && i + run < n
          && earlier[i + run] >= 0
          && earlier[i + run] == earlier[i] + run) {
        run++;
      }
      if (run >= MIN_RUN && longChars(blocks, i, run) >= MIN_RUN_CHARS) {
        i += run;
      } else {
        out.add(blocks.get(i));
        i++;
      }
    }
    return out;
  }

  private static int longChars(List<Block> blocks, int from, int n) {
    int chars = 0;
    for (int i = from; i < from + n; i++) {
      int c = blocks.get(i).chars;
      chars += c >= LONG ? c : 0;
    }
    return chars;
  }
}
