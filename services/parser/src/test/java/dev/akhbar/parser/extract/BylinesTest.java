package dev.akhbar.parser.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BylinesTest {
  private static final String BODY =
      "<p>The council approved the new budget on Tuesday after a long debate about schools, roads"
          + " and the cost of running the city's buses through the winter months.</p><p>Members"
          + " said the plan keeps taxes flat while adding money for repairs that were put off"
          + " for years, and the mayor is expected to sign it this week.</p>";

  private static List<String> authors(String head, String byline) {
    String html =
        "<html><head><title>Budget passes</title>"
            + head
            + "</head><body><article><h1>Budget passes</h1>"
            + byline
            + BODY
            + "</article><aside class=\"related\"><p class=\"author\">By Someone Else</p></aside>"
            + "</body></html>";
    return new ArticleExtractor()
        .extract(html, "https://news.example/2025/03/04/budget", Instant.EPOCH)
        .authors();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "<p>By Jane Doe and John Roe</p>                         | Jane Doe; John Roe",
        "<p class=byline>By <a href=/a/jd>Jane Doe</a>, Senior Editor</p> | Jane Doe",
        "<p>Par Claire Dubois, publié le 21 août 2025</p>          | Claire Dubois",
        "<p>كتب: محمد علي</p>                                      | محمد علي",
        "<p>بقلم أحمد سعيد</p>                                     | أحمد سعيد",
        "<p>إعداد: سارة يوسف</p>                                   | سارة يوسف",
        "<p>تحرير: ليلى حسن</p>                                    | ليلى حسن",
        // Arabic "and" written onto the next name; a name that opens with و is no "and"
        "<p>كتب: محمد علي وأحمد سعيد</p>                          | محمد علي; أحمد سعيد",
        "<p>كتب: محمد علي وأحمد سعيد وسارة يوسف</p>               | محمد علي; أحمد سعيد; سارة يوسف",
        "<p>كتب: محمد علي ووليد سعيد</p>                          | محمد علي; وليد سعيد",
        "<p>كتب: محمد علي وليد سعيد</p>                           | محمد علي وليد سعيد",
        // A date or a relative time run on after the name, in any language: names have no number
        "<p>كتب: محمد علي 16 فبراير 2025</p>                      | محمد علي",
        "<p>كتب: محمد علي الأحد 16 فبراير 2025</p>                | محمد علي",
        "<p>كتب: محمد علي منذ 3 ساعات</p>                         | محمد علي",
        "<p>كتب: عبد الأحد سعيد</p>                               | عبد الأحد سعيد",
        "<p>Von Hans Müller 3. März 2025</p>                       | Hans Müller",
        "<p>Por Juan Pérez 3 de marzo de 2025</p>                  | Juan Pérez",
        "<p>By Jane Doe 3 hours ago</p>                            | Jane Doe",
        // A dash after the byline word
        "<p>كتب - محمد علي</p>                                    | محمد علي",
        // The city the story was filed from before the byline word
        "<p>القاهرة - كتب: محمد علي</p>                           | محمد علي",
        "<p>الرياض ـ كتبت: سارة يوسف</p>                          | سارة يوسف",
        "<p>دبي – كتب أحمد سعيد</p>                                | أحمد سعيد",
        "<p>By – Jane Doe</p>                                      | Jane Doe",
        "<div class=author><span>Written by</span></div><div>Ann Lee</div> | Ann Lee",
        "<span class=author-name>Ann Lee</span> <span class=author-name>Bo Kim</span> | Ann Lee; Bo Kim",
        "<p>By Jane Doe Updated March 3, 2025</p>                  | Jane Doe",
      })
  void readsTheBylineTheReaderSees(String byline, String expected) {
    assertThat(authors("", byline)).containsExactly(expected.split("; "));
  }

  @Test
  void aDatelineBeforeTheStoryIsNoByline() {
    assertThat(
            authors(
                "",
                "<p>القاهرة - أعلن وزير المالية اليوم أن الحكومة ستخفض الضرائب على المصانع الصغيرة"
                    + " بدءا من الشهر المقبل.</p>"))
        .isEmpty();
  }

  @Test
  void aReviewerIsNotTheAuthor() {
    assertThat(authors("", "<p>Medically reviewed by Dr. Amy Stone</p><p>By Jane Doe</p>"))
        .containsExactly("Jane Doe");
  }

  @Test
  void jsonLdPersonArraysGiveEveryAuthor() {
    String ld =
        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Budget"
            + " passes\",\"author\":[{\"@type\":\"Person\",\"name\":\"Jane Doe\"},"
            + "{\"@type\":\"Person\",\"name\":\"John Roe\"}]}</script>";
    assertThat(authors(ld, "")).containsExactly("Jane Doe", "John Roe");
  }

  @Test
  void anOrganisationSigningThePageIsTheAuthorWhenNoPersonIs() {
    String ld =
        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Budget"
            + " passes\",\"author\":{\"@type\":\"Organization\",\"name\":\"City Council Press"
            + " Office\"}}</script>";
    assertThat(authors(ld, "")).containsExactly("City Council Press Office");
    assertThat(authors(ld, "<p>By Jane Doe</p>")).containsExactly("Jane Doe");
  }

  @Test
  void declaredCredentialsAreNoNamesAndTheBylineChoosesAmongDeclaredNames() {
    String ld =
        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Budget"
            + " passes\",\"author\":[{\"@type\":\"Person\",\"name\":\"Jillian Kubala\"},"
            + "{\"@type\":\"Person\",\"name\":\"MS\"},{\"@type\":\"Person\",\"name\":\"RD\"}]}"
            + "</script>";
    assertThat(authors(ld, "")).containsExactly("Jillian Kubala");
    String two =
        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Budget"
            + " passes\",\"author\":[{\"@type\":\"Person\",\"name\":\"Jane Doe\"},"
            + "{\"@type\":\"Person\",\"name\":\"John Roe\"}]}</script>";
    // The byline shows one of the two declared names: the other is an editor credited elsewhere.
    assertThat(authors(two, "<p>By Jane Doe</p>")).containsExactly("Jane Doe");
  }

  @Test
  void entitiesInMetaAuthorsAreDecoded() {
    assertThat(authors("<meta name=\"author\" content=\"Maria &amp;amp; Katerina\">", ""))
        .containsExactly("Maria", "Katerina");
  }

  /** A page whose whole article sits in a <main> styled with utility and builder classes. */
  private static List<String> authorsIn(String main) {
    String html =
        "<html><head><title>Budget passes</title></head><body><nav><a href=/a>Jim Nav</a></nav>"
            + main
            + "</body></html>";
    return new ArticleExtractor()
        .extract(html, "https://news.example/2025/03/04/budget", Instant.EPOCH)
        .authors();
  }

  @Test
  void layoutClassesAroundTheBylineAreNoZoneOfOtherNames() {
    // wcxb-dev 0058 (Tailwind): "offset-nav" on <main>, "md:[grid-area:sidebar]" on the byline.
    String main =
        "<main class=\"z-0 flex-grow offset-nav\"><article class=\"grid items-start\">"
            + "<h1>Budget passes</h1><div class=\"mb-6 md:mb-0 md:[grid-area:sidebar]\">"
            + "<div class=\"text-body-large\"><p class=\"text-grey-1200 mb-1\">Written by</p>"
            + "<p class=\"text-grey-700\">Edzel Tabing</p></div></div>"
            + BODY
            + "</article></main>";
    assertThat(authorsIn(main)).containsExactly("Edzel Tabing");
  }

  @Test
  void aPageBuildersWidgetIsNoSidebarWidget() {
    // wcxb-dev 0353 (Elementor): every block of the article is an "elementor-widget".
    String main =
        "<div class=\"elementor-widget elementor-widget-author-box\"><div"
            + " class=\"elementor-widget-container\"><div class=\"elementor-author-box\">"
            + "<h4 class=\"elementor-author-box__name\"> Liz Kenny </h4></div></div></div>"
            + "<div class=\"elementor-widget-container\"><h1>Budget passes</h1>"
            + BODY
            + "</div><div class=\"widget widget_recent_entries\"><span class=author>Sam"
            + " Other</span></div>";
    assertThat(authorsIn(main)).containsExactly("Liz Kenny");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // wcxb-dev 0379: date, then the name, in one "publish-date-author" line.
        "<div class=publish-date-author>Dec. 19, 2025 &middot; Niko Matsakis on behalf of the"
            + " <a href=/t>Vision Doc group</a></div> | Niko Matsakis",
        // wcxb-dev 0431: "Article by" as a heading, the name in the next block.
        "<h2>Article by</h2><div>Matias Heikkilä</div> | Matias Heikkilä",
      })
  void bylinesOfModernLayouts(String byline, String expected) {
    assertThat(authors("", byline)).containsExactly(expected);
  }

  @Test
  void authorsOfTeasersInsideTheArticlesMicrodataAreNotItsAuthors() {
    String main =
        "<div itemscope itemtype=\"https://schema.org/Article\"><h1 itemprop=headline>Budget"
            + " passes</h1><span itemprop=author>Jane Doe</span>"
            + BODY
            + "<div itemscope itemtype=\"https://schema.org/BlogPosting\"><h4>Older story</h4>"
            + "<span itemprop=author>Sam Other</span></div></div>";
    assertThat(
            new ArticleExtractor()
                .extract(
                    "<html><body>" + main + "</body></html>",
                    "https://news.example/a",
                    Instant.EPOCH)
                .authors())
        .containsExactly("Jane Doe");
  }

  @Test
  void aSignInLinkIsNoAuthorMark() {
    // class "authorization-link": the word "author" goes on into another word.
    assertThat(
            authors(
                "",
                "<ul><li class=\"link authorization-link\"><a href=/login>Sign In</a></li></ul>"
                    + "<p>By Ray Ansari</p>"))
        .containsExactly("Ray Ansari");
  }

  @Test
  void aCategoryLinkIsNoAuthorPageLink() {
    assertThat(
            authors(
                "",
                "<a rel=\"category tag\" href=/category/columnists/jill-barshay/>Proof Points</a>"
                    + "<span class=byline>by Jill Barshay</span>"))
        .containsExactly("Jill Barshay");
  }

  @Test
  void whoUpdatedTheStoryIsNotItsAuthorButAKickerBeforeByIsNoName() {
    assertThat(
            authors(
                "",
                "<div class=byline>By <span>Benjamin Preston</span> Updated by <span>Jon"
                    + " Linkov</span></div>"))
        .containsExactly("Benjamin Preston");
    assertThat(authors("", "<div class=byline><span>Guide</span> by <a>Will Judd</a></div>"))
        .containsExactly("Will Judd");
  }

  @Test
  void aWorkAndItsAuthorInAHeadingAreNoByline() {
    assertThat(
            authors(
                "", "<h3><a href=/b><em>The Devils</em></a> by Joe Abercrombie (May 13th)</h3>"))
        .isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"About the Author", "Meet the Writer"})
  void theHeadingOfAnAuthorBoxIsNoName(String heading) {
    assertThat(authors("", "<div class=author-box>" + heading + "</div>")).isEmpty();
  }

  @Test
  void anArticleMarkedWithItsAuthorsClassIsNoAuthorBox() {
    String main =
        "<main><article class=\"hentry author-stef-keegan\"><h1>Council Budget Passes</h1>"
            + "<p><em>By Lizzie Streit, MS, RDN, LD</em></p>"
            + BODY
            + "</article></main>";
    assertThat(authorsIn(main)).containsExactly("Lizzie Streit");
    String unsigned =
        "<main><article class=\"hentry author-stef-keegan\"><h1>Council Budget Passes</h1>"
            + BODY
            + "</article></main>";
    assertThat(authorsIn(unsigned)).isEmpty();
  }

  @Test
  void aWrittenBylineWinsOverAnotherDeclaredName() {
    String ld =
        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Budget"
            + " passes\",\"author\":{\"@type\":\"Person\",\"name\":\"Luke Daigle\"}}</script>";
    assertThat(authors(ld, "<p>By: Paul Fenaroli</p>")).containsExactly("Paul Fenaroli");
    // Only marked, not written out: the declared name stays.
    assertThat(authors(ld, "<span class=author-name>Paul Fenaroli</span>"))
        .containsExactly("Luke Daigle");
  }

  @Test
  void theAuthorOfABookmarkCardIsAnotherSitesAuthor() {
    assertThat(
            authors(
                "",
                "<figure class=\"kg-card kg-bookmark-card\"><div class=kg-bookmark-metadata>"
                    + "<span class=kg-bookmark-author>Transfer Orbit</span></div></figure>"))
        .isEmpty();
  }

  @Test
  void avatarInitialsBeforeTheNameAreDropped() {
    assertThat(
            authors("", "<div class=author_cont><span>CM</span><span>Craig McCarthy</span></div>"))
        .containsExactly("Craig McCarthy");
  }

  @Test
  void aNameTheElementHoldsWinsOverTheBlockAfterABareLabel() {
    assertThat(
            authors(
                "",
                "<h2>By</h2><div class=tags><a href=/t/w rel=tag>Wedding Checklists</a></div>"
                    + "<div><a rel=author href=/author/naoise/>Naoise McNally</a></div>"))
        .containsExactly("Naoise McNally");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "<p>2025-12-17 &middot; Trond Teigen</p>                      | Trond Teigen",
        "<p>Aaron Ricadela &#124; Senior Writer &#124; July 2, 2025</p>  | Aaron Ricadela",
        "<p>Dec 26, 2025 &bull; Mahua Das in <a href=/c>Planning</a></p> | Mahua Das",
      })
  void aNameBesideTheDateOnALineBeforeTheTextIsTheByline(String line, String expected) {
    assertThat(authors("", line)).containsExactly(expected);
  }

  @Test
  void aSectionOrTheSiteBesideTheDateIsNoByline() {
    assertThat(authors("", "<p>Tech | March 3, 2025</p>")).isEmpty();
    assertThat(
            authors(
                "<meta property=\"og:site_name\" content=\"City News\">",
                "<p>City News | March 3, 2025</p>"))
        .isEmpty();
    assertThat(
            authors(
                "<meta property=\"article:section\" content=\"Local Politics\">",
                "<p>Local Politics | March 3, 2025</p>"))
        .isEmpty();
  }

  @Test
  void theOrganisationAfterTheNameIsNoSecondAuthor() {
    assertThat(authors("", "<p>By Daniel Burstein, MECLABS Institute</p>"))
        .containsExactly("Daniel Burstein");
    assertThat(authors("", "<p>By Jane Doe, South Carolina Learning Network</p>"))
        .containsExactly("Jane Doe");
    assertThat(authors("", "<p>By Jane Doe, John Roe</p>")).containsExactly("Jane Doe", "John Roe");
  }

  @Test
  void anOrganisationShownWithAShorterNameKeepsItsDeclaredName() {
    String ld =
        "<meta property=\"og:site_name\" content=\"Top Growth Marketing\">"
            + "<meta name=\"author\" content=\"Top Growth Marketing\">";
    assertThat(authors(ld, "<span class=author-name>Top Growth</span>"))
        .containsExactly("Top Growth Marketing");
  }

  @Test
  void aMenuLinkOpeningWithByIsNoByline() {
    // Scrapinghub 1f765c48: a radio show in the site's menu, and the declared columnist.
    assertThat(
            authors(
                "<meta name=\"author\" content=\"Finian Cunningham\">",
                "<ul><li><a href=/radio_by_any_means/>By Any Means Necessary</a></li></ul>"))
        .containsExactly("Finian Cunningham");
  }
}
