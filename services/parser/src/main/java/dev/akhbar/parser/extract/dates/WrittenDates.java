package dev.akhbar.parser.extract.dates;

import dev.akhbar.parser.extract.LanguageData;
import dev.akhbar.parser.extract.Text;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.chrono.HijrahDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates written out as people read them: numeric forms (day first unless impossible), month names
 * ({@link MonthNames}, Gregorian and Hijri), a time with its day period (day-periods.txt) and a
 * zone (offsets, GMT+n, the abbreviations of zones.txt). Works on folded text.
 */
final class WrittenDates {
  private static final Set<String> AM = new HashSet<>();
  private static final Set<String> PM = new HashSet<>();
  private static final Map<String, ZoneOffset> ZONES = new HashMap<>();

  private static final Pattern TIME;
  private static final Pattern OFFSET;

  static {
    List<String> periods = new ArrayList<>();
    for (String line : LanguageData.lines(WrittenDates.class, "day-periods.txt")) {
      int colon = line.indexOf(':');
      Set<String> target = line.substring(0, colon).strip().equals("am") ? AM : PM;
      for (String w : line.substring(colon + 1).split(",")) {
        String word = Text.fold(w.strip());
        target.add(word);
        periods.add(Pattern.quote(word));
      }
    }
    periods.sort(Comparator.comparingInt(String::length).reversed());
    TIME =
        Pattern.compile(
            "(?<![\\d:])(\\d{1,2})\\s*[:h]\\s*(\\d{2})(?::(\\d{2}))?(?:\\.\\d+)?"
                + "(?:\\s*("
                + String.join("|", periods)
                + ")(?!\\p{IsArabic}))?(?![\\d])");
    List<String> latinUtc = new ArrayList<>();
    List<String> otherUtc = new ArrayList<>();
    List<String> abbreviations = new ArrayList<>();
    for (String line : LanguageData.lines(WrittenDates.class, "zones.txt")) {
      int colon = line.indexOf(':');
      String name = line.substring(0, colon).strip();
      String value = line.substring(colon + 1).strip();
      if (name.equals("utc")) {
        for (String w : value.split(",")) {
          String word = Text.fold(w.strip());
          (word.chars().allMatch(c -> c < 0x250) ? latinUtc : otherUtc).add(word);
        }
      } else {
        ZONES.put(name, ZoneOffset.ofHours(Integer.parseInt(value.replace("+", ""))));
        abbreviations.add(name);
      }
    }
    String utc = String.join("|", latinUtc);
    OFFSET =
        Pattern.compile(
            "(?:\\b(?:"
                + utc
                + ")"
                + (otherUtc.isEmpty() ? "" : "|" + String.join("|", otherUtc))
                + ")\\s*([+-])\\s*(\\d{1,2})(?::?(\\d{2}))?"
                // A numeric offset follows a time ("19:00 +02:00"); after a bare number it is the
                // end of a date ("01-04-2024": not "-20:24").
                + "|(?<=:\\d\\d)\\s*([+-])(\\d{2}):?(\\d{2})\\b"
                + "|\\b("
                + utc
                + "|z)\\b"
                + "|\\b("
                + String.join("|", abbreviations)
                + ")\\b");
  }

  private static final Pattern NUMERIC_YMD =
      Pattern.compile("(?<!\\d)(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)");

  private static final Pattern NUMERIC_DMY =
      Pattern.compile("(?<!\\d)(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4}|\\d{2})(?!\\d)");

  /** Words and numbers; the ordinal indicators of "1º de abril", "1ª" are no word. */
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}&&[^ºª]]+|\\d+");

  private static final Pattern HIJRI_MARK = Pattern.compile("\\d\\s*ه(?:ـ)?(?:\\b|$)|هجري");

  private WrittenDates() {}

  static Optional<OffsetDateTime> parse(
      String f, ZonedDateTime ref, ZoneId zone, boolean monthFirst) {
    Optional<ZoneOffset> offset = offset(f);
    Optional<LocalTime> time = time(f);
    String rest = TIME.matcher(f).replaceAll(" ");
    rest = OFFSET.matcher(rest).replaceAll(" ");
    Optional<LocalDate> date = date(rest, ref.toLocalDate(), monthFirst);
    if (date.isEmpty()) {
      return Optional.empty();
    }
    LocalDateTime local = date.get().atTime(time.orElse(LocalTime.MIDNIGHT));
    if (offset.isPresent()) {
      return Optional.of(OffsetDateTime.of(local, offset.get()));
    }
    return Optional.of(ZonedDateTime.of(local, zone).toOffsetDateTime());
  }

  static Optional<LocalDate> date(String f, LocalDate today, boolean monthFirst) {
    try {
      Matcher ymd = NUMERIC_YMD.matcher(f);
      if (ymd.find()) {
        return Optional.of(day(num(ymd.group(1)), num(ymd.group(2)), num(ymd.group(3))));
      }
      Matcher dmy = NUMERIC_DMY.matcher(f);
      if (dmy.find()) {
        int a = num(dmy.group(1));
        int b = num(dmy.group(2));
        String y = dmy.group(3);
        int year = y.length() == 2 ? 2000 + num(y) : num(y);
        // Day first (most of the world) unless the page's locale writes the month first (US), or
        // the other order is impossible.
        boolean dayFirst = monthFirst ? a > 12 : a > 12 || b <= 12;
        return Optional.of(dayFirst ? day(year, b, a) : day(year, a, b));
      }
      return namedMonth(f, today);
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** Where a month name is in a line's words, which month, how many words, which calendar. */
  private record Mention(int at, int month, int words, boolean hijri) {}

  /**
   * A numeric date's day: a year of the Hijri range (1300-1500: "1446/08/17 هـ") is a Hijri year,
   * no news page gives a Gregorian date then.
   */
  private static LocalDate day(int year, int month, int day) {
    if (year >= HIJRI_YEARS_FROM && year <= HIJRI_YEARS_TO) {
      return LocalDate.from(HijrahDate.of(year, month, day));
    }
    return LocalDate.of(year, month, day);
  }

  private static final int HIJRI_YEARS_FROM = 1300;
  private static final int HIJRI_YEARS_TO = 1500;

  private static Optional<LocalDate> namedMonth(String f, LocalDate today) {
    List<String> words = new ArrayList<>();
    Matcher w = WORD.matcher(f);
    while (w.find()) {
      words.add(w.group());
    }
    Mention first = mention(words, 0, false);
    if (first == null) {
      return Optional.empty();
    }
    if (first.hijri()) {
      // A Hijri date beside its Gregorian one ("... 1446 هـ الموافق 10 سبتمبر 2024 م"): the
      // Gregorian date is the one the page states; the Hijri day depends on the country's calendar.
      Mention gregorian = mention(words, first.at() + first.words(), true);
      if (gregorian != null) {
        try {
          Optional<LocalDate> d = dateAt(words, gregorian, f, today);
          if (d.isPresent()) {
            return d;
          }
        } catch (DateTimeException e) {
          // the Hijri date below
        }
      }
    }
    return dateAt(words, first, f, today);
  }

  /** The first month name from word {@code from} on; Gregorian names only if asked. */
  private static Mention mention(List<String> words, int from, boolean gregorianOnly) {
    MonthNames names = MonthNames.INSTANCE;
    for (int i = from; i < words.size(); i++) {
      for (int n = 2; n >= 1; n--) {
        if (i + n > words.size()) {
          continue;
        }
        String name = n == 2 ? words.get(i) + " " + words.get(i + 1) : words.get(i);
        Integer h = gregorianOnly ? null : names.hijri(name);
        Integer g = h == null ? names.gregorian(name) : null;
        if (h != null || g != null) {
          return new Mention(i, h != null ? h : g, n, h != null);
        }
      }
    }
    return null;
  }

  private static Optional<LocalDate> dateAt(
      List<String> words, Mention m, String f, LocalDate today) {
    int monthAt = m.at();
    int month = m.month();
    int monthWords = m.words();
    boolean hijri = m.hijri();
    Integer day = null;
    Integer year = null;
    // The day is the number next to the month (before: "16 فبراير", after: "February 16").
    int[] near = {monthAt - 1, monthAt + monthWords, monthAt - 2, monthAt + monthWords + 1};
    for (int i : near) {
      if (i >= 0 && i < words.size() && isNumber(words.get(i)) && words.get(i).length() <= 2) {
        int d = num(words.get(i));
        if (d >= 1 && d <= 31) {
          day = d;
          break;
        }
      }
    }
    // The year is the one nearest the month ("7 ربيع الأول 1446 هـ الموافق 10 سبتمبر 2024").
    int yearDistance = Integer.MAX_VALUE;
    for (int i = 0; i < words.size(); i++) {
      String x = words.get(i);
      int distance = i < monthAt ? monthAt - i : i - monthAt - monthWords + 1;
      if (isNumber(x) && x.length() == 4 && distance < yearDistance) {
        int y = num(x);
        if (y >= HIJRI_YEARS_FROM && y <= HIJRI_YEARS_TO || y >= 1900 && y <= 2100) {
          year = y;
          yearDistance = distance;
        }
      }
    }
    if (day == null) {
      // "November 2015" alone: the month is the date given; its first day stands for it.
      if (year == null || words.size() != monthWords + 1 || monthAt != 0 || hijri) {
        return Optional.empty();
      }
      day = 1;
    }
    if (hijri || (year != null && year < 1600 && HIJRI_MARK.matcher(f).find())) {
      if (year == null || year > 1600) {
        return Optional.empty();
      }
      return Optional.of(LocalDate.from(HijrahDate.of(year, month, day)));
    }
    if (year == null) {
      LocalDate candidate =
          LocalDate.of(today.getYear(), month, Math.min(day, 28)).withDayOfMonth(day);
      return Optional.of(
          candidate.isAfter(today.plusDays(1)) ? candidate.minusYears(1) : candidate);
    }
    if (year < 1900) {
      return Optional.empty();
    }
    return Optional.of(LocalDate.of(year, month, day));
  }

  static Optional<LocalTime> time(String f) {
    Matcher m = TIME.matcher(f);
    while (m.find()) {
      int h = num(m.group(1));
      int min = num(m.group(2));
      int sec = m.group(3) == null ? 0 : num(m.group(3));
      String period = m.group(4);
      if (period != null) {
        if (PM.contains(period) && h < 12) {
          h += 12;
        } else if (AM.contains(period) && h == 12) {
          h = 0;
        }
      }
      if (h <= 23 && min <= 59 && sec <= 59) {
        return Optional.of(LocalTime.of(h, min, sec));
      }
    }
    return Optional.empty();
  }

  static Optional<ZoneOffset> offset(String f) {
    Matcher m = OFFSET.matcher(f);
    if (!m.find()) {
      return Optional.empty();
    }
    try {
      if (m.group(1) != null) {
        int h = num(m.group(2));
        int min = m.group(3) == null ? 0 : num(m.group(3));
        int sign = m.group(1).equals("-") ? -1 : 1;
        return Optional.of(ZoneOffset.ofHoursMinutes(sign * h, sign * min));
      }
      if (m.group(4) != null) {
        int sign = m.group(4).equals("-") ? -1 : 1;
        return Optional.of(
            ZoneOffset.ofHoursMinutes(sign * num(m.group(5)), sign * num(m.group(6))));
      }
      if (m.group(8) != null) {
        return Optional.of(ZONES.get(m.group(8)));
      }
      return Optional.of(ZoneOffset.UTC);
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static boolean isNumber(String s) {
    return !s.isEmpty() && Character.isDigit(s.charAt(0));
  }

  private static int num(String s) {
    return Integer.parseInt(s);
  }
}
