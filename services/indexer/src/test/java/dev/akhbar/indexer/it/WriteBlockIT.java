package dev.akhbar.indexer.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.akhbar.events.EnrichedArticle;
import dev.akhbar.indexer.TestEvents;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code index.blocks.write: true} on the real indices for {@code akhbar.it.write-block-seconds}
 * (25) while events flow: nothing is dead-lettered, readiness says why the indexer waits, liveness
 * stays UP, and every event is indexed once the block is lifted, without a restart.
 */
@QuarkusTest
@TestProfile(IndexerItProfile.class)
class WriteBlockIT {
  private static final Duration BLOCK =
      Duration.ofSeconds(Integer.getInteger("akhbar.it.write-block-seconds", 25));

  @Inject ElasticsearchClient es;

  @TestHTTPResource("/q/health/ready")
  URL ready;

  @TestHTTPResource("/q/health/live")
  URL live;

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void aWriteBlockHoldsTheArticlesUntilItIsLiftedAndDeadLettersNone() throws Exception {
    try (Pipeline pipeline = new Pipeline(es)) {
      EnrichedArticle first = article("Before the block");
      pipeline.send(first);
      pipeline.awaitDocument(first.id());
      List<String> indices =
          List.copyOf(
              es.indices().get(g -> g.index(RealInfrastructure.ALIAS + "-*")).indices().keySet());

      List<EnrichedArticle> during;
      writeBlock(indices, true);
      long blockedAt = System.nanoTime();
      try (EventStream stream =
          new EventStream(pipeline, 40, Duration.ofMillis(250), i -> article("During " + i))) {
        String waiting =
            Probes.awaitReadinessSays(
                ready, "waiting: index write block on " + RealInfrastructure.ALIAS);
        assertThat(waiting).contains("cluster_block_exception");
        assertThat(Probes.up(live)).as("liveness stays UP while the indexer only waits").isTrue();

        Duration left = BLOCK.minus(Duration.ofNanos(System.nanoTime() - blockedAt));
        if (left.isPositive()) {
          await("nothing of the stream is indexed while the block stands")
              .during(left)
              .atMost(left.plusSeconds(10))
              .pollInterval(Duration.ofSeconds(1))
              .until(() -> indexed(pipeline, stream.sentSoFar()) == 0);
        }
        assertThat(Probes.up(live)).isTrue();
        writeBlock(indices, false);
        during = stream.awaitAllSent(Duration.ofSeconds(60));
      } finally {
        writeBlock(indices, false);
      }

      List<EnrichedArticle> all = new ArrayList<>(during);
      all.add(first);
      pipeline.awaitEachIndexedOnce(all, Duration.ofSeconds(90));
      assertThat(pipeline.deadLetterKeys())
          .as("no article is a dead letter")
          .doesNotContainAnyElementsOf(all.stream().map(EnrichedArticle::id).toList());
      Probes.awaitReady(ready);
    }
  }

  private static EnrichedArticle article(String title) {
    return TestEvents.article(Pipeline.newId(), "en", title, "Body", Instant.now());
  }

  private long indexed(Pipeline pipeline, List<EnrichedArticle> events) throws Exception {
    if (events.isEmpty()) {
      return 0;
    }
    pipeline.refresh();
    List<String> ids = events.stream().map(EnrichedArticle::id).toList();
    return es.count(c -> c.index(RealInfrastructure.ALIAS).query(q -> q.ids(i -> i.values(ids))))
        .count();
  }

  private void writeBlock(List<String> indices, boolean on) throws Exception {
    es.indices()
        .putSettings(
            p ->
                p.index(indices)
                    .withJson(new StringReader("{\"index.blocks.write\": " + on + "}")));
  }
}
