package dev.akhbar.enricher.train;

import dev.akhbar.enricher.entities.model.NameList;
import java.util.List;
import java.util.Map;

/**
 * The name list as training sees it: while the features of a document of fold {@code f} are made,
 * names are looked up in the list of the other folds only (ten-fold jackknife), so that the model
 * learns how far to trust the list on text whose names it has not seen. Written into the model
 * file, it is the list of every fold.
 */
final class FoldNames extends NameList {
  private final List<Map<String, String>> withoutFold;
  private int fold = -1;

  FoldNames(Map<String, String> all, List<Map<String, String>> withoutFold) {
    super(all);
    this.withoutFold = withoutFold;
  }

  /** The fold whose document is being read next (-1: the whole list). */
  void use(int fold) {
    this.fold = fold;
  }

  @Override
  protected String type(String key) {
    return fold < 0 ? super.type(key) : withoutFold.get(fold).get(key);
  }
}
