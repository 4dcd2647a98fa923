package dev.akhbar.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class InMemoryChannelsTest {
  @Test
  void switchesTheNamedChannelsToTheInMemoryConnectorAndPassesTheRestAsConfiguration() {
    Map<String, String> config =
        InMemoryChannels.config(
            Map.of(
                InMemoryChannels.INCOMING,
                "in-a, in-b",
                InMemoryChannels.OUTGOING,
                "out",
                "akhbar.some.key",
                "v"));
    assertThat(config)
        .containsEntry("mp.messaging.incoming.in-a.connector", "smallrye-in-memory")
        .containsEntry("mp.messaging.incoming.in-b.connector", "smallrye-in-memory")
        .containsEntry("mp.messaging.outgoing.out.connector", "smallrye-in-memory")
        .containsEntry("quarkus.kafka.health.enabled", "false")
        .containsEntry("akhbar.some.key", "v")
        .doesNotContainKeys(InMemoryChannels.INCOMING, InMemoryChannels.OUTGOING);
  }

  @Test
  void theResourceUsesItsInitArgs() {
    InMemoryChannels resource = new InMemoryChannels();
    resource.init(Map.of(InMemoryChannels.OUTGOING, "out"));
    try {
      assertThat(resource.start())
          .containsEntry("mp.messaging.outgoing.out.connector", "smallrye-in-memory")
          .doesNotContainKey("mp.messaging.incoming.out.connector");
    } finally {
      resource.stop();
    }
  }
}
