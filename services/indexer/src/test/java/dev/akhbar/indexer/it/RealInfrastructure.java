package dev.akhbar.indexer.it;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.http.HttpHost;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.elasticsearch.client.RestClient;

/**
 * Points the indexer at the real broker and node (system properties {@code akhbar.kafka.bootstrap}
 * and {@code akhbar.es.url}, passed by failsafe) with topics, consumer group and index alias of its
 * own for this run, and removes them afterwards.
 */
public class RealInfrastructure implements QuarkusTestResourceLifecycleManager {
  public static final String RUN =
      UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
  public static final String TOPIC = "akhbar-it-indexer-" + RUN + ".enriched";
  public static final String DLQ = "akhbar-it-indexer-" + RUN + ".dlq";
  public static final String GROUP = "akhbar-indexer-it-" + RUN;
  public static final String ALIAS = "akhbar-test-" + RUN;

  public static String bootstrap() {
    return System.getProperty("akhbar.kafka.bootstrap", "127.0.0.1:19092");
  }

  public static String esUrl() {
    return System.getProperty("akhbar.es.url", "http://127.0.0.1:19200");
  }

  @Override
  public Map<String, String> start() {
    try (Admin admin = admin()) {
      admin
          .createTopics(List.of(new NewTopic(TOPIC, 3, (short) 1), new NewTopic(DLQ, 1, (short) 1)))
          .all()
          .get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("Cannot create test topics on " + bootstrap(), e);
    }
    return Map.ofEntries(
        Map.entry("kafka.bootstrap.servers", bootstrap()),
        Map.entry("akhbar.es.url", esUrl()),
        Map.entry("mp.messaging.incoming.enriched-articles.topic", TOPIC),
        Map.entry("mp.messaging.incoming.enriched-articles.group.id", GROUP),
        Map.entry("mp.messaging.incoming.enriched-articles.dead-letter-queue.topic", DLQ),
        Map.entry("mp.messaging.incoming.enriched-articles.auto.commit.interval.ms", "300"),
        Map.entry("akhbar.indexer.index-alias", ALIAS),
        Map.entry("akhbar.indexer.bulk.flush-interval", "200ms"),
        Map.entry("akhbar.indexer.bulk.max-backoff", "2s"));
  }

  @Override
  public void stop() {
    try (RestClient rest = RestClient.builder(HttpHost.create(esUrl())).build()) {
      ElasticsearchClient es =
          new ElasticsearchClient(new RestClientTransport(rest, new JacksonJsonpMapper()));
      var indices =
          es.indices().get(g -> g.index(ALIAS + "-*").allowNoIndices(true)).indices().keySet();
      if (!indices.isEmpty()) {
        es.indices().delete(d -> d.index(List.copyOf(indices)));
      }
      for (var t : es.indices().getIndexTemplate(g -> g.name(ALIAS + "*")).indexTemplates()) {
        es.indices().deleteIndexTemplate(d -> d.name(t.name()));
      }
    } catch (Exception e) {
      System.err.println("Could not clean up test indices of " + ALIAS + ": " + e);
    }
    try (Admin admin = admin()) {
      admin.deleteTopics(List.of(TOPIC, DLQ)).all().get(30, TimeUnit.SECONDS);
      admin.deleteConsumerGroups(List.of(GROUP)).all().get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      System.err.println("Could not clean up test topics of run " + RUN + ": " + e);
    }
  }

  public static Admin admin() {
    Properties p = new Properties();
    p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
    return Admin.create(p);
  }
}
