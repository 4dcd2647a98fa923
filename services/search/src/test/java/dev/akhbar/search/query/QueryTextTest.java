package dev.akhbar.search.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class QueryTextTest {
  private static QueryText parse(String raw) {
    return QueryText.parse(raw, Limits.DEFAULT);
  }

  @Test
  void blankOrSymbolOnlyTextIsNoQuery() {
    assertThat(parse(null)).isNull();
    assertThat(parse("   ")).isNull();
    assertThat(parse("\"\" ( ) | -")).isNull();
  }

  @Test
  void dropsAnUnbalancedQuoteInsteadOfFailing() {
    QueryText q = parse("\"وزير الخارجية");
    assertThat(q.text()).isEqualTo("وزير الخارجية");
    assertThat(parse("\"a b\" \"c").text()).isEqualTo("\"a b\" c");
  }

  @Test
  void readsArabicAndTypographicQuotesAsPhrases() {
    assertThat(parse("«نائب وزير الخارجية»").text()).isEqualTo("\"نائب وزير الخارجية\"");
    assertThat(parse("“port strike”").text()).isEqualTo("\"port strike\"");
  }

  @Test
  void foldsPresentationFormsAndDropsInvisibleCharacters() {
    // U+FEFB (lam-alef ligature) -> lam + alef; U+200F (right-to-left mark) and a NUL dropped.
    assertThat(parse("\uFEFBجئ\u200F\u0000").text()).isEqualTo("لاجئ");
  }

  @Test
  void thePlainTextHasNoOperatorsForThePhraseBoost() {
    QueryText q = parse("\"port strike\" -Rotterdam (dock | harbour)");
    assertThat(q.plain()).isEqualTo("port strike Rotterdam dock harbour");
    assertThat(parse("COVID-19").plain()).isEqualTo("COVID-19");
  }

  @Test
  void refusesTooLongTextAndTooManyWordsWithTheReason() {
    assertThatThrownBy(() -> parse("ب".repeat(10_240)))
        .isInstanceOf(BadQueryException.class)
        .hasMessage("q is 10240 characters long; at most 500 are allowed");
    assertThatThrownBy(() -> parse("word ".repeat(33)))
        .isInstanceOf(BadQueryException.class)
        .hasMessageContaining("33 words");
  }
}
