package dev.akhbar.enricher.train;

import dev.akhbar.enricher.conll.ConllDocument;
import dev.akhbar.enricher.conll.ConllSentence;
import dev.akhbar.enricher.entities.model.NameList;
import dev.akhbar.enricher.entities.model.NameTagger;
import dev.akhbar.enricher.entities.model.WordClasses;
import dev.akhbar.enricher.text.Token;
import dev.akhbar.enricher.text.Tokenizer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.namefind.BilouCodec;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderEventStream;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.TrainingParameters;

/**
 * OpenNLP's name finder trained on CoNLL sentences rebuilt as article bodies, with the enricher's
 * feature generator ({@code NewsFeatures}) and its resources (word classes, name list) inside the
 * model file.
 */
final class ModelFit {
  private ModelFit() {}

  /**
   * Trains on some sentences (rebuilt as article bodies) with their jackknifed name list. {@code
   * params} is one object for all the fits of a run: OpenNLP adds its own defaults to it (recorded
   * in the provenance).
   */
  static TokenNameFinderModel fit(
      String lang,
      List<ConllSentence> sentences,
      WordClasses classes,
      TrainOptions options,
      TrainingParameters params)
      throws IOException {
    return fit(lang, sentences, classes, options, params, options.documentHistory(lang));
  }

  static final int STACK_FOLDS = 5;

  private static TokenNameFinderModel fit(
      String lang,
      List<ConllSentence> sentences,
      WordClasses classes,
      TrainOptions options,
      TrainingParameters params,
      boolean stacked)
      throws IOException {
    List<ConllDocument> docs = ConllDocument.group(sentences, ConllDocument.ARTICLE_CHARS);
    FoldNames names = options.names() ? TrainingText.names(docs, TrainOptions.FOLDS) : null;
    TrainingText.Samples samples = TrainingText.samples(docs);
    System.out.printf(
        "%d sequences, name list: %d names%n",
        samples.samples().size(), names == null ? 0 : names.size());
    DocumentHistory[] history = new DocumentHistory[1];
    ObjectStream<NameSample> stream =
        TrainingText.jackknifed(
            samples,
            names,
            TrainOptions.FOLDS,
            k -> {
              if (history[0] != null) {
                history[0].at(k);
              }
            });
    TokenNameFinderFactory factory = factory(lang, classes, names, options.bilou());
    if (!stacked) {
      return NameFinderME.train(lang, null, stream, params, factory);
    }
    // as NameFinderME.train (event trainer), with the body's history of every other sequence
    SequenceCodec<String> codec = factory.createSequenceCodec();
    history[0] =
        new DocumentHistory(
            factory.createContextGenerator(),
            samples.samples(),
            samples.docOf(),
            firstPass(lang, docs, classes, options, params));
    Map<String, String> manifest = new HashMap<>();
    manifest.put(NameTagger.HISTORY, NameTagger.DOCUMENT_HISTORY);
    MaxentModel model =
        TrainerFactory.getEventTrainer(params, manifest)
            .train(new NameFinderEventStream(stream, null, history[0], codec));
    return new TokenNameFinderModel(
        lang,
        model,
        params.getIntParameter(BeamSearch.BEAM_SIZE_PARAMETER, NameFinderME.DEFAULT_BEAM_SIZE),
        descriptor(lang).getBytes(StandardCharsets.UTF_8),
        resources(lang, classes, names),
        manifest,
        codec,
        factory);
  }

  /**
   * The first pass's outcomes of every sequence of {@code docs}, in sample order, each document
   * tagged by a model trained without its fold ({@link #STACK_FOLDS} folds of documents).
   */
  static List<String[]> firstPass(
      String lang,
      List<ConllDocument> docs,
      WordClasses classes,
      TrainOptions options,
      TrainingParameters params)
      throws IOException {
    List<List<String[]>> byDoc = new ArrayList<>();
    for (int d = 0; d < docs.size(); d++) {
      byDoc.add(null);
    }
    for (int f = 0; f < STACK_FOLDS; f++) {
      List<ConllSentence> train = new ArrayList<>();
      for (int d = 0; d < docs.size(); d++) {
        if (d % STACK_FOLDS != f) {
          train.addAll(docs.get(d).sentences());
        }
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      fit(lang, train, classes, options, params, false).serialize(bytes);
      NameTagger tagger =
          new NameTagger(
              Map.of(
                  lang, new TokenNameFinderModel(new ByteArrayInputStream(bytes.toByteArray()))));
      for (int d = f; d < docs.size(); d += STACK_FOLDS) {
        byDoc.set(d, outcomes(tagger, docs.get(d).text(), lang));
      }
    }
    List<String[]> out = new ArrayList<>();
    byDoc.forEach(out::addAll);
    return out;
  }

  /** A body's outcomes per sequence as the tagger gives them. */
  static List<String[]> outcomes(NameTagger tagger, String text, String lang) {
    List<Token> tokens = Tokenizer.tokenize(text);
    List<NameTagger.Tag> tags = tagger.tag(text, tokens, lang);
    List<String[]> out = new ArrayList<>();
    for (int[] seq : NameTagger.sequences(text, tokens)) {
      String[] o = new String[seq[1] - seq[0]];
      Arrays.fill(o, NameFinderME.OTHER);
      for (NameTagger.Tag t : tags) {
        if (t.first() >= seq[0] && t.last() <= seq[1]) {
          String type =
              switch (t.type()) {
                case PERSON -> "PER";
                case LOCATION -> "LOC";
                default -> "ORG";
              };
          for (int i = t.first(); i < t.last(); i++) {
            o[i - seq[0]] =
                type + "-" + (i == t.first() ? NameFinderME.START : NameFinderME.CONTINUE);
          }
        }
      }
      out.add(o);
    }
    return out;
  }

  private static String descriptor(String lang) {
    return """
        <featureGenerators cache="true" name="nameFinder">
          <generator class="dev.akhbar.enricher.entities.model.NewsFeaturesFactory">
            <str name="language">%s</str>
            <str name="classes">%s</str>
          </generator>
        </featureGenerators>
        """
        .formatted(lang, NameTagger.classesEntry(lang));
  }

  private static Map<String, Object> resources(String lang, WordClasses classes, NameList names) {
    Map<String, Object> resources = new LinkedHashMap<>();
    resources.put(NameTagger.classesEntry(lang), classes);
    if (names != null) {
      resources.put(NameTagger.namesEntry(lang), names);
    }
    return resources;
  }

  private static TokenNameFinderFactory factory(
      String lang, WordClasses classes, NameList names, boolean bilou) throws IOException {
    return TokenNameFinderFactory.create(
        null,
        descriptor(lang).getBytes(StandardCharsets.UTF_8),
        resources(lang, classes, names),
        bilou ? new BilouCodec() : new BioCodec());
  }

  static void save(TokenNameFinderModel model, Path file) throws IOException {
    try (OutputStream o = Files.newOutputStream(file)) {
      model.serialize(o);
    }
  }
}
