package dev.akhbar.enricher.mentions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.akhbar.events.Enrichment;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MentionExtractorTest {
  private static final int MB = 1 << 20;
  private static final MentionExtractor MENTIONS = new MentionExtractor();
  private static final LocalDate FEB_2025 = LocalDate.of(2025, 2, 20);

  private static List<Enrichment.Mention> extract(String text) {
    return MENTIONS.extract(text, FEB_2025);
  }

  private static String repeat(String unit, int length) {
    return unit.repeat(length / unit.length() + 1).substring(0, length);
  }

  /**
   * Hostile bodies of 1 MB: each must finish in seconds, not overflow the stack or run for hours.
   */
  static List<String> hostileBodies() {
    return List.of(
        repeat("1,", MB) + "1%", // the reported page: a list of numbers ending in a percent sign
        repeat("1,", MB),
        repeat("1", MB),
        repeat("1.", MB),
        repeat("٣٫", MB),
        "1" + repeat(" ", MB) + "x",
        repeat("12 فبراير ", MB),
        repeat("فبراير ", MB) + "1",
        repeat("in ", MB) + "2025",
        repeat("\n", MB));
  }

  @ParameterizedTest
  @MethodSource("hostileBodies")
  void linearOnOneMegabyteOfHostileText(String body) {
    // A generous bound: a quadratic or exponential pattern takes hours on 1 MB, a linear one
    // seconds.
    List<Enrichment.Mention> found =
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> extract(body));
    found.forEach(m -> assertThat(body.substring(m.start(), m.end())).isEqualTo(m.text()));
  }

  @Test
  void aLongListOfNumbersIsNotOneGiantNumberNorAPercentage() {
    List<Enrichment.Mention> found = extract("الأرقام: " + "1,".repeat(40_000) + "1%");
    assertThat(found).isEmpty();
  }

  @Test
  void readsNumbersWithSeparatorsAndMultipliers() {
    assertThat(values("بلغت الكلفة 1,500,000 دولار")).containsExactly("NUMBER=1500000");
    assertThat(values("نما الاقتصاد 3.5% هذا العام")).containsExactly("PERCENT=3.5");
    assertThat(values("خسائر بقيمة ٣٫٥ مليار")).containsExactly("NUMBER=3500000000");
    assertThat(values("about 12 million people")).containsExactly("NUMBER=12000000");
    assertThat(values("rose by 40 per cent.")).containsExactly("PERCENT=40");
  }

  @Test
  void numbersStartOnlyWhereAWordCouldStart() {
    assertThat(values("the A380 jet")).isEmpty();
    assertThat(values("growth of x5% a year")).containsExactly("PERCENT=5");
    assertThat(values("items 1,2,3,4,5,6,7,8 in a row")).isEmpty();
    assertThat(values("1,000 m² of offices")).containsExactly("NUMBER=1000");
    assertThat(values("1,000 maintenance workers")).containsExactly("NUMBER=1000");
    assertThat(values("50 في المائة من السكان")).containsExactly("PERCENT=50");
  }

  @Test
  void readsDates() {
    assertThat(values("وصل في 12 فبراير 2025 إلى موسكو")).contains("DATE=2025-02-12");
    assertThat(values("on February 12, 2025 in Moscow")).contains("DATE=2025-02-12");
    assertThat(values("اجتماع 14 فبراير")).contains("DATE=2025-02-14");
    assertThat(values("since 2014")).contains("DATE=2014");
  }

  @Test
  void aYearIsADateOnlyRightAfterItsWordAndAMonthNameDateOnlyWhereTheMonthStarts() {
    assertThat(values("by 2014 2015 until 1999"))
        .containsExactly("DATE=2014", "NUMBER=2015", "DATE=1999");
    assertThat(values("وفي 2014 والعام 2015 عام2016")).containsExactly("DATE=2014", "DATE=2015");
    assertThat(values("Xin 2014, in 20145, in 1899"))
        .containsExactly("NUMBER=2014", "NUMBER=20145", "NUMBER=1899");
    assertThat(values("the mayor 5 and May 2021")).containsExactly("NUMBER=5", "DATE=2021-05");
  }

  private static List<String> values(String text) {
    return extract(text).stream().map(m -> m.type() + "=" + m.value()).toList();
  }
}
