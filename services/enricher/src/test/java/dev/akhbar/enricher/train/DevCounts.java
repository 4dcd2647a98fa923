package dev.akhbar.enricher.train;

import dev.akhbar.enricher.conll.ConllDocument;
import dev.akhbar.enricher.conll.ConllSentence;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The development counts of one split, sentence by sentence, for the model alone and for the whole
 * recogniser: written by {@link DevScoring} to
 * target/ner-dev-counts-&lt;lang&gt;-&lt;split&gt;.tsv, so that two runs (a baseline and a variant)
 * can be compared on the same sentences with a {@link PairedBootstrap}. The Arabic and English
 * files carry no document boundaries that the reader keeps, so the unit resampled is the sentence;
 * the body each sentence was tagged in (consecutive sentences up to an article's size) is kept too,
 * as a coarser unit to check against.
 *
 * @param sentences one row per sentence, in order
 */
record DevCounts(List<Row> sentences) {

  /** The systems scored. */
  enum Scored {
    MODEL,
    RECOGNISER
  }

  /**
   * One sentence: the body it was tagged in, a hash of its tokens (two files must hold the same
   * sentences), and true positives, false positives and misses of the model and of the recogniser.
   */
  record Row(int body, String hash, int[] model, int[] recogniser) {
    int[] of(Scored system) {
      return system == Scored.MODEL ? model : recogniser;
    }
  }

  static DevCounts empty() {
    return new DevCounts(new ArrayList<>());
  }

  /** Adds the sentences of one body with their counts ({@code ConllScore.sentenceCounts}). */
  void add(ConllDocument body, int[][] model, int[][] recogniser) {
    int index = sentences.isEmpty() ? 0 : sentences.getLast().body() + 1;
    for (int s = 0; s < body.sentences().size(); s++) {
      sentences.add(new Row(index, hash(body.sentences().get(s)), model[s], recogniser[s]));
    }
  }

  static String hash(ConllSentence s) {
    return Integer.toHexString(String.join(" ", s.tokens()).hashCode());
  }

  /** The units to resample: each sentence, or each body (its sentences' counts summed). */
  int[][] units(Scored system, boolean byBody) {
    List<int[]> out = new ArrayList<>();
    int body = -1;
    for (Row r : sentences) {
      int[] c = r.of(system);
      if (!byBody || r.body() != body) {
        out.add(c.clone());
        body = r.body();
      } else {
        int[] last = out.getLast();
        for (int k = 0; k < 3; k++) {
          last[k] += c[k];
        }
      }
    }
    return out.toArray(int[][]::new);
  }

  void write(Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    StringBuilder sb =
        new StringBuilder("# body\tsentence hash\tmodel tp fp fn\trecogniser tp fp fn\n");
    for (Row r : sentences) {
      sb.append(r.body()).append('\t').append(r.hash());
      for (int[] c : List.of(r.model(), r.recogniser())) {
        sb.append('\t').append(c[0]).append(' ').append(c[1]).append(' ').append(c[2]);
      }
      sb.append('\n');
    }
    Files.writeString(file, sb, StandardCharsets.UTF_8);
  }

  static DevCounts read(Path file) throws IOException {
    List<Row> rows = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t");
      rows.add(new Row(Integer.parseInt(cols[0]), cols[1], counts(cols[2]), counts(cols[3])));
    }
    return new DevCounts(rows);
  }

  private static int[] counts(String col) {
    String[] c = col.split(" ");
    return new int[] {Integer.parseInt(c[0]), Integer.parseInt(c[1]), Integer.parseInt(c[2])};
  }

  /**
   * Prints the paired comparison of a variant with a baseline on the same sentences, for the model
   * alone and the recogniser, resampling sentences (and bodies, as a check).
   */
  static void compare(DevCounts baseline, DevCounts variant, String title, PrintStream out) {
    if (!baseline.hashes().equals(variant.hashes())) {
      throw new IllegalArgumentException(title + ": the two runs did not score the same sentences");
    }
    out.printf(
        "%n== %s: variant vs baseline, paired bootstrap of the micro-F1 difference ==%n", title);
    for (Scored system : Scored.values()) {
      for (boolean byBody : new boolean[] {false, true}) {
        PairedBootstrap.Result r =
            PairedBootstrap.compare(
                baseline.units(system, byBody),
                variant.units(system, byBody),
                PairedBootstrap.RESAMPLES,
                PairedBootstrap.SEED);
        out.printf(
            "%-10s by %-9s %s%n",
            system.name().toLowerCase(java.util.Locale.ROOT),
            byBody ? "bodies" : "sentences",
            r.line());
      }
    }
  }

  private List<String> hashes() {
    return sentences.stream().map(Row::hash).toList();
  }
}
