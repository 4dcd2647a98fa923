package dev.akhbar.indexer.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.akhbar.events.EnrichedArticle;
import dev.akhbar.indexer.TestEvents;
import dev.akhbar.indexer.bulk.BulkBuffer;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * The one test that stops the shared Elasticsearch node ({@code infra stop-es}); it always starts
 * it again in a finally block.
 */
@QuarkusTest
@TestProfile(IndexerItProfile.class)
class ElasticsearchOutageIT {
  private static final Path INFRA = Path.of("../../deploy/local/bin/infra");
  private static final Instant FETCHED = Instant.parse("2025-02-16T08:00:00Z");

  @Inject ElasticsearchClient es;
  @Inject BulkBuffer buffer;
  @Inject MeterRegistry registry;

  @Test
  @Timeout(value = 4, unit = TimeUnit.MINUTES)
  void everyEventIsIndexedExactlyOnceAndNoOffsetIsCommittedAheadOfElasticsearch() throws Exception {
    assumeTrue(
        RealInfrastructure.esUrl().equals("http://127.0.0.1:19200") && Files.isExecutable(INFRA),
        "needs the local node of deploy/local, which this test stops and starts");
    try (Pipeline pipeline = new Pipeline(es)) {
      List<EnrichedArticle> events = new ArrayList<>();
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
      infra("stop-es");
      try {
        Map<Integer, Long> committedWhileDown = pipeline.committed();
        for (int i = 0; i < 20; i++) {
          EnrichedArticle e =
              TestEvents.article(Pipeline.newId(), "en", "During " + i, "Body", FETCHED);
          events.add(e);
          pipeline.send(e);
        }
        await("the indexer holds the 20 events while Elasticsearch is down")
            .atMost(Duration.ofSeconds(30))
            .until(() -> buffer.buffered() == 20 && retries() > retriesBefore);
        await("no offset moves while Elasticsearch is down")
            .during(Duration.ofSeconds(3))
            .atMost(Duration.ofSeconds(5))
            .until(() -> pipeline.committed().equals(committedWhileDown));
      } finally {
        infra("start-es");
      }

      pipeline.awaitDocumentCount(events.size(), events);
      for (EnrichedArticle e : events) {
        var copies = pipeline.copies(e.id());
        assertThat(copies).as("copies of %s", e.id()).hasSize(1);
        assertThat(copies.get(0).version()).isEqualTo(FETCHED.toEpochMilli());
      }
      await("every offset committed once Elasticsearch has the events")
          .atMost(Duration.ofSeconds(60))
          .until(
              () ->
                  pipeline.committed().values().stream().mapToLong(Long::longValue).sum()
                      >= events.size());
      assertThat(buffer.buffered()).isZero();
    }
  }

  private double retries() {
    var counter = registry.find("akhbar.indexer.retries").counter();
    return counter == null ? 0 : counter.count();
  }

  private static void infra(String command) throws Exception {
    Process p =
        new ProcessBuilder(INFRA.toString(), command)
            .redirectErrorStream(true)
            .redirectOutput(new File("target/infra-" + command + ".log"))
            .start();
    if (!p.waitFor(180, TimeUnit.SECONDS)) {
      p.destroy();
      throw new IllegalStateException("infra " + command + " did not finish in 180 s");
    }
    assertThat(p.exitValue())
        .as("infra " + command + " (see target/infra-" + command + ".log)")
        .isZero();
  }
}
