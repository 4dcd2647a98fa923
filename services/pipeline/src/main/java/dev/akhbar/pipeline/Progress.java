package dev.akhbar.pipeline;

import dev.akhbar.events.Topics;
import java.util.Map;

/**
 * What a run has done so far: records each stage produced since the baseline, and documents
 * indexed.
 */
public record Progress(
    long fetched,
    long parsed,
    long enriched,
    long indexed,
    long fetchDlq,
    long parserDlq,
    long enricherDlq,
    long indexerDlq) {

  static Progress between(Map<String, Long> before, Map<String, Long> now, long indexed) {
    return new Progress(
        delta(before, now, Topics.PAGES_RAW),
        delta(before, now, Topics.ARTICLES_PARSED),
        delta(before, now, Topics.ARTICLES_ENRICHED),
        indexed,
        delta(before, now, Topics.FETCH_DLQ),
        delta(before, now, Topics.PARSER_DLQ),
        delta(before, now, Topics.ENRICHER_DLQ),
        delta(before, now, Topics.INDEXER_DLQ));
  }

  public long deadLettered() {
    return fetchDlq + parserDlq + enricherDlq + indexerDlq;
  }

  /** Every page fetched has reached the index or a dead-letter topic. */
  public boolean settled() {
    return fetched > 0
        && parsed + parserDlq >= fetched
        && enriched + enricherDlq >= parsed
        && indexed + indexerDlq >= enriched;
  }

  public String line() {
    return String.format(
        "fetched %d | parsed %d | enriched %d | indexed %d | dead-lettered %d"
            + " (fetch %d, parser %d, enricher %d, indexer %d)",
        fetched,
        parsed,
        enriched,
        indexed,
        deadLettered(),
        fetchDlq,
        parserDlq,
        enricherDlq,
        indexerDlq);
  }

  private static long delta(Map<String, Long> before, Map<String, Long> now, String topic) {
    return now.getOrDefault(topic, 0L) - before.getOrDefault(topic, 0L);
  }
}
