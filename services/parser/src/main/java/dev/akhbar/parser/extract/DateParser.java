package dev.akhbar.parser.extract;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.chrono.HijrahDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses publication dates as pages write them: ISO-8601 and RFC 1123 (meta tags, JSON-LD), and
 * visible text in Arabic (Gregorian, Levantine/Iraqi, Maghrebi and Moroccan month names, Hijri
 * dates, Arabic-Indic and Persian digits), English, French, Spanish, German and Turkish, including
 * relative dates ("منذ 3 ساعات", "3 hours ago", "il y a 2 jours", "vor 5 Minuten", "hace 1 hora",
 * "2 gün önce", "yesterday") resolved against the fetch time. Stateless and thread-safe.
 */
public final class DateParser {
  private static final DateTimeFormatter ISO_LENIENT =
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

  /** Month names (normalized with {@link #fold}) to month numbers, Gregorian calendar. */
  private static final Map<String, Integer> MONTHS = new HashMap<>();

  /** Hijri month names (normalized) to month numbers. */
  private static final Map<String, Integer> HIJRI_MONTHS = new HashMap<>();

  static {
    String[][] gregorian = {
      // English
      {"january", "jan"},
      {"february", "feb"},
      {"march", "mar"},
      {"april", "apr"},
      {"may"},
      {"june", "jun"},
      {"july", "jul"},
      {"august", "aug"},
      {"september", "sep", "sept"},
      {"october", "oct"},
      {"november", "nov"},
      {"december", "dec"},
      // French
      {"janvier", "janv"},
      {"février", "fevr", "févr"},
      {"mars"},
      {"avril", "avr"},
      {"mai"},
      {"juin"},
      {"juillet", "juil"},
      {"août", "aout"},
      {"septembre"},
      {"octobre"},
      {"novembre"},
      {"décembre", "déc"},
      // Spanish
      {"enero", "ene"},
      {"febrero"},
      {"marzo"},
      {"abril", "abr"},
      {"mayo"},
      {"junio"},
      {"julio"},
      {"agosto", "ago"},
      {"septiembre", "setiembre"},
      {"octubre"},
      {"noviembre"},
      {"diciembre", "dic"},
      // German
      {"januar", "jänner", "jän"},
      {"februar"},
      {"märz", "maerz", "mär", "mrz"},
      {},
      {},
      {"juni"},
      {"juli"},
      {},
      {},
      {"oktober", "okt"},
      {},
      {"dezember", "dez"},
      // Turkish
      {"ocak", "oca"},
      {"şubat", "şub"},
      {"mart"},
      {"nisan", "nis"},
      {"mayıs"},
      {"haziran", "haz"},
      {"temmuz", "tem"},
      {"ağustos", "ağu"},
      {"eylül", "eyl"},
      {"ekim", "eki"},
      {"kasım", "kas"},
      {"aralık", "ara"},
      // Arabic (Egypt, Gulf)
      {"يناير"},
      {"فبراير"},
      {"مارس"},
      {"أبريل", "ابريل", "إبريل"},
      {"مايو"},
      {"يونيو", "يونيه"},
      {"يوليو", "يوليه"},
      {"أغسطس", "اغسطس"},
      {"سبتمبر"},
      {"أكتوبر", "اكتوبر"},
      {"نوفمبر"},
      {"ديسمبر"},
      // Arabic (Levant, Iraq)
      {"كانون الثاني"},
      {"شباط"},
      {"آذار"},
      {"نيسان"},
      {"أيار"},
      {"حزيران"},
      {"تموز"},
      {"آب"},
      {"أيلول"},
      {"تشرين الأول", "تشرين أول"},
      {"تشرين الثاني", "تشرين ثاني"},
      {"كانون الأول", "كانون أول"},
      // Arabic (Algeria, Tunisia)
      {"جانفي"},
      {"فيفري"},
      {},
      {"أفريل"},
      {"ماي"},
      {"جوان"},
      {"جويلية", "جويلة"},
      {"أوت"},
      {},
      {},
      {},
      {},
      // Arabic (Morocco)
      {},
      {},
      {},
      {},
      {},
      {},
      {"يوليوز"},
      {"غشت"},
      {"شتنبر"},
      {},
      {"نونبر"},
      {"دجنبر"},
    };
    for (int i = 0; i < gregorian.length; i++) {
      for (String name : gregorian[i]) {
        MONTHS.put(fold(name), i % 12 + 1);
      }
    }
    String[][] hijri = {
      {"محرم"},
      {"صفر"},
      {"ربيع الأول", "ربيع أول"},
      {"ربيع الآخر", "ربيع الثاني", "ربيع ثاني"},
      {"جمادى الأولى", "جمادى الأول"},
      {"جمادى الآخرة", "جمادى الثانية", "جمادى الآخر"},
      {"رجب"},
      {"شعبان"},
      {"رمضان"},
      {"شوال"},
      {"ذو القعدة", "ذي القعدة"},
      {"ذو الحجة", "ذي الحجة"},
    };
    for (int i = 0; i < hijri.length; i++) {
      for (String name : hijri[i]) {
        HIJRI_MONTHS.put(fold(name), i + 1);
      }
    }
  }

  private static final Pattern TIME =
      Pattern.compile(
          "(?<![\\d:])(\\d{1,2})\\s*[:h]\\s*(\\d{2})(?::(\\d{2}))?(?:\\.\\d+)?"
              + "(?:\\s*(am|pm|a\\.m\\.|p\\.m\\.|ص|م|صباحا|مساء|مساءا|ظهرا))?(?![\\d])");

  private static final Pattern OFFSET =
      Pattern.compile(
          "(?:\\b(?:gmt|utc)|توقيت غرينتش|غرينتش)\\s*([+-])\\s*(\\d{1,2})(?::?(\\d{2}))?"
              + "|(?<=\\d)\\s*([+-])(\\d{2}):?(\\d{2})\\b"
              + "|\\b(gmt|utc|z)\\b"
              + "|\\b(est|edt|cst|cdt|mst|mdt|pst|pdt|bst|cet|cest|eet|eest|msk)\\b");

  /** Zone abbreviations news sites print after times (North America, Europe, Moscow). */
  private static final Map<String, ZoneOffset> ZONE_NAMES =
      Map.ofEntries(
          Map.entry("est", ZoneOffset.ofHours(-5)),
          Map.entry("edt", ZoneOffset.ofHours(-4)),
          Map.entry("cst", ZoneOffset.ofHours(-6)),
          Map.entry("cdt", ZoneOffset.ofHours(-5)),
          Map.entry("mst", ZoneOffset.ofHours(-7)),
          Map.entry("mdt", ZoneOffset.ofHours(-6)),
          Map.entry("pst", ZoneOffset.ofHours(-8)),
          Map.entry("pdt", ZoneOffset.ofHours(-7)),
          Map.entry("bst", ZoneOffset.ofHours(1)),
          Map.entry("cet", ZoneOffset.ofHours(1)),
          Map.entry("cest", ZoneOffset.ofHours(2)),
          Map.entry("eet", ZoneOffset.ofHours(2)),
          Map.entry("eest", ZoneOffset.ofHours(3)),
          Map.entry("msk", ZoneOffset.ofHours(3)));

  private static final Pattern NUMERIC_YMD =
      Pattern.compile("(?<!\\d)(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)");

  private static final Pattern NUMERIC_DMY =
      Pattern.compile("(?<!\\d)(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4}|\\d{2})(?!\\d)");

  private static final Pattern NUMBER = Pattern.compile("\\d+");

  private static final Pattern HIJRI_MARK = Pattern.compile("\\d\\s*ه(?:ـ)?(?:\\b|$)|هجري");

  private DateParser() {}

  /**
   * Parses {@code raw}; times without an offset are read in {@code zone}; relative dates and dates
   * without a year are resolved against {@code reference} (the fetch time).
   */
  public static Optional<OffsetDateTime> parse(String raw, Instant reference, ZoneId zone) {
    if (raw == null) {
      return Optional.empty();
    }
    String s = Text.normalize(asciiDigits(raw));
    if (s.isEmpty() || s.length() > 200) {
      return Optional.empty();
    }
    Optional<OffsetDateTime> machine = parseIso(s, zone).or(() -> parseRfc1123(s));
    if (machine.isPresent()) {
      return machine;
    }
    String f = fold(s);
    ZonedDateTime ref = (reference == null ? Instant.now() : reference).atZone(zone);
    return parseRelative(f, ref).or(() -> parseText(f, ref, zone));
  }

  // ---------------------------------------------------------------- machine formats

  static Optional<OffsetDateTime> parseIso(String s, ZoneId zone) {
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

  static Optional<OffsetDateTime> parseRfc1123(String s) {
    try {
      return Optional.of(OffsetDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  // ---------------------------------------------------------------- relative dates

  private record Rel(
      Pattern pattern, int numberGroup, int unitGroup, Map<String, ChronoUnit> units) {}

  private static final Map<String, ChronoUnit> EN_UNITS =
      Map.of(
          "second",
          ChronoUnit.SECONDS,
          "sec",
          ChronoUnit.SECONDS,
          "minute",
          ChronoUnit.MINUTES,
          "min",
          ChronoUnit.MINUTES,
          "hour",
          ChronoUnit.HOURS,
          "hr",
          ChronoUnit.HOURS,
          "day",
          ChronoUnit.DAYS,
          "week",
          ChronoUnit.WEEKS,
          "month",
          ChronoUnit.MONTHS,
          "year",
          ChronoUnit.YEARS);
  private static final Map<String, ChronoUnit> FR_UNITS =
      Map.of(
          "seconde",
          ChronoUnit.SECONDS,
          "minute",
          ChronoUnit.MINUTES,
          "min",
          ChronoUnit.MINUTES,
          "heure",
          ChronoUnit.HOURS,
          "h",
          ChronoUnit.HOURS,
          "jour",
          ChronoUnit.DAYS,
          "semaine",
          ChronoUnit.WEEKS,
          "mois",
          ChronoUnit.MONTHS,
          "an",
          ChronoUnit.YEARS,
          "annee",
          ChronoUnit.YEARS);
  private static final Map<String, ChronoUnit> ES_UNITS =
      Map.of(
          "segundo",
          ChronoUnit.SECONDS,
          "minuto",
          ChronoUnit.MINUTES,
          "min",
          ChronoUnit.MINUTES,
          "hora",
          ChronoUnit.HOURS,
          "dia",
          ChronoUnit.DAYS,
          "semana",
          ChronoUnit.WEEKS,
          "mes",
          ChronoUnit.MONTHS,
          "meses",
          ChronoUnit.MONTHS,
          "ano",
          ChronoUnit.YEARS);
  private static final Map<String, ChronoUnit> DE_UNITS =
      Map.of(
          "sekunde",
          ChronoUnit.SECONDS,
          "minute",
          ChronoUnit.MINUTES,
          "min",
          ChronoUnit.MINUTES,
          "stunde",
          ChronoUnit.HOURS,
          "std",
          ChronoUnit.HOURS,
          "tag",
          ChronoUnit.DAYS,
          "woche",
          ChronoUnit.WEEKS,
          "monat",
          ChronoUnit.MONTHS,
          "jahr",
          ChronoUnit.YEARS);
  private static final Map<String, ChronoUnit> TR_UNITS =
      Map.of(
          "saniye",
          ChronoUnit.SECONDS,
          "dakika",
          ChronoUnit.MINUTES,
          "dk",
          ChronoUnit.MINUTES,
          "saat",
          ChronoUnit.HOURS,
          "gun",
          ChronoUnit.DAYS,
          "hafta",
          ChronoUnit.WEEKS,
          "ay",
          ChronoUnit.MONTHS,
          "yil",
          ChronoUnit.YEARS);

  private static final List<Rel> RELATIVE =
      List.of(
          new Rel(
              Pattern.compile(
                  "\\b(\\d+|an?|one)\\s+(second|sec|minute|min|hour|hr|day|week|month|year)s?\\s+ago\\b"),
              1,
              2,
              EN_UNITS),
          new Rel(
              Pattern.compile(
                  "\\bil y a\\s+(\\d+|une?)\\s+(seconde|minute|min|heure|h|jour|semaine|mois|an|annee)s?\\b"),
              1,
              2,
              FR_UNITS),
          new Rel(
              Pattern.compile(
                  "\\bhace\\s+(\\d+|una?)\\s+(segundo|minuto|min|hora|dia|semana|meses|mes|ano)s?\\b"),
              1,
              2,
              ES_UNITS),
          new Rel(
              Pattern.compile(
                  "\\bvor\\s+(\\d+|einer|einem|ein)\\s+(sekunde|minute|min|stunde|std|tag|woche|monat|jahr)(?:n|en|e|es)?\\b"),
              1,
              2,
              DE_UNITS),
          new Rel(
              Pattern.compile(
                  "(?:^|\\s)(\\d+|bir)\\s+(saniye|dakika|dk|saat|gun|hafta|ay|yil)\\s+(?:once|evvel)\\b"),
              1,
              2,
              TR_UNITS));

  /** "منذ 3 ساعات", "منذ ساعتين" (dual), "منذ ساعة", "قبل 5 دقائق". */
  private static final Pattern AR_RELATIVE =
      Pattern.compile("(?:منذ|قبل)\\s+(?:(\\d+)\\s+)?([\\p{IsArabic}]+)");

  private static final Map<String, ChronoUnit> AR_UNITS = new HashMap<>();

  static {
    for (String u : new String[] {"ثانيه", "ثوان", "ثواني", "ثانيتين"}) {
      AR_UNITS.put(u, ChronoUnit.SECONDS);
    }
    for (String u : new String[] {"دقيقه", "دقائق", "دقايق", "دقيقتين"}) {
      AR_UNITS.put(u, ChronoUnit.MINUTES);
    }
    for (String u : new String[] {"ساعه", "ساعات", "ساعتين"}) {
      AR_UNITS.put(u, ChronoUnit.HOURS);
    }
    for (String u : new String[] {"يوم", "ايام", "يومين"}) {
      AR_UNITS.put(u, ChronoUnit.DAYS);
    }
    for (String u : new String[] {"اسبوع", "اسابيع", "اسبوعين"}) {
      AR_UNITS.put(u, ChronoUnit.WEEKS);
    }
    for (String u : new String[] {"شهر", "اشهر", "شهور", "شهرين"}) {
      AR_UNITS.put(u, ChronoUnit.MONTHS);
    }
    for (String u : new String[] {"سنه", "سنوات", "سنين", "سنتين", "عام", "اعوام", "عامين"}) {
      AR_UNITS.put(u, ChronoUnit.YEARS);
    }
  }

  private static final Pattern YESTERDAY =
      Pattern.compile(
          "\\b(?:yesterday|hier|ayer|gestern|dun)\\b|(?:^|\\s)(?:امس|البارحه)(?:\\s|$)");

  private static final Pattern TODAY =
      Pattern.compile(
          "\\b(?:today|aujourd'hui|aujourd hui|hoy|heute|bugun)\\b|(?:^|\\s)اليوم(?:\\s|$)");

  private static final Pattern JUST_NOW =
      Pattern.compile(
          "\\b(?:just now|a l'instant|ahora mismo|gerade eben|az once|simdi)\\b|الان|للتو");

  static Optional<OffsetDateTime> parseRelative(String f, ZonedDateTime ref) {
    for (Rel rel : RELATIVE) {
      Matcher m = rel.pattern().matcher(f);
      if (m.find()) {
        String n = m.group(rel.numberGroup());
        long amount = Character.isDigit(n.charAt(0)) ? Long.parseLong(n) : 1;
        ChronoUnit unit = rel.units().get(m.group(rel.unitGroup()));
        if (unit != null) {
          return Optional.of(ref.minus(amount, unit).toOffsetDateTime());
        }
      }
    }
    Matcher ar = AR_RELATIVE.matcher(f);
    if (ar.find()) {
      String word = ar.group(2);
      ChronoUnit unit = AR_UNITS.get(word);
      if (unit != null) {
        long amount;
        if (ar.group(1) != null) {
          amount = Long.parseLong(ar.group(1));
        } else {
          amount = word.endsWith("تين") || word.endsWith("ين") && !word.equals("سنين") ? 2 : 1;
        }
        return Optional.of(ref.minus(amount, unit).toOffsetDateTime());
      }
    }
    if (JUST_NOW.matcher(f).find()) {
      return Optional.of(ref.toOffsetDateTime());
    }
    boolean yesterday = YESTERDAY.matcher(f).find();
    if (yesterday || TODAY.matcher(f).find()) {
      LocalDate day = ref.toLocalDate().minusDays(yesterday ? 1 : 0);
      LocalTime time = time(f).orElse(LocalTime.MIDNIGHT);
      return Optional.of(ZonedDateTime.of(day, time, ref.getZone()).toOffsetDateTime());
    }
    return Optional.empty();
  }

  // ---------------------------------------------------------------- dates written out

  static Optional<OffsetDateTime> parseText(String f, ZonedDateTime ref, ZoneId zone) {
    Optional<ZoneOffset> offset = offset(f);
    Optional<LocalTime> time = time(f);
    String rest = TIME.matcher(f).replaceAll(" ");
    rest = OFFSET.matcher(rest).replaceAll(" ");
    Optional<LocalDate> date = date(rest, ref.toLocalDate());
    if (date.isEmpty()) {
      return Optional.empty();
    }
    LocalDateTime local = date.get().atTime(time.orElse(LocalTime.MIDNIGHT));
    if (offset.isPresent()) {
      return Optional.of(OffsetDateTime.of(local, offset.get()));
    }
    return Optional.of(ZonedDateTime.of(local, zone).toOffsetDateTime());
  }

  static Optional<LocalDate> date(String f, LocalDate today) {
    try {
      Matcher ymd = NUMERIC_YMD.matcher(f);
      if (ymd.find()) {
        return Optional.of(LocalDate.of(num(ymd.group(1)), num(ymd.group(2)), num(ymd.group(3))));
      }
      Matcher dmy = NUMERIC_DMY.matcher(f);
      if (dmy.find()) {
        int a = num(dmy.group(1));
        int b = num(dmy.group(2));
        int y = year(num(dmy.group(3)), dmy.group(3).length());
        // Day first (most of the world) unless that is impossible (US month/day/year).
        return Optional.of(a > 12 || b <= 12 ? LocalDate.of(y, b, a) : LocalDate.of(y, a, b));
      }
      return namedMonth(f, today);
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<LocalDate> namedMonth(String f, LocalDate today) {
    List<String> words = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    Matcher w = Pattern.compile("[\\p{L}\\p{M}]+|\\d+").matcher(f);
    while (w.find()) {
      words.add(w.group());
      starts.add(w.start());
    }
    int monthAt = -1;
    int month = 0;
    int monthWords = 0;
    boolean hijri = false;
    for (int i = 0; i < words.size() && monthAt < 0; i++) {
      if (i + 1 < words.size()) {
        String two = words.get(i) + " " + words.get(i + 1);
        if (HIJRI_MONTHS.containsKey(two)) {
          monthAt = i;
          month = HIJRI_MONTHS.get(two);
          monthWords = 2;
          hijri = true;
          break;
        }
        if (MONTHS.containsKey(two)) {
          monthAt = i;
          month = MONTHS.get(two);
          monthWords = 2;
          break;
        }
      }
      String one = words.get(i);
      if (HIJRI_MONTHS.containsKey(one)) {
        monthAt = i;
        month = HIJRI_MONTHS.get(one);
        monthWords = 1;
        hijri = true;
      } else if (MONTHS.containsKey(stripDot(one))) {
        monthAt = i;
        month = MONTHS.get(stripDot(one));
        monthWords = 1;
      }
    }
    if (monthAt < 0) {
      return Optional.empty();
    }
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
    for (int i = 0; i < words.size(); i++) {
      String x = words.get(i);
      if (isNumber(x) && x.length() == 4) {
        int y = num(x);
        if (y >= 1300 && y <= 1500 || y >= 1900 && y <= 2100) {
          year = y;
          break;
        }
      }
    }
    if (day == null) {
      return Optional.empty();
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
      String ampm = m.group(4);
      if (ampm != null) {
        boolean pm =
            ampm.startsWith("p")
                || ampm.equals("م")
                || ampm.startsWith("مساء")
                || ampm.equals("ظهرا") && h < 12;
        boolean am = ampm.startsWith("a") || ampm.equals("ص") || ampm.equals("صباحا");
        if (pm && h < 12) {
          h += 12;
        } else if (am && h == 12) {
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
        return Optional.of(ZONE_NAMES.get(m.group(8)));
      }
      return Optional.of(ZoneOffset.UTC);
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  // ---------------------------------------------------------------- helpers

  /** Arabic-Indic (٠-٩) and Persian (۰-۹) digits to ASCII; Arabic comma and date separators too. */
  static String asciiDigits(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char r = c;
      if (c >= '\u0660' && c <= '\u0669') {
        r = (char) ('0' + (c - '\u0660'));
      } else if (c >= '\u06f0' && c <= '\u06f9') {
        r = (char) ('0' + (c - '\u06f0'));
      } else if (c == '\u060c') {
        r = ',';
      } else if (c == '\u066b') {
        r = '.';
      }
      if (r != c && b == null) {
        b = new StringBuilder(s);
      }
      if (b != null) {
        b.setCharAt(i, r);
      }
    }
    return b == null ? s : b.toString();
  }

  /**
   * Lowercase, without diacritics (é, ş, ü; Arabic hamza forms, madda and short vowels), tatweel,
   * and with ى as ي, ة as ه and dotless ı as i: the form month names are looked up in.
   */
  static String fold(String s) {
    String lower = s.toLowerCase(Locale.ROOT);
    String d = Normalizer.normalize(lower, Normalizer.Form.NFD);
    StringBuilder b = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      int type = Character.getType(c);
      if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || c == '\u0640') {
        continue;
      }
      switch (c) {
        case 'ı' -> b.append('i');
        case 'ى' -> b.append('ي');
        case 'ة' -> b.append('ه');
        case '’', '`' -> b.append('\'');
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  private static String stripDot(String w) {
    return w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
  }

  private static boolean isNumber(String s) {
    return !s.isEmpty() && Character.isDigit(s.charAt(0));
  }

  private static int num(String s) {
    return Integer.parseInt(s);
  }

  private static int year(int y, int digits) {
    return digits == 2 ? 2000 + y : y;
  }
}
