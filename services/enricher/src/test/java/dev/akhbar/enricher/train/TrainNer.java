package dev.akhbar.enricher.train;

import dev.akhbar.enricher.conll.ConllSentence;
import dev.akhbar.enricher.entities.model.WordClasses;
import dev.akhbar.testsupport.Infra;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.TrainingParameters;

/**
 * {@code make train-ner}: trains the Arabic and English name finders from a corpus folder (default
 * ../shared/ner-train), prints development precision/recall/F1 per type and micro-averaged (exact
 * match, conlleval rules, PER/LOC/ORG) for the model alone and for the enricher's recogniser, and
 * writes the model files and their provenance into the enricher's resources.
 *
 * <p>Per language: the development splits ({@link DevSplits}); for each, word classes of its
 * training sentences ({@link TrainingWordClasses}), a model trained without its development
 * sentences ({@link ModelFit}), read back from its file and scored ({@link DevScoring}); the first
 * split's model ships, or (Arabic by default) a model retrained on train + dev; then its {@link
 * Provenance}. The knobs ({@code NER_ARGS="-Dner.…"}) are in {@link TrainOptions}.
 */
public final class TrainNer {
  private TrainNer() {}

  public static void main(String[] args) throws Exception {
    TrainOptions options = TrainOptions.fromSystemProperties(Infra.repoRoot());
    for (String lang : options.languages()) {
      train(lang, options);
    }
  }

  static void train(String lang, TrainOptions options) throws Exception {
    long t0 = System.nanoTime();
    List<Source> sources = new ArrayList<>();
    List<DevSplits.Split> splits =
        DevSplits.of(lang, options.corpus(), options.arabicSplits(), sources);
    List<ConllSentence> allLabelled = new ArrayList<>(splits.get(0).train());
    allLabelled.addAll(splits.get(0).dev());

    TrainingParameters params = options.trainingParameters();
    Path out = options.out();
    Files.createDirectories(out);
    Path modelFile = out.resolve("ner-" + lang + ".bin");
    List<DevScoring.DevScores> scores = new ArrayList<>();
    WordClasses shippedClasses = null;
    for (int i = 0; i < splits.size(); i++) {
      DevSplits.Split split = splits.get(i);
      System.out.printf(
          "%n##### %s: %d training sentences, %d development sentences (%s)%n",
          lang, split.train().size(), split.dev().size(), split.name());
      WordClasses classes = TrainingWordClasses.learn(lang, split, options, sources, i == 0);
      if (i == 0) {
        shippedClasses = classes;
      }
      long t1 = System.nanoTime();
      TokenNameFinderModel model = ModelFit.fit(lang, split.train(), classes, options, params);
      System.out.printf("trained in %.0f s%n", (System.nanoTime() - t1) / 1e9);
      Path file = i == 0 ? modelFile : Path.of("target/ner-" + lang + "-split" + i + ".bin");
      Files.createDirectories(file.toAbsolutePath().getParent());
      ModelFit.save(model, file);
      // score the model as the enricher will load it: read back from its file
      scores.add(
          DevScoring.score(lang, new TokenNameFinderModel(file), split, i, options.compare()));
    }

    if (options.finalMode(lang).equals("all")) {
      long t2 = System.nanoTime();
      shippedClasses =
          TrainingWordClasses.learn(
              lang, new DevSplits.Split("all", allLabelled, List.of()), options, sources, false);
      ModelFit.save(ModelFit.fit(lang, allLabelled, shippedClasses, options, params), modelFile);
      System.out.printf("retrained on train + dev in %.0f s%n", (System.nanoTime() - t2) / 1e9);
    }
    Provenance.write(
        out.resolve("ner-" + lang + ".properties"),
        lang,
        sources,
        options,
        params,
        scores,
        shippedClasses.size(),
        Source.sha256(modelFile));
    System.out.printf(
        "wrote %s (%d KB) in %.0f s total%n",
        modelFile, Files.size(modelFile) / 1024, (System.nanoTime() - t0) / 1e9);
  }
}
