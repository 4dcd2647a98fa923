package dev.akhbar.enricher;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * Points the enricher at the real broker (system property akhbar.kafka.bootstrap, set by failsafe)
 * with topics and a consumer group of its own, created fresh for this run.
 */
public class RealKafkaTopics implements QuarkusTestResourceLifecycleManager {
  public static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  public static final String PARSED = "akhbar.it-enricher-" + RUN + ".parsed";
  public static final String ENRICHED = "akhbar.it-enricher-" + RUN + ".enriched";
  public static final String DLQ = "akhbar.it-enricher-" + RUN + ".dlq";

  public static String bootstrap() {
    String env = System.getenv("AKHBAR_KAFKA_BOOTSTRAP");
    return System.getProperty(
        "akhbar.kafka.bootstrap", env == null || env.isBlank() ? "127.0.0.1:19092" : env);
  }

  @Override
  public Map<String, String> start() {
    Properties props = new Properties();
    props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
    try (Admin admin = Admin.create(props)) {
      admin
          .createTopics(
              List.of(
                  new NewTopic(PARSED, 1, (short) 1),
                  new NewTopic(ENRICHED, 1, (short) 1),
                  new NewTopic(DLQ, 1, (short) 1)))
          .all()
          .get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(
          "Cannot create test topics on " + bootstrap() + " (is `make up` running?)", e);
    }
    return Map.of(
        "kafka.bootstrap.servers", bootstrap(),
        "mp.messaging.incoming.parsed-articles.topic", PARSED,
        "mp.messaging.incoming.parsed-articles.group.id", "akhbar-enricher-it-" + RUN,
        "mp.messaging.incoming.parsed-articles.dead-letter-queue.topic", DLQ,
        // the story replay follows this topic too (akhbar.kafka.client.story-replay.topic): it
        // reads this run's output, not the real topic, where a copy of a demo article from another
        // run would give it that run's story id
        "mp.messaging.outgoing.enriched-articles.topic", ENRICHED);
  }

  @Override
  public void stop() {
    Properties props = new Properties();
    props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
    try (Admin admin = Admin.create(props)) {
      admin.deleteTopics(List.of(PARSED, ENRICHED, DLQ)).all().get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      // leftover test topics are harmless; the names are unique per run
    }
  }
}
