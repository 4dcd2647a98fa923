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
 * cities, gazetteer.tsv), the training corpus's names ({@link NameList}) and lexicon.txt triggers
 * (titles, organisation heads, given names, reporting verbs).
 *
 * <p>Features come in two kinds: {@link #word} features depend on one token's text alone (seen from
 * the token itself or from a neighbour), {@link #context} features on the sequence or the body.
 * {@link SequenceDecoder} keeps the weights of the first kind per word. One instance per decoder or
 * trainer (not thread-safe): the analysis of a sequence is computed once and reused for every
 * token.
 */
final class NewsFeatures implements AdaptiveFeatureGenerator {
  /** Word features are given for the token and its neighbours up to this distance. */
  static final int WINDOW = 2;

  private static final String[] TAGS = {"-2", "-1", "", "+1", "+2"};

  /** The names of the word and shape features per offset ("w-2"... "s+2"). */
  private static final String[] W = {"w-2", "w-1", "w", "w+1", "w+2"};

  private static final String[] S = {"s-2", "s-1", "s", "s+1", "s+2"};

  private static final String[] GZ = {"gz", "gz-1", "gz+1"};
  private static final String[] NL = {"nl", "nl-1", "nl+1"};

  private final boolean arabic;
  private final WordClasses classes;
  private final NameList names;
  private final WordFacts facts;
  private final Gazetteer gazetteer;

  private String[] current;
  private Seq seq;

  /** Per body: how often each word was tagged PER, LOC, ORG, MISC in earlier sequences. */
  private final Map<String, int[]> history = new HashMap<>();

  NewsFeatures(
      boolean arabic, WordClasses classes, NameList names, Lexicon lexicon, Gazetteer gazetteer) {
    this.arabic = arabic;
    this.classes = classes;
    this.names = names;
    this.facts = new WordFacts(lexicon, names);
    this.gazetteer = gazetteer;
  }

  /** What the features need about each token of one sequence. */
  final class Seq {
    final String[] tokens;
    final String[] norm;
    final String[] shape;
    final String[] stripped;
    final String[] lex;
    final String[] gaz;
    final String[] listed;

    /** OpenNLP's token class ({@code FeatureGeneratorUtil.tokenFeature}), for "powf" features. */
    final String[] tokenClass;

    /** The cached entry of each token's word (the decoder keeps its weights there). */
    final WordFacts.Entry[] entries;

    final boolean headline;

    Seq(String[] tokens) {
      this.tokens = tokens;
      int n = tokens.length;
      norm = new String[n];
      shape = new String[n];
      stripped = new String[n];
      lex = new String[n];
      gaz = new String[n];
      tokenClass = new String[n];
      entries = new WordFacts.Entry[n];
      NameList.Start[] starts = new NameList.Start[n];
      NameList.Start[] strippedStarts = new NameList.Start[n];
      int letters = 0;
      int caps = 0;
      for (int i = 0; i < n; i++) {
        String t = tokens[i];
        entries[i] = facts.entry(t);
        WordFacts.Word w = entries[i].word;
        starts[i] = w.listed();
        strippedStarts[i] = arabic ? w.listedStripped() : NameList.NONE;
        norm[i] = w.norm();
        shape[i] = w.shape();
        stripped[i] = w.stripped();
        lex[i] = w.lex();
        tokenClass[i] = w.tokenClass();
        if (!w.arabic() && Character.isLetter(t.codePointAt(0))) {
          letters++;
          if (t.length() > 1 && t.equals(t.toUpperCase(Locale.ROOT))) {
            caps++;
          }
        }
      }
      headline = letters >= 3 && caps * 10 >= letters * 7;
      markGazetteer(tokens);
      listed =
          names == null
              ? new String[n]
              : names.tags(norm, arabic ? stripped : null, starts, strippedStarts);
    }

    int size() {
      return tokens.length;
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

  /** The analysis of a sequence, computed once and reused for each of its tokens. */
  Seq analyse(String[] tokens) {
    if (tokens != current) {
      current = tokens;
      seq = new Seq(tokens);
    }
    return seq;
  }

  @Override
  public void createFeatures(
      List<String> features, String[] tokens, int index, String[] previousOutcomes) {
    Seq s = analyse(tokens);
    for (int off = -WINDOW; off <= WINDOW; off++) {
      int j = index + off;
      if (j >= 0 && j < tokens.length) {
        word(features, s, j, off);
      }
    }
    context(features, s, index);
  }

  /**
   * The features token {@code j} gives when seen from {@code offset} tokens away (0: the token
   * itself). They depend on the token's text alone, never on its neighbours, so that a decoder may
   * keep their weights per word ({@link SequenceDecoder}).
   */
  void word(List<String> features, Seq s, int j, int offset) {
    String tag = TAGS[offset + WINDOW];
    String w = s.norm[j];
    features.add("w" + tag + "=" + w);
    if (offset == 2 || offset == -2) {
      lexicon(features, tag, s, j);
      return;
    }
    features.add("s" + tag + "=" + s.shape[j]);
    if (arabic) {
      features.add("st" + tag + "=" + s.stripped[j]);
    }
    lexicon(features, tag, s, j);
    wordClasses(features, tag, s, j, offset == 0);
    if (offset != 0) {
      return;
    }
    affixes(features, "", w);
    if (arabic) {
      String st = s.stripped[j];
      if (!st.equals(w)) {
        features.add("pfx=" + w.substring(0, w.length() - st.length()));
      }
      String core = ArabicClitics.core(w);
      features.add("core=" + core);
      if (!core.equals(st)) {
        features.add("def");
      }
      affixes(features, "c", core);
    }
  }

  /** The features of token {@code index} that depend on its neighbours or on the body. */
  void context(List<String> features, Seq s, int index) {
    context(ContextSink.strings(features), s, index);
  }

  /** {@link #context(List, Seq, int)} into a {@link ContextSink}. */
  void context(ContextSink features, Seq s, int index) {
    int n = s.size();
    for (int off = -WINDOW; off <= WINDOW; off++) {
      int j = index + off;
      if (j < 0 || j >= n) {
        String edge = j < 0 ? "<S>" : "</S>";
        features.add(W[off + WINDOW], edge);
        if (off == 1 || off == -1) {
          features.add(S[off + WINDOW], edge);
        }
      }
    }
    String w = s.norm[index];
    String prev = index > 0 ? s.norm[index - 1] : "<S>";
    String next = index + 1 < n ? s.norm[index + 1] : "</S>";
    features.add("b-1", prev, w);
    features.add("b+1", w, next);
    String shape = s.shape[index];
    features.add("s-1s", index > 0 ? s.shape[index - 1] : "<S>", shape);
    features.add("ss+1", shape, index + 1 < n ? s.shape[index + 1] : "");
    if (index == 0 || isSentenceEnd(s.tokens[index - 1])) {
      features.add("first_s", shape);
    }
    if (s.headline) {
      features.add("headline");
      features.add("headline_w", w);
    }
    history(features, w);
    tagged(features, GZ, s.gaz, index);
    tagged(features, NL, s.listed, index);
  }

  /** A per-token tag of the token and its neighbours (gazetteer, name list). */
  private static void tagged(ContextSink features, String[] names, String[] tags, int index) {
    if (tags[index] != null) {
      features.add(names[0], tags[index]);
    }
    if (index > 0 && tags[index - 1] != null) {
      features.add(names[1], tags[index - 1]);
    }
    if (index + 1 < tags.length && tags[index + 1] != null) {
      features.add(names[2], tags[index + 1]);
    }
  }

  /** The types given earlier in the body to this word (Ratinov and Roth's prediction history). */
  private void history(ContextSink features, String w) {
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
    features.add("hist", TYPES.get(best));
    features.add("hist_s", TYPES.get(best), h[best] * 2 > sum(h) ? "most" : "some");
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
    Seq s = analyse(tokens);
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

  private static void affixes(List<String> features, String tag, String w) {
    int n = w.length();
    for (int k = 1; k <= 4 && k < n; k++) {
      features.add(tag + "pre" + k + "=" + w.substring(0, k));
      features.add(tag + "suf" + k + "=" + w.substring(n - k));
    }
  }

  private static void lexicon(List<String> features, String tag, Seq s, int j) {
    if (s.lex[j] != null) {
      features.add("lx" + tag + "=" + s.lex[j]);
    }
  }

  private void wordClasses(List<String> features, String tag, Seq s, int j, boolean all) {
    String[] c = classes.of(s.norm[j]);
    if (c.length == 0 && arabic) {
      c = classes.of(s.stripped[j]);
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
