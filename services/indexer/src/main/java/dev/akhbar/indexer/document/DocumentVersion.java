package dev.akhbar.indexer.document;

import java.time.Instant;

/**
 * The external version of an article's document: ordered by {@code fetchedAt} first, then by {@code
 * enrichment.enrichedAt}, packed into the one long Elasticsearch compares.
 *
 * <pre>
 *   version = fetchedAt epoch seconds (32 bits) &lt;&lt; 31  |  seconds from fetchedAt to enrichedAt (31 bits)
 * </pre>
 *
 * <ul>
 *   <li>A newer fetch always wins, whatever its enrichment; for the same fetch, a newer enrichment
 *       (a replay of the enricher) wins; an older or equal one changes nothing.
 *   <li>Resolution is one second on both keys: two fetches, or two enrichments of one fetch, within
 *       the same second have the same version and the first one written stays.
 *   <li>{@code enrichedAt} absent or before {@code fetchedAt} (clock skew) counts as {@code
 *       fetchedAt}; more than 68 years after it, as 68 years.
 * </ul>
 *
 * <p>Indexers before this one wrote {@code fetchedAt} in epoch milliseconds ("legacy" versions, all
 * below 2^42). Elasticsearch compares numbers, and every packed version is far above any legacy
 * one, so a legacy copy is always replaced by a packed one in the same index. Across indices the
 * indexer compares itself, with {@link #compare}, which reads a legacy version as that fetch with
 * no enrichment: a legacy copy of a later fetch is still newer.
 */
public final class DocumentVersion {
  static final int ENRICHMENT_BITS = 31;
  static final long MAX_ENRICHMENT_OFFSET = (1L << ENRICHMENT_BITS) - 1;
  static final long MAX_FETCH_SECONDS = (1L << 32) - 1;

  /** Versions below this are legacy ({@code fetchedAt} in ms, good until the year 2109). */
  static final long LEGACY_LIMIT = 1L << 42;

  /** The smallest fetch second a packed version uses, so that it never looks legacy. */
  private static final long MIN_FETCH_SECONDS = LEGACY_LIMIT >>> ENRICHMENT_BITS;

  private DocumentVersion() {}

  /** The version of the article fetched at {@code fetchedAt} and enriched at {@code enrichedAt}. */
  public static long of(Instant fetchedAt, Instant enrichedAt) {
    long fetch = clamp(fetchedAt.getEpochSecond(), MIN_FETCH_SECONDS, MAX_FETCH_SECONDS);
    long offset =
        enrichedAt == null
            ? 0
            : clamp(
                enrichedAt.getEpochSecond() - fetchedAt.getEpochSecond(), 0, MAX_ENRICHMENT_OFFSET);
    return fetch << ENRICHMENT_BITS | offset;
  }

  /** Whether {@code version} was written by an indexer that used {@code fetchedAt} in ms. */
  public static boolean isLegacy(long version) {
    return version < LEGACY_LIMIT;
  }

  /**
   * Orders two versions, packed or legacy: negative when {@code a} is older than {@code b}, zero
   * when neither is newer (the same version: the one already written stays).
   */
  public static int compare(long a, long b) {
    int byFetch = Long.compare(fetchSecond(a), fetchSecond(b));
    return byFetch != 0 ? byFetch : Long.compare(enrichmentRank(a), enrichmentRank(b));
  }

  /** The fetch second a version stands for. */
  public static long fetchSecond(long version) {
    return isLegacy(version) ? Math.floorDiv(version, 1000) : version >>> ENRICHMENT_BITS;
  }

  /** Seconds from fetch to enrichment; -1 for a legacy version (older than any enrichment). */
  static long enrichmentRank(long version) {
    return isLegacy(version) ? -1 : version & MAX_ENRICHMENT_OFFSET;
  }

  private static long clamp(long value, long min, long max) {
    return Math.max(min, Math.min(max, value));
  }
}
