package dev.akhbar.search.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchParamsTest {
  private static SearchParams parse(String... nameValue) {
    return SearchParams.parse(RawParams.of(nameValue), Limits.DEFAULT);
  }

  @Test
  void defaultsToRelevanceWithWordsAndNewestWithout() {
    SearchParams p = parse("q", "دبلوماسي");
    assertThat(p.sort()).isEqualTo(SortOrder.RELEVANCE);
    assertThat(p.page()).isEqualTo(1);
    assertThat(p.size()).isEqualTo(10);
    assertThat(p.offset()).isZero();
    assertThat(parse().sort()).isEqualTo(SortOrder.NEWEST);
  }

  @Test
  void normalisesFilterValues() {
    SearchParams p =
        parse(
            "lang", "AR",
            "source", " demo ",
            "person", "سيرجي ريابكوف",
            "country", "ru",
            "country", "",
            "story", "s-a4a806c2f848edc7",
            "from", "2025-02-16",
            "to", "2025-02-16",
            "sort", "oldest",
            "page", "2",
            "size", "20");
    assertThat(p.filters().languages()).containsExactly("ar");
    assertThat(p.filters().sources()).containsExactly("demo");
    assertThat(p.filters().persons()).containsExactly("سيرجي ريابكوف");
    // Facet values are taken as the index has them, even with a line break in them.
    assertThat(parse("person", "AM\nIn").filters().persons()).containsExactly("AM\nIn");
    assertThat(p.filters().countries()).containsExactly("RU");
    assertThat(p.filters().stories()).containsExactly("s-a4a806c2f848edc7");
    // A whole day: from its start to the next day's start.
    assertThat(p.filters().from()).isEqualTo(Instant.parse("2025-02-16T00:00:00Z"));
    assertThat(p.filters().to()).isEqualTo(Instant.parse("2025-02-17T00:00:00Z"));
    assertThat(p.sort()).isEqualTo(SortOrder.OLDEST);
    assertThat(p.offset()).isEqualTo(20);
  }

  @Test
  void namesTheParameterAtFault() {
    assertBad("lang", "lang", "arabic");
    assertBad("country", "country", "RUS");
    assertBad("story", "story", "<script>");
    assertBad("from", "from", "yesterday");
    assertBad("to", "from", "2025-03-01", "to", "2025-02-01");
    assertBad("sort", "sort", "best");
    assertBad("page", "page", "0");
    assertBad("page", "page", "abc");
    assertBad("size", "size", "500");
    assertBad("after", "after", "not-a-cursor");
    assertBad("source", "source", "x".repeat(1025));
  }

  @Test
  void deepPagesMustFollowTheCursor() {
    assertThat(parse("q", "x", "page", "100").offset()).isEqualTo(990);
    assertThatThrownBy(() -> parse("q", "x", "page", "101"))
        .isInstanceOf(BadQueryException.class)
        .hasMessageContaining("follow the cursor in next");
  }

  @Test
  void aCursorCarriesThePageAndMustMatchTheSort() {
    String next = new Cursor(SortOrder.NEWEST, 7, List.of(1739690000000L, "a4a8")).encode();
    SearchParams p = parse("page", "1", "after", next);
    assertThat(p.page()).isEqualTo(8);
    assertThat(p.after().values()).containsExactly(1739690000000L, "a4a8");
    assertThatThrownBy(() -> parse("q", "x", "after", next))
        .isInstanceOf(BadQueryException.class)
        .hasMessageContaining("sorted by newest");
  }

  private static void assertBad(String parameter, String... nameValue) {
    assertThatThrownBy(() -> parse(nameValue))
        .isInstanceOfSatisfying(
            BadQueryException.class, e -> assertThat(e.parameter()).isEqualTo(parameter));
  }
}
