package dev.akhbar.indexer.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import dev.akhbar.indexer.TestEvents;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(IndexerItProfile.class)
class HealthAndMetricsIT {
  @TestHTTPResource("/q/health/ready")
  URL ready;

  @TestHTTPResource("/q/health/live")
  URL live;

  @TestHTTPResource("/q/metrics")
  URL metrics;

  @Inject ElasticsearchClient es;

  @Test
  void readinessReportsElasticsearchAndKafka() throws Exception {
    JsonNode health =
        await()
            .atMost(Duration.ofSeconds(30))
            .until(() -> Probes.health(ready), h -> h.path("status").asText().equals("UP"));
    List<String> checks = new ArrayList<>();
    health.path("checks").forEach(c -> checks.add(c.path("name").asText()));
    assertThat(checks)
        .anyMatch(n -> n.toLowerCase().contains("elasticsearch"))
        .anyMatch(n -> n.toLowerCase().contains("messaging") || n.toLowerCase().contains("kafka"))
        .contains("akhbar-indexer");
    assertThat(Probes.health(live).toString()).contains("akhbar-indexer flusher", "running");
  }

  @Test
  void exposesBulkRetryDeadLetterAndLagMetrics() throws Exception {
    try (Pipeline pipeline = new Pipeline(es)) {
      var event =
          TestEvents.article(
              Pipeline.newId(), "en", "Metrics", "Body", Instant.parse("2025-02-16T08:00:00Z"));
      pipeline.send(event);
      pipeline.awaitDocument(event.id());
    }
    String text =
        await()
            .atMost(Duration.ofSeconds(30))
            .until(
                () -> Probes.get(metrics),
                t -> t.contains("kafka_consumer_fetch_manager_records_lag"));
    assertThat(text)
        .contains("akhbar_indexer_bulk_documents_count")
        .contains("akhbar_indexer_bulk_bytes")
        .contains("akhbar_indexer_bulk_latency_seconds")
        .contains("akhbar_indexer_retries_total")
        .contains("akhbar_indexer_dead_letters_total")
        .contains("akhbar_indexer_documents_total{result=\"indexed\"")
        .contains("akhbar_indexer_buffered_documents")
        .contains("akhbar_indexer_held_documents")
        .contains("akhbar_indexer_waiting")
        .contains("akhbar_indexer_dead_letter_failures_total")
        .contains("akhbar_indexer_dead_letters_pending");
  }
}
