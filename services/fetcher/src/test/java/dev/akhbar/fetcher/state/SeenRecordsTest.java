package dev.akhbar.fetcher.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SeenRecordsTest {

  private static int time(String json) throws Exception {
    return SeenRecords.pageTime(json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void theQuickReadingOfAValueAgreesWithTheParserOnEveryInstant() throws Exception {
    SplittableRandom random = new SplittableRandom(11);
    for (int i = 0; i < 20_000; i++) {
      Instant t =
          Instant.ofEpochSecond(
              random.nextLong(-2_000_000_000L, 4_000_000_000L),
              random.nextInt(3) == 0 ? 0 : random.nextInt(1_000_000_000));
      String written = SeenRecords.pageValue(t, null);

      assertThat(time(written)).as(written).isEqualTo(SeenRecords.ceilSeconds(t));
    }
  }

  @Test
  void theMarkerWinsOverTheFetchTime() throws Exception {
    Instant fetched = Instant.parse("2026-01-01T10:00:00.500Z");
    Instant marker = Instant.parse("2025-12-31T08:00:00Z");

    assertThat(time(SeenRecords.pageValue(fetched, marker)))
        .isEqualTo(SeenRecords.ceilSeconds(marker));
  }

  @Test
  void aPageValueHoldsItsTimesOnlyTheKeySaysWhichPage() {
    assertThat(SeenRecords.pageValue(Instant.parse("2026-01-01T10:00:00.123Z"), null))
        .isEqualTo("{\"kind\":\"page\",\"fetchedAt\":\"2026-01-01T10:00:00.123Z\"}");
  }

  @Test
  void valuesOfAnotherShapeAreStillRead() throws Exception {
    assertThat(time("{ \"fetchedAt\" : \"2025-02-16T07:30:00Z\", \"kind\": \"page\" }"))
        .isEqualTo(SeenRecords.ceilSeconds(Instant.parse("2025-02-16T07:30:00Z")));
    assertThat(time("{\"kind\":\"page\",\"fetchedAt\":\"2025-02-16T07:30:00+00:00\"}"))
        .isEqualTo(SeenRecords.ceilSeconds(Instant.parse("2025-02-16T07:30:00Z")));
    assertThat(time("{\"kind\":\"page\"}")).isEqualTo(PageIndex.MISSING);
  }
}
