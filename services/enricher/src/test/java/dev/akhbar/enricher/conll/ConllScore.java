package dev.akhbar.enricher.conll;

import java.io.PrintStream;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Exact-match scoring of entity chunks by conlleval's rules: a predicted chunk counts only when its
 * type and both token boundaries equal a gold chunk's. Per type (PER, LOC, ORG) and micro-averaged
 * over them; gold MISC chunks are not scored (the enricher does not produce MISC).
 */
public final class ConllScore {
  public static final List<String> TYPES = List.of("PER", "LOC", "ORG");

  /** A predicted mention: type (PER, LOC, ORG) and character span in the document text. */
  public record Mention(String type, int start, int end) {}

  private final Map<String, int[]> counts = new LinkedHashMap<>();
  private int sentences;
  private int tokens;

  public ConllScore() {
    for (String t : TYPES) {
      counts.put(t, new int[3]);
    }
  }

  /** Scores the mentions predicted for one document. */
  public void add(ConllDocument doc, List<Mention> predicted) {
    for (int s = 0; s < doc.sentences().size(); s++) {
      sentences++;
      tokens += doc.sentences().get(s).tokens().size();
    }
    for (int[][] bySentence : countsByType(doc, predicted)) {
      for (int t = 0; t < TYPES.size(); t++) {
        int[] c = counts.get(TYPES.get(t));
        for (int k = 0; k < 3; k++) {
          c[k] += bySentence[t][k];
        }
      }
    }
  }

  /**
   * Micro counts (true positives, false positives, misses over PER, LOC and ORG) of each sentence
   * of a document: what {@link #add} sums, kept apart for a paired comparison of two systems.
   */
  public static int[][] sentenceCounts(ConllDocument doc, List<Mention> predicted) {
    int[][][] byType = countsByType(doc, predicted);
    int[][] out = new int[byType.length][3];
    for (int s = 0; s < byType.length; s++) {
      for (int[] c : byType[s]) {
        for (int k = 0; k < 3; k++) {
          out[s][k] += c[k];
        }
      }
    }
    return out;
  }

  /** Per sentence, per type of {@link #TYPES}: true positives, false positives, misses. */
  private static int[][][] countsByType(ConllDocument doc, List<Mention> predicted) {
    Set<List<Object>> gold = new HashSet<>();
    for (int s = 0; s < doc.sentences().size(); s++) {
      for (ConllSentence.Chunk c : doc.sentences().get(s).chunks()) {
        if (TYPES.contains(c.type())) {
          gold.add(List.of(c.type(), s, c.start(), c.end()));
        }
      }
    }
    Set<List<Object>> pred = new HashSet<>();
    for (Mention m : predicted) {
      int[] span = doc.tokensOf(m.start(), m.end());
      if (span != null && TYPES.contains(m.type())) {
        pred.add(List.of(m.type(), span[0], span[1], span[2]));
      }
    }
    int[][][] out = new int[doc.sentences().size()][TYPES.size()][3];
    for (List<Object> p : pred) {
      out[(Integer) p.get(1)][TYPES.indexOf((String) p.get(0))][gold.contains(p) ? 0 : 1]++;
    }
    for (List<Object> g : gold) {
      if (!pred.contains(g)) {
        out[(Integer) g.get(1)][TYPES.indexOf((String) g.get(0))][2]++;
      }
    }
    return out;
  }

  /** Appends, per sentence, the gold chunks missed and the predicted ones that are wrong. */
  public static void differences(ConllDocument doc, List<Mention> predicted, StringBuilder out) {
    for (int s = 0; s < doc.sentences().size(); s++) {
      ConllSentence sentence = doc.sentences().get(s);
      Set<String> gold = new java.util.TreeSet<>();
      for (ConllSentence.Chunk c : sentence.chunks()) {
        if (TYPES.contains(c.type())) {
          gold.add(
              c.type() + " " + String.join(" ", sentence.tokens().subList(c.start(), c.end())));
        }
      }
      Set<String> pred = new java.util.TreeSet<>();
      for (Mention m : predicted) {
        int[] span = doc.tokensOf(m.start(), m.end());
        if (span != null && span[0] == s) {
          pred.add(m.type() + " " + String.join(" ", sentence.tokens().subList(span[1], span[2])));
        }
      }
      if (!gold.equals(pred)) {
        out.append(String.join(" ", sentence.tokens())).append('\n');
        for (String g : gold) {
          if (!pred.contains(g)) {
            out.append("  missed  ").append(g).append('\n');
          }
        }
        for (String p : pred) {
          if (!gold.contains(p)) {
            out.append("  wrong   ").append(p).append('\n');
          }
        }
      }
    }
  }

  public double precision(String type) {
    int[] c = total(type);
    return c[0] + c[1] == 0 ? 0 : c[0] / (double) (c[0] + c[1]);
  }

  public double recall(String type) {
    int[] c = total(type);
    return c[0] + c[2] == 0 ? 0 : c[0] / (double) (c[0] + c[2]);
  }

  public double f1(String type) {
    double p = precision(type);
    double r = recall(type);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** Micro-averaged F1 over PER, LOC and ORG. */
  public double microF1() {
    return f1("ALL");
  }

  private int[] total(String type) {
    if (!type.equals("ALL")) {
      return counts.get(type);
    }
    int[] sum = new int[3];
    for (int[] c : counts.values()) {
      for (int k = 0; k < 3; k++) {
        sum[k] += c[k];
      }
    }
    return sum;
  }

  public void print(PrintStream out, String title) {
    out.printf(Locale.ROOT, "%n== %s: %d sentences, %d tokens ==%n", title, sentences, tokens);
    out.printf(
        Locale.ROOT,
        "%-12s %9s %9s %9s %6s %6s %6s%n",
        "",
        "precision",
        "recall",
        "F1",
        "tp",
        "fp",
        "fn");
    for (String t : List.of("PER", "LOC", "ORG", "ALL")) {
      int[] c = total(t);
      out.printf(
          Locale.ROOT,
          "%-12s %9.4f %9.4f %9.4f %6d %6d %6d%n",
          t.equals("ALL") ? "micro" : t,
          precision(t),
          recall(t),
          f1(t),
          c[0],
          c[1],
          c[2]);
    }
  }
}
