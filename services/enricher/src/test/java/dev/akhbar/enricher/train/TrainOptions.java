package dev.akhbar.enricher.train;

import java.nio.file.Path;
import java.util.List;
import opennlp.tools.util.TrainingParameters;

/**
 * The knobs of {@code make train-ner} ({@code NER_ARGS="-Dner.…"}), read once from the system
 * properties, with the recipe's defaults.
 *
 * @param corpus {@code ner.corpus}: the folder of CoNLL files (default ../shared/ner-train)
 * @param unlabelled {@code ner.unlabelled}: English web text for the word classes (default
 *     ../shared/bench)
 * @param out {@code ner.out}: where the models and their provenance go (default the enricher's
 *     resources)
 * @param languages {@code ner.languages}: {@code ar,en}
 * @param algorithm {@code ner.algorithm}: {@code PERCEPTRON} or {@code MAXENT_QN}
 * @param iterations {@code ner.iterations}
 * @param cutoff {@code ner.cutoff}: feature cut-off
 * @param threads {@code ner.threads}
 * @param l2 {@code ner.l2}: L2 cost (MAXENT_QN only)
 * @param l1 {@code ner.l1}: L1 cost (MAXENT_QN only)
 * @param beam {@code ner.beam}: OpenNLP's beam size recorded in the model
 * @param codec {@code ner.codec}: {@code BIO} or {@code BILOU}
 * @param names {@code ner.names}: train with the jackknifed name list
 * @param finalMode {@code ner.final}: {@code train} (ship the model scored on dev) or {@code all}
 *     (then retrain on train + dev); null: the language's default, {@link #finalMode(String)}
 * @param arabicSplits {@code ner.arabicSplits}: Arabic development splits scored ({@code
 *     block,block2,every10}; the block is always scored and ships)
 * @param classesAr {@code ner.classes.ar}: Arabic word classes (min count, words, context words,
 *     dimensions, cluster counts)
 * @param classesEn {@code ner.classes.en}: English word classes, as above
 * @param compare {@code ner.compare}: a baseline run's folder of counts files (its target/, copied
 *     away), to compare each split with by a paired bootstrap ({@link DevCounts}); null: none
 */
record TrainOptions(
    Path corpus,
    Path unlabelled,
    Path out,
    List<String> languages,
    String algorithm,
    int iterations,
    int cutoff,
    int threads,
    double l2,
    double l1,
    int beam,
    String codec,
    boolean names,
    String finalMode,
    List<String> arabicSplits,
    String classesAr,
    String classesEn,
    Path compare) {

  /** Seed of the word classes' random projection. */
  static final long SEED = 20261130L;

  /** Folds of the jackknifed name list. */
  static final int FOLDS = 10;

  /** Word-class builder parameters: min count, words, context words, dimensions, cluster counts. */
  static final String AR_CLASSES = "2,30000,1500,96,100,400,1000";

  static final String EN_CLASSES = "3,40000,2000,96,50,200,800";

  /** The Arabic development splits scored by default. */
  static final String SPLITS = "block,block2,every10";

  static TrainOptions fromSystemProperties(Path repo) {
    return new TrainOptions(
        Path.of(System.getProperty("ner.corpus", repo.resolve("../shared/ner-train").toString())),
        Path.of(System.getProperty("ner.unlabelled", repo.resolve("../shared/bench").toString())),
        Path.of(
            System.getProperty(
                "ner.out",
                repo.resolve(
                        "services/enricher/src/main/resources/dev/akhbar/enricher/entities/model")
                    .toString())),
        List.of(System.getProperty("ner.languages", "ar,en").split(",")).stream()
            .map(String::strip)
            .toList(),
        System.getProperty("ner.algorithm", "PERCEPTRON"),
        Integer.getInteger("ner.iterations", 40),
        Integer.getInteger("ner.cutoff", 2),
        Integer.getInteger("ner.threads", 1),
        Double.parseDouble(System.getProperty("ner.l2", "0.5")),
        Double.parseDouble(System.getProperty("ner.l1", "0")),
        Integer.getInteger("ner.beam", 1),
        System.getProperty("ner.codec", "BIO"),
        !System.getProperty("ner.names", "true").equals("false"),
        System.getProperty("ner.final"),
        List.of(System.getProperty("ner.arabicSplits", SPLITS).split(",")),
        System.getProperty("ner.classes.ar", AR_CLASSES),
        System.getProperty("ner.classes.en", EN_CLASSES),
        System.getProperty("ner.compare") == null
            ? null
            : Path.of(System.getProperty("ner.compare")).toAbsolutePath());
  }

  /** OpenNLP's parameters (their order and types are recorded in the model file). */
  TrainingParameters trainingParameters() {
    TrainingParameters p = new TrainingParameters();
    p.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
    p.put(TrainingParameters.ITERATIONS_PARAM, iterations);
    p.put(TrainingParameters.CUTOFF_PARAM, cutoff);
    p.put(TrainingParameters.THREADS_PARAM, threads);
    if (algorithm.equals("MAXENT_QN")) {
      p.put("L2Cost", l2);
      p.put("L1Cost", l1);
    }
    p.put("BeamSize", beam);
    return p;
  }

  /** The word-class builder parameters of a language. */
  String classes(String lang) {
    return lang.equals("ar") ? classesAr : classesEn;
  }

  /**
   * {@code all} for Arabic, whose development block is the text nearest the held-out news; {@code
   * train} for English, whose testa stays unseen; unless {@code ner.final} says otherwise.
   */
  String finalMode(String lang) {
    return finalMode != null ? finalMode : lang.equals("ar") ? "all" : "train";
  }

  boolean bilou() {
    return codec.equals("BILOU");
  }
}
