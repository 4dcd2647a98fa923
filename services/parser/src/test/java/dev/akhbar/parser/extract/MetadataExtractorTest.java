package dev.akhbar.parser.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class MetadataExtractorTest {
  private static PageMetadata read(String head, String body) {
    return MetadataExtractor.read(
        Jsoup.parse(
            "<html><head>" + head + "</head><body>" + body + "</body></html>",
            "https://news.example/2025/02/16/story"));
  }

  private static String ld(String json) {
    return "<script type=\"application/ld+json\">" + json + "</script>";
  }

  @Test
  void jsonLdHeldInAMetaTagIsReadLikeAScript() {
    PageMetadata m =
        read(
            "<meta name=\"script:ld+json\" content=\"{&quot;@type&quot;:&quot;Article&quot;,"
                + "&quot;@context&quot;:&quot;https://schema.org&quot;,"
                + "&quot;headline&quot;:&quot;What a full EV is&quot;,"
                + "&quot;datePublished&quot;:&quot;2025-11-17T09:00:00-05:00&quot;}\">",
            "");

    assertThat(m.declaresArticle).isTrue();
    assertThat(m.headline).isEqualTo("What a full EV is");
    assertThat(m.published).containsExactly("2025-11-17T09:00:00-05:00");
  }

  @Test
  void jsonLdNewsArticleGivesHeadlineAuthorsDatesPublisherSectionTagsAndImage() {
    PageMetadata m =
        read(
            ld(
                """
                {"@context":"https://schema.org","@type":"NewsArticle",
                 "headline":"Port strike ends","description":"Dock workers vote",
                 "datePublished":"2025-03-04T09:15:00+00:00","dateModified":"2025-03-04T10:00:00Z",
                 "author":[{"@type":"Person","name":"Helen Marsh"},{"@type":"Person","name":"Ali Kaya"}],
                 "publisher":{"@type":"Organization","name":"Harbour Gazette"},
                 "articleSection":"Business","keywords":"ports, strikes, unions",
                 "image":"https://news.example/a.jpg","inLanguage":"en-GB"}
                """),
            "");

    assertThat(m.declaresArticle).isTrue();
    assertThat(m.headline).isEqualTo("Port strike ends");
    assertThat(m.description).isEqualTo("Dock workers vote");
    assertThat(m.authors).containsExactly("Helen Marsh", "Ali Kaya");
    assertThat(m.published).first().isEqualTo("2025-03-04T09:15:00+00:00");
    assertThat(m.modified).first().isEqualTo("2025-03-04T10:00:00Z");
    assertThat(m.siteName).isEqualTo("Harbour Gazette");
    assertThat(m.section).isEqualTo("Business");
    assertThat(m.tags).containsExactly("ports", "strikes", "unions");
    assertThat(m.image).isEqualTo("https://news.example/a.jpg");
    assertThat(m.languageHints).containsExactly("en");
  }

  @Test
  void yoastGraphResolvesAuthorAndPublisherReferences() {
    PageMetadata m =
        read(
            ld(
                """
                {"@context":"https://schema.org","@graph":[
                  {"@type":"WebPage","@id":"https://news.example/p#webpage","name":"Page"},
                  {"@type":"Article","@id":"https://news.example/p#article",
                   "headline":"عنوان الخبر","author":{"@id":"https://news.example/#/person/1"},
                   "publisher":{"@id":"https://news.example/#organization"},
                   "datePublished":"2025-02-16T10:30:00+03:00",
                   "articleSection":["سياسة","دولي"],"keywords":["روسيا","أوكرانيا"],
                   "image":{"@id":"https://news.example/#primaryimage"}},
                  {"@type":"Person","@id":"https://news.example/#/person/1","name":"أحمد منصور"},
                  {"@type":"Organization","@id":"https://news.example/#organization","name":"صدى"},
                  {"@type":"ImageObject","@id":"https://news.example/#primaryimage",
                   "url":"https://news.example/img.jpg"}]}
                """),
            "");

    assertThat(m.headline).isEqualTo("عنوان الخبر");
    assertThat(m.authors).containsExactly("أحمد منصور");
    assertThat(m.siteName).isEqualTo("صدى");
    assertThat(m.section).isEqualTo("سياسة");
    assertThat(m.tags).containsExactly("روسيا", "أوكرانيا");
    assertThat(m.image).isEqualTo("https://news.example/img.jpg");
    assertThat(m.published).first().isEqualTo("2025-02-16T10:30:00+03:00");
  }

  @Test
  void sloppyJsonLdWithRawNewlinesAndTrailingCommasIsStillRead() {
    PageMetadata m =
        read(
            ld(
                "{\"@type\": [\"BlogPosting\"], \"headline\": \"Line one\nline two\","
                    + " \"author\": \"Jo Bloggs\", \"datePublished\": \"2024-05-01\",}"),
            "");

    assertThat(m.declaresArticle).isTrue();
    assertThat(m.headline).isEqualTo("Line one line two");
    assertThat(m.authors).containsExactly("Jo Bloggs");
    assertThat(m.published).containsExactly("2024-05-01");
  }

  @Test
  void brokenJsonLdIsIgnoredAndOpenGraphStillApplies() {
    PageMetadata m =
        read(
            ld("{\"@type\": \"NewsArticle\", \"headline\": ")
                + "<meta property=\"og:type\" content=\"article\">"
                + "<meta property=\"og:title\" content=\"OG title\">",
            "");

    assertThat(m.ogTitle).isEqualTo("OG title");
    assertThat(m.declaresArticle).isTrue();
  }

  @Test
  void openGraphAndArticleMetaGiveTitleSiteDatesSectionTagsImageAndLocale() {
    PageMetadata m =
        read(
            """
            <meta property="og:type" content="article">
            <meta property="og:title" content="Les vendanges commencent">
            <meta property="og:site_name" content="Le Courrier">
            <meta property="og:locale" content="fr_FR">
            <meta property="og:image" content="https://news.example/v.jpg">
            <meta property="og:description" content="Deux semaines d'avance">
            <meta property="article:published_time" content="2025-08-21T06:00:00+02:00">
            <meta property="article:modified_time" content="2025-08-21T08:00:00+02:00">
            <meta property="article:section" content="Économie">
            <meta property="article:tag" content="vin">
            <meta property="article:tag" content="Gironde">
            <meta name="author" content="Par Claire Dubois">
            <meta name="keywords" content="ignored, because, article tags exist">
            <link rel="canonical" href="/economie/vendanges">
            """,
            "");

    assertThat(m.ogTitle).isEqualTo("Les vendanges commencent");
    assertThat(m.siteName).isEqualTo("Le Courrier");
    assertThat(m.languageHints).containsExactly("fr");
    assertThat(m.image).isEqualTo("https://news.example/v.jpg");
    assertThat(m.description).isEqualTo("Deux semaines d'avance");
    assertThat(m.published).containsExactly("2025-08-21T06:00:00+02:00");
    assertThat(m.modified).containsExactly("2025-08-21T08:00:00+02:00");
    assertThat(m.section).isEqualTo("Économie");
    assertThat(m.tags).containsExactly("vin", "Gironde");
    assertThat(m.authors).containsExactly("Claire Dubois");
    assertThat(m.canonicalUrl).isEqualTo("https://news.example/economie/vendanges");
    assertThat(m.declaresArticle).isTrue();
  }

  @Test
  void twitterLabelWrittenByGivesTheAuthorAndPublishedDateMetaTheDate() {
    PageMetadata m =
        read(
            "<meta name=\"twitter:label1\" content=\"Written by\">"
                + "<meta name=\"twitter:data1\" content=\"Nawaz Dhandala\">"
                + "<meta name=\"twitter:label2\" content=\"Est. reading time\">"
                + "<meta name=\"twitter:data2\" content=\"5 minutes\">"
                + "<meta name=\"published-date\" content=\"2021-02-16\">",
            "");

    assertThat(m.authors).containsExactly("Nawaz Dhandala");
    assertThat(m.published).containsExactly("2021-02-16");
  }

  @Test
  void articleAuthorMetaHoldingAProfileUrlIsNotAName() {
    PageMetadata m =
        read("<meta property=\"article:author\" content=\"https://www.facebook.com/someone\">", "");

    assertThat(m.authors).isEmpty();
  }

  @Test
  void microdataArticleGivesHeadlineAuthorAndDates() {
    PageMetadata m =
        read(
            "",
            """
            <article itemscope itemtype="https://schema.org/NewsArticle">
              <h1 itemprop="headline">Les vendanges</h1>
              <p>Par <span itemprop="author" itemscope itemtype="https://schema.org/Person">
                <span itemprop="name">Claire Dubois</span></span>,
                <time itemprop="datePublished" datetime="2025-08-21T06:00:00+02:00">21 août</time>
                <meta itemprop="dateModified" content="2025-08-22T06:00:00+02:00"></p>
            </article>
            """);

    assertThat(m.declaresArticle).isTrue();
    assertThat(m.headline).isEqualTo("Les vendanges");
    assertThat(m.authors).containsExactly("Claire Dubois");
    assertThat(m.published).first().isEqualTo("2025-08-21T06:00:00+02:00");
    assertThat(m.modified).first().isEqualTo("2025-08-22T06:00:00+02:00");
  }

  @Test
  void timeElementsAreUsedWhenNothingElseIsDeclared() {
    PageMetadata m =
        read(
            "",
            "<p class=\"byline\">By <a rel=\"author\" href=\"/a/jo\">Jo Smith</a></p>"
                + "<time class=\"published\" datetime=\"2024-01-02T03:04:05Z\">2 Jan</time>"
                + "<time class=\"updated\" datetime=\"2024-01-03T03:04:05Z\">3 Jan</time>");

    // The visible byline is read by Bylines, not as declared metadata.
    assertThat(m.authors).isEmpty();
    assertThat(m.published).containsExactly("2024-01-02T03:04:05Z");
    assertThat(m.modified).containsExactly("2024-01-03T03:04:05Z");
  }

  @Test
  void collectionPagesAndWebsitesDeclareThemselvesNonArticles() {
    assertThat(read("<meta property=\"og:type\" content=\"website\">", "").declaresNonArticle)
        .isTrue();
    assertThat(
            read(ld("{\"@type\":\"CollectionPage\",\"name\":\"Politics\"}"), "").declaresNonArticle)
        .isTrue();
  }

  @Test
  void languageHintsComeFromHtmlLangMetaAndOpenGraphWithoutDuplicates() {
    PageMetadata m =
        MetadataExtractor.read(
            Jsoup.parse(
                "<html lang=\"ar-EG\" dir=\"rtl\"><head>"
                    + "<meta http-equiv=\"content-language\" content=\"ar\">"
                    + "<meta property=\"og:locale\" content=\"ar_AR\">"
                    + "<meta property=\"og:locale:alternate\" content=\"en_US\">"
                    + "</head><body></body></html>"));

    assertThat(m.languageHints).containsExactly("ar");
    assertThat(m.direction).isEqualTo("rtl");
  }
}
