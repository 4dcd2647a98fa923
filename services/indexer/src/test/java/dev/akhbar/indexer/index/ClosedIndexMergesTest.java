package dev.akhbar.indexer.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akhbar.indexer.index.ClosedIndexMerges.Activity;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClosedIndexMergesTest {
  private static final IndexNames NAMES = new IndexNames("akhbar-articles");
  private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

  private final ClosedIndexMerges merges = new ClosedIndexMerges(NAMES, Duration.ofDays(7));

  @Test
  void aYearIsClosedOnceItsGraceAfterTheYearEndHasPassed() {
    assertThat(merges.closed("akhbar-articles-2025", NOW)).isTrue();
    assertThat(merges.closed("akhbar-articles-2026", NOW)).isFalse();
    assertThat(merges.closed("akhbar-articles-2027", NOW)).isFalse();
    assertThat(merges.closed("akhbar-articles-2025", Instant.parse("2026-01-07T23:59:59Z")))
        .as("late articles of December still arrive in the first week of January")
        .isFalse();
    assertThat(merges.closed("akhbar-articles-2025", Instant.parse("2026-01-08T00:00:00Z")))
        .isTrue();
  }

  @Test
  void theArchiveIsClosedAndOtherShapesNever() {
    assertThat(merges.closed("akhbar-articles-archive", NOW)).isTrue();
    assertThat(merges.closed("akhbar-articles-2019.05", NOW)).as("old monthly index").isFalse();
    assertThat(merges.closed("akhbar-articles-foo", NOW)).isFalse();
    assertThat(merges.closed("other-2019", NOW)).isFalse();
  }

  @Test
  void mergesAClosedIndexOnlyOnceNothingWasWrittenBetweenTwoLooks() {
    Map<String, Activity> first =
        Map.of(
            "akhbar-articles-2024", new Activity(8, 5000),
            "akhbar-articles-2025", new Activity(7, 4985),
            "akhbar-articles-2026", new Activity(9, 120));
    assertThat(merges.due(first, NOW)).as("the first look has nothing to compare with").isEmpty();

    Map<String, Activity> second =
        Map.of(
            "akhbar-articles-2024", new Activity(8, 5000),
            "akhbar-articles-2025", new Activity(7, 4990),
            "akhbar-articles-2026", new Activity(9, 120));
    assertThat(merges.due(second, NOW))
        .as("2025 took five late articles since the last look; 2026 is the current year")
        .containsExactly("akhbar-articles-2024");

    Map<String, Activity> third =
        Map.of(
            "akhbar-articles-2024", new Activity(1, 5000),
            "akhbar-articles-2025", new Activity(7, 4990),
            "akhbar-articles-2026", new Activity(9, 120));
    assertThat(merges.due(third, NOW))
        .as("2024 is one segment now; 2025 has been quiet for one look")
        .containsExactly("akhbar-articles-2025");
  }

  @Test
  void anIndexDeletedAndCreatedAgainStartsOver() {
    merges.due(Map.of("akhbar-articles-2024", new Activity(3, 10)), NOW);
    merges.due(Map.of(), NOW);
    assertThat(merges.due(Map.of("akhbar-articles-2024", new Activity(3, 10)), NOW)).isEmpty();
    assertThat(merges.due(Map.of("akhbar-articles-2024", new Activity(3, 10)), NOW))
        .containsExactly("akhbar-articles-2024");
  }

  @Test
  void refusesANegativeGrace() {
    assertThatThrownBy(() -> new ClosedIndexMerges(NAMES, Duration.ofDays(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
