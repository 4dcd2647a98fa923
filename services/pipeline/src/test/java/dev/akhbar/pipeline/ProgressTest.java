package dev.akhbar.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akhbar.events.Topics;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProgressTest {

  @Test
  void countsWhatEachStageProducedSinceTheBaseline() {
    Map<String, Long> before = Map.of(Topics.PAGES_RAW, 10L, Topics.ARTICLES_PARSED, 7L);
    Map<String, Long> now =
        Map.of(
            Topics.PAGES_RAW, 14L,
            Topics.ARTICLES_PARSED, 10L,
            Topics.ARTICLES_ENRICHED, 3L,
            Topics.PARSER_DLQ, 1L);
    Progress p = Progress.between(before, now, 3);
    assertThat(p.fetched()).isEqualTo(4);
    assertThat(p.parsed()).isEqualTo(3);
    assertThat(p.deadLettered()).isEqualTo(1);
    assertThat(p.settled()).isTrue();
  }

  @Test
  void isNotSettledWhileAnArticleIsStillOnItsWay() {
    Map<String, Long> now =
        Map.of(
            Topics.PAGES_RAW,
            4L,
            Topics.ARTICLES_PARSED,
            3L,
            Topics.ARTICLES_ENRICHED,
            3L,
            Topics.PARSER_DLQ,
            1L);
    assertThat(Progress.between(Map.of(), now, 2).settled()).isFalse();
    assertThat(Progress.between(Map.of(), Map.of(), 0).settled()).isFalse();
  }
}
