package dev.akhbar.events;

/**
 * A parsed article with its enrichment, on {@link Topics#ARTICLES_ENRICHED} (CloudEvents type
 * {@link CloudEvents#TYPE_ARTICLE_ENRICHED}).
 */
public record EnrichedArticle(ParsedArticle article, Enrichment enrichment) {
  public EnrichedArticle {
    Require.present(article, "EnrichedArticle", "article");
    Require.present(enrichment, "EnrichedArticle", "enrichment");
  }

  @com.fasterxml.jackson.annotation.JsonIgnore
  public String id() {
    return article.id();
  }
}
