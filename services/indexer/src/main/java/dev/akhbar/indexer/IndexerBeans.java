package dev.akhbar.indexer;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.akhbar.events.EventCodec;
import dev.akhbar.indexer.bulk.Backoff;
import dev.akhbar.indexer.bulk.BulkBuffer;
import dev.akhbar.indexer.bulk.BulkSettings;
import dev.akhbar.indexer.bulk.ErrorClassifier;
import dev.akhbar.indexer.config.ElasticsearchConfig;
import dev.akhbar.indexer.config.ElasticsearchEndpoint;
import dev.akhbar.indexer.deadletter.DeadLetters;
import dev.akhbar.indexer.document.ArticleDocuments;
import dev.akhbar.indexer.elasticsearch.ClosedIndexMerger;
import dev.akhbar.indexer.elasticsearch.ElasticsearchBulkSender;
import dev.akhbar.indexer.elasticsearch.TemplateInstaller;
import dev.akhbar.indexer.index.ClosedIndexMerges;
import dev.akhbar.indexer.index.IndexLayout;
import dev.akhbar.indexer.index.IndexNames;
import dev.akhbar.indexer.index.IndexTemplate;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/** Wires the plain classes together. */
public class IndexerBeans {
  private static final Logger LOG = Logger.getLogger(IndexerBeans.class);

  @Produces
  @Singleton
  IndexLayout indexLayout(IndexerConfig config) {
    return new IndexLayout(new IndexNames(config.indexAlias()), config.recentYears());
  }

  @Produces
  @Singleton
  TemplateInstaller templateInstaller(ElasticsearchClient client, IndexLayout layout) {
    return new TemplateInstaller(
        client, IndexTemplate.load(layout.names()), layout, Clock.systemUTC());
  }

  @Produces
  @Singleton
  ArticleDocuments articleDocuments(IndexLayout layout) {
    return new ArticleDocuments(layout, EventCodec.mapper());
  }

  @Produces
  @Singleton
  BulkBuffer bulkBuffer(
      IndexerConfig config,
      ElasticsearchClient client,
      TemplateInstaller installer,
      IndexerMetrics metrics) {
    IndexerConfig.Bulk b = config.bulk();
    return new BulkBuffer(
        new BulkSettings(
            b.maxActions(),
            b.maxBytes(),
            b.flushInterval(),
            b.capacityActions(),
            b.capacityBytes(),
            backoff(config),
            b.suspectAttempts()),
        new ElasticsearchBulkSender(
            client, installer, ErrorClassifier.load(), b.rememberedWrites()),
        metrics);
  }

  @Produces
  @Singleton
  DeadLetters deadLetters(IndexerConfig config, IndexerMetrics metrics) {
    ScheduledExecutorService scheduler =
        Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("akhbar-dead-letters").daemon().factory());
    return new DeadLetters(
        config.deadLetters().maxPending(), backoff(config), metrics, scheduler, Clock.systemUTC());
  }

  @Produces
  @Singleton
  ClosedIndexMerger closedIndexMerger(
      IndexerConfig config, ElasticsearchClient client, IndexLayout layout) {
    return new ClosedIndexMerger(
        client,
        layout.names(),
        new ClosedIndexMerges(layout.names(), config.merge().grace()),
        Clock.systemUTC());
  }

  /** Looks at the closed indices every {@code akhbar.indexer.merge.every}, from start-up on. */
  @Produces
  @Singleton
  @Named("merges")
  ScheduledExecutorService mergeLooks() {
    return Executors.newSingleThreadScheduledExecutor(
        Thread.ofPlatform().name("akhbar-merges").daemon().factory());
  }

  void startMerges(
      @Observes StartupEvent event,
      IndexerConfig config,
      ClosedIndexMerger merger,
      @Named("merges") ScheduledExecutorService looks) {
    if (config.merge().enabled()) {
      long every = config.merge().every().toMillis();
      looks.scheduleWithFixedDelay(merger::look, every, every, TimeUnit.MILLISECONDS);
    }
  }

  void close(@Disposes @Named("merges") ScheduledExecutorService looks) {
    looks.shutdownNow();
  }

  private static Backoff backoff(IndexerConfig config) {
    return new Backoff(config.bulk().initialBackoff(), config.bulk().maxBackoff());
  }

  /** Registers the gauges that read the buffer (kept apart to avoid a cycle with the listener). */
  void bindGauges(
      @Observes StartupEvent event,
      BulkBuffer buffer,
      DeadLetters deadLetters,
      IndexerMetrics metrics) {
    metrics.bind(buffer, deadLetters);
  }

  void close(@Disposes BulkBuffer buffer) {
    buffer.close();
  }

  void close(@Disposes DeadLetters deadLetters) {
    deadLetters.close();
  }

  /**
   * Installs template and alias at start-up when Elasticsearch is there; when it is not, the first
   * bulk request installs them (and retries until it can), so nothing is written before.
   */
  void onStart(
      @Observes StartupEvent event,
      TemplateInstaller installer,
      ElasticsearchConfig elasticsearch) {
    LOG.infof(
        "Elasticsearch at %s",
        ElasticsearchEndpoint.quarkusProperties(elasticsearch.url())
            .get(ElasticsearchEndpoint.HOSTS));
    try {
      installer.ensureInstalled();
    } catch (Exception e) {
      LOG.warnf(
          "Elasticsearch not ready at start-up (%s); will install before the first bulk",
          e.toString());
    }
  }
}
