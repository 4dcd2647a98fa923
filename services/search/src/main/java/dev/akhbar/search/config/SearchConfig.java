package dev.akhbar.search.config;

import dev.akhbar.search.query.Limits;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code akhbar.search.*}: what the search reads and how much one request may ask for. */
@ConfigMapping(prefix = "akhbar.search")
public interface SearchConfig {
  /** The alias the indexer writes behind (docs/index-mapping.md); the only thing searched. */
  @WithDefault("akhbar-articles")
  String indexAlias();

  /** Longest query text, in characters. */
  @WithDefault("500")
  int maxQueryLength();

  /** Most words in a query. */
  @WithDefault("32")
  int maxTerms();

  /** Hits per page when the request does not say. */
  @WithDefault("10")
  int pageSize();

  /** Most hits per page a request may ask for. */
  @WithDefault("50")
  int maxPageSize();

  /** Deepest hit {@code page} may reach; deeper pages follow the {@code next} cursor. */
  @WithDefault("1000")
  int maxDepth();

  /** Values per facet. */
  @WithDefault("10")
  int facetSize();

  /** Most other articles of a story listed with an article. */
  @WithDefault("50")
  int storySize();

  /**
   * Requests of this service in Elasticsearch at once; the others wait their turn (see {@code
   * SearchSlots}). About the node's search threads that this service may use: measured with {@code
   * make bench-search} (docs/performance.md).
   */
  @WithDefault("4")
  int elasticsearchSlots();

  /** Longest a request waits for a slot before it gets a 503. */
  @WithDefault("10s")
  java.time.Duration slotWait();

  default Limits limits() {
    return new Limits(maxQueryLength(), maxTerms(), pageSize(), maxPageSize(), maxDepth());
  }
}
