package dev.akhbar.parser.extract.dates;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.ULocale;
import dev.akhbar.parser.extract.Text;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Parses publication dates as pages write them: ISO-8601 and RFC 1123 (meta tags, JSON-LD), then
 * relative dates ({@link RelativeDates}) and dates written out ({@link WrittenDates}) in the
 * languages of the resource files next to this class, month names from CLDR (ICU4J). Arabic-Indic
 * and Persian digits are read as digits. Stateless and thread-safe.
 */
public final class DateParser {
  static final DateTimeFormatter ISO_LENIENT =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .append(DateTimeFormatter.ISO_LOCAL_DATE)
          .optionalStart()
          .appendLiteral('T')
          .optionalEnd()
          .optionalStart()
          .appendLiteral(' ')
          .optionalEnd()
          .optionalStart()
          .appendValue(ChronoField.HOUR_OF_DAY, 2)
          .appendLiteral(':')
          .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
          .optionalStart()
          .appendLiteral(':')
          .appendValue(ChronoField.SECOND_OF_MINUTE, 2)
          .optionalStart()
          .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
          .optionalEnd()
          .optionalEnd()
          .optionalEnd()
          .optionalStart()
          .appendLiteral(' ')
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HH:MM", "Z")
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HHMM", "Z")
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HH", "Z")
          .optionalEnd()
          .toFormatter(Locale.ROOT);

  /** Longer strings are not dates. */
  private static final int MAX_CHARS = 200;

  private DateParser() {}

  /**
   * Parses {@code raw}; times without an offset are read in {@code zone}; relative dates and dates
   * without a year are resolved against {@code reference} (the fetch time).
   */
  public static Optional<OffsetDateTime> parse(String raw, Instant reference, ZoneId zone) {
    return parse(raw, reference, zone, false);
  }

  /**
   * As {@link #parse(String, Instant, ZoneId)}; {@code monthFirst} reads "3/4/2025" as March 4
   * (pages in a locale that writes the month first, see {@link #monthFirst}).
   */
  public static Optional<OffsetDateTime> parse(
      String raw, Instant reference, ZoneId zone, boolean monthFirst) {
    if (raw == null) {
      return Optional.empty();
    }
    String s = Text.normalize(Text.asciiDigits(raw));
    if (s.isEmpty() || s.length() > MAX_CHARS) {
      return Optional.empty();
    }
    Optional<OffsetDateTime> machine = parseIso(s, zone).or(() -> parseRfc1123(s));
    if (machine.isPresent()) {
      return machine;
    }
    String f = Text.fold(s);
    ZonedDateTime ref = (reference == null ? Instant.now() : reference).atZone(zone);
    return RelativeDates.parse(f, ref).or(() -> WrittenDates.parse(f, ref, zone, monthFirst));
  }

  private static final Map<String, Boolean> MONTH_FIRST = new ConcurrentHashMap<>();

  /**
   * Whether the locale of a language tag ("en-US", "en", "fr-CA") writes numeric dates month first,
   * as CLDR's short date pattern for it says (ICU4J).
   */
  public static boolean monthFirst(String languageTag) {
    if (languageTag == null || languageTag.isBlank()) {
      return false;
    }
    return MONTH_FIRST.computeIfAbsent(
        languageTag.strip().replace('_', '-').toLowerCase(Locale.ROOT),
        tag -> {
          String pattern =
              ((SimpleDateFormat)
                      DateFormat.getDateInstance(DateFormat.SHORT, ULocale.forLanguageTag(tag)))
                  .toPattern();
          int m = pattern.indexOf('M');
          int d = pattern.indexOf('d');
          return m >= 0 && d >= 0 && m < d;
        });
  }

  static Optional<OffsetDateTime> parseIso(String s, ZoneId zone) {
    if (s.isEmpty() || !mayStartIso(s.charAt(0))) {
      // The formatter would fail on the first character, by an exception: most written dates.
      return Optional.empty();
    }
    try {
      TemporalAccessor t = ISO_LENIENT.parse(s);
      LocalDate date = LocalDate.from(t);
      LocalDateTime local =
          t.isSupported(ChronoField.HOUR_OF_DAY)
              ? date.atTime(
                  t.get(ChronoField.HOUR_OF_DAY),
                  t.get(ChronoField.MINUTE_OF_HOUR),
                  t.isSupported(ChronoField.SECOND_OF_MINUTE)
                      ? t.get(ChronoField.SECOND_OF_MINUTE)
                      : 0,
                  t.isSupported(ChronoField.NANO_OF_SECOND) ? t.get(ChronoField.NANO_OF_SECOND) : 0)
              : date.atStartOfDay();
      if (t.isSupported(ChronoField.OFFSET_SECONDS)) {
        return Optional.of(
            OffsetDateTime.of(local, ZoneOffset.ofTotalSeconds(t.get(ChronoField.OFFSET_SECONDS))));
      }
      return Optional.of(ZonedDateTime.of(local, zone).toOffsetDateTime());
    } catch (DateTimeException | ArithmeticException e) {
      return Optional.empty();
    }
  }

  /** ISO_LOCAL_DATE opens with the year: digits, maybe signed. */
  private static boolean mayStartIso(char c) {
    return c >= '0' && c <= '9' || c == '+' || c == '-';
  }

  static Optional<OffsetDateTime> parseRfc1123(String s) {
    if (s.indexOf(':') < 0) {
      // RFC 1123 always has the time (HH:mm): without a colon the formatter fails, by an exception.
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
