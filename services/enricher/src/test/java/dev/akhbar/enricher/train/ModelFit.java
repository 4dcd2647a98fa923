package dev.akhbar.enricher.train;

import dev.akhbar.enricher.conll.ConllDocument;
import dev.akhbar.enricher.conll.ConllSentence;
import dev.akhbar.enricher.entities.model.NameList;
import dev.akhbar.enricher.entities.model.NameTagger;
import dev.akhbar.enricher.entities.model.WordClasses;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    List<ConllDocument> docs = ConllDocument.group(sentences, ConllDocument.ARTICLE_CHARS);
    FoldNames names = options.names() ? TrainingText.names(docs, TrainOptions.FOLDS) : null;
    TrainingText.Samples samples = TrainingText.samples(docs);
    System.out.printf(
        "%d sequences, name list: %d names%n",
        samples.samples().size(), names == null ? 0 : names.size());
    ObjectStream<NameSample> stream =
        names == null
            ? ObjectStreamUtils.createObjectStream(samples.samples())
            : TrainingText.jackknifed(samples, names, TrainOptions.FOLDS);
    return fit(lang, stream, classes, names, options.bilou(), params);
  }

  static TokenNameFinderModel fit(
      String lang,
      ObjectStream<NameSample> samples,
      WordClasses classes,
      NameList names,
      boolean bilou,
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
            bilou ? new BilouCodec() : new BioCodec());
    return NameFinderME.train(lang, null, samples, params, factory);
  }

  static void save(TokenNameFinderModel model, Path file) throws IOException {
    try (OutputStream o = Files.newOutputStream(file)) {
      model.serialize(o);
    }
  }
}
