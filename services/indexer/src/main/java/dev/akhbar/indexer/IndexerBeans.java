package dev.akhbar.indexer;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.akhbar.events.EventCodec;
import dev.akhbar.indexer.bulk.BulkBuffer;
import dev.akhbar.indexer.bulk.ElasticsearchBulkSender;
import dev.akhbar.indexer.config.ElasticsearchConfig;
import dev.akhbar.indexer.config.ElasticsearchEndpoint;
import dev.akhbar.indexer.document.ArticleDocuments;
import dev.akhbar.indexer.index.IndexNames;
import dev.akhbar.indexer.index.IndexTemplate;
import dev.akhbar.indexer.index.TemplateInstaller;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.jboss.logging.Logger;

/** Wires the plain classes together. */
public class IndexerBeans {
  private static final Logger LOG = Logger.getLogger(IndexerBeans.class);

  @Produces
  @Singleton
  IndexNames indexNames(IndexerConfig config) {
    return new IndexNames(config.indexAlias());
  }

  @Produces
  @Singleton
  TemplateInstaller templateInstaller(ElasticsearchClient client, IndexNames names) {
    return new TemplateInstaller(client, IndexTemplate.load(names), Clock.systemUTC());
  }

  @Produces
  @Singleton
  ArticleDocuments articleDocuments(IndexNames names) {
    return new ArticleDocuments(names, EventCodec.mapper());
  }

  @Produces
  @Singleton
  BulkBuffer bulkBuffer(
      IndexerConfig config,
      ElasticsearchClient client,
      TemplateInstaller installer,
      IndexNames names,
      IndexerMetrics metrics) {
    IndexerConfig.Bulk b = config.bulk();
    return new BulkBuffer(
        new BulkBuffer.Settings(
            b.maxActions(),
            b.maxBytes(),
            b.flushInterval(),
            b.capacityActions(),
            b.capacityBytes(),
            b.initialBackoff(),
            b.maxBackoff()),
        new ElasticsearchBulkSender(client, installer, names),
        metrics);
  }

  /** Registers the gauges that read the buffer (kept apart to avoid a cycle with the listener). */
  void bindGauges(@Observes StartupEvent event, BulkBuffer buffer, IndexerMetrics metrics) {
    metrics.bindBuffer(buffer);
  }

  void close(@Disposes BulkBuffer buffer) {
    buffer.close();
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
