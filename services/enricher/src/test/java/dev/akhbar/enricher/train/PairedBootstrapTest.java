package dev.akhbar.enricher.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class PairedBootstrapTest {
  /** 400 sentences of a system: about 2 names each, found or missed, some spurious. */
  static int[][] system(long seed, double found, double spurious) {
    Random r = new Random(seed);
    int[][] units = new int[400][3];
    for (int[] u : units) {
      int gold = r.nextInt(5);
      for (int g = 0; g < gold; g++) {
        u[r.nextDouble() < found ? 0 : 2]++;
      }
      u[1] = r.nextDouble() < spurious ? 1 : 0;
    }
    return units;
  }

  @Test
  void identicalSystemsDifferByNothing() {
    int[][] a = system(1, 0.75, 0.3);
    PairedBootstrap.Result r = PairedBootstrap.compare(a, a.clone(), 2000, 7);
    assertThat(r.difference()).isZero();
    assertThat(r.low()).isZero();
    assertThat(r.high()).isZero();
    assertThat(r.shareAtMostZero()).isEqualTo(1.0);
  }

  @Test
  void systemsOfEqualSkillWithOtherErrorsGetAnIntervalAroundZero() {
    int[][] a = system(1, 0.75, 0.3);
    // the same sentences: the same gold names, each found or missed by a second draw
    int[][] b = new int[a.length][];
    Random r = new Random(2);
    for (int i = 0; i < a.length; i++) {
      int gold = a[i][0] + a[i][2];
      b[i] = new int[] {0, a[i][1], 0};
      for (int g = 0; g < gold; g++) {
        b[i][r.nextDouble() < 0.75 ? 0 : 2]++;
      }
    }
    PairedBootstrap.Result result = PairedBootstrap.compare(a, b, 2000, 7);
    assertThat(result.low()).isNegative();
    assertThat(result.high()).isPositive();
    assertThat(result.low())
        .isCloseTo(result.difference() - (result.high() - result.difference()), within(0.01));
    assertThat(result.shareAtMostZero()).isBetween(0.025, 0.975);
  }

  @Test
  void aClearlyBetterSystemGetsAnIntervalAboveZero() {
    int[][] a = system(1, 0.75, 0.3);
    int[][] b = new int[a.length][];
    for (int i = 0; i < a.length; i++) {
      b[i] = a[i].clone();
      if (i % 4 == 0 && b[i][2] > 0) {
        // one more name found in every 4th sentence that missed one
        b[i][2]--;
        b[i][0]++;
      }
    }
    PairedBootstrap.Result r = PairedBootstrap.compare(a, b, 2000, 7);
    assertThat(r.difference()).isPositive();
    assertThat(r.low()).isPositive();
    assertThat(r.low()).isLessThan(r.difference());
    assertThat(r.high()).isGreaterThan(r.difference());
    assertThat(r.shareAtMostZero()).isZero();
  }

  @Test
  void theSameSeedGivesTheSameInterval() {
    int[][] a = system(1, 0.75, 0.3);
    int[][] b = system(3, 0.78, 0.3);
    assertThat(PairedBootstrap.compare(a, b, 1000, 7))
        .isEqualTo(PairedBootstrap.compare(a, b, 1000, 7));
  }

  @Test
  void microF1OfCounts() {
    // precision 3/4, recall 3/5: F1 = 2 * 3 / (2 * 3 + 1 + 2)
    assertThat(PairedBootstrap.f1(new int[] {3, 1, 2})).isCloseTo(6.0 / 9, within(1e-12));
    assertThat(PairedBootstrap.f1(new int[] {0, 0, 0})).isZero();
  }
}
