package dev.akhbar.parser;

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
 * Points the parser at topics of this test run on the real broker (created before the app starts,
 * deleted afterwards) and at a group of its own, so that what the test sends never reaches the
 * services or tests that use the real topics of the same broker.
 */
public class OwnKafkaTopics implements QuarkusTestResourceLifecycleManager {
  static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  static final String RAW = "akhbar.it.pages.raw." + RUN;
  static final String PARSED = "akhbar.it.articles.parsed." + RUN;
  static final String DLQ = "akhbar.parser.dlq.it-" + RUN;

  static String bootstrap() {
    String env = System.getenv("AKHBAR_KAFKA_BOOTSTRAP");
    return System.getProperty(
        "akhbar.kafka.bootstrap", env == null || env.isBlank() ? "127.0.0.1:19092" : env);
  }

  @Override
  public Map<String, String> start() {
    try (Admin admin = admin()) {
      Map<String, String> big = Map.of("max.message.bytes", "16777216");
      admin
          .createTopics(
              List.of(
                  new NewTopic(RAW, 1, (short) 1).configs(big),
                  new NewTopic(PARSED, 1, (short) 1)
                      .configs(Map.of("max.message.bytes", "4194304")),
                  new NewTopic(DLQ, 1, (short) 1).configs(big)))
          .all()
          .get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("Cannot create the test topics on " + bootstrap(), e);
    }
    return Map.of(
        "kafka.bootstrap.servers", bootstrap(),
        "mp.messaging.incoming.raw-pages.topic", RAW,
        "mp.messaging.incoming.raw-pages.group.id", "akhbar-parser-it-" + RUN,
        "mp.messaging.incoming.raw-pages.dead-letter-queue.topic", DLQ,
        "mp.messaging.outgoing.parsed-articles.topic", PARSED);
  }

  @Override
  public void stop() {
    try (Admin admin = admin()) {
      admin.deleteTopics(List.of(RAW, PARSED, DLQ)).all().get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      // Left behind on a broker that went away: harmless, the names are unique to the run.
    }
  }

  private static Admin admin() {
    Properties p = new Properties();
    p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
    return Admin.create(p);
  }
}
