package dev.akhbar.search.elasticsearch;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.SimpleQueryStringFlag;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.search.Highlight;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.json.JsonData;
import co.elastic.clients.util.NamedValue;
import dev.akhbar.search.query.Cursor;
import dev.akhbar.search.query.Filters;
import dev.akhbar.search.query.QueryText;
import dev.akhbar.search.query.SearchParams;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a checked {@link SearchParams} into an Elasticsearch search on the article alias.
 *
 * <p>The words go to {@code simple_query_string} over the per-language fields ({@code *_ar} with
 * the {@code arabic} analyser: diacritics, tatweel, alef/ya/ta-marbuta forms folded, light
 * stemming; {@code *_en}, {@code *_fr}) and the {@code standard} fields every article has, every
 * word required; only phrases, {@code -word}, {@code a | b} and parentheses are operators, so
 * Lucene syntax, wildcards and regular expressions are plain text. The whole text as a phrase (slop
 * 2) adds to the score. Facets are terms aggregations over the same query and filters.
 */
public final class SearchRequests {
  /** Fields the words are searched in, with their boosts. */
  static final List<String> TEXT_FIELDS =
      List.of(
          "title_ar^3",
          "title_en^3",
          "title_fr^3",
          "title^2",
          "description_ar^2",
          "description_en^2",
          "description_fr^2",
          "description",
          "body_ar",
          "body_en",
          "body_fr",
          "body^0.5");

  static final List<String> PHRASE_FIELDS =
      List.of(
          "title_ar^3",
          "title_en^3",
          "title_fr^3",
          "title^2",
          "body_ar",
          "body_en",
          "body_fr",
          "body^0.5");

  /**
   * Snippet sources: the language-analysed body of the three languages that have one (an article
   * has at most one of them), each giving the first sentences when nothing in the body matched.
   * They are indexed with offsets (index template 3), so the highlighter reads the matches'
   * positions from the index instead of analysing each hit's text again; the {@code standard}
   * {@code body}, which every article also has, is indexed without them and is highlighted only for
   * the articles of other languages, in a second search ({@link #snippets}).
   */
  static final List<String> SNIPPET_FIELDS = List.of("body_ar", "body_en", "body_fr");

  /** The languages of {@link #SNIPPET_FIELDS}: other articles take their snippet from body. */
  static final Set<String> SNIPPET_LANGUAGES = Set.of("ar", "en", "fr");

  /** The snippet of articles in other languages. */
  static final String FALLBACK_SNIPPET_FIELD = "body";

  static final List<SimpleQueryStringFlag> OPERATORS =
      List.of(
          SimpleQueryStringFlag.And,
          SimpleQueryStringFlag.Or,
          SimpleQueryStringFlag.Not,
          SimpleQueryStringFlag.Phrase,
          SimpleQueryStringFlag.Precedence,
          SimpleQueryStringFlag.Whitespace);

  /** Facet name to keyword field; the order of the response. */
  static final Map<String, String> FACETS = new LinkedHashMap<>();

  static {
    FACETS.put("sources", "source");
    FACETS.put("languages", "language");
    FACETS.put("persons", "persons");
    FACETS.put("organizations", "organizations");
    FACETS.put("countries", "countries");
    FACETS.put("stories", "story_id");
  }

  /** What a hit needs from _source; the long texts come as highlights. */
  static final List<String> HIT_SOURCE =
      List.of(
          "id",
          "title",
          "url",
          "source",
          "site_name",
          "date",
          "language",
          "direction",
          "persons",
          "organizations",
          "locations",
          "countries",
          "story_id",
          "places");

  static final int SNIPPET_LENGTH = 200;

  /**
   * A story's label: its first title, read from the keyword sub-field's doc values (titles longer
   * than its {@code ignore_above} of 512 characters have none; the story is then shown by its id).
   */
  static final String STORY_LABEL_FIELD = "title.keyword";

  private final String alias;
  private final int facetSize;
  private final int shardSize;
  private final Map<String, Aggregation> aggregations;

  /**
   * @param facetSize values per facet. Each index (one per year) proposes its top {@code shardSize}
   *     values, ten per value shown and at least 100 (Elasticsearch's default is 25), so that the
   *     counts shown are exact unless a value is rare in many years at once.
   */
  public SearchRequests(String alias, int facetSize) {
    this.alias = alias;
    this.facetSize = facetSize;
    this.shardSize = Math.max(100, facetSize * 10);
    this.aggregations = aggregations();
  }

  /**
   * The page of hits, highlighted, with the total and the facets of all matching articles: one
   * search, so that the query runs once per index for both (the facets are aggregations collected
   * in the same pass as the hits).
   */
  public SearchRequest search(SearchParams p) {
    SearchRequest.Builder b = new SearchRequest.Builder().index(alias).size(p.size());
    b.query(query(p.text(), p.filters()));
    b.sort(sort(p.sort()));
    if (p.after() != null) {
      b.searchAfter(p.after().values().stream().map(SearchRequests::fieldValue).toList());
    } else {
      b.from(p.offset());
    }
    b.source(s -> s.filter(f -> f.includes(HIT_SOURCE)));
    b.highlight(
        h -> {
          highlight(h, SNIPPET_FIELDS);
          return p.text() == null ? h : h.highlightQuery(snippetQuery(p.text()));
        });
    b.aggregations(aggregations);
    return b.build();
  }

  /**
   * The snippets of the hits {@code ids} of the search {@code p} from the {@code standard} body:
   * for the articles whose language has no field of its own ({@link #SNIPPET_LANGUAGES}).
   */
  public SearchRequest snippets(SearchParams p, List<String> ids) {
    return new SearchRequest.Builder()
        .index(alias)
        .size(ids.size())
        .query(q -> q.ids(i -> i.values(ids)))
        .source(s -> s.fetch(false))
        .highlight(
            h ->
                highlight(h, List.of(FALLBACK_SNIPPET_FIELD))
                    .highlightQuery(query(p.text(), p.filters())))
        .build();
  }

  /**
   * The labels of the stories {@code storyIds}: the title of each story's first article (by date),
   * read from doc values, one hit per story ({@code collapse}). Asked only for the stories shown
   * that {@link StoryLabels} does not know yet: as a sub-aggregation of the stories facet ({@code
   * top_hits} per bucket) the label cost the node more than the facet itself, for every search.
   */
  public SearchRequest storyLabels(List<String> storyIds) {
    return new SearchRequest.Builder()
        .index(alias)
        .size(storyIds.size())
        .query(
            q ->
                q.terms(
                    t ->
                        t.field("story_id")
                            .terms(v -> v.value(storyIds.stream().map(FieldValue::of).toList()))))
        .collapse(c -> c.field("story_id"))
        .sort(so -> so.field(f -> f.field("date").order(SortOrder.Asc)))
        .sort(so -> so.field(f -> f.field("id").order(SortOrder.Asc)))
        .source(s -> s.fetch(false))
        .docvalueFields(d -> d.field("story_id"))
        .docvalueFields(d -> d.field(STORY_LABEL_FIELD))
        .trackTotalHits(t -> t.enabled(false))
        .build();
  }

  /** One fragment of each field, the first sentences when nothing matched; safe HTML. */
  private static Highlight.Builder highlight(Highlight.Builder h, List<String> fields) {
    h.encoder(HighlighterEncoder.Html)
        .preTags("<mark>")
        .postTags("</mark>")
        .fragmentSize(SNIPPET_LENGTH)
        .numberOfFragments(1);
    List<NamedValue<HighlightField>> named = new ArrayList<>();
    for (String f : fields) {
      named.add(NamedValue.of(f, HighlightField.of(hf -> hf.noMatchSize(SNIPPET_LENGTH))));
    }
    return h.fields(named);
  }

  /**
   * The facets: a terms aggregation per facet over the search's own query and filters; stories with
   * two articles or more (their labels come from {@link #storyLabels}).
   */
  private Map<String, Aggregation> aggregations() {
    Map<String, Aggregation> aggs = new LinkedHashMap<>();
    FACETS.forEach(
        (name, field) ->
            aggs.put(
                name,
                name.equals("stories")
                    ? Aggregation.of(
                        a ->
                            a.terms(
                                t ->
                                    t.field(field)
                                        .size(facetSize)
                                        // A story's articles are days apart, so in one yearly
                                        // index: each index's own top values are enough.
                                        .shardSize(facetSize)
                                        .minDocCount(2)))
                    : Aggregation.of(
                        a -> a.terms(t -> t.field(field).size(facetSize).shardSize(shardSize)))));
    return aggs;
  }

  /**
   * What the snippets mark: the words (any of them, with the same operators) and the phrase, over
   * the snippet fields only. The search's own query spans twelve fields with every word required;
   * the highlighter runs its query against each hit again, and this one marks the same words (2,737
   * hits of 300 bench queries compared, all identical) for a quarter less of the node's
   * highlighting time (profile API, 40 queries).
   */
  static Query snippetQuery(QueryText text) {
    BoolQuery.Builder bool = new BoolQuery.Builder();
    bool.should(words(text, SNIPPET_FIELDS, Operator.Or));
    if (isSeveralWords(text)) {
      bool.should(phrase(text, SNIPPET_FIELDS, null));
    }
    return Query.of(q -> q.bool(bool.build()));
  }

  static Query query(QueryText text, Filters filters) {
    BoolQuery.Builder bool = new BoolQuery.Builder();
    if (text == null) {
      bool.must(m -> m.matchAll(a -> a));
    } else {
      bool.must(words(text, TEXT_FIELDS, Operator.And));
      if (isSeveralWords(text)) {
        bool.should(phrase(text, PHRASE_FIELDS, 2f));
      }
    }
    terms(bool, "language", filters.languages());
    terms(bool, "source", filters.sources());
    terms(bool, "persons", filters.persons());
    terms(bool, "organizations", filters.organizations());
    terms(bool, "countries", filters.countries());
    terms(bool, "story_id", filters.stories());
    if (filters.from() != null || filters.to() != null) {
      bool.filter(
          f ->
              f.range(
                  r ->
                      r.untyped(
                          u -> {
                            u.field("date");
                            if (filters.from() != null) {
                              u.gte(JsonData.of(filters.from().toString()));
                            }
                            if (filters.to() != null) {
                              u.lt(JsonData.of(filters.to().toString()));
                            }
                            return u;
                          })));
    }
    return Query.of(q -> q.bool(bool.build()));
  }

  /** The words over {@code fields}, with only the safe operators; Lucene syntax is plain text. */
  private static Query words(QueryText text, List<String> fields, Operator operator) {
    return Query.of(
        q ->
            q.simpleQueryString(
                s ->
                    s.query(text.text())
                        .fields(fields)
                        .defaultOperator(operator)
                        .flags(OPERATORS)
                        .lenient(true)));
  }

  /** The whole text as a phrase (slop 2) over {@code fields}. */
  private static Query phrase(QueryText text, List<String> fields, Float boost) {
    return Query.of(
        q ->
            q.multiMatch(
                mm ->
                    mm.query(text.plain())
                        .type(TextQueryType.Phrase)
                        .fields(fields)
                        .slop(2)
                        .boost(boost)));
  }

  private static boolean isSeveralWords(QueryText text) {
    return text.plain().strip().contains(" ");
  }

  private static void terms(BoolQuery.Builder bool, String field, List<String> values) {
    for (String v : values) {
      bool.filter(f -> f.term(t -> t.field(field).value(v)));
    }
  }

  /** Relevance (ties: newest first) or date; the article id breaks the last ties for paging. */
  static List<SortOptions> sort(dev.akhbar.search.query.SortOrder order) {
    List<SortOptions> sort = new ArrayList<>();
    if (order == dev.akhbar.search.query.SortOrder.RELEVANCE) {
      sort.add(SortOptions.of(s -> s.score(sc -> sc.order(SortOrder.Desc))));
    }
    SortOrder dateOrder =
        order == dev.akhbar.search.query.SortOrder.OLDEST ? SortOrder.Asc : SortOrder.Desc;
    sort.add(SortOptions.of(s -> s.field(f -> f.field("date").order(dateOrder))));
    sort.add(SortOptions.of(s -> s.field(f -> f.field("id").order(SortOrder.Asc))));
    return sort;
  }

  static FieldValue fieldValue(Object v) {
    return switch (v) {
      case Long l -> FieldValue.of(l);
      case Double d -> FieldValue.of(d);
      case String s -> FieldValue.of(s);
      default -> throw new IllegalArgumentException("Unsupported sort value " + v);
    };
  }

  static Object plainValue(FieldValue v) {
    if (v.isLong()) {
      return v.longValue();
    }
    if (v.isDouble()) {
      return v.doubleValue();
    }
    if (v.isString()) {
      return v.stringValue();
    }
    throw new IllegalArgumentException("Unsupported sort value " + v);
  }

  /** The cursor of the page after the one that ended with these sort values. */
  static Cursor next(SearchParams p, List<FieldValue> lastSort) {
    return new Cursor(
        p.sort(), p.page(), lastSort.stream().map(SearchRequests::plainValue).toList());
  }
}
