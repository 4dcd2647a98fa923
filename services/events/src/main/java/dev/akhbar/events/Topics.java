package dev.akhbar.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Kafka topic names of the public contract. Versioned by suffix: a breaking change of an event is a
 * new topic ({@code .v2}), never an in-place change.
 *
 * <p>Partition counts and topic configs live in {@code topics.tsv} next to this class; it is read
 * by the local infrastructure, the Kubernetes consistency checks and {@link #specs()}.
 */
public final class Topics {
  /** URL fetch requests from other systems. Key: article id of the URL. */
  public static final String FETCH_REQUESTS = "akhbar.fetch.requests.v1";

  /** Downloaded pages ({@link RawPage}). Key: article id. */
  public static final String PAGES_RAW = "akhbar.pages.raw.v1";

  /** Extracted articles ({@link ParsedArticle}). Key: article id. */
  public static final String ARTICLES_PARSED = "akhbar.articles.parsed.v1";

  /** Articles with language, entities, quotes, places and story id ({@link EnrichedArticle}). */
  public static final String ARTICLES_ENRICHED = "akhbar.articles.enriched.v1";

  /** URLs the fetcher gave up on (value: the {@link FetchRequest}; reason in headers). */
  public static final String FETCH_DLQ = "akhbar.fetch.dlq.v1";

  /** Raw pages the parser could not turn into an article (value: the original record). */
  public static final String PARSER_DLQ = "akhbar.parser.dlq.v1";

  /** Parsed articles the enricher could not process (value: the original record). */
  public static final String ENRICHER_DLQ = "akhbar.enricher.dlq.v1";

  /** Enriched articles Elasticsearch rejected for good (value: the original record). */
  public static final String INDEXER_DLQ = "akhbar.indexer.dlq.v1";

  /** Compacted fetcher state: the canonical URLs already fetched and their change markers. */
  public static final String FETCH_SEEN = "akhbar.fetch.seen.v1";

  private Topics() {}

  /** A topic with its partition count and the topic-level configs it is created with. */
  public record Spec(String name, int partitions, Map<String, String> configs) {}

  /** Every topic of the contract, as declared in {@code topics.tsv}. */
  public static List<Spec> specs() {
    try (InputStream in = Topics.class.getResourceAsStream("topics.tsv")) {
      if (in == null) {
        throw new IllegalStateException("topics.tsv is missing from the events jar");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<Spec> specs = new ArrayList<>();
      String line;
      while ((line = reader.readLine()) != null) {
        line = line.strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\\s+");
        Map<String, String> configs = new LinkedHashMap<>();
        if (cols.length > 2 && !cols[2].equals("-")) {
          for (String kv : cols[2].split(",")) {
            String[] pair = kv.split("=", 2);
            configs.put(pair[0], pair[1]);
          }
        }
        specs.add(new Spec(cols[0], Integer.parseInt(cols[1]), Map.copyOf(configs)));
      }
      return List.copyOf(specs);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
