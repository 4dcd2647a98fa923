package dev.akhbar.enricher.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.akhbar.events.EventCodec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Texts of every language the project holds, to check that a change to language identification
 * gives the same answers: the evaluation sentences (short), the seed article, the Scrapinghub
 * article bodies, the WCXB development pages' main content (many languages) and article-sized
 * chunks of the NER training corpora (ANERcorp Arabic, CoNLL-2003 English).
 */
final class LanguageTexts {
  private LanguageTexts() {}

  /** Texts by corpus name; folders that are missing are skipped. */
  static Map<String, List<String>> load(Path shared) throws IOException {
    Map<String, List<String>> out = new LinkedHashMap<>();
    List<String> eval = new ArrayList<>();
    for (String set : List.of("ar", "en", "heldout-ar", "heldout-en", "dev-ar")) {
      EvalItem.load("/eval/" + set + ".txt").forEach(i -> eval.add(i.text()));
    }
    out.put("eval sentences", eval);
    Path seeds = shared.resolve("seeds");
    if (Files.isDirectory(seeds)) {
      try (Stream<Path> files = Files.list(seeds)) {
        out.put("seeds", files.sorted().map(LanguageTexts::read).toList());
      }
    }
    Path scrapinghub = shared.resolve("bench/extraction-scrapinghub/ground-truth.json");
    if (Files.exists(scrapinghub)) {
      List<String> bodies = new ArrayList<>();
      EventCodec.mapper()
          .readTree(read(scrapinghub))
          .properties()
          .forEach(e -> bodies.add(e.getValue().path("articleBody").asText("")));
      out.put("scrapinghub bodies", bodies);
    }
    Path wcxb = shared.resolve("bench/wcxb-dev/ground-truth");
    if (Files.isDirectory(wcxb)) {
      List<String> pages = new ArrayList<>();
      try (Stream<Path> files = Files.list(wcxb)) {
        for (Path f : files.sorted().toList()) {
          JsonNode gt = EventCodec.mapper().readTree(read(f)).path("ground_truth");
          pages.add(gt.path("title").asText("") + "\n" + gt.path("main_content").asText(""));
        }
      }
      out.put("wcxb pages", pages);
    }
    for (String corpus : List.of("anercorp-ar-train.conll", "conll2003-en-train.conll")) {
      Path f = shared.resolve("ner-train").resolve(corpus);
      if (Files.exists(f)) {
        out.put(corpus + " chunks", chunks(f, 2_200, 400));
      }
    }
    return out;
  }

  /** Article-sized bodies of a CoNLL file: tokens joined by spaces, sentences by newlines. */
  private static List<String> chunks(Path conll, int size, int max) throws IOException {
    List<String> out = new ArrayList<>();
    StringBuilder chunk = new StringBuilder();
    StringBuilder sentence = new StringBuilder();
    for (String line : Files.readAllLines(conll)) {
      String token = line.isBlank() ? "" : line.strip().split("\\s+")[0];
      if (token.isEmpty() || token.equals("-DOCSTART-")) {
        if (!sentence.isEmpty()) {
          chunk.append(sentence).append('\n');
          sentence.setLength(0);
        }
        if (chunk.length() >= size) {
          out.add(chunk.toString().strip());
          chunk.setLength(0);
          if (out.size() == max) {
            return out;
          }
        }
        continue;
      }
      sentence.append(sentence.isEmpty() ? "" : " ").append(token);
    }
    if (!chunk.isEmpty()) {
      out.add(chunk.toString().strip());
    }
    return out;
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
