package dev.akhbar.indexer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akhbar.indexer.bulk.BulkStatus;
import dev.akhbar.indexer.bulk.Hold;
import dev.akhbar.indexer.deadletter.DeadLetters;
import java.time.Instant;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

class IndexerHealthTest {
  private static final Instant SINCE = Instant.parse("2026-05-02T10:00:00Z");
  private static final DeadLetters.Status NO_LETTERS = new DeadLetters.Status(null, null, 0);

  @Test
  void readySaysWhyTheIndexerWaits() {
    Hold block =
        new Hold(
            Hold.Cause.WRITE_BLOCK,
            "akhbar-articles-2026",
            "cluster_block_exception: index [akhbar-articles-2026] blocked by: [FORBIDDEN/8/index"
                + " write (api)];");
    HealthCheckResponse response =
        IndexerHealth.readiness(new BulkStatus(block, SINCE, 12, block), NO_LETTERS);
    assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
    assertThat(response.getData().orElseThrow().get("waiting"))
        .isEqualTo(
            "waiting: index write block on akhbar-articles-2026 since 2026-05-02T10:00:00Z"
                + " (cluster_block_exception: index [akhbar-articles-2026] blocked by:"
                + " [FORBIDDEN/8/index write (api)];)");
    assertThat(response.getData().orElseThrow().get("held documents").toString())
        .startsWith("12: ");
  }

  @Test
  void readySaysWhenDeadLettersCannotBeWritten() {
    HealthCheckResponse response =
        IndexerHealth.readiness(
            new BulkStatus(null, null, 0, null),
            new DeadLetters.Status("RecordTooLargeException: too large", SINCE, 3));
    assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
    assertThat(response.getData().orElseThrow().get("dead letters").toString())
        .startsWith("waiting: dead-letter topic not writable since 2026-05-02T10:00:00Z")
        .contains("RecordTooLargeException");
  }

  @Test
  void aDocumentHeldAloneLeavesTheIndexerReadyButShowsIt() {
    Hold overload = new Hold(Hold.Cause.OVERLOAD, "akhbar-articles-2026", "es_rejected_execution");
    HealthCheckResponse response =
        IndexerHealth.readiness(new BulkStatus(null, null, 1, overload), NO_LETTERS);
    assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
    assertThat(response.getData().orElseThrow().get("held documents").toString())
        .isEqualTo("1: Elasticsearch overloaded on akhbar-articles-2026: es_rejected_execution");
  }
}
