package dev.akhbar.indexer.index;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which indices of the family to merge down to one segment: those that the calendar has closed (the
 * index of a year that ended at least {@code grace} ago, and the archive) and that nobody wrote to
 * between two looks. Such an index is searched far more often than it is written, and one segment
 * per index is what makes a search of it cheap (docs/operations.md, "Merging closed years"). A late
 * write (an import of old articles) only delays the merge: the index is merged again once it has
 * been quiet for one look.
 *
 * <p>Plain state, no clock of its own: the caller looks every so often and passes the time. Not
 * thread-safe; one caller.
 */
public final class ClosedIndexMerges {
  /**
   * What the node says of one index.
   *
   * @param segments segments of its primary shards
   * @param writes documents indexed and deleted on its primary shards since the shards started
   */
  public record Activity(long segments, long writes) {}

  private final IndexNames names;
  private final Duration grace;
  private final Pattern yearly;
  private final Map<String, Long> writesAtLastLook = new HashMap<>();

  /**
   * @param grace how long after the end of a year its index may still take the year's late articles
   *     before it is merged
   */
  public ClosedIndexMerges(IndexNames names, Duration grace) {
    if (grace.isNegative()) {
      throw new IllegalArgumentException("grace must not be negative: " + grace);
    }
    this.names = names;
    this.grace = grace;
    this.yearly = Pattern.compile(Pattern.quote(names.alias()) + "-(\\d{4})");
  }

  /**
   * One look at the family's indices: the names of those to merge now, in name order. Remembers
   * what each index had been written so far, for the next look.
   */
  public List<String> due(Map<String, Activity> indices, Instant now) {
    List<String> due = new ArrayList<>();
    indices.keySet().stream()
        .sorted()
        .forEach(
            name -> {
              Activity a = indices.get(name);
              Long before = writesAtLastLook.get(name);
              if (closed(name, now) && a.segments() > 1 && before != null && before == a.writes()) {
                due.add(name);
              }
            });
    writesAtLastLook.keySet().retainAll(indices.keySet());
    indices.forEach((name, a) -> writesAtLastLook.put(name, a.writes()));
    return due;
  }

  /**
   * Whether the calendar has closed {@code index}: the archive always (its dates are long past),
   * the index of year Y from {@code grace} after the end of Y (UTC); the current and coming years,
   * and indices of other shapes (the monthly indices of old indexers), never.
   */
  public boolean closed(String index, Instant now) {
    if (index.equals(names.archive())) {
      return true;
    }
    OptionalInt year = yearOf(index);
    if (year.isEmpty()) {
      return false;
    }
    Instant yearEnd =
        LocalDate.of(year.getAsInt() + 1, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
    return !now.isBefore(yearEnd.plus(grace));
  }

  private OptionalInt yearOf(String index) {
    Matcher m = yearly.matcher(index);
    return m.matches() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
  }
}
