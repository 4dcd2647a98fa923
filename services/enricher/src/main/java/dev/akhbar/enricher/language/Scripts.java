package dev.akhbar.enricher.language;

import com.ibm.icu.lang.UScript;
import java.util.HashMap;
import java.util.Map;

/** The dominant writing system of a text (ISO 15924 through ICU) and its direction. */
public final class Scripts {
  private Scripts() {}

  /**
   * @param code ISO 15924 code ("Arab", "Latn", "Zyyy" when no letters)
   * @param direction "rtl" or "ltr"
   * @param letters letters counted
   * @param script the ICU {@link UScript} code of {@code code}
   * @param inScript letters of the dominant script
   */
  public record Dominant(String code, String direction, int letters, int script, int inScript) {
    /** Share of the letters in the dominant script (0 when no letters). */
    public double share() {
      return letters == 0 ? 0 : inScript / (double) letters;
    }
  }

  public static Dominant dominant(String text) {
    Map<Integer, Integer> counts = new HashMap<>();
    int letters = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (!Character.isLetter(cp)) {
        continue;
      }
      int script = UScript.getScript(cp);
      if (script == UScript.COMMON || script == UScript.INHERITED) {
        continue;
      }
      counts.merge(script, 1, Integer::sum);
      letters++;
    }
    if (letters == 0) {
      return new Dominant(UScript.getShortName(UScript.COMMON), "ltr", 0, UScript.COMMON, 0);
    }
    Map.Entry<Integer, Integer> best =
        counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
    int script = best.getKey();
    return new Dominant(
        UScript.getShortName(script),
        UScript.isRightToLeft(script) ? "rtl" : "ltr",
        letters,
        script,
        best.getValue());
  }
}
