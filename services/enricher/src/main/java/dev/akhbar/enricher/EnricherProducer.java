package dev.akhbar.enricher;

import dev.akhbar.enricher.kafka.StoryReplay;
import dev.akhbar.enricher.language.LanguageIdentifier;
import dev.akhbar.enricher.stories.StoryIndex;
import dev.akhbar.support.kafka.KafkaClients;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.Startup;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Builds the {@link Enricher} once, at startup, so the language models load before the first
 * message.
 */
@ApplicationScoped
public class EnricherProducer {
  private static final Logger LOG = Logger.getLogger(EnricherProducer.class);

  private StoryReplay replay;

  /**
   * The story index, rebuilt from the enriched topic before the first message (see
   * kafka/StoryReplay and README "Story ids"). Its consumer is built from the service's Kafka
   * configuration (the {@code default-kafka-broker} map: bootstrap servers, SASL, TLS), so it
   * connects wherever the channels do; its topic is the story-replay client's declaration in
   * application.properties.
   */
  @Produces
  @Singleton
  StoryIndex stories(
      EnricherConfig config,
      @ConfigProperty(name = "akhbar.kafka.client.story-replay.topic") String topic,
      @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig) {
    StoryIndex index =
        new StoryIndex(
            config.stories().threshold(),
            config.stories().window(),
            config.stories().maxArticles());
    if (config.stories().replay()) {
      replay =
          new StoryReplay(
              index,
              () ->
                  KafkaClients.assignedConsumer(
                      kafkaConfig,
                      "akhbar-enricher-stories",
                      Map.of(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 9 * 1024 * 1024)),
              topic);
      try {
        replay.catchUp(config.stories().window(), Duration.ofSeconds(60), true);
      } catch (RuntimeException e) {
        // better new story ids for a while than no enrichment at all
        LOG.errorf(e, "Cannot rebuild the story index from %s; starting empty", topic);
      }
    }
    return index;
  }

  void stop(@Observes ShutdownEvent event) {
    if (replay != null) {
      replay.close();
    }
  }

  @Produces
  @Singleton
  @Startup
  Enricher enricher(EnricherConfig config, StoryIndex stories) {
    long t0 = System.nanoTime();
    Enricher enricher =
        new Enricher(
            new LanguageIdentifier(config.languages(), config.languageLowAccuracy()),
            stories,
            Clock.systemUTC());
    LOG.infof(
        "Enricher ready in %d ms (languages %s)",
        (System.nanoTime() - t0) / 1_000_000, config.languages());
    return enricher;
  }
}
