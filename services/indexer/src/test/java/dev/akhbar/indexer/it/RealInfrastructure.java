package dev.akhbar.indexer.it;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
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
  static final TestNames NAMES = TestNames.create("indexer");
  public static final String ALIAS = NAMES.alias();
  public static final String RUN = NAMES.run();

  /** The local infrastructure script, which ITs use to stop and start the node. */
  static final Path INFRA = Path.of("../../deploy/local/bin/infra");

  private static final String ES_URL =
      System.getProperty("akhbar.es.url", "http://127.0.0.1:19200");

  public static String bootstrap() {
    return System.getProperty("akhbar.kafka.bootstrap", "127.0.0.1:19092");
  }

  /** The real node (failsafe's {@code akhbar.es.url}, as it was when the tests started). */
  public static String esUrl() {
    return ES_URL;
  }

  /** Whether {@link #esUrl()} is the node {@code deploy/local} runs, which a test may stop. */
  static boolean esIsLocalNode() {
    String port = System.getenv().getOrDefault("AKHBAR_INFRA_ES_PORT", "19200");
    return Files.isExecutable(INFRA)
        && (esUrl().equals("http://127.0.0.1:" + port)
            || esUrl().equals("http://localhost:" + port));
  }

  /** The names this resource creates; a subclass with other names serves another profile. */
  TestNames names() {
    return NAMES;
  }

  /** Where the indexer finds Elasticsearch. */
  String indexerEsUrl() {
    return esUrl();
  }

  @Override
  public Map<String, String> start() {
    TestNames n = names();
    try (Admin admin = admin()) {
      admin
          .createTopics(
              List.of(new NewTopic(n.topic(), 3, (short) 1), new NewTopic(n.dlq(), 1, (short) 1)))
          .all()
          .get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("Cannot create test topics on " + bootstrap(), e);
    }
    Map<String, String> config = new HashMap<>();
    config.put("kafka.bootstrap.servers", bootstrap());
    config.put("akhbar.es.url", indexerEsUrl());
    config.put("mp.messaging.incoming.enriched-articles.topic", n.topic());
    config.put("mp.messaging.incoming.enriched-articles.group.id", n.group());
    config.put("mp.messaging.incoming.enriched-articles.dead-letter-queue.topic", n.dlq());
    config.put("mp.messaging.incoming.enriched-articles.auto.commit.interval.ms", "300");
    config.put("akhbar.indexer.index-alias", n.alias());
    config.put("akhbar.indexer.bulk.flush-interval", "200ms");
    config.put("akhbar.indexer.bulk.max-backoff", "2s");
    return config;
  }

  @Override
  public void stop() {
    TestNames n = names();
    try (RestClient rest = RestClient.builder(HttpHost.create(esUrl())).build()) {
      ElasticsearchClient es =
          new ElasticsearchClient(new RestClientTransport(rest, new JacksonJsonpMapper()));
      var indices =
          es.indices().get(g -> g.index(n.alias() + "-*").allowNoIndices(true)).indices().keySet();
      if (!indices.isEmpty()) {
        es.indices().delete(d -> d.index(List.copyOf(indices)));
      }
      for (var t : es.indices().getIndexTemplate(g -> g.name(n.alias() + "*")).indexTemplates()) {
        es.indices().deleteIndexTemplate(d -> d.name(t.name()));
      }
    } catch (Exception e) {
      System.err.println("Could not clean up test indices of " + n.alias() + ": " + e);
    }
    try (Admin admin = admin()) {
      admin.deleteTopics(List.of(n.topic(), n.dlq())).all().get(30, TimeUnit.SECONDS);
      admin.deleteConsumerGroups(List.of(n.group())).all().get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      System.err.println("Could not clean up test topics of run " + n.run() + ": " + e);
    }
  }

  public static Admin admin() {
    Properties p = new Properties();
    p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
    return Admin.create(p);
  }

  /** A client of the real node, for tests that act on it outside the indexer. */
  static RestClient restClient() {
    return RestClient.builder(HttpHost.create(esUrl())).build();
  }
}
