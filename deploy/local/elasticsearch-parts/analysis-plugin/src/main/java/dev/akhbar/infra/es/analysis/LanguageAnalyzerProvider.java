package dev.akhbar.infra.es.analysis;

import java.util.function.BiFunction;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.analysis.AbstractIndexAnalyzerProvider;
import org.elasticsearch.index.analysis.Analysis;

/**
 * A Lucene language analyzer configured like Elasticsearch's: {@code stopwords} (a list or a named
 * set such as {@code _arabic_}), {@code stopwords_path} and {@code stem_exclusion}.
 */
final class LanguageAnalyzerProvider extends AbstractIndexAnalyzerProvider<Analyzer> {

  private final Analyzer analyzer;

  LanguageAnalyzerProvider(
      String name,
      Environment env,
      Settings settings,
      CharArraySet defaultStopwords,
      BiFunction<CharArraySet, CharArraySet, Analyzer> factory) {
    super(name);
    this.analyzer =
        factory.apply(
            Analysis.parseStopWords(env, settings, defaultStopwords),
            Analysis.parseStemExclusion(settings, CharArraySet.EMPTY_SET));
  }

  @Override
  public Analyzer get() {
    return analyzer;
  }
}
