package dev.akhbar.search.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.akhbar.search.query.Cursor;
import dev.akhbar.search.query.Limits;
import dev.akhbar.search.query.RawParams;
import dev.akhbar.search.query.SearchParams;
import dev.akhbar.search.query.SortOrder;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchRequestsTest {
  private final SearchRequests requests = new SearchRequests("akhbar-articles", 10);

  private JsonNode json(SearchParams.Raw raw) throws Exception {
    var request = requests.search(SearchParams.parse(raw, Limits.DEFAULT));
    assertThat(request.index()).containsExactly("akhbar-articles");
    return new ObjectMapper().readTree(JsonpUtils.toJsonString(request, new JacksonJsonpMapper()));
  }

  private static SearchParams.Raw words(String q) {
    return RawParams.of("q", q);
  }

  @Test
  void wordsAreRequiredInAnyLanguageFieldWithOnlyTheSafeOperators() throws Exception {
    JsonNode body = json(words("دبلوماسي"));
    JsonNode sqs = body.at("/query/bool/must/0/simple_query_string");
    assertThat(sqs.path("query").asText()).isEqualTo("دبلوماسي");
    assertThat(sqs.path("default_operator").asText()).isEqualToIgnoringCase("and");
    assertThat(sqs.path("fields").toString())
        .contains("body_ar", "title_ar^3", "body_en", "body_fr");
    String flags = sqs.path("flags").asText();
    assertThat(flags).contains("PHRASE", "NOT", "OR").doesNotContain("PREFIX", "FUZZY", "ESCAPE");
    // One word: no phrase clause.
    assertThat(body.at("/query/bool/should").isMissingNode()).isTrue();
  }

  @Test
  void severalWordsAlsoScoreAsAPhrase() throws Exception {
    JsonNode mm = json(words("نائب وزير الخارجية")).at("/query/bool/should/0/multi_match");
    assertThat(mm.path("type").asText()).isEqualTo("phrase");
    assertThat(mm.path("query").asText()).isEqualTo("نائب وزير الخارجية");
    assertThat(mm.path("boost").asDouble()).isEqualTo(2.0);
  }

  @Test
  void snippetsMarkAnyOfTheWordsAndThePhraseInTheBodiesOnly() throws Exception {
    JsonNode hq = json(words("نائب وزير")).at("/highlight/highlight_query/bool/should");
    JsonNode sqs = hq.path(0).path("simple_query_string");
    assertThat(sqs.path("query").asText()).isEqualTo("نائب وزير");
    assertThat(sqs.path("default_operator").asText()).isEqualToIgnoringCase("or");
    assertThat(sqs.path("fields").toString()).isEqualTo("[\"body_ar\",\"body_en\",\"body_fr\"]");
    assertThat(hq.path(1).path("multi_match").path("type").asText()).isEqualTo("phrase");
    assertThat(hq.path(1).path("multi_match").path("fields").size()).isEqualTo(3);
    assertThat(json(words("وزير")).at("/highlight/highlight_query/bool/should").size())
        .isEqualTo(1);
    assertThat(
            json(RawParams.of("sort", "newest")).at("/highlight/highlight_query").isMissingNode())
        .as("browsing: the first sentences, nothing to mark")
        .isTrue();
  }

  @Test
  void filtersFacetsHighlightsAndSort() throws Exception {
    SearchParams.Raw raw =
        RawParams.of(
            "q",
            "port",
            "lang",
            "en",
            "source",
            "demo",
            "country",
            "NL",
            "from",
            "2025-01-01",
            "sort",
            "newest",
            "page",
            "3",
            "size",
            "5");
    JsonNode body = json(raw);
    String filters = body.at("/query/bool/filter").toString();
    assertThat(filters)
        .contains("\"language\":{\"value\":\"en\"}", "\"source\":{\"value\":\"demo\"}")
        .contains("\"countries\":{\"value\":\"NL\"}", "2025-01-01T00:00:00Z");
    assertThat(body.path("from").asInt()).isEqualTo(10);
    assertThat(body.path("size").asInt()).isEqualTo(5);
    assertThat(body.path("sort").toString())
        .contains("date")
        .contains("id")
        .doesNotContain("_score");
    assertThat(body.at("/highlight/encoder").asText()).isEqualTo("html");
    // Snippets from the language-analysed bodies only (each highlighted field is analysed again
    // per hit); each gives the first sentences when nothing matched in it.
    JsonNode fields = body.at("/highlight/fields");
    assertThat(fields.toString())
        .contains("body_ar", "body_en", "body_fr")
        .doesNotContain("\"body\"");
    for (JsonNode f : fields) {
      assertThat(f.elements().next().path("no_match_size").asInt()).isEqualTo(200);
    }
    // Stories: each index's top values only; their labels in a lookup of their own.
    assertThat(body.at("/aggregations/stories/terms/shard_size").asInt()).isEqualTo(10);
    assertThat(body.at("/aggregations/stories/aggregations").isMissingNode()).isTrue();
    assertThat(body.at("/aggregations/persons/terms/shard_size").asInt()).isEqualTo(100);
    // The facets come with the hits: aggregations over the same query, in the same search.
    assertThat(body.path("aggregations").fieldNames())
        .toIterable()
        .containsExactly(
            "sources", "languages", "persons", "organizations", "countries", "stories");
    // The total counts up to Elasticsearch's default (10,000), as the page shows it.
    assertThat(body.path("track_total_hits").isMissingNode()).isTrue();
  }

  @Test
  void otherLanguagesTakeTheirSnippetFromTheStandardBodyInASecondSearch() throws Exception {
    SearchParams p = SearchParams.parse(words("Schlichtung"), Limits.DEFAULT);
    JsonNode body =
        new ObjectMapper()
            .readTree(
                JsonpUtils.toJsonString(
                    requests.snippets(p, List.of("a1", "b2")), new JacksonJsonpMapper()));
    assertThat(body.at("/query/ids/values").toString()).isEqualTo("[\"a1\",\"b2\"]");
    assertThat(body.path("size").asInt()).isEqualTo(2);
    assertThat(body.path("_source").asBoolean(true)).isFalse();
    assertThat(body.at("/highlight/fields/0/body/no_match_size").asInt()).isEqualTo(200);
    // The words of the search, not the ids, say what to mark.
    assertThat(body.at("/highlight/highlight_query").toString()).contains("Schlichtung");
    assertThat(body.at("/highlight/encoder").asText()).isEqualTo("html");
  }

  @Test
  void storyLabelsAreTheFirstTitleOfEachStoryFromDocValues() throws Exception {
    var request = requests.storyLabels(List.of("s1", "s2"));
    JsonNode body =
        new ObjectMapper().readTree(JsonpUtils.toJsonString(request, new JacksonJsonpMapper()));
    assertThat(request.index()).containsExactly("akhbar-articles");
    assertThat(body.at("/query/terms/story_id").toString()).isEqualTo("[\"s1\",\"s2\"]");
    assertThat(body.at("/collapse/field").asText()).isEqualTo("story_id");
    assertThat(body.path("size").asInt()).isEqualTo(2);
    assertThat(body.path("sort").get(0).toString()).contains("date").contains("asc");
    assertThat(body.path("_source").asBoolean(true)).isFalse();
    assertThat(body.path("docvalue_fields").toString()).contains("title.keyword", "story_id");
  }

  @Test
  void aCursorBecomesSearchAfterInsteadOfFrom() throws Exception {
    String next =
        new Cursor(SortOrder.RELEVANCE, 120, List.of(3.5d, 1739690000000L, "ab")).encode();
    JsonNode body = json(RawParams.of("q", "x", "after", next));
    assertThat(body.path("search_after").toString()).isEqualTo("[3.5,1739690000000,\"ab\"]");
    assertThat(body.path("from").isMissingNode()).isTrue();
    assertThat(body.path("sort").toString()).contains("_score");
  }
}
