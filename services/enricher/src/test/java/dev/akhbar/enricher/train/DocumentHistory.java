package dev.akhbar.enricher.train;

import java.util.List;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * The body's prediction history as training sees it when the tagger makes two passes: while the
 * features of a sequence are made, the history holds the gold types of every other sequence of its
 * document, before and after it (the second pass of {@code NameTagger} sees the first pass's types
 * of every other sequence of the body). OpenNLP's own calls (clear at a document's first sequence,
 * add each sequence after its events) are ignored; {@link #at} is called as each sample is read.
 */
final class DocumentHistory implements NameContextGenerator {
  private final NameContextGenerator delegate;
  private final List<NameSample> samples;
  private final int[] docOf;
  private final List<String[]> outcomes;
  private int pending = -1;

  DocumentHistory(
      NameContextGenerator delegate,
      List<NameSample> samples,
      int[] docOf,
      List<String[]> outcomes) {
    this.delegate = delegate;
    this.samples = samples;
    this.docOf = docOf;
    this.outcomes = outcomes;
    if (outcomes.size() != samples.size()) {
      throw new IllegalArgumentException(outcomes.size() + " outcomes for " + samples.size());
    }
  }

  /** Sample {@code k} is read next: its features see the other sequences of its document. */
  void at(int k) {
    pending = k;
  }

  @Override
  public String[] getContext(
      int index, String[] sequence, String[] priorDecisions, Object[] additionalContext) {
    if (pending >= 0) {
      delegate.clearAdaptiveData();
      for (int j = 0; j < samples.size(); j++) {
        if (j != pending && docOf[j] == docOf[pending]) {
          delegate.updateAdaptiveData(samples.get(j).getSentence(), outcomes.get(j));
        }
      }
      pending = -1;
    }
    return delegate.getContext(index, sequence, priorDecisions, additionalContext);
  }

  @Override
  public void addFeatureGenerator(AdaptiveFeatureGenerator generator) {
    delegate.addFeatureGenerator(generator);
  }

  @Override
  public void updateAdaptiveData(String[] tokens, String[] outcomes) {}

  @Override
  public void clearAdaptiveData() {}
}
