package dev.akhbar.enricher.conll;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The errors behind a {@link ConllScore}, by kind: each gold chunk (PER, LOC, ORG) not predicted
 * exactly is a wrong type (a prediction on the same tokens), a boundary error (an overlapping
 * prediction of the same type, or of another type), or missed outright; each prediction left over
 * is spurious. A prediction explains one gold chunk at most.
 */
public final class ConllErrors {
  private static final String[] KINDS = {
    "missed", "boundary same type", "boundary other type", "wrong type", "spurious"
  };

  private final Map<String, int[]> counts = new LinkedHashMap<>();

  public ConllErrors() {
    for (String t : ConllScore.TYPES) {
      counts.put(t, new int[KINDS.length]);
    }
  }

  private record Chunk(String type, int sentence, int start, int end) {
    boolean overlaps(Chunk o) {
      return sentence == o.sentence && start < o.end && o.start < end;
    }

    boolean sameTokens(Chunk o) {
      return sentence == o.sentence && start == o.start && end == o.end;
    }
  }

  /** Counts the errors of the mentions predicted for one document. */
  public void add(ConllDocument doc, List<ConllScore.Mention> predicted) {
    List<Chunk> gold = new ArrayList<>();
    for (int s = 0; s < doc.sentences().size(); s++) {
      for (ConllSentence.Chunk c : doc.sentences().get(s).chunks()) {
        if (counts.containsKey(c.type())) {
          gold.add(new Chunk(c.type(), s, c.start(), c.end()));
        }
      }
    }
    List<Chunk> pred = new ArrayList<>();
    for (ConllScore.Mention m : predicted) {
      int[] span = doc.tokensOf(m.start(), m.end());
      Chunk c = span == null ? null : new Chunk(m.type(), span[0], span[1], span[2]);
      if (c != null && counts.containsKey(c.type()) && !pred.contains(c)) {
        pred.add(c);
      }
    }
    List<Chunk> left = new ArrayList<>(gold);
    left.removeIf(pred::remove);
    for (Chunk g : left) {
      Chunk p = pred.stream().filter(g::sameTokens).findFirst().orElse(null);
      int kind = 3;
      if (p == null) {
        p = pred.stream().filter(g::overlaps).findFirst().orElse(null);
        kind = p == null ? 0 : p.type().equals(g.type()) ? 1 : 2;
      }
      counts.get(g.type())[kind]++;
      pred.remove(p);
    }
    pred.forEach(p -> counts.get(p.type())[4]++);
  }

  /**
   * Per kind for one type: missed, boundary same type, boundary other type, wrong type, spurious.
   */
  public int[] counts(String type) {
    return counts.get(type).clone();
  }

  public void print(PrintStream out, String title) {
    out.printf(Locale.ROOT, "%n-- errors by kind, %s --%n%-6s", title, "");
    for (String k : KINDS) {
      out.printf(Locale.ROOT, " %20s", k);
    }
    out.println();
    counts.forEach(
        (type, c) -> {
          out.printf(Locale.ROOT, "%-6s", type);
          for (int x : c) {
            out.printf(Locale.ROOT, " %20d", x);
          }
          out.println();
        });
  }
}
