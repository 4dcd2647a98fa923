package dev.akhbar.indexer.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.cluster.HealthResponse;
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
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code cluster.max_shards_per_node} lowered on the real node to the shards it has: the index of
 * an older year cannot be created. Its articles wait (no dead letter) while articles of existing
 * indices go on; once the limit is raised they are indexed, without a restart.
 */
@QuarkusTest
@TestProfile(IndexerItProfile.class)
class ShardLimitIT {
  @Inject ElasticsearchClient es;

  @TestHTTPResource("/q/health/ready")
  URL ready;

  @TestHTTPResource("/q/health/live")
  URL live;

  @Test
  @Timeout(value = 4, unit = TimeUnit.MINUTES)
  void articlesOfAnIndexBeyondTheShardLimitWaitWhileOthersGoOn() throws Exception {
    Instant now = Instant.now();
    int year = now.atOffset(ZoneOffset.UTC).getYear() - 4;
    String newIndex = RealInfrastructure.ALIAS + "-" + year;
    try (Pipeline pipeline = new Pipeline(es)) {
      EnrichedArticle current = article(now, null, "Current");
      pipeline.send(current);
      pipeline.awaitDocument(current.id());
      es.indices().delete(d -> d.index(newIndex).ignoreUnavailable(true));

      List<EnrichedArticle> old = new ArrayList<>();
      List<EnrichedArticle> flowing = new ArrayList<>();
      limitShardsToWhatTheNodeHas();
      try {
        assertThatThrownBy(() -> es.indices().create(c -> c.index("akhbar-shard-probe-" + year)))
            .as("the limit is real")
            .isInstanceOf(ElasticsearchException.class)
            .hasMessageContaining("shards open");
        for (int i = 0; i < 5; i++) {
          old.add(
              article(
                  now, OffsetDateTime.of(year, 6, 1 + i, 12, 0, 0, 0, ZoneOffset.UTC), "Old " + i));
          pipeline.send(old.get(i));
        }
        for (int i = 0; i < 3; i++) {
          flowing.add(article(now, null, "Flowing " + i));
          pipeline.send(flowing.get(i));
        }
        pipeline.awaitEachIndexedOnce(flowing, Duration.ofSeconds(60));
        String health = Probes.awaitReadinessSays(ready, "shard limit reached on " + newIndex);
        assertThat(health).contains("maximum normal shards open");
        assertThat(Probes.up(live)).isTrue();
        await("the old articles wait, in neither the index nor the dead-letter topic")
            .during(Duration.ofSeconds(5))
            .atMost(Duration.ofSeconds(15))
            .pollInterval(Duration.ofSeconds(1))
            .until(() -> pipeline.copies(old.get(0).id()).isEmpty());
      } finally {
        restoreShardLimit();
        es.indices().delete(d -> d.index("akhbar-shard-probe-" + year).ignoreUnavailable(true));
      }
      pipeline.awaitEachIndexedOnce(old, Duration.ofSeconds(90));
      assertThat(pipeline.copies(old.get(0).id()).get(0).index()).isEqualTo(newIndex);
      List<String> ids = new ArrayList<>();
      old.forEach(e -> ids.add(e.id()));
      flowing.forEach(e -> ids.add(e.id()));
      assertThat(pipeline.deadLetterKeys()).doesNotContainAnyElementsOf(ids);
    }
  }

  private static EnrichedArticle article(Instant fetched, OffsetDateTime published, String title) {
    return TestEvents.article(Pipeline.newId(), "en", title, "Body", fetched, published, List.of());
  }

  private void limitShardsToWhatTheNodeHas() throws Exception {
    HealthResponse health = es.cluster().health();
    int shards = Math.max(1, health.activeShards() + health.unassignedShards());
    putPersistent("{\"persistent\": {\"cluster.max_shards_per_node\": " + shards + "}}");
  }

  private void restoreShardLimit() throws Exception {
    putPersistent("{\"persistent\": {\"cluster.max_shards_per_node\": null}}");
  }

  private void putPersistent(String body) throws Exception {
    es.cluster().putSettings(p -> p.withJson(new StringReader(body)));
  }
}
