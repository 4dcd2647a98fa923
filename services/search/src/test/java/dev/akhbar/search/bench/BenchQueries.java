package dev.akhbar.search.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The requests of {@code make bench-search}, drawn with a fixed seed: words and pairs of words that
 * are common in the corpus but not stop words (Arabic and English), a few quoted phrases, filters
 * by language, source and person, browsing without words (newest first, facets only), deeper pages
 * and date sorts: what readers of the page and API clients send.
 */
final class BenchQueries {
  private BenchQueries() {}

  static List<String> of(BenchCorpus corpus, int n) {
    List<String> arabic = vocabulary(corpus.arabic);
    List<String> english = vocabulary(corpus.english);
    List<String> persons = persons(corpus);
    Random random = new Random(42);
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      boolean ar = random.nextInt(100) < 55;
      List<String> words = ar ? arabic : english;
      String w1 = words.get(random.nextInt(words.size()));
      String w2 = words.get(random.nextInt(words.size()));
      int kind = random.nextInt(100);
      String q =
          kind < 40
              ? "q=" + enc(w1)
              : kind < 60
                  ? "q=" + enc(w1 + " " + w2)
                  : kind < 65
                      ? "q=" + enc("\"" + w1 + " " + w2 + "\"")
                      : kind < 75
                          ? "q=" + enc(w1) + "&lang=" + (ar ? "ar" : "en")
                          : kind < 80
                              ? "q="
                                  + enc(w1)
                                  + "&source=bench-"
                                  + (ar ? "ar-" : "en-")
                                  + (1 + random.nextInt(6))
                              : kind < 85
                                  ? "person=" + enc(persons.get(random.nextInt(persons.size())))
                                  : kind < 92
                                      ? "sort=newest" + (random.nextBoolean() ? "&lang=ar" : "")
                                      : kind < 96
                                          ? "q=" + enc(w1) + "&page=" + (2 + random.nextInt(9))
                                          : "q=" + enc(w1) + "&sort=oldest";
      out.add("/api/search?" + q);
    }
    return out;
  }

  /** Words ranked 50th to 550th by frequency, letters only, at least four of them. */
  private static List<String> vocabulary(List<BenchCorpus.Sentence> sentences) {
    Map<String, Integer> freq = new HashMap<>();
    for (BenchCorpus.Sentence s : sentences) {
      for (String w : s.text().split(" ")) {
        if (w.length() >= 4 && w.chars().allMatch(Character::isLetter)) {
          freq.merge(w, 1, Integer::sum);
        }
      }
    }
    List<String> ranked =
        freq.entrySet().stream()
            .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
            .map(Map.Entry::getKey)
            .toList();
    return ranked.subList(Math.min(50, ranked.size()), Math.min(550, ranked.size()));
  }

  private static List<String> persons(BenchCorpus corpus) {
    Map<String, Integer> freq = new HashMap<>();
    for (List<BenchCorpus.Sentence> pool : List.of(corpus.arabic, corpus.english)) {
      for (BenchCorpus.Sentence s : pool) {
        for (String[] e : s.entities()) {
          if (e[0].startsWith("PER")) {
            freq.merge(e[1], 1, Integer::sum);
          }
        }
      }
    }
    return freq.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
        .limit(100)
        .map(Map.Entry::getKey)
        .toList();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
