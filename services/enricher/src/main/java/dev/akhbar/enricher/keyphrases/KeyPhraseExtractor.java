package dev.akhbar.enricher.keyphrases;

import dev.akhbar.enricher.entities.Lexicon;
import dev.akhbar.enricher.text.Token;
import dev.akhbar.enricher.text.Tokenizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Key phrases (Arabic and English): word n-grams (1 to 3) inside runs of content words (no stop
 * word from Lucene's Arabic and English stop sets, no reporting verb, no number), counted on a
 * light stem (Arabic conjunction, preposition and article removed) so that "العلاقات" and
 * "والعلاقات" count together. Score: occurrences, doubled when the phrase is also in the title,
 * longer phrases favoured; a phrase inside a better-scored longer one is dropped.
 */
public final class KeyPhraseExtractor {
  private static final int MAX = 10;

  private final Lexicon lexicon;

  /** Words that say when, not what: weekdays and months from CLDR (ICU4J), and a few more. */
  private final java.util.Set<String> temporal = new java.util.HashSet<>();

  public KeyPhraseExtractor(Lexicon lexicon) {
    this.lexicon = lexicon;
    for (String locale : List.of("ar", "ar_SY", "en")) {
      com.ibm.icu.text.DateFormatSymbols symbols =
          com.ibm.icu.text.DateFormatSymbols.getInstance(new com.ibm.icu.util.ULocale(locale));
      for (String w : symbols.getWeekdays()) {
        addTemporal(w);
      }
      for (String m : symbols.getMonths()) {
        addTemporal(m);
      }
    }
    for (String w :
        List.of(
            "الأسبوع",
            "الاسبوع",
            "أسبوع",
            "الشهر",
            "شهر",
            "العام",
            "السنة",
            "اليوم",
            "أمس",
            "الجاري",
            "الماضي",
            "المقبل",
            "نهاية",
            "week",
            "weeks",
            "month",
            "months",
            "year",
            "years",
            "today",
            "yesterday",
            "tomorrow")) {
      addTemporal(w);
    }
  }

  private void addTemporal(String w) {
    if (w != null && !w.isBlank()) {
      temporal.add(stem(dev.akhbar.enricher.text.ArabicText.normalize(w), true));
    }
  }

  private record Candidate(String key, String surface, int words, double score) {}

  public List<String> extract(String title, String body) {
    return extract(title, Tokenizer.tokenize(title), body, Tokenizer.tokenize(body));
  }

  /** Key phrases of a title and body already tokenised ({@link Tokenizer}). */
  public List<String> extract(
      String title, List<Token> titleTokens, String body, List<Token> bodyTokens) {
    Map<String, Integer> counts = new HashMap<>();
    Map<String, String> surfaces = new HashMap<>();
    Map<String, Integer> lengths = new HashMap<>();
    count(body, bodyTokens, counts, surfaces, lengths);
    Map<String, Integer> titleCounts = new HashMap<>();
    count(title, titleTokens, titleCounts, new HashMap<>(), new HashMap<>());
    List<Candidate> candidates = new ArrayList<>();
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      int n = lengths.get(e.getKey());
      int c = e.getValue();
      boolean inTitle = titleCounts.containsKey(e.getKey());
      if (c < 2 && !inTitle) {
        continue;
      }
      if (n == 1
          && (temporal.contains(e.getKey()) || lexicon.has("nationality", "ال" + e.getKey()))) {
        continue;
      }
      double score = c * (inTitle ? 2.0 : 1.0) * (n == 1 ? 1.0 : n == 2 ? 1.8 : 2.2);
      candidates.add(new Candidate(e.getKey(), surfaces.get(e.getKey()), n, score));
    }
    candidates.sort(
        Comparator.comparingDouble(Candidate::score).reversed().thenComparing(Candidate::key));
    List<Candidate> picked = new ArrayList<>();
    for (Candidate c : candidates) {
      boolean covered = false;
      for (Candidate p : picked) {
        if ((" " + p.key() + " ").contains(" " + c.key() + " ")) {
          covered = true;
          break;
        }
      }
      if (!covered) {
        picked.add(c);
      }
      if (picked.size() == MAX) {
        break;
      }
    }
    return picked.stream().map(Candidate::surface).toList();
  }

  /** Counts the phrases of {@code text}, given as its tokens. */
  private void count(
      String text,
      List<Token> tokens,
      Map<String, Integer> counts,
      Map<String, String> surfaces,
      Map<String, Integer> lengths) {
    List<Token> run = new ArrayList<>();
    for (Token t : tokens) {
      if (content(t) && !(t.isPunct())) {
        run.add(t);
      } else {
        ngrams(text, run, counts, surfaces, lengths);
        run.clear();
      }
    }
    ngrams(text, run, counts, surfaces, lengths);
  }

  private void ngrams(
      String text,
      List<Token> run,
      Map<String, Integer> counts,
      Map<String, String> surfaces,
      Map<String, Integer> lengths) {
    String[] stems = new String[run.size()];
    for (int i = 0; i < stems.length; i++) {
      stems[i] = stem(run.get(i).norm(), true);
    }
    StringBuilder key = new StringBuilder();
    for (int i = 0; i < run.size(); i++) {
      key.setLength(0);
      for (int n = 1; n <= 3 && i + n <= run.size(); n++) {
        if (n > 1) {
          key.append(' ');
        }
        key.append(stems[i + n - 1]);
        String k = key.toString();
        if (counts.merge(k, 1, Integer::sum) == 1) {
          lengths.put(k, n);
          surfaces.put(k, text.substring(run.get(i).start(), run.get(i + n - 1).end()));
        }
      }
    }
  }

  private boolean content(Token t) {
    if (!t.isWord()) {
      return false;
    }
    String n = t.norm();
    return n.length() > 2
        && !lexicon.isStopword(n)
        && !lexicon.has("reporting-verb", n)
        && !(n.length() > 3
            && (n.startsWith("و") || n.startsWith("ف"))
            && (lexicon.isStopword(n.substring(1))
                || lexicon.has("reporting-verb", n.substring(1))));
  }

  /** Light stem: leading و/ف, then ب/ل/ك, then ال (the same for every word of a phrase). */
  static String stem(String n, boolean first) {
    String s = n;
    if (s.length() > 4 && (s.startsWith("و") || s.startsWith("ف"))) {
      s = s.substring(1);
    }
    if (s.startsWith("لل") && s.length() > 4) {
      s = s.substring(2);
    } else if (s.length() > 4
        && (s.startsWith("ب") || s.startsWith("ل") || s.startsWith("ك"))
        && s.startsWith("ال", 1)) {
      s = s.substring(1);
    }
    if (s.startsWith("ال") && s.length() > 4) {
      s = s.substring(2);
    }
    return s;
  }
}
