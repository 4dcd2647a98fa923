package dev.akhbar.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

class TopicsTest {

  @Test
  void everyTopicConstantIsDeclaredInTopicsTsvAndViceVersa() throws IllegalAccessException {
    List<String> constants = new ArrayList<>();
    for (Field f : Topics.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
        constants.add((String) f.get(null));
      }
    }
    assertThat(Topics.specs())
        .extracting(Topics.Spec::name)
        .containsExactlyInAnyOrderElementsOf(constants);
  }

  @Test
  void topicNamesFollowTheVersionedNamingRule() {
    assertThat(Topics.specs())
        .extracting(Topics.Spec::name)
        .allMatch(n -> n.matches("akhbar\\.[a-z]+\\.[a-z]+\\.v\\d+"));
  }

  @Test
  void rawPagesAcceptLargeMessagesAndFetchStateIsCompacted() {
    Topics.Spec raw =
        Topics.specs().stream()
            .filter(s -> s.name().equals(Topics.PAGES_RAW))
            .findFirst()
            .orElseThrow();
    Topics.Spec parserDlq =
        Topics.specs().stream()
            .filter(s -> s.name().equals(Topics.PARSER_DLQ))
            .findFirst()
            .orElseThrow();
    // A raw page the parser rejects is forwarded as it is, with the dead-letter headers added: its
    // dead-letter topic takes at least the same size.
    assertThat(Integer.parseInt(parserDlq.configs().get("max.message.bytes")))
        .isGreaterThanOrEqualTo(Integer.parseInt(raw.configs().get("max.message.bytes")));
    assertThat(Integer.parseInt(raw.configs().get("max.message.bytes")))
        .isGreaterThanOrEqualTo(8 << 20);
    Topics.Spec seen =
        Topics.specs().stream()
            .filter(s -> s.name().equals(Topics.FETCH_SEEN))
            .findFirst()
            .orElseThrow();
    assertThat(seen.configs()).containsEntry("cleanup.policy", "compact");
  }

  @Test
  void deadLetterReadsTheStageAndReasonFromTheRecord() {
    ConsumerRecord<String, String> record =
        new ConsumerRecord<>(Topics.PARSER_DLQ, 0, 7L, "k", "{}");
    record.headers().add(DeadLetter.HEADER_REASON, "Not an article".getBytes());
    record.headers().add(DeadLetter.HEADER_OFFSET, "42".getBytes());
    DeadLetter dl = DeadLetter.from(record);
    assertThat(dl.stage()).isEqualTo("parser");
    assertThat(dl.reason()).isEqualTo("Not an article");
    assertThat(dl.offset()).isEqualTo(42L);
    assertThat(dl.payload()).isEqualTo("{}");
  }
}
