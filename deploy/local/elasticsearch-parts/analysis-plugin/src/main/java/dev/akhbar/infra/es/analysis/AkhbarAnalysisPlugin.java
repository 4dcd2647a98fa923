package dev.akhbar.infra.es.analysis;

import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.elasticsearch.index.analysis.AnalyzerProvider;
import org.elasticsearch.index.analysis.PreBuiltAnalyzerProviderFactory;
import org.elasticsearch.index.analysis.PreConfiguredTokenFilter;
import org.elasticsearch.index.analysis.PreConfiguredTokenizer;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.elasticsearch.indices.analysis.PreBuiltCacheFactory.CachingStrategy;
import org.elasticsearch.plugins.AnalysisPlugin;
import org.elasticsearch.plugins.Plugin;

/**
 * Registers, under the names Elasticsearch's analysis-common module uses, the language analysis the
 * product relies on. The node built from Maven Central lacks that module.
 *
 * <ul>
 *   <li>analyzers {@code arabic}, {@code english}, {@code french}: usable by name (pre-built) and
 *       as a type with {@code stopwords}, {@code stopwords_path} and {@code stem_exclusion};
 *   <li>token filters {@code arabic_normalization}, {@code arabic_stem}, {@code asciifolding}
 *       ({@code preserve_original}), {@code decimal_digit}, and the {@code lowercase} type ({@code
 *       language}: greek, irish, turkish); the server already has the pre-configured {@code
 *       lowercase};
 *   <li>tokenizers {@code whitespace} and {@code keyword} (pre-configured).
 * </ul>
 */
public class AkhbarAnalysisPlugin extends Plugin implements AnalysisPlugin {

  @Override
  public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
    return Map.of(
        "arabic",
            (indexSettings, env, name, settings) ->
                new LanguageAnalyzerProvider(
                    name, env, settings, ArabicAnalyzer.getDefaultStopSet(), ArabicAnalyzer::new),
        "english",
            (indexSettings, env, name, settings) ->
                new LanguageAnalyzerProvider(
                    name, env, settings, EnglishAnalyzer.getDefaultStopSet(), EnglishAnalyzer::new),
        "french",
            (indexSettings, env, name, settings) ->
                new LanguageAnalyzerProvider(
                    name, env, settings, FrenchAnalyzer.getDefaultStopSet(), FrenchAnalyzer::new));
  }

  @Override
  public List<PreBuiltAnalyzerProviderFactory> getPreBuiltAnalyzerProviderFactories() {
    return List.of(
        new PreBuiltAnalyzerProviderFactory("arabic", CachingStrategy.LUCENE, ArabicAnalyzer::new),
        new PreBuiltAnalyzerProviderFactory(
            "english", CachingStrategy.LUCENE, EnglishAnalyzer::new),
        new PreBuiltAnalyzerProviderFactory("french", CachingStrategy.LUCENE, FrenchAnalyzer::new));
  }

  @Override
  public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
    return Map.of(
        "arabic_normalization",
            (indexSettings, env, name, settings) ->
                LuceneTokenFilterFactory.of(name, true, ArabicNormalizationFilter::new),
        "arabic_stem",
            (indexSettings, env, name, settings) ->
                LuceneTokenFilterFactory.of(name, false, ArabicStemFilter::new),
        "decimal_digit",
            (indexSettings, env, name, settings) ->
                LuceneTokenFilterFactory.of(name, true, DecimalDigitFilter::new),
        "asciifolding",
            (indexSettings, env, name, settings) -> {
              boolean preserveOriginal = settings.getAsBoolean("preserve_original", false);
              return LuceneTokenFilterFactory.of(
                  name, !preserveOriginal, ts -> new ASCIIFoldingFilter(ts, preserveOriginal));
            },
        "lowercase",
            (indexSettings, env, name, settings) ->
                LowercaseTokenFilterFactory.of(name, settings.get("language")));
  }

  @Override
  public List<PreConfiguredTokenFilter> getPreConfiguredTokenFilters() {
    return List.of(
        PreConfiguredTokenFilter.singleton(
            "arabic_normalization", true, ArabicNormalizationFilter::new),
        PreConfiguredTokenFilter.singleton("arabic_stem", false, ArabicStemFilter::new),
        PreConfiguredTokenFilter.singleton("decimal_digit", true, DecimalDigitFilter::new),
        PreConfiguredTokenFilter.singleton("asciifolding", true, ASCIIFoldingFilter::new));
  }

  @Override
  public List<PreConfiguredTokenizer> getPreConfiguredTokenizers() {
    return List.of(
        PreConfiguredTokenizer.singleton("whitespace", WhitespaceTokenizer::new),
        PreConfiguredTokenizer.singleton("keyword", KeywordTokenizer::new));
  }
}
