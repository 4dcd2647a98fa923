package dev.akhbar.search.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchParamsTest {
  private static SearchParams.Raw raw(String q) {
    return new SearchParams.Raw(
        q, null, null, null, null, null, null, null, null, null, null, null, null);
  }

  private static SearchParams parse(SearchParams.Raw raw) {
    return SearchParams.parse(raw, Limits.DEFAULT);
  }

  @Test
  void defaultsToRelevanceWithWordsAndNewestWithout() {
    SearchParams p = parse(raw("دبلوماسي"));
    assertThat(p.sort()).isEqualTo(SortOrder.RELEVANCE);
    assertThat(p.page()).isEqualTo(1);
    assertThat(p.size()).isEqualTo(10);
    assertThat(p.offset()).isZero();
    assertThat(parse(raw(null)).sort()).isEqualTo(SortOrder.NEWEST);
  }

  @Test
  void normalisesFilterValues() {
    SearchParams p =
        parse(
            new SearchParams.Raw(
                null,
                List.of("AR"),
                List.of(" demo "),
                List.of("سيرجي ريابكوف"),
                List.of(),
                List.of("ru", ""),
                List.of("s-a4a806c2f848edc7"),
                "2025-02-16",
                "2025-02-16",
                "oldest",
                "2",
                "20",
                null));
    assertThat(p.filters().languages()).containsExactly("ar");
    assertThat(p.filters().sources()).containsExactly("demo");
    assertThat(p.filters().persons()).containsExactly("سيرجي ريابكوف");
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
    assertBad(
        new SearchParams.Raw(
            null,
            List.of("arabic"),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null),
        "lang");
    assertBad(
        new SearchParams.Raw(
            null, null, null, null, null, List.of("RUS"), null, null, null, null, null, null, null),
        "country");
    assertBad(
        new SearchParams.Raw(
            null,
            null,
            null,
            null,
            null,
            null,
            List.of("<script>"),
            null,
            null,
            null,
            null,
            null,
            null),
        "story");
    assertBad(
        new SearchParams.Raw(
            null, null, null, null, null, null, null, "yesterday", null, null, null, null, null),
        "from");
    assertBad(
        new SearchParams.Raw(
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            "2025-03-01",
            "2025-02-01",
            null,
            null,
            null,
            null),
        "to");
    assertBad(
        new SearchParams.Raw(
            null, null, null, null, null, null, null, null, null, "best", null, null, null),
        "sort");
    assertBad(
        new SearchParams.Raw(
            null, null, null, null, null, null, null, null, null, null, "0", null, null),
        "page");
    assertBad(
        new SearchParams.Raw(
            null, null, null, null, null, null, null, null, null, null, "abc", null, null),
        "page");
    assertBad(
        new SearchParams.Raw(
            null, null, null, null, null, null, null, null, null, null, null, "500", null),
        "size");
    assertBad(
        new SearchParams.Raw(
            null, null, null, null, null, null, null, null, null, null, null, null, "not-a-cursor"),
        "after");
    assertBad(
        new SearchParams.Raw(
            null,
            null,
            List.of("x".repeat(300)),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null),
        "source");
  }

  @Test
  void deepPagesMustFollowTheCursor() {
    assertThat(
            parse(
                    new SearchParams.Raw(
                        "x", null, null, null, null, null, null, null, null, null, "100", null,
                        null))
                .offset())
        .isEqualTo(990);
    assertThatThrownBy(
            () ->
                parse(
                    new SearchParams.Raw(
                        "x", null, null, null, null, null, null, null, null, null, "101", null,
                        null)))
        .isInstanceOf(BadQueryException.class)
        .hasMessageContaining("follow the cursor in next");
  }

  @Test
  void aCursorCarriesThePageAndMustMatchTheSort() {
    String next = new Cursor(SortOrder.NEWEST, 7, List.of(1739690000000L, "a4a8")).encode();
    SearchParams p =
        parse(
            new SearchParams.Raw(
                null, null, null, null, null, null, null, null, null, null, "1", null, next));
    assertThat(p.page()).isEqualTo(8);
    assertThat(p.after().values()).containsExactly(1739690000000L, "a4a8");
    assertThatThrownBy(
            () ->
                parse(
                    new SearchParams.Raw(
                        "x", null, null, null, null, null, null, null, null, null, null, null,
                        next)))
        .isInstanceOf(BadQueryException.class)
        .hasMessageContaining("sorted by newest");
  }

  private static void assertBad(SearchParams.Raw raw, String parameter) {
    assertThatThrownBy(() -> parse(raw))
        .isInstanceOfSatisfying(
            BadQueryException.class, e -> assertThat(e.parameter()).isEqualTo(parameter));
  }
}
