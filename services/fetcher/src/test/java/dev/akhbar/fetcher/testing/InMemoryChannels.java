package dev.akhbar.fetcher.testing;

import dev.akhbar.fetcher.Channels;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import java.util.HashMap;
import java.util.Map;

/** Replaces the Kafka channels with in-memory ones and keeps the seen-set in memory: no broker. */
public class InMemoryChannels implements QuarkusTestResourceLifecycleManager {
  @Override
  public Map<String, String> start() {
    Map<String, String> config = new HashMap<>();
    config.putAll(InMemoryConnector.switchIncomingChannelsToInMemory(Channels.FETCH_REQUESTS));
    config.putAll(
        InMemoryConnector.switchOutgoingChannelsToInMemory(Channels.RAW_PAGES, Channels.FETCH_DLQ));
    config.put("akhbar.fetcher.seen.store", "memory");
    config.put("akhbar.fetcher.import.paths", "");
    config.put("quarkus.kafka.health.enabled", "false");
    return config;
  }

  @Override
  public void stop() {
    InMemoryConnector.clear();
  }
}
