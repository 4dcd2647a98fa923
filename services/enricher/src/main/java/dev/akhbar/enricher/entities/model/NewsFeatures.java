package dev.akhbar.enricher.entities.model;

import dev.akhbar.enricher.entities.Gazetteer;
import dev.akhbar.enricher.entities.GazetteerEntry;
import dev.akhbar.enricher.entities.Lexicon;
import dev.akhbar.enricher.text.ArabicClitics;
import dev.akhbar.enricher.text.ArabicText;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * The name finder's features for one token, in the spirit of the CRF taggers of the CoNLL and
 * ANERcorp literature: the normalised word and its neighbours (±2), word shape, affixes, word
 * bigrams, sentence start and headline capitals; for Arabic, the word without its proclitics (و ف ب
 * ل ك ال) and the affixes of that core; word classes learned from unlabelled text; and what the
 * project already knows as features, not decisions: gazetteer matches (CLDR countries, tzdata
 * cities, gazetteer.tsv) and lexicon.txt triggers (titles, organisation heads, given names,
 * reporting verbs). One instance per name finder (not thread-safe): the analysis of a sequence is
 * computed once and reused for every token and beam entry.
 */
final class NewsFeatures implements AdaptiveFeatureGenerator {
  private static final List<String> SECTIONS =
      List.of(
          "person-title",
          "role-head",
          "title-modifier",
          "given-name",
          "org-head",
          "reporting-verb",
          "nationality",
          "location-trigger",
          "location-preposition",
          "geo-head",
          "facility",
          "not-name");

  private final boolean arabic;
  private final WordClasses classes;
  private final Lexicon lexicon;
  private final Gazetteer gazetteer;

  private String[] current;
  private Seq seq;

  /** Per body: how often each word was tagged PER, LOC, ORG, MISC in earlier sequences. */
  private final Map<String, int[]> history = new HashMap<>();

  NewsFeatures(boolean arabic, WordClasses classes, Lexicon lexicon, Gazetteer gazetteer) {
    this.arabic = arabic;
    this.classes = classes;
    this.lexicon = lexicon;
    this.gazetteer = gazetteer;
  }

  /** What the features need about each token of one sequence. */
  private final class Seq {
    final String[] norm;
    final String[] shape;
    final String[] stripped;
    final String[] lex;
    final String[] gaz;
    final boolean headline;

    Seq(String[] tokens) {
      int n = tokens.length;
      norm = new String[n];
      shape = new String[n];
      stripped = new String[n];
      lex = new String[n];
      gaz = new String[n];
      int letters = 0;
      int caps = 0;
      for (int i = 0; i < n; i++) {
        String t = tokens[i];
        boolean ar = ArabicText.isArabicLetter(t.codePointAt(0));
        norm[i] = ar ? ArabicText.normalize(t) : t.toLowerCase(Locale.ROOT);
        shape[i] = shape(t);
        stripped[i] = ar ? ArabicClitics.stripped(norm[i]).norm() : norm[i];
        if (Character.isLetter(t.codePointAt(0)) && !ar) {
          letters++;
          if (t.length() > 1 && t.equals(t.toUpperCase(Locale.ROOT))) {
            caps++;
          }
        }
      }
      headline = letters >= 3 && caps * 10 >= letters * 7;
      for (int i = 0; i < n; i++) {
        StringBuilder sb = null;
        for (String section : SECTIONS) {
          if (lexicon.has(section, norm[i]) || lexicon.has(section, stripped[i])) {
            sb = sb == null ? new StringBuilder(section) : sb.append('+').append(section);
          }
        }
        lex[i] = sb == null ? null : sb.toString();
      }
      markGazetteer(tokens);
    }

    /** Longest gazetteer match from each token; "B-LOCATION", "I-LOCATION"... per token. */
    void markGazetteer(String[] tokens) {
      for (int i = 0; i < tokens.length; i++) {
        int cp = tokens[i].codePointAt(0);
        boolean ar = ArabicText.isArabicLetter(cp);
        if (!Character.isLetter(cp) || !ar && !Character.isUpperCase(cp)) {
          continue;
        }
        int found = 0;
        GazetteerEntry entry = null;
        for (String first : ar ? new String[] {norm[i], stripped[i]} : new String[] {norm[i]}) {
          StringBuilder key = new StringBuilder(first);
          for (int len = 1; i + len <= tokens.length; len++) {
            if (len > 1) {
              key.append(' ').append(norm[i + len - 1]);
            }
            String k = key.toString();
            GazetteerEntry e = gazetteer.get(k, len == 1 ? tokens[i] : k);
            if (e != null && len > found) {
              entry = e;
              found = len;
            }
            if (!gazetteer.isPrefix(k)) {
              break;
            }
          }
        }
        if (entry != null) {
          gaz[i] = "B-" + entry.type();
          for (int k = i + 1; k < i + found; k++) {
            gaz[k] = "I-" + entry.type();
          }
          i += found - 1;
        }
      }
    }
  }

  @Override
  public void createFeatures(
      List<String> features, String[] tokens, int index, String[] previousOutcomes) {
    if (tokens != current) {
      current = tokens;
      seq = new Seq(tokens);
    }
    String w = seq.norm[index];
    String prev = word(index - 1);
    String next = word(index + 1);
    features.add("w=" + w);
    features.add("w-1=" + prev);
    features.add("w+1=" + next);
    features.add("w-2=" + word(index - 2));
    features.add("w+2=" + word(index + 2));
    features.add("b-1=" + prev + "_" + w);
    features.add("b+1=" + w + "_" + next);
    String shape = seq.shape[index];
    features.add("s=" + shape);
    features.add("s-1=" + (index > 0 ? seq.shape[index - 1] : "<S>"));
    features.add("s+1=" + (index + 1 < tokens.length ? seq.shape[index + 1] : "</S>"));
    features.add("s-1s=" + (index > 0 ? seq.shape[index - 1] : "<S>") + "_" + shape);
    features.add("ss+1=" + shape + "_" + (index + 1 < tokens.length ? seq.shape[index + 1] : ""));
    boolean first = index == 0 || isSentenceEnd(tokens[index - 1]);
    if (first) {
      features.add("first_s=" + shape);
    }
    if (seq.headline) {
      features.add("headline");
      features.add("headline_w=" + w);
    }
    affixes(features, "", w);
    history(features, w);
    if (arabic) {
      String st = seq.stripped[index];
      if (!st.equals(w)) {
        features.add("st=" + st);
        features.add("pfx=" + w.substring(0, w.length() - st.length()));
      }
      String core = ArabicClitics.core(w);
      features.add("core=" + core);
      if (!core.equals(st)) {
        features.add("def");
      }
      affixes(features, "c", core);
      features.add("st-1=" + (index > 0 ? seq.stripped[index - 1] : "<S>"));
      features.add("st+1=" + (index + 1 < tokens.length ? seq.stripped[index + 1] : "</S>"));
    }
    lexicon(features, "", index);
    lexicon(features, "-1", index - 1);
    lexicon(features, "+1", index + 1);
    lexicon(features, "-2", index - 2);
    gazetteer(features, "", index);
    gazetteer(features, "-1", index - 1);
    gazetteer(features, "+1", index + 1);
    wordClasses(features, "", index, true);
    wordClasses(features, "-1", index - 1, false);
    wordClasses(features, "+1", index + 1, false);
  }

  /** The types given earlier in the body to this word (Ratinov and Roth's prediction history). */
  private void history(List<String> features, String w) {
    int[] h = history.get(w);
    if (h == null) {
      return;
    }
    int best = 0;
    for (int k = 1; k < h.length; k++) {
      if (h[k] > h[best]) {
        best = k;
      }
    }
    features.add("hist=" + TYPES.get(best));
    features.add("hist_s=" + TYPES.get(best) + "_" + (h[best] * 2 > sum(h) ? "most" : "some"));
  }

  private static int sum(int[] h) {
    int s = 0;
    for (int x : h) {
      s += x;
    }
    return s;
  }

  private static final List<String> TYPES = List.of("PER", "LOC", "ORG", "MISC");

  @Override
  public void updateAdaptiveData(String[] tokens, String[] outcomes) {
    Seq s = tokens == current ? seq : new Seq(tokens);
    for (int i = 0; i < tokens.length && i < outcomes.length; i++) {
      String o = outcomes[i];
      int dash = o.lastIndexOf('-');
      if (dash <= 0 || !(Character.isUpperCase(tokens[i].codePointAt(0)) || arabic)) {
        continue;
      }
      int type = TYPES.indexOf(o.substring(0, dash));
      if (type >= 0) {
        history.computeIfAbsent(s.norm[i], k -> new int[TYPES.size()])[type]++;
      }
    }
  }

  @Override
  public void clearAdaptiveData() {
    history.clear();
  }

  private String word(int i) {
    if (i < 0) {
      return "<S>";
    }
    if (i >= seq.norm.length) {
      return "</S>";
    }
    return seq.norm[i];
  }

  private static void affixes(List<String> features, String tag, String w) {
    int n = w.length();
    for (int k = 1; k <= 4 && k < n; k++) {
      features.add(tag + "pre" + k + "=" + w.substring(0, k));
      features.add(tag + "suf" + k + "=" + w.substring(n - k));
    }
  }

  private void lexicon(List<String> features, String tag, int i) {
    if (i >= 0 && i < seq.lex.length && seq.lex[i] != null) {
      features.add("lx" + tag + "=" + seq.lex[i]);
    }
  }

  private void gazetteer(List<String> features, String tag, int i) {
    if (i >= 0 && i < seq.gaz.length && seq.gaz[i] != null) {
      features.add("gz" + tag + "=" + seq.gaz[i]);
    }
  }

  private void wordClasses(List<String> features, String tag, int i, boolean all) {
    if (i < 0 || i >= seq.norm.length) {
      return;
    }
    String[] c = classes.of(seq.norm[i]);
    if (c.length == 0 && arabic) {
      c = classes.of(seq.stripped[i]);
    }
    if (c.length == 0) {
      features.add("wc" + tag + "=unk");
      return;
    }
    for (int k = 0; k < c.length; k++) {
      if (all || k < 2 || c[k].startsWith("cap")) {
        features.add("wc" + tag + "=" + c[k]);
      }
    }
  }

  static boolean isSentenceEnd(String t) {
    return t.length() == 1 && ".!?؟:\"“”«»".indexOf(t.charAt(0)) >= 0;
  }

  /** Word shape: "Xx", "XX", "x", "X.", "d", "A" (Arabic), with runs collapsed to one mark. */
  static String shape(String t) {
    StringBuilder sb = new StringBuilder(4);
    char last = 0;
    for (int i = 0; i < t.length() && sb.length() < 6; ) {
      int cp = t.codePointAt(i);
      char c;
      if (ArabicText.isArabicLetter(cp)) {
        c = 'A';
      } else if (Character.isUpperCase(cp)) {
        c = 'X';
      } else if (Character.isLowerCase(cp)) {
        c = 'x';
      } else if (Character.isDigit(cp)) {
        c = 'd';
      } else if (Character.isLetter(cp)) {
        c = 'L';
      } else if (Character.getType(cp) == Character.NON_SPACING_MARK) {
        i += Character.charCount(cp);
        continue;
      } else {
        c = t.charAt(i);
      }
      if (c != last) {
        sb.append(c);
        last = c;
      }
      i += Character.charCount(cp);
    }
    if (t.length() == 1 && Character.isUpperCase(t.charAt(0))) {
      return "X1";
    }
    return sb.toString();
  }
}
