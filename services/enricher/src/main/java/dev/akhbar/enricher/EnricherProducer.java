package dev.akhbar.enricher;

import dev.akhbar.enricher.language.LanguageIdentifier;
import dev.akhbar.enricher.stories.StoryIndex;
import dev.akhbar.enricher.stories.StoryReplay;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Builds the {@link Enricher} once, at startup, so the language models load before the first
 * message.
 */
@ApplicationScoped
public class EnricherProducer {
  private static final Logger LOG = Logger.getLogger(EnricherProducer.class);

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrap;

  @ConfigProperty(name = "mp.messaging.outgoing.enriched-articles.topic")
  String enrichedTopic;

  private StoryReplay replay;

  /**
   * The story index, rebuilt from the enriched topic before the first message (see
   * stories/StoryReplay and README "Story ids").
   */
  @Produces
  @Singleton
  StoryIndex stories(EnricherConfig config) {
    StoryIndex index = new StoryIndex(config.stories().threshold(), config.stories().window());
    if (config.stories().replay()) {
      replay = new StoryReplay(index, bootstrap, enrichedTopic);
      try {
        replay.catchUp(config.stories().window(), Duration.ofSeconds(60), true);
      } catch (RuntimeException e) {
        // better new story ids for a while than no enrichment at all
        LOG.errorf(e, "Cannot rebuild the story index from %s; starting empty", enrichedTopic);
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
