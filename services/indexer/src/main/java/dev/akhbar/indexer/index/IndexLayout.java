package dev.akhbar.indexer.index;

import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Which index a document goes to: one index per year of its date (UTC) for the {@code recentYears}
 * years before the year it was fetched, the fetch year itself and the next; one archive index for
 * anything older. Whatever dates the pages claim, the family has at most {@code recentYears + 3}
 * indices while articles are fetched within one year, and one more for each further year (see
 * docs/index-mapping.md).
 *
 * <p>A pure function of the event (its date and fetch time), never of the clock: a replay goes to
 * the same index as the original.
 *
 * @param names the family's names
 * @param recentYears years before the fetch year with an index of their own (0: only the fetch
 *     year)
 */
public record IndexLayout(IndexNames names, int recentYears) {
  public IndexLayout {
    if (recentYears < 0 || recentYears > 200) {
      throw new IllegalArgumentException("recentYears must be within 0..200: " + recentYears);
    }
  }

  /**
   * The index of a document dated {@code date} (the field {@code date}) and fetched at {@code
   * fetchedAt}.
   */
  public String indexFor(Instant date, Instant fetchedAt) {
    int year = yearOf(date);
    int fetchYear = yearOf(fetchedAt);
    if (year < fetchYear - recentYears) {
      return names.archive();
    }
    return names.yearly(Math.min(year, fetchYear + 1));
  }

  /**
   * The index of documents fetched and dated {@code now}: created at start-up, so the alias exists.
   */
  public String current(Instant now) {
    return names.yearly(yearOf(now));
  }

  private static int yearOf(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC).getYear();
  }
}
