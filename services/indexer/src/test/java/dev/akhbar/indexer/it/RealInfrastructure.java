package dev.akhbar.indexer.it;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import dev.akhbar.indexer.Channels;
import dev.akhbar.testsupport.Infra;
import dev.akhbar.testsupport.KafkaTopicsResource;
import dev.akhbar.testsupport.TestTopics;
import java.util.List;
import java.util.Map;
import org.apache.http.HttpHost;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.elasticsearch.client.RestClient;

/**
 * Points the indexer at the real broker and node ({@link Infra}) with topics, consumer group and
 * index alias of its own for this run, and removes them afterwards.
 */
public class RealInfrastructure extends KafkaTopicsResource {
  static final TestNames NAMES = TestNames.create("indexer");
  public static final String ALIAS = NAMES.alias();
  public static final String RUN = NAMES.run();

  /** The real node, as it was when the tests started (a test profile may reset the property). */
  private static final String ES_URL = Infra.esUrl();

  public static String bootstrap() {
    return Infra.kafkaBootstrap();
  }

  /** The real node ({@link Infra#esUrl()} as it was when the tests started). */
  public static String esUrl() {
    return ES_URL;
  }

  /** Whether {@link #esUrl()} is the node {@code deploy/local} runs, which a test may stop. */
  static boolean esIsLocalNode() {
    return Infra.esIsLocal(esUrl());
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
  protected List<NewTopic> topics() {
    TestNames n = names();
    return List.of(TestTopics.topic(n.topic(), 3, Map.of()), TestTopics.topic(n.dlq()));
  }

  @Override
  protected Map<String, String> config() {
    TestNames n = names();
    Map<String, String> config = merge(incoming(Channels.ENRICHED, n.topic(), n.group(), n.dlq()));
    config.put("akhbar.es.url", indexerEsUrl());
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
    super.stop();
  }

  public static Admin admin() {
    return TestTopics.admin();
  }

  /** A client of the real node, for tests that act on it outside the indexer. */
  static RestClient restClient() {
    return RestClient.builder(HttpHost.create(esUrl())).build();
  }
}
