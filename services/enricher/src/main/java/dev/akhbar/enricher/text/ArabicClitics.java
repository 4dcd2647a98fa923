package dev.akhbar.enricher.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Light segmentation of Arabic proclitics on a normalised word ({@link ArabicText#normalize}): the
 * conjunctions و ف, the prepositions ب ل ك and the article ال ("وبالعاصمة" → "و" + "ب" + "ال" +
 * "عاصمة"). It only splits off letters; whether a split is right ("وليد" is a name, not "و" +
 * "ليد") is left to the caller: the model learns from both forms, the recogniser checks the rest
 * against what it knows.
 */
public final class ArabicClitics {
  private ArabicClitics() {}

  /** A reading of a word: its form without {@code letters} leading clitic letters. */
  public record Reading(String norm, int letters) {}

  /**
   * The word as written, then without a conjunction, then without a conjunction and a preposition
   * ("للعاصمة" reads "العاصمة": ل + ال contract to لل). Short rests are not offered.
   */
  public static List<Reading> readings(String norm) {
    List<Reading> out = new ArrayList<>(3);
    out.add(new Reading(norm, 0));
    int p = 0;
    if ((norm.startsWith("و") || norm.startsWith("ف")) && norm.length() > 3) {
      p = 1;
      out.add(new Reading(norm.substring(1), 1));
    }
    String rest = norm.substring(p);
    if (rest.startsWith("لل") && rest.length() > 4) {
      out.add(new Reading("ال" + rest.substring(2), p + 1));
    } else if ((rest.startsWith("ب") || rest.startsWith("ل") || rest.startsWith("ك"))
        && rest.length() > 3) {
      out.add(new Reading(rest.substring(1), p + 1));
    }
    return out;
  }

  /** The shortest reading: the word without conjunction and preposition. */
  public static Reading stripped(String norm) {
    List<Reading> r = readings(norm);
    return r.get(r.size() - 1);
  }

  /** The core of a word: without conjunction, preposition and article ("والعاصمة" → "عاصمة"). */
  public static String core(String norm) {
    String s = stripped(norm).norm();
    if (s.startsWith("ال") && s.length() > 4) {
      return s.substring(2);
    }
    return s;
  }

  /**
   * Offset in the surface form after {@code letters} letters and the marks that follow them (the
   * surface keeps diacritics and tatweel that the normal form dropped).
   */
  public static int surfaceOffset(String surface, int letters) {
    int i = 0;
    int seen = 0;
    while (i < surface.length() && seen < letters) {
      if (Character.isLetter(surface.charAt(i))) {
        seen++;
      }
      i++;
      while (i < surface.length() && !Character.isLetter(surface.charAt(i))) {
        i++;
      }
    }
    return i;
  }
}
