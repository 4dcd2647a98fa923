package dev.akhbar.parser.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class PageClassifierTest {
  private final ArticleExtractor extractor = new ArticleExtractor();

  private ArticleExtractor.Analysis analyse(String file) {
    String url = DemoCorpus.url(file);
    return extractor.analyse(Jsoup.parse(DemoCorpus.html(file), url), url, DemoCorpus.FETCHED_AT);
  }

  @Test
  void modelKnowsEveryKindAndTheFeaturesPageFeaturesComputes() {
    PageClassifier model = PageClassifier.DEFAULT;

    assertThat(model.kinds)
        .containsExactly(
            "article", "collection", "documentation", "forum", "listing", "product", "service");
    assertThat(model.mean).hasSize(PageFeatures.NAMES.size());
    assertThat(model.threshold).isBetween(0.0, 1.0);
  }

  @Test
  void newsArticlesAreArticles() {
    for (String file :
        new String[] {DemoCorpus.AR_ARTICLE, DemoCorpus.EN_ARTICLE, DemoCorpus.FR_ARTICLE}) {
      PageClassifier.Verdict v = PageClassifier.DEFAULT.classify(analyse(file).features());

      assertThat(v.article()).as(file).isTrue();
      assertThat(v.kind()).isEqualTo(PageClassifier.ARTICLE);
      assertThat(v.articleProbability()).isGreaterThanOrEqualTo(PageClassifier.DEFAULT.threshold);
    }
  }

  @Test
  void homePageOfTeasersIsToldApartWithItsKind() {
    ArticleExtractor.Analysis a = analyse(DemoCorpus.AR_LISTING);
    PageClassifier.Verdict v = PageClassifier.DEFAULT.classify(a.features());

    assertThat(v.article()).isFalse();
    assertThat(v.kind()).isNotEqualTo(PageClassifier.ARTICLE);
    assertThat(v.articleProbability()).isLessThan(PageClassifier.DEFAULT.threshold);
    assertThat(a.extraction().article()).isFalse();
    assertThat(a.extraction().notArticleReason()).startsWith("Not an article");
  }

  @Test
  void probabilitiesOfAllKindsSumToOne() {
    double[] p = PageClassifier.DEFAULT.probabilities(analyse(DemoCorpus.EN_ARTICLE).features());

    assertThat(p).hasSize(PageClassifier.DEFAULT.kinds.size());
    assertThat(java.util.Arrays.stream(p).sum())
        .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
  }
}
