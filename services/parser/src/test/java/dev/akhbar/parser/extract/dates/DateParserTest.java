package dev.akhbar.parser.extract.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserTest {
  /** Fetch time of the tests: Sunday 16 February 2025, 12:00 UTC. */
  private static final Instant FETCHED = Instant.parse("2025-02-16T12:00:00Z");

  private static OffsetDateTime parse(String raw) {
    return DateParser.parse(raw, FETCHED, ZoneOffset.UTC).orElse(null);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2025-02-16T10:30:00+03:00        | 2025-02-16T10:30+03:00",
        "2025-02-16T07:30:00Z             | 2025-02-16T07:30Z",
        "2025-02-16T10:30:00.123+0300     | 2025-02-16T10:30:00.123+03:00",
        "2025-02-16 10:30:00              | 2025-02-16T10:30Z",
        "2025-02-16                       | 2025-02-16T00:00Z",
        "Sun, 16 Feb 2025 07:31:00 GMT    | 2025-02-16T07:31Z",
      })
  void machineReadableForms(String raw, String expected) {
    assertThat(parse(raw)).isEqualTo(OffsetDateTime.parse(expected));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // Gregorian month names (Egypt, Gulf)
        "16 فبراير 2025                    | 2025-02-16T00:00Z",
        "الأحد 16 فبراير 2025 - 10:30 ص    | 2025-02-16T10:30Z",
        "16 فبراير 2025 10:30 م            | 2025-02-16T22:30Z",
        "3 أبريل 2024                      | 2024-04-03T00:00Z",
        "3 ابريل 2024                      | 2024-04-03T00:00Z",
        "1 يونيه 2024                      | 2024-06-01T00:00Z",
        "9 أغسطس 2024                      | 2024-08-09T00:00Z",
        "12 أكتوبر 2024                    | 2024-10-12T00:00Z",
        "25 ديسمبر 2024                    | 2024-12-25T00:00Z",
        // Levantine and Iraqi names
        "16 شباط 2025                      | 2025-02-16T00:00Z",
        "5 كانون الثاني 2025               | 2025-01-05T00:00Z",
        "5 كانون الأول 2024                | 2024-12-05T00:00Z",
        "20 آذار 2024                      | 2024-03-20T00:00Z",
        "7 نيسان 2024                      | 2024-04-07T00:00Z",
        "7 أيار 2024                       | 2024-05-07T00:00Z",
        "30 حزيران 2024                    | 2024-06-30T00:00Z",
        "14 تموز 2024                      | 2024-07-14T00:00Z",
        "15 آب 2024                        | 2024-08-15T00:00Z",
        "1 أيلول 2024                      | 2024-09-01T00:00Z",
        "1 تشرين الأول 2024                | 2024-10-01T00:00Z",
        "11 تشرين الثاني 2024              | 2024-11-11T00:00Z",
        // Maghrebi names (Algeria, Tunisia) and Moroccan
        "16 جانفي 2025                     | 2025-01-16T00:00Z",
        "16 فيفري 2025                     | 2025-02-16T00:00Z",
        "2 أفريل 2024                      | 2024-04-02T00:00Z",
        "8 ماي 2024                        | 2024-05-08T00:00Z",
        "21 جوان 2024                      | 2024-06-21T00:00Z",
        "5 جويلية 2024                     | 2024-07-05T00:00Z",
        "20 أوت 2024                       | 2024-08-20T00:00Z",
        "6 غشت 2024                        | 2024-08-06T00:00Z",
        "18 نونبر 2024                     | 2024-11-18T00:00Z",
        "3 دجنبر 2024                      | 2024-12-03T00:00Z",
        // Arabic-Indic and Persian digits
        "١٦ فبراير ٢٠٢٥                    | 2025-02-16T00:00Z",
        "۱۶ فبراير ۲۰۲۵                    | 2025-02-16T00:00Z",
        "١٦/٠٢/٢٠٢٥ ١٠:٣٠                  | 2025-02-16T10:30Z",
        // Hijri (17 Shaban 1446 AH = 16 February 2025)
        "17 شعبان 1446 هـ                  | 2025-02-16T00:00Z",
        "١٧ شعبان ١٤٤٦ه                    | 2025-02-16T00:00Z",
        "1 رمضان 1446                      | 2025-03-01T00:00Z",
        "10 ذو الحجة 1445 هـ               | 2024-06-16T00:00Z",
        // Beside its Gregorian date, the Hijri date gives way (the Hijri day depends on the
        // country's calendar): the year is the one nearest each month
        "الجمعة 8 ربيع الأول 1446 هـ الموافق 13 سبتمبر 2024 م | 2024-09-13T00:00Z",
        // Numeric Hijri dates: a year of the Hijri range
        "1446/08/17 هـ                     | 2025-02-16T00:00Z",
        "17/08/1446هـ                      | 2025-02-16T00:00Z",
        // Levantine names without the article
        "5 كانون ثاني 2025                  | 2025-01-05T00:00Z",
        "12 ربيع الأول 1446 هـ             | 2024-09-15T00:00Z",
      })
  void arabicDates(String raw, String expected) {
    assertThat(parse(raw)).isEqualTo(OffsetDateTime.parse(expected));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // English
        "February 16, 2025                 | 2025-02-16T00:00Z",
        "Feb. 16, 2025 10:30 AM            | 2025-02-16T10:30Z",
        "16 February 2025, 3:05 pm         | 2025-02-16T15:05Z",
        "Published Monday, November 18, 2019 8:22AM EST | 2019-11-18T08:22-05:00",
        "Nov. 19, 2019 5:40 p.m. PST       | 2019-11-19T17:40-08:00",
        "Sept 3, 2024 09:00 GMT+2          | 2024-09-03T09:00+02:00",
        // French
        "16 février 2025                   | 2025-02-16T00:00Z",
        "publié le 21 août 2025 à 06h00    | 2025-08-21T06:00Z",
        "1er janvier 2025                  | 2025-01-01T00:00Z",
        "le 3 déc. 2024                    | 2024-12-03T00:00Z",
        // Spanish
        "16 de febrero de 2025             | 2025-02-16T00:00Z",
        "3 de septiembre de 2024 10:15     | 2024-09-03T10:15Z",
        // German
        "16. Februar 2025                  | 2025-02-16T00:00Z",
        "3. März 2024, 14:20 Uhr           | 2024-03-03T14:20Z",
        "16.02.2025                        | 2025-02-16T00:00Z",
        // Portuguese (ordinal indicator after the day)
        "3 de março de 2025                | 2025-03-03T00:00Z",
        "1º de abril de 2025               | 2025-04-01T00:00Z",
        "2 dez. 2024 às 10:15              | 2024-12-02T10:15Z",
        // Italian
        "12 ottobre 2024                   | 2024-10-12T00:00Z",
        "17 dicembre 2024 alle 10:15       | 2024-12-17T10:15Z",
        // Dutch
        "3 maart 2025                      | 2025-03-03T00:00Z",
        "15 augustus 2024                  | 2024-08-15T00:00Z",
        "3 mei 2025                        | 2025-05-03T00:00Z",
        // Short names left out as common words of other languages (pt "out"): not a month
        "Check out our March 3, 2025 post  | 2025-03-03T00:00Z",
        // Turkish
        "16 Şubat 2025                     | 2025-02-16T00:00Z",
        "3 Ağustos 2024 Cumartesi 10:00    | 2024-08-03T10:00Z",
        "1 Aralık 2024                     | 2024-12-01T00:00Z",
        // Numeric forms
        "2025/02/16                        | 2025-02-16T00:00Z",
        "16/02/2025                        | 2025-02-16T00:00Z",
        "02/16/2025                        | 2025-02-16T00:00Z",
        "16-02-2025                        | 2025-02-16T00:00Z",
        "Post time: 16-02-2025             | 2025-02-16T00:00Z",
        "16.02.2025 10:30 +03:00           | 2025-02-16T10:30+03:00",
        // Urdu (CLDR), English day periods
        "16 فروری 2025                     | 2025-02-16T00:00Z",
        "Tue, Mar 04, 2025, 12:54 AM       | 2025-03-04T00:54Z",
        "Sat, Aug 31, 2024 07:37 PM        | 2024-08-31T19:37Z",
        // No year: the last such day not after the fetch
        "16 فبراير                         | 2025-02-16T00:00Z",
        "December 24                       | 2024-12-24T00:00Z",
        // A month and its year alone: the month's first day
        "November 2015                     | 2015-11-01T00:00Z",
      })
  void datesInOtherLanguages(String raw, String expected) {
    assertThat(parse(raw)).isEqualTo(OffsetDateTime.parse(expected));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "منذ 3 ساعات          | 2025-02-16T09:00Z",
        "منذ ساعة             | 2025-02-16T11:00Z",
        "منذ ساعتين           | 2025-02-16T10:00Z",
        "منذ ٥ دقائق          | 2025-02-16T11:55Z",
        "منذ يومين            | 2025-02-14T12:00Z",
        "منذ أسبوع            | 2025-02-09T12:00Z",
        "قبل 2 شهر            | 2024-12-16T12:00Z",
        "أمس                  | 2025-02-15T00:00Z",
        "منذ ثلاث ساعات       | 2025-02-16T09:00Z",
        "منذ ثلاثة أيام       | 2025-02-13T12:00Z",
        "أول أمس              | 2025-02-14T00:00Z",
        "two days ago         | 2025-02-14T12:00Z",
        "avant-hier           | 2025-02-14T00:00Z",
        "vor drei Tagen       | 2025-02-13T12:00Z",
        "3 hours ago          | 2025-02-16T09:00Z",
        "an hour ago          | 2025-02-16T11:00Z",
        "2 days ago           | 2025-02-14T12:00Z",
        "Yesterday at 10:30   | 2025-02-15T10:30Z",
        "il y a 3 heures      | 2025-02-16T09:00Z",
        "il y a 2 jours       | 2025-02-14T12:00Z",
        "hier                 | 2025-02-15T00:00Z",
        "hace 3 horas         | 2025-02-16T09:00Z",
        "hace 1 día           | 2025-02-15T12:00Z",
        "ayer                 | 2025-02-15T00:00Z",
        "vor 3 Stunden        | 2025-02-16T09:00Z",
        "vor 5 Minuten        | 2025-02-16T11:55Z",
        "vor 2 Tagen          | 2025-02-14T12:00Z",
        "gestern              | 2025-02-15T00:00Z",
        "3 saat önce          | 2025-02-16T09:00Z",
        "2 gün önce           | 2025-02-14T12:00Z",
        "dün                  | 2025-02-15T00:00Z",
        "há 3 horas           | 2025-02-16T09:00Z",
        "há 2 dias            | 2025-02-14T12:00Z",
        "ontem                | 2025-02-15T00:00Z",
        "2 ore fa             | 2025-02-16T10:00Z",
        "un giorno fa         | 2025-02-15T12:00Z",
        "ieri                 | 2025-02-15T00:00Z",
        "3 uur geleden        | 2025-02-16T09:00Z",
        "2 dagen geleden      | 2025-02-14T12:00Z",
        "gisteren             | 2025-02-15T00:00Z",
      })
  void relativeDatesResolveAgainstTheFetchTime(String raw, String expected) {
    assertThat(parse(raw)).isEqualTo(OffsetDateTime.parse(expected));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "  ",
        "no date here",
        "Comments (3)",
        "32 February 2025",
        "2025-13-45",
        "Sales in November 2015",
        "منذ عام 2011"
      })
  void textWithoutADateGivesNothing(String raw) {
    assertThat(DateParser.parse(raw, FETCHED, ZoneOffset.UTC)).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void arabicWordsAreWholeWords() {
    // "الانتخابات" holds "الان" (now), "مصر" starts with م (p.m.).
    assertThat(parse("الانتخابات")).isNull();
    assertThat(parse("16 فبراير 2025 10:30 مصر")).isEqualTo("2025-02-16T10:30Z");
    assertThat(parse("الآن")).isEqualTo("2025-02-16T12:00Z");
  }

  @org.junit.jupiter.api.Test
  void noMonthNameMeansTwoMonths() {
    assertThat(MonthNames.INSTANCE.conflicts).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void timesWithoutOffsetAreReadInTheGivenZone() {
    Optional<OffsetDateTime> d =
        DateParser.parse("16 فبراير 2025 10:30", FETCHED, ZoneId.of("Asia/Riyadh"));

    assertThat(d).contains(OffsetDateTime.parse("2025-02-16T10:30+03:00"));
  }

  /**
   * The guards before the two formatters (first character, colon) say no only where the formatter
   * fails on its own.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "2024-03-05",
        "2024-03-05T10:20:30Z",
        "+2024-03-05",
        "-2024-03-05",
        "Dec 2, 2024",
        "2 Dec 2024",
        "Mon, 02 Dec 2024 10:20:30 GMT",
        "02 Dec 2024 10:20 +0100",
        "Mon, 02 Dec 2024",
        "x2024-03-05",
        " 2024-03-05"
      })
  void machineFormatsAnswerAsTheFormattersAlone(String s) {
    assertThat(DateParser.parseIso(s, ZoneOffset.UTC).isPresent())
        .isEqualTo(parses(DateParser.ISO_LENIENT, s));
    assertThat(DateParser.parseRfc1123(s).isPresent())
        .isEqualTo(parses(DateTimeFormatter.RFC_1123_DATE_TIME, s));
  }

  private static boolean parses(DateTimeFormatter f, String s) {
    try {
      f.parse(s);
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }
}
