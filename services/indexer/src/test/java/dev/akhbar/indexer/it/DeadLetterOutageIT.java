package dev.akhbar.indexer.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.akhbar.events.DeadLetter;
import dev.akhbar.events.EnrichedArticle;
import dev.akhbar.events.EventCodec;
import dev.akhbar.indexer.TestEvents;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The dead-letter topic on the real broker refuses records for a while ({@code max.message.bytes}
 * of 64): the malformed event is never acknowledged (its partition's offset stays before it), the
 * failure shows in readiness and metrics, other events go on, and once the topic takes records
 * again the dead letter is written and the offset moves, without a restart.
 */
@QuarkusTest
@TestProfile(IndexerItProfile.class)
class DeadLetterOutageIT {
  @Inject ElasticsearchClient es;
  @Inject MeterRegistry registry;

  @TestHTTPResource("/q/health/ready")
  URL ready;

  @Test
  @Timeout(value = 3, unit = TimeUnit.MINUTES)
  void aDeadLetterThatCannotBeWrittenHoldsItsOffsetUntilItIs() throws Exception {
    ConfigResource dlq =
        new ConfigResource(ConfigResource.Type.TOPIC, RealInfrastructure.NAMES.dlq());
    String badKey = "bad-" + Pipeline.newId();
    EnrichedArticle samePartition =
        TestEvents.article(Pipeline.newId(), "en", "Same", "Body", Instant.now());
    EnrichedArticle otherPartition =
        TestEvents.article(Pipeline.newId(), "en", "Other", "Body", Instant.now());
    try (Pipeline pipeline = new Pipeline(es);
        Admin admin = RealInfrastructure.admin()) {
      setMaxMessageBytes(admin, dlq, "64");
      try {
        RecordMetadata bad =
            pipeline.sendRaw(0, badKey, "{\"article\": not json " + "x".repeat(200) + "}");
        pipeline.sendRaw(0, samePartition.id(), EventCodec.write(samePartition));
        pipeline.sendRaw(1, otherPartition.id(), EventCodec.write(otherPartition));

        pipeline.awaitEachIndexedOnce(
            List.of(samePartition, otherPartition), Duration.ofSeconds(60));
        String health =
            Probes.awaitReadinessSays(ready, "waiting: dead-letter topic not writable since");
        assertThat(health).contains("RecordTooLarge");
        assertThat(registry.find("akhbar.indexer.dead.letter.failures").counter().count())
            .isPositive();
        await("the offset of the malformed event is not committed while it is in no topic")
            .during(Duration.ofSeconds(5))
            .atMost(Duration.ofSeconds(15))
            .pollInterval(Duration.ofSeconds(1))
            .until(() -> pipeline.committed().getOrDefault(0, 0L) <= bad.offset());

        setMaxMessageBytes(admin, dlq, null);
        DeadLetter letter = pipeline.awaitDeadLetter(badKey);
        assertThat(letter.reason()).contains("Not a valid EnrichedArticle");
        assertThat(letter.offset()).isEqualTo(bad.offset());
        await("the offset moves past the malformed event once its dead letter is written")
            .atMost(Duration.ofSeconds(60))
            .until(() -> pipeline.committed().getOrDefault(0, 0L) > bad.offset() + 1);
        Probes.awaitReady(ready);
      } finally {
        setMaxMessageBytes(admin, dlq, null);
      }
    }
  }

  /** Sets the topic's max.message.bytes, or removes it (back to the broker's) when null. */
  private static void setMaxMessageBytes(Admin admin, ConfigResource topic, String bytes)
      throws Exception {
    AlterConfigOp op =
        bytes == null
            ? new AlterConfigOp(
                new ConfigEntry(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, ""),
                AlterConfigOp.OpType.DELETE)
            : new AlterConfigOp(
                new ConfigEntry(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, bytes),
                AlterConfigOp.OpType.SET);
    admin.incrementalAlterConfigs(Map.of(topic, List.of(op))).all().get(30, TimeUnit.SECONDS);
  }
}
