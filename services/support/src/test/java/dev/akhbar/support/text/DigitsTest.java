package dev.akhbar.support.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DigitsTest {
  @Test
  void foldsArabicIndicAndPersianDigitsOneCharForOne() {
    assertThat(Digits.ascii("١٦ فبراير ٢٠٢٥")).isEqualTo("16 فبراير 2025");
    assertThat(Digits.ascii("۱۴۰۳/۱۱/۲۸")).isEqualTo("1403/11/28");
    String mixed = "في ٣ أيام، 12 ساعة و۴ دقائق";
    assertThat(Digits.ascii(mixed)).hasSameSizeAs(mixed).isEqualTo("في 3 أيام، 12 ساعة و4 دقائق");
  }

  @Test
  void foldsTheDigitsOfOtherScriptsTooAndNothingElse() {
    assertThat(Digits.ascii("१२३ ١٢٣ １２３")).isEqualTo("123 123 123");
    // letters, numerals that are not decimal digits (Roman, superscripts), Arabic punctuation
    assertThat(Digits.ascii("Ⅻ ² ½ ٫ ، abc")).isEqualTo("Ⅻ ² ½ ٫ ، abc");
  }

  @Test
  void returnsTheStringItselfWhenThereIsNothingToFold() {
    String s = "no digits here, or ASCII ones: 2025";
    assertThat(Digits.ascii(s)).isSameAs(s);
    assertThat(Digits.ascii("")).isEmpty();
  }

  @Test
  void leavesDigitsOutsideTheBmpAsTheyAreToKeepOffsets() {
    String mathBold = "\uD835\uDFCF"; // U+1D7CF MATHEMATICAL BOLD DIGIT ONE
    assertThat(Digits.ascii("x" + mathBold)).isEqualTo("x" + mathBold);
  }
}
