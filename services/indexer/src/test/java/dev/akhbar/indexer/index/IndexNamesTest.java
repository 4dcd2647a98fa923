package dev.akhbar.indexer.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IndexNamesTest {
  private final IndexNames names = new IndexNames("akhbar-articles");

  @Test
  void namesTheYearlyAndArchiveIndices() {
    assertThat(names.yearly(2025)).isEqualTo("akhbar-articles-2025");
    assertThat(names.yearly(998)).isEqualTo("akhbar-articles-0998");
    assertThat(names.archive()).isEqualTo("akhbar-articles-archive");
    assertThatThrownBy(() -> names.yearly(10_000)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void templateCoversEveryIndexOfTheAliasIncludingTheMonthlyOnesOfEarlierIndexers() {
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
