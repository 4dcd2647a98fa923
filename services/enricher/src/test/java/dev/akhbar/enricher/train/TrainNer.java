package dev.akhbar.enricher.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.akhbar.enricher.conll.ConllDocument;
import dev.akhbar.enricher.conll.ConllErrors;
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
import dev.akhbar.testsupport.Infra;
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
import opennlp.tools.util.ObjectStream;
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
 * ({@code train}: ship the model scored on dev; {@code all}: then retrain on train + dev, with word
 * classes of all the sentences; default {@code all} for Arabic, whose development block is the text
 * nearest the held-out news, and {@code train} for English, whose testa stays unseen), {@code
 * ner.arabicSplits} ({@code block,block2,every10}), {@code ner.classes.ar} / {@code ner.classes.en}
 * (word classes: min count, words, context words, dimensions, cluster counts).
 */
public final class TrainNer {
  private TrainNer() {}

  record Source(String name, String sha256) {}

  public static void main(String[] args) throws Exception {
    Path repo = Infra.repoRoot();
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

  /** A training split and the development split held out of it. */
  record Split(String name, List<ConllSentence> train, List<ConllSentence> dev) {}

  /**
   * The development splits of a language; the first one's model ships. Arabic: the last tenth of
   * the file as one block (later documents, as the CAMeL test split follows its train split), and
   * optionally every 10th sentence (sentences of the training documents: optimistic). English:
   * eng.testa.
   */
  static List<Split> splits(String lang, Path corpus, List<Source> sources) throws IOException {
    if (lang.equals("ar")) {
      Path file = corpus.resolve("anercorp-ar-train.conll");
      sources.add(source(file));
      List<ConllSentence> all = ConllSentence.read(file);
      List<Split> splits = new ArrayList<>();
      int cut = all.size() - all.size() / 10;
      splits.add(
          new Split(
              "anercorp-ar-train.conll, last tenth of the sentences as one block (sentences "
                  + (cut + 1)
                  + "-"
                  + all.size()
                  + ", held out of training)",
              new ArrayList<>(all.subList(0, cut)),
              new ArrayList<>(all.subList(cut, all.size()))));
      List<String> wanted = List.of(System.getProperty("ner.arabicSplits", SPLITS).split(","));
      if (wanted.contains("block2")) {
        // the tenth before the last: a second unseen block, scored but never tuned on
        int cut2 = cut - all.size() / 10;
        List<ConllSentence> train = new ArrayList<>(all.subList(0, cut2));
        train.addAll(all.subList(cut, all.size()));
        splits.add(
            new Split(
                "anercorp-ar-train.conll, the tenth before the last as one block (sentences "
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
        splits.add(
            new Split(
                "anercorp-ar-train.conll, every 10th sentence (held out of training)", train, dev));
      }
      return splits;
    }
    Path file = corpus.resolve("conll2003-en-train.conll");
    Path devFile = corpus.resolve("conll2003-en-dev.conll");
    sources.add(source(file));
    sources.add(source(devFile));
    return List.of(
        new Split(
            "conll2003-en-dev.conll (eng.testa)",
            ConllSentence.read(file),
            ConllSentence.read(devFile)));
  }

  /** Development scores of one split: the model alone and the whole recogniser. */
  record DevScores(String split, ConllScore model, ConllScore enricher) {}

  static void train(String lang, Path corpus, Path unlabelled, Path out) throws Exception {
    long t0 = System.nanoTime();
    List<Source> sources = new ArrayList<>();
    List<Split> splits = splits(lang, corpus, sources);
    List<ConllSentence> allLabelled = new ArrayList<>(splits.get(0).train());
    allLabelled.addAll(splits.get(0).dev());

    TrainingParameters params = params();
    Files.createDirectories(out);
    Path modelFile = out.resolve("ner-" + lang + ".bin");
    List<DevScores> scores = new ArrayList<>();
    WordClasses shippedClasses = null;
    for (int i = 0; i < splits.size(); i++) {
      Split split = splits.get(i);
      System.out.printf(
          "%n##### %s: %d training sentences, %d development sentences (%s)%n",
          lang, split.train().size(), split.dev().size(), split.name());
      WordClasses classes = classes(lang, split, unlabelled, sources, i == 0);
      if (i == 0) {
        shippedClasses = classes;
      }
      long t1 = System.nanoTime();
      TokenNameFinderModel model = fit(lang, split.train(), classes, params);
      System.out.printf("trained in %.0f s%n", (System.nanoTime() - t1) / 1e9);
      Path file = i == 0 ? modelFile : Path.of("target/ner-" + lang + "-split" + i + ".bin");
      Files.createDirectories(file.toAbsolutePath().getParent());
      save(model, file);
      // score the model as the enricher will load it: read back from its file
      scores.add(score(lang, new TokenNameFinderModel(file), split, i));
    }

    String finalMode = System.getProperty("ner.final", lang.equals("ar") ? "all" : "train");
    if (finalMode.equals("all")) {
      long t2 = System.nanoTime();
      shippedClasses =
          classes(lang, new Split("all", allLabelled, List.of()), unlabelled, sources, false);
      save(fit(lang, allLabelled, shippedClasses, params), modelFile);
      System.out.printf("retrained on train + dev in %.0f s%n", (System.nanoTime() - t2) / 1e9);
    }
    writeProvenance(
        out.resolve("ner-" + lang + ".properties"),
        lang,
        sources,
        params,
        finalMode,
        scores,
        shippedClasses.size(),
        sha256(modelFile));
    System.out.printf(
        "wrote %s (%d KB) in %.0f s total%n",
        modelFile, Files.size(modelFile) / 1024, (System.nanoTime() - t0) / 1e9);
  }

  /**
   * Word classes from the training sentences of a split (never its development text) and, for
   * English, unlabelled web text (listed in {@code sources} for the shipped model).
   */
  static WordClasses classes(
      String lang, Split split, Path unlabelled, List<Source> sources, boolean shipped)
      throws Exception {
    long t0 = System.nanoTime();
    String spec =
        System.getProperty("ner.classes." + lang, lang.equals("ar") ? AR_CLASSES : EN_CLASSES);
    int[] p = java.util.Arrays.stream(spec.split(",")).mapToInt(Integer::parseInt).toArray();
    WordClassBuilder builder =
        new WordClassBuilder(p[0], p[1], p[2], p[3], java.util.Arrays.copyOfRange(p, 4, p.length));
    for (ConllDocument d : ConllDocument.group(split.train(), ConllDocument.ARTICLE_CHARS)) {
      TrainingText.addTo(builder, d.text());
    }
    List<Source> used = new ArrayList<>(sources);
    if (lang.equals("en")) {
      List<Source> web = unlabelledEnglish(unlabelled, builder);
      used.addAll(web);
      if (shipped) {
        sources.addAll(web);
      }
    }
    WordClasses classes = cachedBuild(builder, lang, used);
    System.out.printf(
        "word classes: %d words (%.0f s)%n", classes.size(), (System.nanoTime() - t0) / 1e9);
    return classes;
  }

  /** Trains on some sentences (rebuilt as article bodies) with their jackknifed name list. */
  static TokenNameFinderModel fit(
      String lang, List<ConllSentence> sentences, WordClasses classes, TrainingParameters params)
      throws IOException {
    List<ConllDocument> docs = ConllDocument.group(sentences, ConllDocument.ARTICLE_CHARS);
    boolean useNames = !System.getProperty("ner.names", "true").equals("false");
    FoldNames names = useNames ? TrainingText.names(docs, FOLDS) : null;
    TrainingText.Samples samples = TrainingText.samples(docs);
    System.out.printf(
        "%d sequences, name list: %d names%n",
        samples.samples().size(), names == null ? 0 : names.size());
    ObjectStream<NameSample> stream =
        names == null
            ? ObjectStreamUtils.createObjectStream(samples.samples())
            : TrainingText.jackknifed(samples, names, FOLDS);
    return fit(lang, stream, classes, names, params);
  }

  /** Development precision/recall/F1 of a model alone and of the whole recogniser. */
  static DevScores score(String lang, TokenNameFinderModel model, Split split, int index)
      throws IOException {
    List<ConllDocument> devDocs = ConllDocument.group(split.dev(), ConllDocument.ARTICLE_CHARS);
    NameTagger tagger = new NameTagger(Map.of(lang, model));
    ConllScore modelAlone = new ConllScore();
    ConllScore enricher = new ConllScore();
    EntityRecognizer recognizer =
        new EntityRecognizer(tagger, Gazetteer.shared(), Lexicon.shared());
    StringBuilder errors = new StringBuilder();
    ConllErrors kinds = new ConllErrors();
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
      kinds.add(d, e);
      ConllScore.differences(d, e, errors);
    }
    modelAlone.print(System.out, lang + " DEVELOPMENT, model alone (" + split.name() + ")");
    enricher.print(System.out, lang + " DEVELOPMENT, enricher recogniser (model + post-passes)");
    kinds.print(System.out, "enricher recogniser (spurious: by predicted type)");
    Path errorFile = Path.of("target/ner-dev-differences-" + lang + "-" + index + ".txt");
    Files.createDirectories(errorFile.toAbsolutePath().getParent());
    Files.writeString(errorFile, errors);
    System.out.println("differences from the development gold: " + errorFile.toAbsolutePath());
    return new DevScores(split.name(), modelAlone, enricher);
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

  static final int FOLDS = 10;

  /** Word-class builder parameters: min count, words, context words, dimensions, cluster counts. */
  static final String AR_CLASSES = "2,30000,1500,96,100,400,1000";

  static final String EN_CLASSES = "3,40000,2000,96,50,200,800";

  /** The Arabic development splits scored by default (ner.arabicSplits). */
  static final String SPLITS = "block,block2,every10";

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
    p.put("BeamSize", Integer.getInteger("ner.beam", 1));
    return p;
  }

  static TokenNameFinderModel fit(
      String lang,
      ObjectStream<NameSample> samples,
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
    return NameFinderME.train(lang, null, samples, params, factory);
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
      List<DevScores> scores,
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
    sb.append("param.features=NewsFeatures (see DESIGN.md)\n");
    sb.append("param.wordclasses=")
        .append(
            System.getProperty("ner.classes." + lang, lang.equals("ar") ? AR_CLASSES : EN_CLASSES))
        .append(" (min count, words, context words, dimensions, clusters)\n");
    sb.append("word-classes=").append(classes).append('\n');
    sb.append("shipped-model-trained-on=")
        .append(
            finalMode.equals("all")
                ? "train + dev of split 0 (the dev figures below are those of the model trained"
                    + " without dev)"
                : "train of split 0")
        .append('\n');
    for (int i = 0; i < scores.size(); i++) {
      DevScores d = scores.get(i);
      sb.append("dev.").append(i).append('=').append(d.split()).append('\n');
      for (String t : List.of("PER", "LOC", "ORG", "ALL")) {
        sb.append(line("dev." + i + ".model." + t, d.model(), t));
      }
      for (String t : List.of("PER", "LOC", "ORG", "ALL")) {
        sb.append(line("dev." + i + ".enricher." + t, d.enricher(), t));
      }
    }
    Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
  }

  private static String line(String key, ConllScore s, String type) {
    return String.format(
        Locale.ROOT,
        "%s=P %.4f R %.4f F1 %.4f%n",
        key,
        s.precision(type),
        s.recall(type),
        s.f1(type));
  }
}
