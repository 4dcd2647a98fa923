package dev.akhbar.enricher.train;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akhbar.enricher.conll.ConllSentence;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DevSplitsTest {
  /** 35 one-token sentences, token i in sentence i: a tenth is 3 sentences. */
  static final List<ConllSentence> ALL =
      IntStream.range(0, 35)
          .mapToObj(i -> new ConllSentence(List.of("w" + i), List.of("O")))
          .toList();

  static List<Integer> ids(List<ConllSentence> sentences) {
    return sentences.stream().map(s -> Integer.parseInt(s.tokens().get(0).substring(1))).toList();
  }

  static List<Integer> range(int from, int to) {
    return IntStream.range(from, to).boxed().toList();
  }

  @Test
  void theLastTenthIsAlwaysTheFirstSplitAsOneBlock() {
    List<DevSplits.Split> splits = DevSplits.arabic(ALL, List.of());

    assertThat(splits).hasSize(1);
    assertThat(ids(splits.get(0).train())).isEqualTo(range(0, 32));
    assertThat(ids(splits.get(0).dev())).isEqualTo(range(32, 35));
    assertThat(splits.get(0).name()).contains("last tenth").contains("sentences 33-35");
  }

  @Test
  void theSecondBlockIsTheTenthBeforeTheLastAndTrainsOnEverythingElse() {
    DevSplits.Split block2 = DevSplits.arabic(ALL, List.of("block", "block2")).get(1);

    assertThat(ids(block2.dev())).isEqualTo(range(29, 32));
    List<Integer> train = new ArrayList<>(range(0, 29));
    train.addAll(range(32, 35));
    assertThat(ids(block2.train())).isEqualTo(train);
    assertThat(block2.name()).contains("sentences 30-32").contains("no choice was made on it");
  }

  @Test
  void everyTenthSentenceIsHeldOutOfItsOwnRun() {
    List<DevSplits.Split> splits = DevSplits.arabic(ALL, List.of("block", "every10"));

    assertThat(splits).hasSize(2);
    DevSplits.Split every10 = splits.get(1);
    assertThat(ids(every10.dev())).containsExactly(9, 19, 29);
    assertThat(ids(every10.train())).hasSize(32).doesNotContain(9, 19, 29);
    assertThat(every10.name()).contains("every 10th sentence");
  }

  @Test
  void splitsDoNotShareTheCallersList() {
    List<ConllSentence> all = new ArrayList<>(ALL);
    DevSplits.Split block = DevSplits.arabic(all, List.of()).get(0);

    block.train().add(block.dev().get(0));

    assertThat(all).isEqualTo(ALL);
  }
}
