package dev.akhbar.infra.es.analysis;

import java.util.Locale;
import java.util.function.Function;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.el.GreekLowerCaseFilter;
import org.apache.lucene.analysis.ga.IrishLowerCaseFilter;
import org.apache.lucene.analysis.tr.TurkishLowerCaseFilter;
import org.elasticsearch.index.analysis.TokenFilterFactory;

/** The {@code lowercase} token filter type, with Elasticsearch's optional {@code language}. */
final class LowercaseTokenFilterFactory {

  private LowercaseTokenFilterFactory() {}

  static TokenFilterFactory of(String name, String language) {
    Function<TokenStream, TokenStream> filter;
    if (language == null || language.isBlank()) {
      filter = LowerCaseFilter::new;
    } else {
      filter =
          switch (language.toLowerCase(Locale.ROOT)) {
            case "greek" -> GreekLowerCaseFilter::new;
            case "irish" -> IrishLowerCaseFilter::new;
            case "turkish" -> TurkishLowerCaseFilter::new;
            default ->
                throw new IllegalArgumentException(
                    "lowercase filter ["
                        + name
                        + "]: unknown language ["
                        + language
                        + "], use greek, irish or turkish");
          };
    }
    return LuceneTokenFilterFactory.of(name, true, filter);
  }
}
