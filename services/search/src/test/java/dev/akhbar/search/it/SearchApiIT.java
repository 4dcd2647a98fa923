package dev.akhbar.search.it;

import static dev.akhbar.search.it.IndexedCorpus.JSON;
import static dev.akhbar.search.it.IndexedCorpus.id;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The search API over articles the real pipeline indexed (see {@link IndexedCorpus}). */
@ExtendWith(IndexedCorpus.Extension.class)
class SearchApiIT {
  static IndexedCorpus corpus;

  @BeforeAll
  static void corpus(IndexedCorpus c) {
    corpus = c;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static JsonNode search(String query) throws Exception {
    JsonNode r = corpus.api("/api/search?" + query);
    assertThat(r.path("_status").asInt()).as(r.toString()).isEqualTo(200);
    return r;
  }

  @Test
  void anInflectedArabicFormFindsTheSeedArticleFirstWithTheMatchHighlighted() throws Exception {
    JsonNode r = search("q=" + enc("دبلوماسي"));
    JsonNode top = r.path("hits").path(0);
    assertThat(top.path("id").asText()).isEqualTo(id(IndexedCorpus.SEED_URL));
    assertThat(top.path("title").asText())
        .isEqualTo("موسكو: اجتماع روسي أمريكي جديد الأسبوع الجاري");
    assertThat(top.path("language").asText()).isEqualTo("ar");
    assertThat(top.path("direction").asText()).isEqualTo("rtl");
    assertThat(top.path("source").asText()).isEqualTo("demo");
    assertThat(top.path("date").asText()).startsWith("2025-02-16");
    // The body has «الدبلوماسية» (with the article and the ta marbuta), never «دبلوماسي» alone.
    assertThat(top.path("snippet").asText()).contains("<mark>الدبلوماسية</mark>");
    assertThat(top.path("persons").toString()).contains("ريابكوف");
    // Diacritics and the alef forms fold too: the same article, first again.
    JsonNode voweled = search("q=" + enc("دِبْلُومَاسِيّ"));
    assertThat(voweled.path("hits").path(0).path("id").asText()).isEqualTo(top.path("id").asText());
  }

  @Test
  void aQueryTypedAsRawUtf8AsCurlSendsItFindsTheSameArticle() throws Exception {
    // curl '127.0.0.1:8085/api/search?q=دبلوماسي' sends the UTF-8 bytes unescaped.
    try (java.net.Socket socket =
        new java.net.Socket(corpus.search.base.getHost(), corpus.search.base.getPort())) {
      socket.setSoTimeout(20_000);
      socket
          .getOutputStream()
          .write(
              ("GET /api/search?q=دبلوماسي HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                  .getBytes(StandardCharsets.UTF_8));
      String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(response).startsWith("HTTP/1.1 200").contains(id(IndexedCorpus.SEED_URL));
    }
  }

  @Test
  void englishAndFrenchWordsMatchTheirInflectedForms() throws Exception {
    // "striking" and "voting" meet "strike" and "voted" (English stemming).
    assertThat(ids(search("q=" + enc("striking voting")))).contains(id(IndexedCorpus.ENGLISH_URL));
    assertThat(ids(search("q=vendange"))).contains(id(IndexedCorpus.FRENCH_URL));
  }

  @Test
  void anArticleInALanguageWithoutItsOwnFieldGetsItsSnippetFromTheStandardBody() throws Exception {
    // German has no body_de: the snippet comes from the fallback highlight of body.
    JsonNode top = search("q=" + enc("Schlichtung Lotsen")).path("hits").path(0);
    assertThat(top.path("id").asText()).isEqualTo(IndexedCorpus.id(IndexedCorpus.GERMAN_URL));
    assertThat(top.path("language").asText()).isNotIn("ar", "en", "fr");
    assertThat(top.path("snippet").asText()).contains("<mark>");
    // Browsing (no words): every hit has the first sentences of its body, whatever its language.
    for (JsonNode hit : search("size=50").path("hits")) {
      assertThat(hit.path("snippet").asText()).as(hit.path("id").asText()).isNotBlank();
    }
  }

  @Test
  void facetsCountTheArticlesThatMatch() throws Exception {
    JsonNode all = search("size=1");
    long total = all.path("total").asLong();
    assertThat(total).isEqualTo(corpus.count(JSON.createObjectNode()));
    // Every article has one language: the language counts add up to the total.
    long sum = 0;
    for (JsonNode v : all.path("facets").path("languages")) {
      sum += v.path("count").asLong();
    }
    assertThat(sum).isEqualTo(total);
    // Each value's count is what Elasticsearch counts for it, and what the filter then finds.
    Map<String, String> facetField =
        Map.of(
            "sources", "source",
            "languages", "language",
            "persons", "persons",
            "countries", "countries",
            "stories", "story_id");
    Map<String, String> facetParam =
        Map.of(
            "sources", "source",
            "languages", "lang",
            "persons", "person",
            "countries", "country",
            "stories", "story");
    for (var e : facetField.entrySet()) {
      JsonNode values = all.path("facets").path(e.getKey());
      assertThat(values).as(e.getKey()).isNotEmpty();
      for (JsonNode v : values) {
        ObjectNode term = JSON.createObjectNode();
        term.putObject("term").put(e.getValue(), v.path("value").asText());
        assertThat(v.path("count").asLong()).as(e.getKey() + " " + v).isEqualTo(corpus.count(term));
        JsonNode filtered =
            search("size=1&" + facetParam.get(e.getKey()) + "=" + enc(v.path("value").asText()));
        assertThat(filtered.path("total").asLong())
            .as(v.toString())
            .isEqualTo(v.path("count").asLong());
      }
    }
    // The story of the seed and its republished copy is labelled with its first title. It is
    // looked up among the stories of the articles that name Ryabkov, as both do: the whole index
    // may hold other tests' stories with more articles, which fill the unfiltered facet's top.
    JsonNode story = story(search("size=1&q=" + enc("ريابكوف")), id(IndexedCorpus.SEED_URL));
    assertThat(story.path("count").asLong()).isGreaterThanOrEqualTo(2);
    assertThat(story.path("label").asText()).isNotBlank();
  }

  private static JsonNode story(JsonNode result, String articleId) throws Exception {
    String storyId = corpus.api("/api/articles/" + articleId).path("storyId").asText();
    for (JsonNode v : result.path("facets").path("stories")) {
      if (v.path("value").asText().equals(storyId)) {
        return v;
      }
    }
    throw new AssertionError(
        "story " + storyId + " not in the stories facet: " + result.path("facets"));
  }

  @Test
  void anArticleComesWithItsQuotesPlacesAndTheOtherArticlesOfItsStory() throws Exception {
    JsonNode a = corpus.api("/api/articles/" + id(IndexedCorpus.SEED_URL));
    assertThat(a.path("_status").asInt()).isEqualTo(200);
    assertThat(a.path("paragraphs").size()).isGreaterThan(5);
    assertThat(a.path("direction").asText()).isEqualTo("rtl");
    assertThat(a.path("places").toString()).contains("\"countryCode\":\"RU\"");
    assertThat(a.path("places").findValues("lat")).isNotEmpty();
    assertThat(a.path("quotes")).isNotEmpty();
    assertThat(a.path("story").findValuesAsText("id")).contains(id(IndexedCorpus.WIRE_URL));
    assertThat(a.path("story").findValuesAsText("id")).doesNotContain(id(IndexedCorpus.SEED_URL));
    JsonNode wire = corpus.api("/api/articles/" + id(IndexedCorpus.WIRE_URL));
    assertThat(wire.path("storyId").asText()).isEqualTo(a.path("storyId").asText());
  }

  @Test
  void everyHitIsReachedOnceByFollowingTheCursor() throws Exception {
    for (String sort : List.of("newest", "oldest", "relevance")) {
      String base = "size=2&sort=" + sort + ("relevance".equals(sort) ? "&q=the" : "");
      JsonNode page = search(base);
      long total = page.path("total").asLong();
      List<String> seen = new ArrayList<>(ids(page));
      int pages = 1;
      while (!page.path("next").isNull() && !page.path("next").isMissingNode()) {
        page = search(base + "&after=" + enc(page.path("next").asText()));
        seen.addAll(ids(page));
        assertThat(page.path("page").asInt()).isEqualTo(++pages);
      }
      assertThat(new HashSet<>(seen)).as(sort).hasSize(seen.size());
      assertThat((long) seen.size()).as(sort).isEqualTo(total);
    }
    // The same pages by number.
    JsonNode first = search("size=2&sort=newest");
    JsonNode second = search("size=2&sort=newest&page=2");
    JsonNode viaCursor = search("size=2&sort=newest&after=" + enc(first.path("next").asText()));
    assertThat(ids(second)).isEqualTo(ids(viaCursor));
  }

  @Test
  void badQueriesGetAClear400OrASafeResultNeverA500() throws Exception {
    // Safe results: unbalanced quotes, Lucene and regex syntax, markup.
    for (String q :
        List.of(
            "\"وزير الخارجية",
            "title:(port AND strike~2) OR /st.*ke/ [a TO z] ^3 * ?",
            "<script>alert(1)</script>",
            "\\\"\\\\ ))) (((",
            "{\"query\":{\"match_all\":{}}}")) {
      JsonNode r = corpus.api("/api/search?q=" + enc(q));
      assertThat(r.path("_status").asInt()).as(q).isEqualTo(200);
    }
    // Clear 400s naming the parameter.
    Map<String, String> bad =
        Map.ofEntries(
            Map.entry("q=" + enc("ب".repeat(10_240)), "q"),
            Map.entry("q=" + "x".repeat(10_240), "q"),
            Map.entry("page=abc", "page"),
            Map.entry("page=5000", "page"),
            Map.entry("size=1000", "size"),
            Map.entry("after=garbage", "after"),
            Map.entry("lang=" + enc("ar' OR 1=1"), "lang"),
            Map.entry("from=yesterday", "from"),
            Map.entry("sort=" + enc("_script"), "sort"),
            Map.entry("story=" + enc("<b>"), "story"));
    for (var e : bad.entrySet()) {
      JsonNode r = corpus.api("/api/search?" + e.getKey());
      assertThat(r.path("_status").asInt()).as(e.getKey()).isEqualTo(400);
      assertThat(r.path("parameter").asText()).as(e.getKey()).isEqualTo(e.getValue());
      assertThat(r.path("message").asText()).as(e.getKey()).isNotBlank();
    }
    assertThat(corpus.api("/api/articles/not-an-id").path("_status").asInt()).isEqualTo(400);
    assertThat(corpus.api("/api/articles/" + "0".repeat(32)).path("_status").asInt())
        .isEqualTo(404);
  }

  @Test
  void markupInArticlesComesBackEscapedWithOnlyMarkAdded() throws Exception {
    JsonNode r = search("q=xylographic");
    JsonNode hit = r.path("hits").path(0);
    assertThat(hit.path("id").asText()).isEqualTo(id(IndexedCorpus.MARKUP_URL));
    String snippet =
        search("q=" + enc("script alert")).path("hits").path(0).path("snippet").asText();
    assertThat(snippet).contains("&lt;").doesNotContain("<script", "<img", "<svg");
    assertThat(snippet.replaceAll("</?mark>", "")).doesNotContain("<", ">");
  }

  @Test
  void openApiAndThePageAreServed() throws Exception {
    var openapi = corpus.search.get("/q/openapi");
    assertThat(openapi.statusCode()).isEqualTo(200);
    assertThat(openapi.body()).contains("/api/search", "/api/articles/{id}");
    var page = corpus.search.get("/");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Security-Policy").orElse(""))
        .contains("script-src 'self'");
    assertThat(corpus.search.get("/webjars/leaflet/dist/leaflet.js").statusCode()).isEqualTo(200);
    assertThat(corpus.search.get("/world/countries-110m.geojson").statusCode()).isEqualTo(200);
  }

  private static List<String> ids(JsonNode result) {
    List<String> ids = new ArrayList<>();
    result.path("hits").forEach(h -> ids.add(h.path("id").asText()));
    return ids;
  }
}
