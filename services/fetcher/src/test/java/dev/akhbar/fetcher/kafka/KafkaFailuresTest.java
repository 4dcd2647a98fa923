package dev.akhbar.fetcher.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akhbar.fetcher.durable.WriteFailure;
import java.util.concurrent.CompletionException;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.NetworkException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.junit.jupiter.api.Test;

class KafkaFailuresTest {

  @Test
  void aBrokerThatIsAwayIsAnOutageToWaitOut() {
    WriteFailure f =
        KafkaFailures.classify(
            new CompletionException(
                new TimeoutException(
                    "Topic akhbar.fetch.seen.v1 not present in metadata after 60000 ms.")));

    assertThat(f.isTransient()).isTrue();
    assertThat(f.getMessage())
        .isEqualTo(
            "TimeoutException: Topic akhbar.fetch.seen.v1 not present in metadata after 60000 ms.");
    assertThat(KafkaFailures.classify(new NetworkException("gone")).isTransient()).isTrue();
    assertThat(KafkaFailures.classify(new KafkaException("Producer closed")).isTransient())
        .isTrue();
  }

  @Test
  void missingAuthorisationWaitsForAnOperatorInsteadOfDeadLetteringEverything() {
    assertThat(KafkaFailures.classify(new TopicAuthorizationException("not allowed")).isTransient())
        .isTrue();
  }

  @Test
  void aRecordTheBrokerCanNeverTakeIsRejected() {
    WriteFailure tooLarge =
        KafkaFailures.classify(
            new IllegalStateException(
                "nack", new RecordTooLargeException("The message is 17000000 bytes")));

    assertThat(tooLarge.isTransient()).isFalse();
    assertThat(tooLarge.getMessage()).startsWith("RecordTooLargeException");
    assertThat(KafkaFailures.classify(new SerializationException("bad")).isTransient()).isFalse();
  }
}
