package dev.akhbar.fetcher.state;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akhbar.events.Url;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PageIndexTest {

  @Test
  void keepsTimesByFingerprintAndGrowsBeyondItsFirstSize() {
    PageIndex index = new PageIndex(10);
    long startBytes = index.offHeapBytes();
    SplittableRandom random = new SplittableRandom(7);
    Map<Long, Integer> expected = new HashMap<>();
    for (int i = 0; i < 100_000; i++) {
      long fp = random.nextLong() | 1;
      int time = random.nextInt();
      if (time == PageIndex.MISSING) {
        time = 0;
      }
      index.put(fp, time);
      expected.put(fp, time);
    }

    assertThat(index.size()).isEqualTo(expected.size());
    expected.forEach((fp, time) -> assertThat(index.get(fp)).isEqualTo(time));
    assertThat(index.get(12345L)).isEqualTo(PageIndex.MISSING);
    assertThat(index.offHeapBytes()).isGreaterThan(startBytes).isLessThanOrEqualTo(262_144L * 12);
  }

  @Test
  void aLaterTimeReplacesTheEarlierOne() {
    PageIndex index = new PageIndex(10);
    index.put(42, 1);
    index.put(42, 2);

    assertThat(index.get(42)).isEqualTo(2);
    assertThat(index.size()).isEqualTo(1);
  }

  @Test
  void removalKeepsEveryOtherEntryFindable() {
    PageIndex index = new PageIndex(1000);
    SplittableRandom random = new SplittableRandom(3);
    long[] fps = new long[600];
    for (int i = 0; i < fps.length; i++) {
      fps[i] = random.nextLong() | 1;
      index.put(fps[i], i);
    }
    for (int i = 0; i < fps.length; i += 2) {
      index.remove(fps[i]);
    }

    for (int i = 0; i < fps.length; i++) {
      assertThat(index.get(fps[i])).isEqualTo(i % 2 == 0 ? PageIndex.MISSING : i);
    }
    assertThat(index.size()).isEqualTo(300);
  }

  @Test
  void theFingerprintIsTheFirstSixtyFourBitsOfTheArticleIdFromTextOrKeyBytes() {
    String id = Url.parse("https://news.example/a").articleId();

    long fromText = PageIndex.fingerprint(id);

    assertThat(fromText).isEqualTo(Long.parseUnsignedLong(id.substring(0, 16), 16));
    assertThat(PageIndex.fingerprint(id.getBytes(StandardCharsets.UTF_8))).isEqualTo(fromText);
    assertThat(PageIndex.fingerprint("not-hex-at-all!!".getBytes(StandardCharsets.UTF_8))).isZero();
    assertThat(PageIndex.fingerprint("0000000000000000ff")).isEqualTo(1);
  }
}
