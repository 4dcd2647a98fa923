package dev.akhbar.enricher;

import dev.akhbar.events.EnrichedArticle;
import dev.akhbar.events.EventCodec;
import dev.akhbar.events.EventMetadata;
import dev.akhbar.events.EventType;
import dev.akhbar.events.KafkaHeaders;
import dev.akhbar.events.ParsedArticle;
import dev.akhbar.support.budget.RecordBudget;
import dev.akhbar.support.kafka.KeyedMessages;
import dev.akhbar.support.limits.RecordLimit;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Outgoing;

/**
 * Thin adapter: parsed article JSON in, enriched article JSON out, keyed by article id with the
 * CloudEvents headers of {@link EventMetadata} (time: when it was enriched). The work runs within a
 * {@link RecordBudget}, off the event loop, one article at a time per channel copy (so the articles
 * of a partition keep their order); an output larger than the enriched topic takes is refused
 * before sending ({@link RecordLimit}). Whatever fails is nacked and goes to the dead-letter topic
 * with the exception message as reason; the outgoing message is chained to the incoming one, so an
 * article is acknowledged only once it is written.
 */
@ApplicationScoped
public class EnrichProcessor {
  private final Enricher enricher;
  private final RecordBudget budget;
  private final RecordLimit limit;

  public EnrichProcessor(
      Enricher enricher,
      EnricherConfig config,
      @ConfigProperty(name = "mp.messaging.outgoing.enriched-articles.topic") String topic,
      @ConfigProperty(name = "mp.messaging.outgoing.enriched-articles.max.request.size")
          long maxRequestSize) {
    this.enricher = enricher;
    this.budget =
        new RecordBudget("enricher", config.recordBudget(), config.maxOverrunningRecords());
    this.limit = new RecordLimit(topic, maxRequestSize);
  }

  @Incoming(Channels.PARSED)
  @Outgoing(Channels.ENRICHED)
  public CompletionStage<Message<String>> process(String payload) {
    return budget.run(() -> enrich(payload));
  }

  Message<String> enrich(String payload) {
    ParsedArticle article = EventCodec.read(payload, ParsedArticle.class);
    EnrichedArticle enriched = new EnrichedArticle(article, enricher.enrich(article));
    String json = EventCodec.write(enriched);
    limit.check(json);
    EventMetadata event =
        EventMetadata.of(
            EventType.ENRICHED_ARTICLE, article.id(), enriched.enrichment().enrichedAt());
    return KeyedMessages.of(json, article.id(), KafkaHeaders.of(event));
  }

  /** The stage's record budget, for the liveness check. */
  RecordBudget budget() {
    return budget;
  }

  @PreDestroy
  void close() {
    budget.close();
  }
}
