package dev.akhbar.indexer;

import dev.akhbar.events.EnrichedArticle;
import dev.akhbar.events.EventCodec;
import dev.akhbar.indexer.bulk.BulkBuffer;
import dev.akhbar.indexer.bulk.Outcome;
import dev.akhbar.indexer.deadletter.DeadLetters;
import dev.akhbar.indexer.document.ArticleDocuments;
import dev.akhbar.indexer.document.IndexDocument;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Thin adapter: enriched article in, document into the bulk buffer; the Kafka message is acked only
 * when Elasticsearch has it (so its offset is committed only then) and nacked, hence dead-lettered
 * with the reason, when the event is malformed or Elasticsearch rejects the document for its
 * content. A nack is retried until the dead-letter topic has the record ({@link DeadLetters}).
 *
 * <p>The returned stage completes when the buffer and the dead-letter writer have room: until then
 * SmallRye requests no more records and the connector pauses the partitions (back-pressure).
 */
@ApplicationScoped
public class EnrichedArticleConsumer {
  private final ArticleDocuments documents;
  private final BulkBuffer buffer;
  private final DeadLetters deadLetters;
  private final IndexerMetrics metrics;

  public EnrichedArticleConsumer(
      ArticleDocuments documents,
      BulkBuffer buffer,
      DeadLetters deadLetters,
      IndexerMetrics metrics) {
    this.documents = documents;
    this.buffer = buffer;
    this.deadLetters = deadLetters;
    this.metrics = metrics;
  }

  @Incoming(Channels.ENRICHED)
  public CompletionStage<Void> consume(Message<String> message) {
    IndexDocument document;
    try {
      document = documents.toDocument(EventCodec.read(message.getPayload(), EnrichedArticle.class));
    } catch (RuntimeException | StackOverflowError e) {
      // Not a valid EnrichedArticle (InvalidEventException), or one no document can be made of.
      metrics.invalidEvent();
      deadLetters.write(() -> message.nack(e));
      return deadLetters.room();
    }
    BulkBuffer.Submission submission = buffer.submit(document);
    submission
        .outcome()
        .whenComplete(
            (outcome, failure) -> {
              if (failure != null) {
                return; // shutting down: left unacknowledged, redelivered after restart
              }
              settle(message, outcome);
            });
    return CompletableFuture.allOf(
        submission.accepted().toCompletableFuture(), deadLetters.room().toCompletableFuture());
  }

  private void settle(Message<String> message, Outcome outcome) {
    switch (outcome.kind()) {
      case INDEXED -> {
        metrics.indexed();
        message.ack();
      }
      case STALE -> {
        metrics.stale();
        message.ack();
      }
      default -> {
        var rejected =
            new DocumentRejectedException(
                "Elasticsearch rejected the document: " + outcome.reason());
        deadLetters.write(() -> message.nack(rejected));
      }
    }
  }

  /** The reason a document went to the dead-letter topic although the event was valid. */
  public static final class DocumentRejectedException extends RuntimeException {
    public DocumentRejectedException(String message) {
      super(message);
    }
  }
}
