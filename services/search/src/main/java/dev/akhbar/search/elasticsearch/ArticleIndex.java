package dev.akhbar.search.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.akhbar.search.config.SearchConfig;
import dev.akhbar.search.model.Article;
import dev.akhbar.search.model.FacetValue;
import dev.akhbar.search.model.Facets;
import dev.akhbar.search.model.SearchResult;
import dev.akhbar.search.model.StoryArticle;
import dev.akhbar.search.query.BadQueryException;
import dev.akhbar.search.query.SearchParams;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The article alias, read-only: runs searches and fetches articles. Elasticsearch's failures become
 * a {@link BadQueryException} (it refused the query) or a {@link SearchUnavailableException} (it is
 * down or overloaded); an alias that does not exist yet reads as empty.
 */
@ApplicationScoped
public class ArticleIndex {
  private static final List<String> ARTICLE_EXCLUDES =
      List.of("title_*", "description_*", "body_*", "mentions");
  private static final List<String> STORY_SOURCE =
      List.of("id", "title", "source", "date", "language", "direction");

  private final ElasticsearchClient client;
  private final SearchRequests requests;
  private final String alias;
  private final int storySize;
  private final SearchSlots slots;
  private final StoryLabels storyLabels = new StoryLabels();

  public ArticleIndex(ElasticsearchClient client, SearchConfig config) {
    this.client = client;
    this.slots = new SearchSlots(config.elasticsearchSlots(), config.slotWait());
    this.alias = config.indexAlias();
    this.requests = new SearchRequests(alias, config.facetSize());
    this.storySize = config.storySize();
  }

  public SearchResult search(SearchParams p) {
    SearchResponse<ObjectNode> r;
    try {
      r = slots.run(() -> client.search(requests.search(p), ObjectNode.class));
    } catch (IOException | RuntimeException e) {
      return failed(e, p);
    }
    List<dev.akhbar.search.model.Hit> hits = new ArrayList<>();
    for (Hit<ObjectNode> h : r.hits().hits()) {
      hits.add(Documents.hit(h.id(), h.source(), snippet(h.highlight())));
    }
    hits = withFallbackSnippets(p, hits);
    long total = r.hits().total() == null ? hits.size() : r.hits().total().value();
    boolean exact =
        r.hits().total() == null
            || r.hits().total().relation()
                == co.elastic.clients.elasticsearch.core.search.TotalHitsRelation.Eq;
    List<Hit<ObjectNode>> raw = r.hits().hits();
    String next = null;
    boolean more = !exact || (long) (p.page() - 1) * p.size() + raw.size() < total;
    if (raw.size() == p.size() && more) {
      next = SearchRequests.next(p, raw.get(raw.size() - 1).sort()).encode();
    }
    return new SearchResult(
        total,
        exact,
        p.page(),
        p.size(),
        p.sort().param(),
        hits,
        withStoryLabels(facets(r.aggregations())),
        next,
        r.took());
  }

  /** An empty result when nothing is indexed yet; else a 400 or a 503 (see the class comment). */
  private static SearchResult failed(Throwable e, SearchParams p) {
    if (e instanceof ElasticsearchException ee) {
      if (indexMissing(ee)) {
        return new SearchResult(
            0, true, p.page(), p.size(), p.sort().param(), List.of(), emptyFacets(), null, 0);
      }
      throw translate(ee);
    }
    throw unavailable(e instanceof Exception ex ? ex : new IllegalStateException(e));
  }

  public Optional<Article> article(String id) {
    try {
      SearchResponse<ObjectNode> r =
          slots.run(
              () ->
                  client.search(
                      s ->
                          s.index(alias)
                              .size(1)
                              .query(q -> q.ids(i -> i.values(id)))
                              .source(src -> src.filter(f -> f.excludes(ARTICLE_EXCLUDES))),
                      ObjectNode.class));
      if (r.hits().hits().isEmpty()) {
        return Optional.empty();
      }
      Hit<ObjectNode> hit = r.hits().hits().get(0);
      String story = Documents.text(hit.source(), "story_id");
      List<StoryArticle> others = story == null ? List.of() : story(story, id);
      return Optional.of(Documents.article(hit.id(), hit.source(), others));
    } catch (ElasticsearchException e) {
      if (indexMissing(e)) {
        return Optional.empty();
      }
      throw translate(e);
    } catch (IOException | RuntimeException e) {
      throw unavailable(e);
    }
  }

  /** Answers at all (readiness): a count on the alias; a missing alias counts as reachable. */
  public void check() {
    try {
      client.count(c -> c.index(alias));
    } catch (ElasticsearchException e) {
      if (!indexMissing(e)) {
        throw translate(e);
      }
    } catch (IOException | RuntimeException e) {
      throw unavailable(e);
    }
  }

  private List<StoryArticle> story(String storyId, String except) throws IOException {
    SearchResponse<ObjectNode> r =
        slots.run(
            () ->
                client.search(
                    s ->
                        s.index(alias)
                            .size(storySize)
                            .query(
                                q ->
                                    q.bool(
                                        b ->
                                            b.filter(
                                                    f ->
                                                        f.term(
                                                            t ->
                                                                t.field("story_id").value(storyId)))
                                                .mustNot(m -> m.ids(i -> i.values(except)))))
                            .sort(so -> so.field(f -> f.field("date").order(SortOrder.Asc)))
                            .source(src -> src.filter(f -> f.includes(STORY_SOURCE))),
                    ObjectNode.class));
    return r.hits().hits().stream().map(h -> Documents.storyArticle(h.id(), h.source())).toList();
  }

  /**
   * Articles in a language without a field of its own have no snippet from the search: theirs come
   * from the {@code standard} body, in a second search only for them (rare; none on most pages).
   */
  private List<dev.akhbar.search.model.Hit> withFallbackSnippets(
      SearchParams p, List<dev.akhbar.search.model.Hit> hits) {
    List<String> ids =
        hits.stream()
            .filter(
                h ->
                    h.snippet().isEmpty()
                        && (h.language() == null
                            || !SearchRequests.SNIPPET_LANGUAGES.contains(h.language())))
            .map(dev.akhbar.search.model.Hit::id)
            .toList();
    if (ids.isEmpty()) {
      return hits;
    }
    Map<String, String> snippets = new HashMap<>();
    try {
      for (Hit<Void> h :
          slots.run(() -> client.search(requests.snippets(p, ids), Void.class)).hits().hits()) {
        snippets.put(
            h.id(), snippet(h.highlight(), List.of(SearchRequests.FALLBACK_SNIPPET_FIELD)));
      }
    } catch (ElasticsearchException e) {
      throw translate(e);
    } catch (IOException | RuntimeException e) {
      throw unavailable(e);
    }
    return hits.stream()
        .map(h -> snippets.containsKey(h.id()) ? h.withSnippet(snippets.get(h.id())) : h)
        .toList();
  }

  private static String snippet(Map<String, List<String>> highlight) {
    return snippet(highlight, SearchRequests.SNIPPET_FIELDS);
  }

  private static String snippet(Map<String, List<String>> highlight, List<String> fields) {
    for (String field : fields) {
      List<String> fragments = highlight.get(field);
      if (fragments != null && !fragments.isEmpty()) {
        return String.join(" … ", fragments).replace('\n', ' ');
      }
    }
    return "";
  }

  private static Facets facets(Map<String, Aggregate> aggs) {
    return new Facets(
        values(aggs, "sources"),
        values(aggs, "languages"),
        values(aggs, "persons"),
        values(aggs, "organizations"),
        values(aggs, "countries"),
        values(aggs, "stories"));
  }

  private static List<FacetValue> values(Map<String, Aggregate> aggs, String name) {
    Aggregate a = aggs.get(name);
    if (a == null || !a.isSterms()) {
      return List.of();
    }
    List<FacetValue> values = new ArrayList<>();
    for (StringTermsBucket b : a.sterms().buckets().array()) {
      values.add(new FacetValue(b.key().stringValue(), b.docCount(), null));
    }
    return values;
  }

  /** The stories facet with each story's label ({@link StoryLabels}, else one lookup). */
  private Facets withStoryLabels(Facets f) {
    if (f.stories().isEmpty()) {
      return f;
    }
    Map<String, String> labels;
    try {
      labels = storyLabels.of(f.stories().stream().map(FacetValue::value).toList(), this::lookUp);
    } catch (ElasticsearchException e) {
      throw translate(e);
    } catch (IOException | RuntimeException e) {
      throw unavailable(e);
    }
    List<FacetValue> stories =
        f.stories().stream()
            .map(v -> new FacetValue(v.value(), v.count(), labels.get(v.value())))
            .toList();
    return new Facets(
        f.sources(), f.languages(), f.persons(), f.organizations(), f.countries(), stories);
  }

  private Map<String, String> lookUp(List<String> storyIds) throws IOException {
    Map<String, String> labels = new HashMap<>();
    for (Hit<Void> h :
        slots.run(() -> client.search(requests.storyLabels(storyIds), Void.class)).hits().hits()) {
      String story = first(h.fields().get("story_id"));
      String label = first(h.fields().get(SearchRequests.STORY_LABEL_FIELD));
      if (story != null && label != null) {
        labels.put(story, label);
      }
    }
    return labels;
  }

  /** The first value of a doc-values field of a hit. */
  private static String first(JsonData values) {
    JsonNode array = values == null ? null : values.to(JsonNode.class);
    return array == null || array.isEmpty() ? null : array.get(0).asText();
  }

  private static Facets emptyFacets() {
    return new Facets(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
  }

  private static boolean indexMissing(ElasticsearchException e) {
    return e.status() == 404
        && e.error() != null
        && "index_not_found_exception".equals(e.error().type());
  }

  private static RuntimeException translate(ElasticsearchException e) {
    if (e.status() == 400) {
      String type = e.error() == null ? "bad request" : e.error().type();
      return new BadQueryException("q", "Elasticsearch could not run this search (" + type + ")");
    }
    return unavailable(e);
  }

  private static SearchUnavailableException unavailable(Exception e) {
    if (e instanceof SearchUnavailableException busy) {
      return busy;
    }
    return new SearchUnavailableException(
        "Elasticsearch is unavailable: " + e.getClass().getSimpleName(), e);
  }
}
