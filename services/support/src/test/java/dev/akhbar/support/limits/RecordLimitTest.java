package dev.akhbar.support.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akhbar.support.budget.RecordRejectedException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RecordLimitTest {
  @Test
  void countsUtf8BytesLikeTheSerializer() {
    for (String s : new String[] {"abc", "قال الوزير", "emoji 😀 end", "", "é"}) {
      assertThat(RecordLimit.utf8Length(s)).isEqualTo(s.getBytes(StandardCharsets.UTF_8).length);
    }
  }

  @Test
  void anOutputOverTheLimitIsRejectedWithTheTopicAndSizes() {
    RecordLimit limit = new RecordLimit("akhbar.articles.enriched.v1", 1024 * 1024);
    assertThatCode(() -> limit.check("x".repeat(1000))).doesNotThrowAnyException();
    assertThatThrownBy(() -> limit.check("ق".repeat(600_000)))
        .isInstanceOf(RecordRejectedException.class)
        .hasMessage(
            "Output of 1,200,000 bytes is over the 1,048,576-byte record limit of akhbar.articles.enriched.v1");
  }
}
