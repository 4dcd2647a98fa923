package dev.akhbar.indexer.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class IndexNamesTest {
  private final IndexNames names = new IndexNames("akhbar-articles");

  @Test
  void namesTheMonthlyIndexByUtcMonth() {
    assertThat(names.monthlyIndex(Instant.parse("2025-02-16T07:30:00Z")))
        .isEqualTo("akhbar-articles-2025.02");
    // 2025-03-01 01:00 at +03:00 is still February in UTC
    assertThat(names.monthlyIndex(Instant.parse("2025-02-28T22:00:00Z")))
        .isEqualTo("akhbar-articles-2025.02");
    assertThat(names.monthlyIndex(Instant.parse("2024-12-31T23:59:59Z")))
        .isEqualTo("akhbar-articles-2024.12");
  }

  @Test
  void templateCoversEveryMonthlyIndexOfTheAlias() {
    assertThat(names.templateName()).isEqualTo("akhbar-articles");
    assertThat(names.pattern()).isEqualTo("akhbar-articles-*");
  }

  @Test
  void refusesAliasesElasticsearchWouldRefuse() {
    assertThatThrownBy(() -> new IndexNames("Akhbar")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new IndexNames("-x")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new IndexNames("a*")).isInstanceOf(IllegalArgumentException.class);
  }
}
