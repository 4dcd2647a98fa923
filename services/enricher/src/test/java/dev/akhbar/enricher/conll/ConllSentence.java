package dev.akhbar.enricher.conll;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One sentence of a CoNLL-format file: one {@code token TAG} a line (IOB2 or IOB1; the tag is the
 * last column), a blank line between sentences, {@code -DOCSTART-} lines skipped. ANERcorp's {@code
 * PERS} is read as {@code PER}.
 */
public record ConllSentence(List<String> tokens, List<String> tags) {

  public static List<ConllSentence> read(Path file) throws IOException {
    List<ConllSentence> out = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        String l = line.strip();
        if (l.isEmpty() || l.startsWith("-DOCSTART-")) {
          if (!tokens.isEmpty()) {
            out.add(new ConllSentence(List.copyOf(tokens), List.copyOf(tags)));
            tokens.clear();
            tags.clear();
          }
          continue;
        }
        String[] cols = l.split("\\s+");
        if (cols.length < 2) {
          throw new IOException(file + ": no tag on line \"" + l + "\"");
        }
        tokens.add(cols[0]);
        tags.add(tag(cols[cols.length - 1]));
      }
    }
    if (!tokens.isEmpty()) {
      out.add(new ConllSentence(List.copyOf(tokens), List.copyOf(tags)));
    }
    return out;
  }

  static String tag(String t) {
    if (t.equals("O")) {
      return t;
    }
    return t.endsWith("-PERS") ? t.substring(0, t.length() - 1) : t;
  }

  /**
   * The entity chunks of this sentence by conlleval's rules: a chunk starts at B-X, or at I-X after
   * O or another type, and ends before the next start or O.
   */
  public List<Chunk> chunks() {
    List<Chunk> out = new ArrayList<>();
    int start = -1;
    String type = null;
    for (int i = 0; i <= tags.size(); i++) {
      String tag = i < tags.size() ? tags.get(i) : "O";
      String t = tag.equals("O") ? null : tag.substring(2);
      boolean begins = t != null && (tag.startsWith("B-") || !t.equals(type));
      if (type != null && (t == null || begins)) {
        out.add(new Chunk(type, start, i));
        type = null;
      }
      if (begins) {
        start = i;
        type = t;
      }
    }
    return out;
  }

  /** An entity over tokens {@code [start, end)} of a sentence. */
  public record Chunk(String type, int start, int end) {}
}
