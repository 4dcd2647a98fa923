package dev.akhbar.enricher.stories;

import dev.akhbar.enricher.text.Token;
import dev.akhbar.enricher.text.Tokenizer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * MinHash signatures over word 3-shingles of the normalised text (Arabic normaliser, lower case,
 * digits kept, punctuation dropped), 128 hash functions.
 */
public final class MinHash {
  public static final int HASHES = 128;
  private static final int SHINGLE = 3;
  private static final long[] SEEDS = new long[HASHES];

  static {
    long x = 0x9E3779B97F4A7C15L;
    for (int i = 0; i < HASHES; i++) {
      x += 0x9E3779B97F4A7C15L;
      SEEDS[i] = mix(x);
    }
  }

  private MinHash() {}

  /**
   * @param minhashes the signature
   * @param shingles distinct shingles in the text
   */
  public record Signature(int[] minhashes, int shingles) {
    /** Estimated Jaccard similarity of the two shingle sets. */
    public double jaccard(Signature other) {
      int same = 0;
      for (int i = 0; i < HASHES; i++) {
        if (minhashes[i] == other.minhashes[i]) {
          same++;
        }
      }
      return same / (double) HASHES;
    }

    /** Estimated share of the smaller text's shingles found in the other text. */
    public double containment(Signature other) {
      double j = jaccard(other);
      int small = Math.min(shingles, other.shingles);
      if (small == 0) {
        return 0;
      }
      double intersection = j * (shingles + other.shingles) / (1 + j);
      return Math.min(1.0, intersection / small);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Signature s
          && s.shingles == shingles
          && Arrays.equals(s.minhashes, minhashes);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(minhashes) * 31 + shingles;
    }
  }

  public static Signature of(String text) {
    return of(Tokenizer.tokenize(text));
  }

  /**
   * The signature of a text already tokenised; the tokens of a title and of its body one after the
   * other give the signature of {@code title + "\n" + body}.
   */
  public static Signature of(List<Token> tokens) {
    List<byte[]> words = new ArrayList<>(tokens.size());
    for (Token t : tokens) {
      if (!t.isPunct()) {
        words.add(t.norm().getBytes(StandardCharsets.UTF_8));
      }
    }
    Set<Long> shingles = new HashSet<>();
    for (int i = 0; i + SHINGLE <= words.size(); i++) {
      shingles.add(hash(words, i, i + SHINGLE));
    }
    if (shingles.isEmpty() && !words.isEmpty()) {
      shingles.add(hash(words, 0, words.size()));
    }
    int[] mins = new int[HASHES];
    Arrays.fill(mins, Integer.MAX_VALUE);
    for (long s : shingles) {
      for (int i = 0; i < HASHES; i++) {
        int h = (int) (mix(s ^ SEEDS[i]) >>> 32);
        if (h < mins[i]) {
          mins[i] = h;
        }
      }
    }
    return new Signature(mins, shingles.size());
  }

  /** FNV-1a over the UTF-8 of words[from..to) joined by spaces, then mixed. */
  private static long hash(List<byte[]> words, int from, int to) {
    long h = 0xcbf29ce484222325L;
    for (int w = from; w < to; w++) {
      if (w > from) {
        h ^= ' ';
        h *= 0x100000001b3L;
      }
      for (byte b : words.get(w)) {
        h ^= b;
        h *= 0x100000001b3L;
      }
    }
    return mix(h);
  }

  /** SplitMix64 finaliser. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
