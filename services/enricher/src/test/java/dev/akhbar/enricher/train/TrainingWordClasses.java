package dev.akhbar.enricher.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.akhbar.enricher.conll.ConllDocument;
import dev.akhbar.enricher.entities.model.WordClasses;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Word classes from the training sentences of a split (never its development text) and, for
 * English, unlabelled web text; kept in target/ner-cache under a key of their inputs.
 */
final class TrainingWordClasses {
  private TrainingWordClasses() {}

  /**
   * Learns (or reads from the cache) the word classes of a split. English web text used is listed
   * in {@code sources} when {@code shipped}: the classes go into the shipped model.
   */
  static WordClasses learn(
      String lang,
      DevSplits.Split split,
      TrainOptions options,
      List<Source> sources,
      boolean shipped)
      throws IOException {
    long t0 = System.nanoTime();
    int[] p = Arrays.stream(options.classes(lang).split(",")).mapToInt(Integer::parseInt).toArray();
    WordClassBuilder builder =
        new WordClassBuilder(p[0], p[1], p[2], p[3], Arrays.copyOfRange(p, 4, p.length));
    for (ConllDocument d : ConllDocument.group(split.train(), ConllDocument.ARTICLE_CHARS)) {
      TrainingText.addTo(builder, d.text());
    }
    List<Source> used = new ArrayList<>(sources);
    if (lang.equals("en")) {
      List<Source> web = unlabelledEnglish(options.unlabelled(), builder);
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

  /**
   * Word classes are deterministic for their inputs; they are kept in target/ under a key of the
   * inputs' sha256 so that trying other training parameters does not learn them again.
   */
  static WordClasses cachedBuild(WordClassBuilder builder, String lang, List<Source> sources)
      throws IOException {
    StringBuilder key = new StringBuilder(builder.describe());
    sources.forEach(s -> key.append(s.sha256()));
    String hash = Source.sha256(key.toString()).substring(0, 16);
    Path cache = Path.of("target/ner-cache/" + lang + "-" + hash + ".wordclasses");
    if (Files.exists(cache)) {
      try (InputStream in = Files.newInputStream(cache)) {
        return WordClasses.read(in);
      }
    }
    WordClasses classes = builder.build(TrainOptions.SEED);
    Files.createDirectories(cache.getParent());
    try (OutputStream o = Files.newOutputStream(cache)) {
      classes.write(o);
    }
    return classes;
  }

  /** English web text for the word classes: WCXB dev (CC-BY-4.0) and Scrapinghub (MIT). */
  static List<Source> unlabelledEnglish(Path bench, WordClassBuilder builder) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Source> used = new ArrayList<>();
    Path wcxb = bench.resolve("wcxb-dev/ground-truth");
    if (Files.isDirectory(wcxb)) {
      MessageDigest all = Source.digest();
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
          new Source(
              "extraction-scrapinghub/ground-truth.json articleBody (MIT)", Source.sha256(sh)));
    }
    return used;
  }
}
