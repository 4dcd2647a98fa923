package dev.akhbar.indexer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akhbar.events.Topics;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The channel reads the contract's topic and dead-letters to the indexer's DLQ topic. */
class ChannelConfigTest {
  @Test
  void mapsTheChannelToTheContractTopicsWithOffsetsCommittedOnlyAfterAcknowledgement()
      throws Exception {
    Properties p = properties();
    String channel = "mp.messaging.incoming." + Channels.ENRICHED + ".";
    assertThat(p.getProperty(channel + "topic")).isEqualTo(Topics.ARTICLES_ENRICHED);
    assertThat(p.getProperty(channel + "group.id")).isEqualTo("akhbar-indexer");
    assertThat(p.getProperty(channel + "failure-strategy")).isEqualTo("dead-letter-queue");
    assertThat(p.getProperty(channel + "dead-letter-queue.topic")).isEqualTo(Topics.INDEXER_DLQ);
    assertThat(p.getProperty(channel + "enable.auto.commit")).isEqualTo("false");
    assertThat(p.getProperty(channel + "commit-strategy")).isEqualTo("throttled");
    assertThat(p.getProperty("quarkus.http.port")).isEqualTo("8084");
  }

  @Test
  void keepsTheConnectorsOwnQueueShortSoThatInFlightMemoryIsBoundedByTheBuffersBytes()
      throws Exception {
    Properties p = properties();
    String channel = "mp.messaging.incoming." + Channels.ENRICHED + ".";
    int records = Integer.parseInt(p.getProperty(channel + "max.poll.records"));
    int factor = Integer.parseInt(p.getProperty(channel + "max-queue-size-factor"));
    assertThat((factor + 1) * records)
        .as("records the connector may hold")
        .isLessThanOrEqualTo(400);
    assertThat(p.getProperty(channel + "throttled.unprocessed-record-max-age.ms"))
        .as("an outage may hold records for as long as it lasts")
        .isEqualTo("0");
  }

  private Properties properties() throws Exception {
    Properties p = new Properties();
    try (InputStream in =
        getClass().getClassLoader().getResourceAsStream("application.properties")) {
      p.load(in);
    }
    return p;
  }
}
