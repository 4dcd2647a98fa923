package dev.akhbar.parser.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextTest {
  @Test
  void normalizeTakesExactlyTheJavaWhitespaceAndSpaceCharactersForSpaces() {
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      if (c == '\u200b' || c == '\u00ad' || c == '\ufeff' || c == '\u2060') {
        assertEquals("ab", Text.normalize("a" + c + "b"), "dropped U+" + Integer.toHexString(c));
        continue;
      }
      boolean space = Character.isWhitespace(c) || Character.isSpaceChar(c);
      String expected = space ? "a b" : "a" + c + c + "b";
      assertEquals(expected, Text.normalize("a" + c + c + "b"), "U+" + Integer.toHexString(c));
    }
  }

  @Test
  void normalizeCollapsesRunsAndTrims() {
    assertEquals("one two three", Text.normalize("\n\t one \u00a0\u2003 two\r\n\fthree  "));
    assertEquals("", Text.normalize(null));
  }

  @Test
  void foldPatternFindsArabicWordsWithDiacriticsAndHamzaForms() {
    java.util.regex.Pattern published = java.util.regex.Pattern.compile(Text.foldPattern("نشر"));
    assertEquals(true, published.matcher("نُشر في 16 فبراير 2025").find());
    assertEquals(true, published.matcher("نـشـر").find());
    java.util.regex.Pattern last = java.util.regex.Pattern.compile(Text.foldPattern("اخر تحديث"));
    assertEquals(true, last.matcher("آخر  تحديث: 17 فبراير 2025").find());
    assertEquals(true, last.matcher("أخر تحديث").find());
    assertEquals(false, last.matcher("اخرى تحديث").find());
    java.util.regex.Pattern latin =
        java.util.regex.Pattern.compile(
            Text.foldPattern("mis à jour"), java.util.regex.Pattern.CASE_INSENSITIVE);
    assertEquals(true, latin.matcher("Mis à jour le 3 mars 2025").find());
    assertEquals(false, latin.matcher("mis a jour").find());
  }
}
