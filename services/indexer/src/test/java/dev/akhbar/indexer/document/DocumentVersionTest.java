package dev.akhbar.indexer.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class DocumentVersionTest {
  private static final Instant FETCHED = Instant.parse("2025-02-16T08:00:00Z");

  @Test
  void aNewerFetchWinsWhateverItsEnrichment() {
    long first = DocumentVersion.of(FETCHED, FETCHED.plusSeconds(86_400 * 365));
    long refetched = DocumentVersion.of(FETCHED.plusSeconds(1), FETCHED.plusSeconds(2));
    assertThat(refetched).isGreaterThan(first);
    assertThat(DocumentVersion.compare(refetched, first)).isPositive();
  }

  @Test
  void forTheSameFetchANewerEnrichmentWinsAndAnOlderOneDoesNot() {
    long original = DocumentVersion.of(FETCHED, FETCHED.plusSeconds(2));
    long replay = DocumentVersion.of(FETCHED, Instant.parse("2025-06-01T00:00:00Z"));
    long olderReplay = DocumentVersion.of(FETCHED, FETCHED.plusSeconds(1));
    assertThat(replay).isGreaterThan(original);
    assertThat(olderReplay).isLessThan(original);
    assertThat(DocumentVersion.of(FETCHED, FETCHED.plusSeconds(2)))
        .as("the same event gives the same version: a redelivery is a version conflict")
        .isEqualTo(original);
  }

  @Test
  void countsAMissingOrEarlierEnrichmentAsTheFetchTime() {
    long none = DocumentVersion.of(FETCHED, null);
    assertThat(DocumentVersion.of(FETCHED, FETCHED.minusSeconds(30))).isEqualTo(none);
    assertThat(DocumentVersion.of(FETCHED, FETCHED)).isEqualTo(none);
    assertThat(DocumentVersion.of(FETCHED, FETCHED.plusSeconds(1))).isGreaterThan(none);
  }

  @Test
  void staysWithinWhatElasticsearchTakesForAnyInstant() {
    long max = DocumentVersion.of(Instant.parse("9999-12-31T23:59:59Z"), Instant.MAX);
    assertThat(max).isPositive().isLessThanOrEqualTo(Long.MAX_VALUE);
    assertThat(DocumentVersion.of(Instant.EPOCH, null)).isPositive();
    assertThat(DocumentVersion.isLegacy(DocumentVersion.of(Instant.EPOCH, null))).isFalse();
    assertThat(DocumentVersion.of(FETCHED, Instant.parse("2200-01-01T00:00:00Z")))
        .as("enrichments more than 68 years later are capped, still below the next fetch second")
        .isLessThan(DocumentVersion.of(FETCHED.plusSeconds(1), null));
  }

  @Test
  void readsTheMillisecondVersionsOfEarlierIndexers() {
    long legacy = FETCHED.toEpochMilli();
    assertThat(DocumentVersion.isLegacy(legacy)).isTrue();
    assertThat(DocumentVersion.fetchSecond(legacy)).isEqualTo(FETCHED.getEpochSecond());
    long sameFetch = DocumentVersion.of(FETCHED, null);
    assertThat(sameFetch)
        .as("Elasticsearch replaces a legacy copy in place: packed versions are higher")
        .isGreaterThan(legacy);
    assertThat(DocumentVersion.compare(sameFetch, legacy))
        .as("the same fetch, now with its enrichment time, is newer")
        .isPositive();
    long earlierFetch = DocumentVersion.of(FETCHED.minusSeconds(3600), FETCHED);
    assertThat(DocumentVersion.compare(earlierFetch, legacy))
        .as("a legacy copy of a later fetch stays newer")
        .isNegative();
  }
}
