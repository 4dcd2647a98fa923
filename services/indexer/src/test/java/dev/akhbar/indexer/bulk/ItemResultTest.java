package dev.akhbar.indexer.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akhbar.indexer.bulk.ItemResult.Kind;
import org.junit.jupiter.api.Test;

class ItemResultTest {
  @Test
  void createdAndUpdatedAreIndexed() {
    assertThat(ItemResult.classify(201, null, null).kind()).isEqualTo(Kind.INDEXED);
    assertThat(ItemResult.classify(200, null, null).kind()).isEqualTo(Kind.INDEXED);
  }

  @Test
  void versionConflictMeansTheIndexAlreadyHasThisOrANewerVersion() {
    assertThat(
            ItemResult.classify(
                    409, "version_conflict_engine_exception", "current version [5] is higher")
                .kind())
        .isEqualTo(Kind.STALE);
  }

  @Test
  void overloadAndUnavailabilityAreRetried() {
    assertThat(ItemResult.classify(429, "es_rejected_execution_exception", "queue full").kind())
        .isEqualTo(Kind.RETRYABLE);
    assertThat(
            ItemResult.classify(503, "unavailable_shards_exception", "primary shard is not active")
                .kind())
        .isEqualTo(Kind.RETRYABLE);
  }

  @Test
  void mappingErrorsAreRejectedWithTheirReason() {
    ItemResult r =
        ItemResult.classify(
            400, "document_parsing_exception", "failed to parse field [places.location]");
    assertThat(r.kind()).isEqualTo(Kind.REJECTED);
    assertThat(r.reason())
        .isEqualTo("document_parsing_exception: failed to parse field [places.location]");
    assertThat(ItemResult.classify(400, "strict_dynamic_mapping_exception", "x").kind())
        .isEqualTo(Kind.REJECTED);
  }
}
