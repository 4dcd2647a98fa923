package dev.akhbar.parser;

import dev.akhbar.events.EventCodec;
import dev.akhbar.events.EventMetadata;
import dev.akhbar.events.EventType;
import dev.akhbar.events.KafkaHeaders;
import dev.akhbar.events.ParsedArticle;
import dev.akhbar.events.RawPage;
import dev.akhbar.parser.extract.RawPageParser;
import dev.akhbar.parser.limits.BodyLimit;
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
import org.jboss.logging.Logger;

/**
 * Thin adapter: decodes the raw page, lets {@link RawPageParser} extract the article, applies the
 * size policy ({@link BodyLimit}, then the parsed topic's {@link RecordLimit}), and sends it keyed
 * by article id with CloudEvents metadata. The work runs within a {@link RecordBudget}, off the
 * event loop; each channel copy takes one page at a time, so pages of a partition keep their order.
 * Whatever cannot be processed fails the stage, and the channel's dead-letter-queue strategy
 * forwards the record to akhbar.parser.dlq.v1 with the reason; the outgoing message is chained to
 * the incoming one, so a page is acknowledged only once its article is written.
 */
@ApplicationScoped
public class RawPageProcessor {
  private static final Logger LOG = Logger.getLogger(RawPageProcessor.class);

  private final RawPageParser parser = new RawPageParser();
  private final RecordBudget budget;
  private final BodyLimit bodyLimit;
  private final RecordLimit recordLimit;

  public RawPageProcessor(
      ParserConfig config,
      @ConfigProperty(name = "mp.messaging.outgoing.parsed-articles.topic") String topic,
      @ConfigProperty(name = "mp.messaging.outgoing.parsed-articles.max.request.size")
          long maxRequestSize) {
    this.budget = new RecordBudget("parser", config.recordBudget(), config.maxOverrunningRecords());
    this.bodyLimit = new BodyLimit(config.maxBodyChars());
    this.recordLimit = new RecordLimit(topic, maxRequestSize);
  }

  @Incoming(Channels.RAW_PAGES)
  @Outgoing(Channels.PARSED)
  public CompletionStage<Message<String>> process(byte[] payload) {
    return budget.run(() -> parse(payload));
  }

  /**
   * The page is read from the record's bytes: decoding them to a String first and parsing that cost
   * twice the CPU of the JSON parse from bytes (the page's HTML is most of the payload).
   */
  Message<String> parse(byte[] payload) {
    RawPage page = EventCodec.read(payload, RawPage.class);
    ParsedArticle article = parser.parse(page);
    if (bodyLimit.exceeds(article)) {
      LOG.infof(
          "Article %s cut to %d characters (body was longer): %s",
          article.id(), bodyLimit.maxChars(), article.url());
      article = bodyLimit.apply(article);
    }
    String json = EventCodec.write(article);
    recordLimit.check(json);
    LOG.debugf("Parsed %s (%d words): %s", article.id(), article.wordCount(), article.url());
    EventMetadata event =
        EventMetadata.of(EventType.PARSED_ARTICLE, article.id(), article.parsedAt());
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
