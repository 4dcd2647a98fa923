package dev.akhbar.parser;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import java.util.HashMap;
import java.util.Map;

/** Replaces the Kafka connector by the in-memory one, so the adapter is tested without a broker. */
public class InMemoryChannels implements QuarkusTestResourceLifecycleManager {
  @Override
  public Map<String, String> start() {
    Map<String, String> props = new HashMap<>();
    props.putAll(InMemoryConnector.switchIncomingChannelsToInMemory(Channels.RAW_PAGES));
    props.putAll(InMemoryConnector.switchOutgoingChannelsToInMemory(Channels.PARSED));
    props.put("quarkus.kafka.health.enabled", "false");
    return props;
  }

  @Override
  public void stop() {
    InMemoryConnector.clear();
  }
}
