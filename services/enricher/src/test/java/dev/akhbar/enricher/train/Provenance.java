package dev.akhbar.enricher.train;

import dev.akhbar.enricher.conll.ConllScore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import opennlp.tools.util.TrainingParameters;

/**
 * {@code ner-<lang>.properties} beside a shipped model: its sha256, every input with its sha256,
 * the training parameters and the development figures (the corpora's terms ask for it).
 */
final class Provenance {
  private Provenance() {}

  static void write(
      Path file,
      String lang,
      List<Source> sources,
      TrainOptions options,
      TrainingParameters params,
      List<DevScoring.DevScores> scores,
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
    sb.append("param.codec=").append(options.codec()).append('\n');
    sb.append("param.features=NewsFeatures (see DESIGN.md)\n");
    sb.append("param.wordclasses=")
        .append(options.classes(lang))
        .append(" (min count, words, context words, dimensions, clusters)\n");
    sb.append("word-classes=").append(classes).append('\n');
    sb.append("shipped-model-trained-on=")
        .append(
            options.finalMode(lang).equals("all")
                ? "train + dev of split 0 (the dev figures below are those of the model trained"
                    + " without dev)"
                : "train of split 0")
        .append('\n');
    for (int i = 0; i < scores.size(); i++) {
      DevScoring.DevScores d = scores.get(i);
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
