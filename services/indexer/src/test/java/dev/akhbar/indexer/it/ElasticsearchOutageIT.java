package dev.akhbar.indexer.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.akhbar.events.EnrichedArticle;
import dev.akhbar.indexer.TestEvents;
import dev.akhbar.indexer.bulk.BulkBuffer;
import dev.akhbar.indexer.document.ArticleDocuments;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The local Elasticsearch node is stopped ({@code infra stop-es}, a real process) while events
 * flow, for {@code akhbar.it.es-outage-seconds}: 40 in {@code make test}; the 2 minutes
 * with {@code mvn -pl services/indexer verify -Dit.test=ElasticsearchOutageIT
 * -Dakhbar.it.es-outage-seconds=120}. The node is always started again.
 */
@QuarkusTest
@TestProfile(IndexerItProfile.class)
class ElasticsearchOutageIT {
  private static final Instant FETCHED = Instant.parse("2025-02-16T08:00:00Z");
  private static final Duration OUTAGE =
      Duration.ofSeconds(Integer.getInteger("akhbar.it.es-outage-seconds", 40));

  @Inject ElasticsearchClient es;
  @Inject BulkBuffer buffer;
  @Inject MeterRegistry registry;

  @TestHTTPResource("/q/health/ready")
  URL ready;

  @TestHTTPResource("/q/health/live")
  URL live;

  @Test
  @Timeout(value = 10, unit = TimeUnit.MINUTES)
  void everyEventIsIndexedExactlyOnceAndNoOffsetIsCommittedAheadOfElasticsearch() throws Exception {
    assumeTrue(
        RealInfrastructure.esIsLocalNode(),
        "needs the local node of deploy/local, which this test stops and starts");
    try (Pipeline pipeline = new Pipeline(es)) {
      List<EnrichedArticle> events = new ArrayList<>(); // every event sent, before and during
      Map<Integer, Long> lastOffsetBefore = new HashMap<>();
      for (int i = 0; i < 10; i++) {
        EnrichedArticle e =
            TestEvents.article(Pipeline.newId(), "en", "Before " + i, "Body", FETCHED);
        events.add(e);
        RecordMetadata m = pipeline.send(e);
        lastOffsetBefore.merge(m.partition(), m.offset(), Math::max);
      }
      pipeline.awaitDocumentCount(events.size(), events);
      await()
          .atMost(Duration.ofSeconds(60))
          .until(
              () ->
                  lastOffsetBefore.entrySet().stream()
                      .allMatch(
                          en ->
                              pipeline.committed().getOrDefault(en.getKey(), -1L) > en.getValue()));

      double retriesBefore = retries();
      LocalNode.stop();
      long stoppedAt = System.nanoTime();
      try (EventStream stream =
          new EventStream(
              pipeline,
              (int) Math.max(20, OUTAGE.toSeconds() * 2),
              Duration.ofMillis(400),
              i -> TestEvents.article(Pipeline.newId(), "en", "During " + i, "Body", FETCHED))) {
        Map<Integer, Long> committedWhileDown = pipeline.committed();
        await("the indexer holds the events while Elasticsearch is down")
            .atMost(Duration.ofSeconds(30))
            .until(() -> buffer.buffered() >= 10 && retries() > retriesBefore);
        String waiting =
            Probes.awaitReadinessSays(ready, "waiting: Elasticsearch unreachable since");
        assertThat(waiting).contains("Connect");
        assertThat(Probes.up(live)).as("liveness stays UP while the indexer only waits").isTrue();

        Duration left = OUTAGE.minus(Duration.ofNanos(System.nanoTime() - stoppedAt));
        if (left.isPositive()) {
          await("no offset moves and liveness stays UP while Elasticsearch is down")
              .during(left)
              .atMost(left.plusSeconds(10))
              .pollInterval(Duration.ofSeconds(1))
              .until(() -> pipeline.committed().equals(committedWhileDown) && Probes.up(live));
        }
        LocalNode.start();
        events.addAll(stream.awaitAllSent(Duration.ofMinutes(3)));
      } finally {
        LocalNode.start(); // a no-op when it runs already
      }

      pipeline.awaitEachIndexedOnce(events, Duration.ofSeconds(120));
      for (EnrichedArticle e : events) {
        assertThat(pipeline.copies(e.id()).get(0).version()).isEqualTo(ArticleDocuments.version(e));
      }
      await("every offset committed once Elasticsearch has the events")
          .atMost(Duration.ofSeconds(60))
          .until(
              () ->
                  pipeline.committed().values().stream().mapToLong(Long::longValue).sum()
                      >= events.size());
      assertThat(buffer.buffered()).isZero();
      assertThat(pipeline.deadLetterKeys())
          .doesNotContainAnyElementsOf(events.stream().map(EnrichedArticle::id).toList());
      Probes.awaitReady(ready);
    }
  }

  private double retries() {
    return registry.find("akhbar.indexer.retries").counters().stream()
        .mapToDouble(c -> c.count())
        .sum();
  }
}
