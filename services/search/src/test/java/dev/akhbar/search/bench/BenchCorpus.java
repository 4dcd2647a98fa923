package dev.akhbar.search.bench;

import dev.akhbar.events.ArticleId;
import dev.akhbar.events.EnrichedArticle;
import dev.akhbar.events.Enrichment;
import dev.akhbar.events.ParsedArticle;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The articles of {@code make bench-search}: real news sentences (ANERcorp, Arabic newswire, and
 * CoNLL-2003, Reuters English, from ../shared/ner-train) put together into articles of 12 to 25
 * sentences, with the entities their annotators marked, a place for articles that name one, twelve
 * sources, dates over two years and one article in five joining an earlier story. The text is real;
 * the assembly into articles is synthetic, fit for measuring latency, not relevance.
 */
final class BenchCorpus {
  record Sentence(String text, List<String[]> entities) {}

  record Place(String name, String country, double lat, double lon) {}

  final List<Sentence> arabic;
  final List<Sentence> english;
  private final List<Place> places;

  private BenchCorpus(List<Sentence> arabic, List<Sentence> english, List<Place> places) {
    this.arabic = arabic;
    this.english = english;
    this.places = places;
  }

  static BenchCorpus load(Path shared) throws IOException {
    Path ner = shared.resolve("ner-train");
    Path ar = ner.resolve("anercorp-ar-train.conll");
    Path en = ner.resolve("conll2003-en-train.conll");
    if (!Files.isRegularFile(ar) || !Files.isRegularFile(en)) {
      throw new IllegalStateException(
          "bench-search builds its articles from ../shared/ner-train (ANERcorp, CoNLL-2003): "
              + ner
              + " is missing");
    }
    return new BenchCorpus(sentences(ar), sentences(en), places());
  }

  /** CoNLL: one {@code token TAG} a line, blank lines between sentences, IOB2 tags. */
  static List<Sentence> sentences(Path conll) throws IOException {
    List<Sentence> out = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    List<String[]> entities = new ArrayList<>();
    StringBuilder entity = null;
    String type = null;
    for (String line : Files.readAllLines(conll, StandardCharsets.UTF_8)) {
      String[] parts = line.strip().split("\\s+");
      if (line.isBlank() || parts[0].equals("-DOCSTART-")) {
        if (entity != null) {
          entities.add(new String[] {type, entity.toString()});
          entity = null;
        }
        if (text.length() > 0) {
          out.add(new Sentence(text.toString(), entities));
        }
        text = new StringBuilder();
        entities = new ArrayList<>();
        continue;
      }
      String token = parts[0];
      String tag = parts.length > 1 ? parts[parts.length - 1] : "O";
      if (text.length() > 0) {
        text.append(' ');
      }
      text.append(token);
      if (tag.startsWith("I-") && entity != null) {
        entity.append(' ').append(token);
        continue;
      }
      if (entity != null) {
        entities.add(new String[] {type, entity.toString()});
        entity = null;
      }
      if (tag.startsWith("B-") || tag.startsWith("I-")) {
        type = tag.substring(2);
        entity = new StringBuilder(token);
      }
    }
    if (text.length() > 0) {
      out.add(new Sentence(text.toString(), entities));
    }
    return out;
  }

  private static List<Place> places() throws IOException {
    List<Place> places = new ArrayList<>();
    try (InputStream in = BenchCorpus.class.getResourceAsStream("/bench/places.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        places.add(
            new Place(
                f[0], f[1], Double.parseDouble(f[2].strip()), Double.parseDouble(f[3].strip())));
      }
    }
    return places;
  }

  /** Article {@code i} of {@code n}: a bit more than half Arabic, the rest English. */
  EnrichedArticle article(int i, int n) {
    boolean ar = i % 20 < 11;
    List<Sentence> pool = ar ? arabic : english;
    String lang = ar ? "ar" : "en";
    int count = 12 + (i % 14);
    int start = (int) ((i * 7919L) % pool.size());
    List<Sentence> sentences = new ArrayList<>();
    for (int k = 0; k < count; k++) {
      sentences.add(pool.get((start + k) % pool.size()));
    }
    List<String> paragraphs = new ArrayList<>();
    for (int k = 0; k < sentences.size(); k += 3) {
      StringBuilder p = new StringBuilder();
      for (Sentence s : sentences.subList(k, Math.min(k + 3, sentences.size()))) {
        p.append(p.length() == 0 ? "" : " ").append(s.text());
      }
      paragraphs.add(p.toString());
    }
    String[] firstWords = sentences.get(0).text().split(" ");
    String title =
        String.join(" ", java.util.Arrays.copyOf(firstWords, Math.min(12, firstWords.length)));
    String source = sourceOf(i);
    String url = urlOf(i);
    String id = ArticleId.of(url);
    OffsetDateTime published =
        OffsetDateTime.of(2024, 1, 1, 6, 0, 0, 0, ZoneOffset.UTC)
            .plusDays((i * 37L) % 730)
            .plusMinutes((i * 13L) % 900);
    Instant fetched = published.toInstant().plusSeconds(600);
    Map<String, Enrichment.Entity> entities = new LinkedHashMap<>();
    Map<String, Integer> counts = new HashMap<>();
    for (Sentence s : sentences) {
      for (String[] e : s.entities()) {
        Enrichment.EntityType type =
            switch (e[0]) {
              case "PER", "PERS" -> Enrichment.EntityType.PERSON;
              case "ORG" -> Enrichment.EntityType.ORGANIZATION;
              case "LOC" -> Enrichment.EntityType.LOCATION;
              default -> null;
            };
        if (type != null) {
          counts.merge(type + e[1], 1, Integer::sum);
          entities.put(
              type + e[1], new Enrichment.Entity(type, e[1], counts.get(type + e[1]), List.of()));
        }
      }
    }
    List<Enrichment.Place> placeList = new ArrayList<>();
    entities.values().stream()
        .filter(e -> e.type() == Enrichment.EntityType.LOCATION)
        .findFirst()
        .ifPresent(
            loc -> {
              Place p = places.get(Math.floorMod(loc.canonical().hashCode(), places.size()));
              placeList.add(new Enrichment.Place(p.name(), p.country(), p.lat(), p.lon()));
            });
    // One article in five joins the story of an article three before it (a near-duplicate).
    String story = "s-" + (i % 5 == 4 && i >= 3 ? ArticleId.of(urlOf(i - 3)) : id).substring(0, 16);
    ParsedArticle article =
        new ParsedArticle(
            id,
            url,
            url,
            source,
            title,
            null,
            paragraphs,
            List.of(),
            published,
            published.toString(),
            null,
            source,
            null,
            List.of(),
            null,
            List.of(lang),
            ar ? "rtl" : "ltr",
            String.join(" ", paragraphs).split(" ").length,
            Integer.toHexString(String.join("\n", paragraphs).hashCode()),
            fetched,
            fetched.plusSeconds(1));
    Enrichment enrichment =
        new Enrichment(
            new Enrichment.Language(lang, 0.99, ar ? "Arab" : "Latn", ar ? "rtl" : "ltr"),
            new ArrayList<>(entities.values()),
            List.of(),
            placeList,
            List.of(),
            story,
            List.of(),
            fetched.plusSeconds(2));
    return new EnrichedArticle(article, enrichment);
  }

  private static String sourceOf(int i) {
    return (i % 20 < 11 ? "bench-ar-" : "bench-en-") + (1 + i % 6);
  }

  private static String urlOf(int i) {
    return "https://" + sourceOf(i) + ".example/" + (i % 20 < 11 ? "ar" : "en") + "/" + i;
  }
}
