package dev.akhbar.parser.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class ArticleExtractorDemoPagesTest {
  private final ArticleExtractor extractor = new ArticleExtractor();

  private Extraction extract(String file) {
    return extractor.extract(DemoCorpus.html(file), DemoCorpus.url(file), DemoCorpus.FETCHED_AT);
  }

  @Test
  void arabicArticleHasTitleAndOnlyTheArticleParagraphs() {
    Extraction x = extract(DemoCorpus.AR_ARTICLE);

    assertThat(x.article()).isTrue();
    assertThat(x.title()).isEqualTo("موسكو: اجتماع روسي أمريكي جديد الأسبوع الجاري");
    assertThat(x.paragraphs()).hasSize(11);
    assertThat(x.paragraphs().get(0)).startsWith("قال سيرجي ريابكوف، نائب وزير الخارجية الروسي");
    assertThat(x.paragraphs()).contains("قمة بوتين وترمب");
    assertThat(x.paragraphs().indexOf("قمة بوتين وترمب")).isEqualTo(6);
    assertThat(x.paragraphs().get(10)).endsWith("ذات الاهتمام المشترك.");
  }

  @Test
  void arabicArticleBodyLeavesOutNavigationSidebarRelatedPostsAndCommentForm() {
    String body = extract(DemoCorpus.AR_ARTICLE).body();

    assertThat(body)
        .doesNotContain("اخر الاخبار")
        .doesNotContain("الرئيسية")
        .doesNotContain("ارتفاع أسعار النفط")
        .doesNotContain("شارك")
        .doesNotContain("واتساب")
        .doesNotContain("اقرأ أيضاً")
        .doesNotContain("ترمب وبوتين يتفقان")
        .doesNotContain("الأكثر قراءة")
        .doesNotContain("النشرة البريدية")
        .doesNotContain("اترك تعليقاً")
        .doesNotContain("لن يتم نشر عنوان بريدك الإلكتروني")
        .doesNotContain("ملفات تعريف الارتباط")
        .doesNotContain("الكرملين في موسكو - أرشيفية")
        .doesNotContain("الوسوم")
        .doesNotContain("جميع الحقوق محفوظة");
  }

  @Test
  void arabicArticleMetadataComesFromYoastGraphAndOpenGraph() {
    Extraction x = extract(DemoCorpus.AR_ARTICLE);

    assertThat(x.authors()).containsExactly("أحمد منصور");
    assertThat(x.publishedAt()).isEqualTo(OffsetDateTime.parse("2025-02-16T10:30:00+03:00"));
    assertThat(x.publishedRaw()).isEqualTo("2025-02-16T10:30:00+03:00");
    assertThat(x.modifiedAt()).isEqualTo(OffsetDateTime.parse("2025-02-16T11:05:00+03:00"));
    assertThat(x.languageHints()).containsExactly("ar");
    assertThat(x.direction()).isEqualTo("rtl");
    assertThat(x.siteName()).isEqualTo("صدى الأخبار");
    assertThat(x.section()).isEqualTo("سياسة");
    assertThat(x.tags()).containsExactly("روسيا", "الولايات المتحدة", "أوكرانيا");
    assertThat(x.image())
        .isEqualTo("https://akhbar-demo.example/wp-content/uploads/2025/02/moscow.jpg");
    assertThat(x.canonicalUrl())
        .isEqualTo("https://akhbar-demo.example/2025/02/16/moscow-us-meeting/");
    assertThat(x.description()).startsWith("قال سيرجي ريابكوف");
  }

  @Test
  void englishArticleParsesWithHeadingAndWithoutNewsletterOrComments() {
    Extraction x = extract(DemoCorpus.EN_ARTICLE);

    assertThat(x.article()).isTrue();
    assertThat(x.title()).isEqualTo("Dock workers end three-week strike after pay deal");
    assertThat(x.paragraphs()).hasSize(7).contains("Backlog will take weeks to clear");
    assertThat(x.body())
        .startsWith("Dock workers at the country's two largest container ports voted on Monday")
        .doesNotContain("morning briefing")
        .doesNotContain("Comments are closed")
        .doesNotContain("Subscribe");
    assertThat(x.authors()).containsExactly("Helen Marsh");
    assertThat(x.publishedAt()).isEqualTo(OffsetDateTime.parse("2025-03-04T09:15:00Z"));
    assertThat(x.languageHints()).containsExactly("en");
    assertThat(x.direction()).isEqualTo("ltr");
    assertThat(x.section()).isEqualTo("Business");
  }

  @Test
  void frenchArticleParsesFromMicrodata() {
    Extraction x = extract(DemoCorpus.FR_ARTICLE);

    assertThat(x.article()).isTrue();
    assertThat(x.title())
        .isEqualTo("Les vendanges commencent avec deux semaines d'avance dans le Bordelais");
    assertThat(x.paragraphs()).hasSize(4);
    assertThat(x.body())
        .doesNotContain("cookies")
        .doesNotContain("À lire aussi")
        .doesNotContain("Claire Dubois");
    assertThat(x.authors()).containsExactly("Claire Dubois");
    assertThat(x.publishedAt()).isEqualTo(OffsetDateTime.parse("2025-08-21T06:00:00+02:00"));
    assertThat(x.languageHints()).containsExactly("fr");
  }

  @Test
  void homePageListingIsNotAnArticle() {
    Extraction x = extract(DemoCorpus.AR_LISTING);

    assertThat(x.article()).isFalse();
    assertThat(x.notArticleReason()).startsWith("Not an article");
  }
}
