package dev.akhbar.indexer.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import dev.akhbar.events.EnrichedArticle;
import dev.akhbar.indexer.TestEvents;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The API key is refused (401, as an expired or revoked key is) while events flow: the indexer
 * holds the articles, dead-letters none and says why in readiness. The operator then puts a new key
 * in the Secret (here: the key file the indexer reads): the indexer uses it from the next request
 * and indexes every article, without a restart.
 */
@QuarkusTest
@TestProfile(ProxiedItProfile.class)
class ExpiredApiKeyIT {
  @TestHTTPResource("/q/health/ready")
  URL ready;

  @TestHTTPResource("/q/health/live")
  URL live;

  @Test
  @Timeout(value = 4, unit = TimeUnit.MINUTES)
  void aRefusedKeyHoldsTheArticlesUntilARotatedOneIsInTheKeyFile() throws Exception {
    FaultProxy proxy = ProxiedInfrastructure.proxy;
    try (RestClient rest = RealInfrastructure.restClient();
        Pipeline pipeline =
            new Pipeline(
                new ElasticsearchClient(new RestClientTransport(rest, new JacksonJsonpMapper())),
                ProxiedInfrastructure.NAMES)) {
      EnrichedArticle first = article("Before");
      pipeline.send(first);
      pipeline.awaitDocument(first.id());

      proxy.accept(ProxiedInfrastructure.ROTATED_API_KEY); // the indexer's key is no longer valid
      List<EnrichedArticle> during;
      try (EventStream stream =
          new EventStream(pipeline, 30, Duration.ofMillis(300), i -> article("During " + i))) {
        String waiting =
            Probes.awaitReadinessSays(
                ready, "waiting: Elasticsearch refuses the credentials since");
        assertThat(waiting).contains("security_exception");
        assertThat(Probes.up(live)).as("liveness stays UP while the indexer only waits").isTrue();
        await("nothing of the stream is indexed while the key is refused")
            .during(Duration.ofSeconds(8))
            .atMost(Duration.ofSeconds(20))
            .pollInterval(Duration.ofSeconds(1))
            .until(
                () -> stream.sentSoFar().stream().allMatch(e -> pipeline.copies(e.id()).isEmpty()));
        assertThat(proxy.refused()).isPositive();
        int forwardedBefore = proxy.forwarded();
        Files.writeString(ProxiedInfrastructure.keyFile, ProxiedInfrastructure.ROTATED_API_KEY);
        during = stream.awaitAllSent(Duration.ofSeconds(60));
        await("requests go through with the new key")
            .atMost(Duration.ofSeconds(30))
            .until(() -> proxy.forwarded() > forwardedBefore);
      } finally {
        Files.writeString(ProxiedInfrastructure.keyFile, ProxiedInfrastructure.ROTATED_API_KEY);
      }
      List<EnrichedArticle> all = new ArrayList<>(during);
      all.add(first);
      pipeline.awaitEachIndexedOnce(all, Duration.ofSeconds(90));
      assertThat(pipeline.deadLetterKeys())
          .doesNotContainAnyElementsOf(all.stream().map(EnrichedArticle::id).toList());
      Probes.awaitReady(ready);
    }
  }

  private static EnrichedArticle article(String title) {
    return TestEvents.article(Pipeline.newId(), "en", title, "Body", Instant.now());
  }
}
