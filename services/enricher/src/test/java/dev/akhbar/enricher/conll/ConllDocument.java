package dev.akhbar.enricher.conll;

import java.util.ArrayList;
import java.util.List;

/**
 * Consecutive sentences of a CoNLL file rebuilt as one article body: tokens joined by a space,
 * sentences by a newline (the files carry no document boundaries, so sentences are grouped up to
 * about the size of a news article). Keeps where each token sits, to map character spans back to
 * tokens.
 */
public final class ConllDocument {
  /** Bodies grow up to about this many characters (the demo article has 2,200). */
  public static final int ARTICLE_CHARS = 2200;

  private final List<ConllSentence> sentences;
  private final String text;
  private final int[][] starts;
  private final int[] sentenceAt;
  private final int[] tokenAt;

  ConllDocument(List<ConllSentence> sentences) {
    this.sentences = List.copyOf(sentences);
    StringBuilder sb = new StringBuilder();
    starts = new int[sentences.size()][];
    for (int s = 0; s < sentences.size(); s++) {
      if (s > 0) {
        sb.append('\n');
      }
      List<String> tokens = sentences.get(s).tokens();
      starts[s] = new int[tokens.size()];
      for (int i = 0; i < tokens.size(); i++) {
        if (i > 0) {
          sb.append(' ');
        }
        starts[s][i] = sb.length();
        sb.append(tokens.get(i));
      }
    }
    text = sb.toString();
    sentenceAt = new int[text.length()];
    tokenAt = new int[text.length()];
    java.util.Arrays.fill(tokenAt, -1);
    for (int s = 0; s < starts.length; s++) {
      for (int i = 0; i < starts[s].length; i++) {
        for (int c = start(s, i); c < end(s, i); c++) {
          sentenceAt[c] = s;
          tokenAt[c] = i;
        }
      }
    }
  }

  /** Groups sentences, in order, into bodies of about {@code chars} characters. */
  public static List<ConllDocument> group(List<ConllSentence> sentences, int chars) {
    List<ConllDocument> docs = new ArrayList<>();
    List<ConllSentence> current = new ArrayList<>();
    int size = 0;
    for (ConllSentence s : sentences) {
      int len = s.tokens().stream().mapToInt(t -> t.length() + 1).sum();
      if (!current.isEmpty() && size + len > chars) {
        docs.add(new ConllDocument(current));
        current.clear();
        size = 0;
      }
      current.add(s);
      size += len;
    }
    if (!current.isEmpty()) {
      docs.add(new ConllDocument(current));
    }
    return docs;
  }

  public String text() {
    return text;
  }

  public List<ConllSentence> sentences() {
    return sentences;
  }

  public int start(int sentence, int token) {
    return starts[sentence][token];
  }

  public int end(int sentence, int token) {
    return starts[sentence][token] + sentences.get(sentence).tokens().get(token).length();
  }

  /**
   * The sentence and token range {@code [sentence, first, last)} of the tokens that a character
   * span {@code [start, end)} touches, or null when it crosses sentences or touches none.
   */
  public int[] tokensOf(int start, int end) {
    int sentence = -1;
    int first = -1;
    int last = -1;
    for (int c = Math.max(0, start); c < Math.min(end, text.length()); c++) {
      if (tokenAt[c] < 0) {
        continue;
      }
      if (sentence >= 0 && sentenceAt[c] != sentence) {
        return null;
      }
      sentence = sentenceAt[c];
      if (first < 0) {
        first = tokenAt[c];
      }
      last = tokenAt[c] + 1;
    }
    return first < 0 ? null : new int[] {sentence, first, last};
  }

  /** The sentence and token index of the character at {@code offset}, or null between tokens. */
  public int[] tokenAt(int offset) {
    return tokenAt[offset] < 0 ? null : new int[] {sentenceAt[offset], tokenAt[offset]};
  }
}
