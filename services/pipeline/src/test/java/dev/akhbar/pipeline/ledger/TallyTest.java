package dev.akhbar.pipeline.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TallyTest {
  @Test
  void reasonsAreGroupedWithoutTheirParticulars() {
    assertThat(
            Tally.shortReason(
                "Not an article: no article body found (123 characters of main text)"))
        .isEqualTo("Not an article: no article body found (N characters of main text)");
    assertThat(Tally.shortReason(null)).isEqualTo("(no reason given)");
    assertThat(Tally.shortReason("x".repeat(100))).hasSize(71);
  }
}
