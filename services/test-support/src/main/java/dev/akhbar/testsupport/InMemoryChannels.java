package dev.akhbar.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A Quarkus test resource that replaces the Kafka connector of the named channels by the in-memory
 * one, so that an adapter is tested without a broker (its Kafka health check off). The channels
 * come as init args: {@value #INCOMING} and {@value #OUTGOING}, comma-separated channel names;
 * every other arg is passed to the application as configuration:
 *
 * <pre>{@code
 * @QuarkusTestResource(value = InMemoryChannels.class, restrictToAnnotatedClass = true, initArgs = {
 *     @ResourceArg(name = InMemoryChannels.INCOMING, value = Channels.RAW_PAGES),
 *     @ResourceArg(name = InMemoryChannels.OUTGOING, value = Channels.PARSED)})
 * }</pre>
 */
public class InMemoryChannels implements QuarkusTestResourceLifecycleManager {
  public static final String INCOMING = "incoming";
  public static final String OUTGOING = "outgoing";

  private Map<String, String> args = Map.of();

  @Override
  public void init(Map<String, String> initArgs) {
    args = Map.copyOf(initArgs);
  }

  @Override
  public Map<String, String> start() {
    return config(args);
  }

  @Override
  public void stop() {
    InMemoryConnector.clear();
  }

  /** The configuration for {@code args} (as init args), for a test that boots the app itself. */
  public static Map<String, String> config(Map<String, String> args) {
    Map<String, String> config = new HashMap<>();
    config.putAll(InMemoryConnector.switchIncomingChannelsToInMemory(channels(args, INCOMING)));
    config.putAll(InMemoryConnector.switchOutgoingChannelsToInMemory(channels(args, OUTGOING)));
    config.put("quarkus.kafka.health.enabled", "false");
    args.forEach(
        (key, value) -> {
          if (!key.equals(INCOMING) && !key.equals(OUTGOING)) {
            config.put(key, value);
          }
        });
    return config;
  }

  private static String[] channels(Map<String, String> args, String key) {
    return Arrays.stream(args.getOrDefault(key, "").split(","))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toArray(String[]::new);
  }
}
