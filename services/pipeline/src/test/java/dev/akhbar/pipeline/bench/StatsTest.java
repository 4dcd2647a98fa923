package dev.akhbar.pipeline.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatsTest {
  @Test
  void nearestRankPercentiles() {
    List<Double> v = List.of(5.0, 1.0, 4.0, 2.0, 3.0, 10.0, 9.0, 8.0, 7.0, 6.0);
    assertThat(Stats.percentile(v, 50)).isEqualTo(5.0);
    assertThat(Stats.percentile(v, 95)).isEqualTo(10.0);
    assertThat(Stats.percentile(v, 0)).isEqualTo(1.0);
    assertThat(Stats.minMedianMax(List.of(3.0, 1.0, 2.0), "%.1f")).isEqualTo("1.0 / 2.0 / 3.0");
  }
}
