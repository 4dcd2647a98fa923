package dev.akhbar.indexer.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class IndexLayoutTest {
  private static final Instant FETCHED = Instant.parse("2026-05-02T10:00:00Z");
  private final IndexLayout layout = new IndexLayout(new IndexNames("akhbar-articles"), 10);

  @Test
  void givesEachRecentYearItsIndexByUtcYear() {
    assertThat(layout.indexFor(Instant.parse("2026-01-01T00:00:00Z"), FETCHED))
        .isEqualTo("akhbar-articles-2026");
    assertThat(layout.indexFor(Instant.parse("2025-12-31T23:59:59Z"), FETCHED))
        .as("2026-01-01 02:59 at +03:00 is still 2025 in UTC")
        .isEqualTo("akhbar-articles-2025");
    assertThat(layout.indexFor(Instant.parse("2016-06-01T00:00:00Z"), FETCHED))
        .isEqualTo("akhbar-articles-2016");
  }

  @Test
  void sendsYearsBeforeTheWindowToTheArchive() {
    assertThat(layout.indexFor(Instant.parse("2015-12-31T23:59:59Z"), FETCHED))
        .isEqualTo("akhbar-articles-archive");
    assertThat(layout.indexFor(Instant.parse("1900-01-01T00:00:00Z"), FETCHED))
        .isEqualTo("akhbar-articles-archive");
  }

  @Test
  void oneHostileDatePerMonthSince1900MakesABoundedNumberOfIndices() {
    Set<String> indices = new TreeSet<>();
    ZonedDateTime month = ZonedDateTime.of(1900, 1, 15, 0, 0, 0, 0, ZoneOffset.UTC);
    int dates = 0;
    while (month.getYear() <= 2030) { // up to years in the future, which the date rule caps
      indices.add(layout.indexFor(month.toInstant(), FETCHED));
      month = month.plusMonths(1);
      dates++;
    }
    assertThat(dates).isGreaterThan(1500);
    assertThat(indices)
        .as("10 years before the fetch year, the fetch year, the next one, the archive")
        .hasSize(13)
        .contains("akhbar-articles-archive", "akhbar-articles-2016", "akhbar-articles-2027")
        .doesNotContain("akhbar-articles-2028", "akhbar-articles-2015");
  }

  @Test
  void dependsOnTheEventNotOnTheClock() {
    Instant date = Instant.parse("2014-03-01T00:00:00Z");
    assertThat(layout.indexFor(date, Instant.parse("2024-01-01T00:00:00Z")))
        .isEqualTo("akhbar-articles-2014");
    assertThat(layout.indexFor(date, Instant.parse("2025-01-01T00:00:00Z")))
        .as("fetched again a year later: older than the window of that fetch")
        .isEqualTo("akhbar-articles-archive");
  }

  @Test
  void namesTheCurrentYearsIndexForStartUp() {
    assertThat(layout.current(FETCHED)).isEqualTo("akhbar-articles-2026");
    assertThatThrownBy(() -> new IndexLayout(new IndexNames("a"), -1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
