package dev.akhbar.enricher.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.akhbar.enricher.conll.ConllDocument;
import dev.akhbar.enricher.conll.ConllScore;
import dev.akhbar.enricher.conll.ConllSentence;
import dev.akhbar.enricher.entities.EntityRecognizer;
import dev.akhbar.enricher.entities.Found;
import dev.akhbar.enricher.entities.Gazetteer;
import dev.akhbar.enricher.entities.Lexicon;
import dev.akhbar.enricher.entities.model.NameList;
import dev.akhbar.enricher.entities.model.NameTagger;
import dev.akhbar.enricher.entities.model.WordClasses;
import dev.akhbar.enricher.text.Token;
import dev.akhbar.enricher.text.Tokenizer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import opennlp.tools.namefind.BilouCodec;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * {@code make train-ner}: trains the Arabic and English name finders from a corpus folder (default
 * ../shared/ner-train), prints development precision/recall/F1 per type and micro-averaged (exact
 * match, conlleval rules, PER/LOC/ORG) for the model alone and for the enricher's recogniser, and
 * writes the model files and their provenance into the enricher's resources.
 *
 * <p>System properties: {@code ner.corpus}, {@code ner.unlabelled} (default ../shared/bench),
 * {@code ner.out}, {@code ner.languages} (ar,en), {@code ner.algorithm} (PERCEPTRON; or MAXENT_QN),
 * {@code ner.codec} (BIO; or BILOU), {@code ner.names} (true: the jackknifed name list), {@code
 * ner.iterations}, {@code ner.cutoff}, {@code ner.l2}, {@code ner.threads}, {@code ner.final}
 * ({@code train}: ship the model scored on dev; {@code all}: then retrain on train + dev).
 */
public final class TrainNer {
  private TrainNer() {}

  record Source(String name, String sha256) {}

  public static void main(String[] args) throws Exception {
    Path repo = Files.isDirectory(Path.of("services/enricher")) ? Path.of(".") : Path.of("../..");
    Path corpus =
        Path.of(System.getProperty("ner.corpus", repo.resolve("../shared/ner-train").toString()));
    Path unlabelled =
        Path.of(System.getProperty("ner.unlabelled", repo.resolve("../shared/bench").toString()));
    Path out =
        Path.of(
            System.getProperty(
                "ner.out",
                repo.resolve(
                        "services/enricher/src/main/resources/dev/akhbar/enricher/entities/model")
                    .toString()));
    for (String lang : System.getProperty("ner.languages", "ar,en").split(",")) {
      train(lang.strip(), corpus, unlabelled, out);
    }
  }

  static void train(String lang, Path corpus, Path unlabelled, Path out) throws Exception {
    long t0 = System.nanoTime();
    List<Source> sources = new ArrayList<>();
    List<ConllSentence> train;
    List<ConllSentence> dev;
    String devName;
    if (lang.equals("ar")) {
      Path file = corpus.resolve("anercorp-ar-train.conll");
      sources.add(source(file));
      List<ConllSentence> all = ConllSentence.read(file);
      train = new ArrayList<>();
      dev = new ArrayList<>();
      for (int i = 0; i < all.size(); i++) {
        (i % 10 == 9 ? dev : train).add(all.get(i));
      }
      devName = "anercorp-ar-train.conll, every 10th sentence (held out of training)";
    } else {
      Path file = corpus.resolve("conll2003-en-train.conll");
      Path devFile = corpus.resolve("conll2003-en-dev.conll");
      sources.add(source(file));
      sources.add(source(devFile));
      train = ConllSentence.read(file);
      dev = ConllSentence.read(devFile);
      devName = "conll2003-en-dev.conll (eng.testa)";
    }
    System.out.printf(
        "%n##### %s: %d training sentences, %d development sentences (%s)%n",
        lang, train.size(), dev.size(), devName);

    WordClassBuilder builder =
        lang.equals("ar")
            ? new WordClassBuilder(2, 30000, 1500, 96, 50, 200, 600)
            : new WordClassBuilder(3, 40000, 2000, 96, 50, 200, 800);
    List<ConllDocument> trainDocs = ConllDocument.group(train, ConllDocument.ARTICLE_CHARS);
    for (ConllDocument d : trainDocs) {
      TrainingText.addTo(builder, d.text());
    }
    if (lang.equals("en")) {
      sources.addAll(unlabelledEnglish(unlabelled, builder));
    }
    WordClasses classes = cachedBuild(builder, lang, sources);
    System.out.printf(
        "word classes: %d words (%.0f s)%n", classes.size(), (System.nanoTime() - t0) / 1e9);

    TrainingParameters params = params();
    boolean arabic = lang.equals("ar");
    boolean useNames = !System.getProperty("ner.names", "true").equals("false");
    List<Map<String, int[]>> folds = new ArrayList<>();
    for (int f = 0; f < FOLDS; f++) {
      List<ConllDocument> fold = new ArrayList<>();
      for (int d = f; d < trainDocs.size(); d += FOLDS) {
        fold.add(trainDocs.get(d));
      }
      folds.add(TrainingText.nameCounts(fold));
    }
    List<NameList> jackknife = new ArrayList<>();
    for (int f = 0; f < FOLDS; f++) {
      jackknife.add(TrainingText.list(folds, f));
    }
    NameList names = TrainingText.list(folds, -1);
    List<NameSample> samples =
        useNames
            ? TrainingText.samples(trainDocs, d -> jackknife.get(d % FOLDS), arabic)
            : TrainingText.samples(trainDocs);
    System.out.printf("name list: %d names%n", names.size());
    long t1 = System.nanoTime();
    TokenNameFinderModel model = fit(lang, samples, classes, useNames ? names : null, params);
    System.out.printf("trained in %.0f s%n", (System.nanoTime() - t1) / 1e9);

    Files.createDirectories(out);
    Path modelFile = out.resolve("ner-" + lang + ".bin");
    save(model, modelFile);
    // score the model as the enricher will load it: read back from its file
    model = new TokenNameFinderModel(modelFile);

    List<ConllDocument> devDocs = ConllDocument.group(dev, ConllDocument.ARTICLE_CHARS);
    NameTagger tagger = new NameTagger(Map.of(lang, model));
    ConllScore modelAlone = new ConllScore();
    ConllScore enricher = new ConllScore();
    EntityRecognizer recognizer =
        new EntityRecognizer(tagger, Gazetteer.shared(), Lexicon.shared());
    StringBuilder errors = new StringBuilder();
    for (ConllDocument d : devDocs) {
      List<Token> tokens = Tokenizer.tokenize(d.text());
      List<ConllScore.Mention> m = new ArrayList<>();
      for (NameTagger.Tag t : tagger.tag(d.text(), tokens, lang)) {
        m.add(
            new ConllScore.Mention(
                code(t.type().name()),
                tokens.get(t.first()).start(),
                tokens.get(t.last() - 1).end()));
      }
      modelAlone.add(d, m);
      List<ConllScore.Mention> e = new ArrayList<>();
      for (Found f : recognizer.recognize(d.text(), lang).mentions()) {
        e.add(new ConllScore.Mention(code(f.type().name()), f.start(), f.end()));
      }
      enricher.add(d, e);
      ConllScore.differences(d, e, errors);
    }
    modelAlone.print(System.out, lang + " DEVELOPMENT, model alone (" + devName + ")");
    enricher.print(System.out, lang + " DEVELOPMENT, enricher recogniser (model + post-passes)");
    Path errorFile = Path.of("target/ner-dev-differences-" + lang + ".txt");
    Files.createDirectories(errorFile.getParent());
    Files.writeString(errorFile, errors);
    System.out.println("differences from the development gold: " + errorFile.toAbsolutePath());

    String finalMode = System.getProperty("ner.final", "train");
    if (finalMode.equals("all")) {
      List<ConllSentence> all = new ArrayList<>(train);
      all.addAll(dev);
      List<ConllDocument> allDocs = ConllDocument.group(all, ConllDocument.ARTICLE_CHARS);
      long t2 = System.nanoTime();
      List<Map<String, int[]>> allFolds = new ArrayList<>();
      for (int f = 0; f < FOLDS; f++) {
        List<ConllDocument> fold = new ArrayList<>();
        for (int d = f; d < allDocs.size(); d += FOLDS) {
          fold.add(allDocs.get(d));
        }
        allFolds.add(TrainingText.nameCounts(fold));
      }
      List<NameList> allJackknife = new ArrayList<>();
      for (int f = 0; f < FOLDS; f++) {
        allJackknife.add(TrainingText.list(allFolds, f));
      }
      List<NameSample> allSamples =
          useNames
              ? TrainingText.samples(allDocs, d -> allJackknife.get(d % FOLDS), arabic)
              : TrainingText.samples(allDocs);
      save(
          fit(lang, allSamples, classes, useNames ? TrainingText.list(allFolds, -1) : null, params),
          modelFile);
      System.out.printf("retrained on train + dev in %.0f s%n", (System.nanoTime() - t2) / 1e9);
    }
    writeProvenance(
        out.resolve("ner-" + lang + ".properties"),
        lang,
        sources,
        params,
        finalMode,
        devName,
        modelAlone,
        enricher,
        classes.size(),
        sha256(modelFile));
    System.out.printf(
        "wrote %s (%d KB) in %.0f s total%n",
        modelFile, Files.size(modelFile) / 1024, (System.nanoTime() - t0) / 1e9);
  }

  static void save(TokenNameFinderModel model, Path file) throws IOException {
    try (OutputStream o = Files.newOutputStream(file)) {
      model.serialize(o);
    }
  }

  /**
   * Word classes are deterministic for their inputs; they are kept in target/ under a key of the
   * inputs' sha256 so that trying other training parameters does not learn them again.
   */
  static WordClasses cachedBuild(WordClassBuilder builder, String lang, List<Source> sources)
      throws IOException {
    StringBuilder key = new StringBuilder(builder.describe());
    sources.forEach(s -> key.append(s.sha256()));
    String hash;
    try {
      hash =
          HexFormat.of()
              .formatHex(
                  MessageDigest.getInstance("SHA-256")
                      .digest(key.toString().getBytes(StandardCharsets.UTF_8)))
              .substring(0, 16);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    Path cache = Path.of("target/ner-cache/" + lang + "-" + hash + ".wordclasses");
    if (Files.exists(cache)) {
      try (InputStream in = Files.newInputStream(cache)) {
        return WordClasses.read(in);
      }
    }
    WordClasses classes = builder.build(SEED);
    Files.createDirectories(cache.getParent());
    try (OutputStream o = Files.newOutputStream(cache)) {
      classes.write(o);
    }
    return classes;
  }

  static final long SEED = 20261130L;

  static TrainingParameters params() {
    TrainingParameters p = new TrainingParameters();
    String algorithm = System.getProperty("ner.algorithm", "PERCEPTRON");
    p.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
    p.put(TrainingParameters.ITERATIONS_PARAM, Integer.getInteger("ner.iterations", 40));
    p.put(TrainingParameters.CUTOFF_PARAM, Integer.getInteger("ner.cutoff", 2));
    p.put(TrainingParameters.THREADS_PARAM, Integer.getInteger("ner.threads", 1));
    if (algorithm.equals("MAXENT_QN")) {
      p.put("L2Cost", Double.parseDouble(System.getProperty("ner.l2", "0.5")));
      p.put("L1Cost", Double.parseDouble(System.getProperty("ner.l1", "0")));
    }
    p.put("BeamSize", Integer.getInteger("ner.beam", 3));
    return p;
  }

  static final int FOLDS = 10;

  static TokenNameFinderModel fit(
      String lang,
      List<NameSample> samples,
      WordClasses classes,
      NameList names,
      TrainingParameters params)
      throws IOException {
    String entry = NameTagger.classesEntry(lang);
    String descriptor =
        """
        <featureGenerators cache="true" name="nameFinder">
          <generator class="dev.akhbar.enricher.entities.model.NewsFeaturesFactory">
            <str name="language">%s</str>
            <str name="classes">%s</str>
          </generator>
          <generator class="opennlp.tools.util.featuregen.PreviousMapFeatureGeneratorFactory"/>
        </featureGenerators>
        """
            .formatted(lang, entry);
    Map<String, Object> resources = new LinkedHashMap<>();
    resources.put(entry, classes);
    if (names != null) {
      resources.put(NameTagger.namesEntry(lang), names);
    }
    TokenNameFinderFactory factory =
        TokenNameFinderFactory.create(
            null,
            descriptor.getBytes(StandardCharsets.UTF_8),
            resources,
            System.getProperty("ner.codec", "BIO").equals("BILOU")
                ? new BilouCodec()
                : new BioCodec());
    return NameFinderME.train(
        lang, null, ObjectStreamUtils.createObjectStream(samples), params, factory);
  }

  /** English web text for the word classes: WCXB dev (CC-BY-4.0) and Scrapinghub (MIT). */
  static List<Source> unlabelledEnglish(Path bench, WordClassBuilder builder) throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<Source> used = new ArrayList<>();
    Path wcxb = bench.resolve("wcxb-dev/ground-truth");
    if (Files.isDirectory(wcxb)) {
      MessageDigest all = MessageDigest.getInstance("SHA-256");
      List<Path> files;
      try (Stream<Path> s = Files.list(wcxb)) {
        files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
      }
      for (Path f : files) {
        byte[] bytes = Files.readAllBytes(f);
        all.update(bytes);
        JsonNode text = json.readTree(bytes).path("ground_truth").path("main_content");
        if (text.isTextual()) {
          TrainingText.addTo(builder, text.asText());
        }
      }
      used.add(
          new Source(
              "wcxb-dev/ground-truth/*.json main_content (" + files.size() + " files, CC-BY-4.0)",
              HexFormat.of().formatHex(all.digest())));
    }
    Path sh = bench.resolve("extraction-scrapinghub/ground-truth.json");
    if (Files.exists(sh)) {
      JsonNode root = json.readTree(sh.toFile());
      root.fields()
          .forEachRemaining(
              e -> {
                JsonNode body = e.getValue().path("articleBody");
                if (body.isTextual()) {
                  TrainingText.addTo(builder, body.asText());
                }
              });
      used.add(
          new Source("extraction-scrapinghub/ground-truth.json articleBody (MIT)", sha256(sh)));
    }
    return used;
  }

  static Source source(Path file) throws IOException {
    return new Source(file.getFileName().toString(), sha256(file));
  }

  static String sha256(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      byte[] buf = new byte[1 << 16];
      int n;
      while ((n = in.read(buf)) > 0) {
        md.update(buf, 0, n);
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static String code(String entityType) {
    return switch (entityType) {
      case "PERSON" -> "PER";
      case "LOCATION" -> "LOC";
      default -> "ORG";
    };
  }

  static void writeProvenance(
      Path file,
      String lang,
      List<Source> sources,
      TrainingParameters params,
      String finalMode,
      String devName,
      ConllScore modelAlone,
      ConllScore enricher,
      int classes,
      String modelSha)
      throws IOException {
    StringBuilder sb = new StringBuilder();
    sb.append("# Provenance of ner-").append(lang).append(".bin, written by make train-ner\n");
    sb.append("trained=").append(Instant.now()).append('\n');
    sb.append("model.sha256=").append(modelSha).append('\n');
    for (int i = 0; i < sources.size(); i++) {
      sb.append("source.").append(i).append('=').append(sources.get(i).name()).append('\n');
      sb.append("source.")
          .append(i)
          .append(".sha256=")
          .append(sources.get(i).sha256())
          .append('\n');
    }
    params
        .getObjectSettings()
        .forEach((k, v) -> sb.append("param.").append(k).append('=').append(v).append('\n'));
    sb.append("param.codec=").append(System.getProperty("ner.codec", "BIO")).append('\n');
    sb.append("param.features=NewsFeatures + PreviousMap (see DESIGN.md)\n");
    sb.append("word-classes=").append(classes).append('\n');
    sb.append("shipped-model-trained-on=")
        .append(finalMode.equals("all") ? "train + dev" : "train")
        .append('\n');
    sb.append("dev=").append(devName).append('\n');
    for (String t : List.of("PER", "LOC", "ORG", "ALL")) {
      sb.append(
          String.format(
              Locale.ROOT,
              "dev.model.%s=P %.4f R %.4f F1 %.4f%n",
              t,
              modelAlone.precision(t),
              modelAlone.recall(t),
              modelAlone.f1(t)));
    }
    for (String t : List.of("PER", "LOC", "ORG", "ALL")) {
      sb.append(
          String.format(
              Locale.ROOT,
              "dev.enricher.%s=P %.4f R %.4f F1 %.4f%n",
              t,
              enricher.precision(t),
              enricher.recall(t),
              enricher.f1(t)));
    }
    Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
  }
}
