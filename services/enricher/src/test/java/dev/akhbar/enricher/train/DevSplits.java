package dev.akhbar.enricher.train;

import dev.akhbar.enricher.conll.ConllSentence;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The development splits of a language, each held out of its own training run; the first one's
 * model ships. Arabic: the last tenth of the file as one block (later documents, as the CAMeL test
 * split follows its train split), optionally the tenth before it (a second unseen block, scored but
 * never tuned on) and every 10th sentence (sentences of the training documents: optimistic).
 * English: eng.testa.
 */
final class DevSplits {
  private DevSplits() {}

  static final String ARABIC = "anercorp-ar-train.conll";

  static final String ENGLISH_TRAIN = "conll2003-en-train.conll";

  static final String ENGLISH_DEV = "conll2003-en-dev.conll";

  /** A training split and the development split held out of it. */
  record Split(String name, List<ConllSentence> train, List<ConllSentence> dev) {}

  /** Reads the corpus files of a language, adding each to {@code sources}. */
  static List<Split> of(String lang, Path corpus, List<String> arabicSplits, List<Source> sources)
      throws IOException {
    if (lang.equals("ar")) {
      Path file = corpus.resolve(ARABIC);
      sources.add(Source.of(file));
      return arabic(ConllSentence.read(file), arabicSplits);
    }
    Path file = corpus.resolve(ENGLISH_TRAIN);
    Path devFile = corpus.resolve(ENGLISH_DEV);
    sources.add(Source.of(file));
    sources.add(Source.of(devFile));
    return List.of(
        new Split(
            ENGLISH_DEV + " (eng.testa)", ConllSentence.read(file), ConllSentence.read(devFile)));
  }

  /**
   * The Arabic splits of one file: always the last tenth as one block; {@code block2} and {@code
   * every10} if {@code wanted} holds them.
   */
  static List<Split> arabic(List<ConllSentence> all, List<String> wanted) {
    List<Split> splits = new ArrayList<>();
    int tenth = all.size() / 10;
    int cut = all.size() - tenth;
    splits.add(
        new Split(
            ARABIC
                + ", last tenth of the sentences as one block (sentences "
                + (cut + 1)
                + "-"
                + all.size()
                + ", held out of training)",
            new ArrayList<>(all.subList(0, cut)),
            new ArrayList<>(all.subList(cut, all.size()))));
    if (wanted.contains("block2")) {
      int cut2 = cut - tenth;
      List<ConllSentence> train = new ArrayList<>(all.subList(0, cut2));
      train.addAll(all.subList(cut, all.size()));
      splits.add(
          new Split(
              ARABIC
                  + ", the tenth before the last as one block (sentences "
                  + (cut2 + 1)
                  + "-"
                  + cut
                  + ", held out of training; a test block: no choice was made on it)",
              train,
              new ArrayList<>(all.subList(cut2, cut))));
    }
    if (wanted.contains("every10")) {
      List<ConllSentence> train = new ArrayList<>();
      List<ConllSentence> dev = new ArrayList<>();
      for (int i = 0; i < all.size(); i++) {
        (i % 10 == 9 ? dev : train).add(all.get(i));
      }
      splits.add(new Split(ARABIC + ", every 10th sentence (held out of training)", train, dev));
    }
    return splits;
  }
}
