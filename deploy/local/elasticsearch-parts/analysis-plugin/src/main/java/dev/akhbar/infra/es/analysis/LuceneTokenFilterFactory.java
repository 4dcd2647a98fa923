package dev.akhbar.infra.es.analysis;

import java.util.function.Function;
import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.elasticsearch.index.analysis.NormalizingTokenFilterFactory;
import org.elasticsearch.index.analysis.TokenFilterFactory;

/** A token filter type backed by one Lucene filter. */
class LuceneTokenFilterFactory extends AbstractTokenFilterFactory {

  private final Function<TokenStream, TokenStream> filter;

  LuceneTokenFilterFactory(String name, Function<TokenStream, TokenStream> filter) {
    super(name);
    this.filter = filter;
  }

  /**
   * @param normalizing true when the filter works per character (like lowercasing), so that
   *     Elasticsearch also applies it in normalizers and to multi-term query terms
   */
  static TokenFilterFactory of(
      String name, boolean normalizing, Function<TokenStream, TokenStream> filter) {
    return normalizing ? new Normalizing(name, filter) : new LuceneTokenFilterFactory(name, filter);
  }

  @Override
  public TokenStream create(TokenStream tokenStream) {
    return filter.apply(tokenStream);
  }

  static final class Normalizing extends LuceneTokenFilterFactory
      implements NormalizingTokenFilterFactory {
    Normalizing(String name, Function<TokenStream, TokenStream> filter) {
      super(name, filter);
    }
  }
}
