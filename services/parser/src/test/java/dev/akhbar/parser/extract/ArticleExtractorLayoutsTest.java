package dev.akhbar.parser.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/**
 * Layouts the demo pages do not have, with neutral class names, so that the rules are seen to work
 * on structure and text rather than on names they were tuned with.
 */
class ArticleExtractorLayoutsTest {
  private static final Instant FETCHED = Instant.parse("2025-02-16T12:00:00Z");
  private final ArticleExtractor extractor = new ArticleExtractor();

  static final String P1 =
      "أعلنت وزارة الصحة اليوم عن افتتاح ثلاثة مستشفيات جديدة في المحافظات الجنوبية، في خطوة قالت"
          + " إنها تهدف إلى تخفيف الضغط على المستشفيات القائمة وتحسين الخدمات المقدمة للمواطنين.";
  static final String P2 =
      "وقال المتحدث باسم الوزارة إن المستشفيات الجديدة تضم أكثر من ستمئة سرير، وإنها ستبدأ باستقبال"
          + " المرضى مطلع الشهر المقبل بعد استكمال تجهيز الأقسام وتعيين الكوادر الطبية اللازمة.";
  static final String P3 =
      "وأضاف أن الوزارة تعمل على خطة لتوسيع شبكة المراكز الصحية في القرى والمناطق النائية خلال"
          + " العامين المقبلين، بالتعاون مع عدد من المنظمات الدولية والجهات المانحة.";

  private Extraction extract(String html) {
    return extractor.extract(html, "https://site.example/news/2025/02/16/hospitals", FETCHED);
  }

  @Test
  void longReaderCommentsAreNotPartOfTheBody() {
    String comment =
        "<li><div class=\"c\"><b>قارئ</b><p>هذا خبر مهم جدا ونتمنى أن يتم تنفيذ هذه المشاريع في"
            + " أقرب وقت ممكن لأن الوضع الصحي في المحافظات الجنوبية صعب للغاية منذ سنوات طويلة.</p>"
            + "</div></li>";
    String html =
        "<html lang=\"ar\" dir=\"rtl\"><head><title>افتتاح مستشفيات جديدة</title></head><body>"
            + "<div class=\"wrap\"><h1>افتتاح مستشفيات جديدة</h1><div class=\"txt\"><p>"
            + P1
            + "</p><p>"
            + P2
            + "</p><p>"
            + P3
            + "</p></div>"
            + "<section id=\"comments\"><h3>التعليقات</h3><ol>"
            + comment
            + comment
            + comment
            + comment
            + "</ol></section></div></body></html>";

    Extraction x = extract(html);

    assertThat(x.paragraphs()).containsExactly(P1, P2, P3);
    assertThat(x.direction()).isEqualTo("rtl");
  }

  @Test
  void relatedStoryCardsWithSummariesAreLeftOutWithoutAnyTellingClassName() {
    StringBuilder cards = new StringBuilder("<div class=\"box\"><h2>شاهد أيضا</h2>");
    for (int i = 1; i <= 4; i++) {
      cards
          .append("<div class=\"item\"><h3><a href=\"/news/")
          .append(i)
          .append("\">عنوان خبر آخر رقم ")
          .append(i)
          .append(" عن الاقتصاد والسياسة</a></h3><p>ملخص الخبر الآخر رقم ")
          .append(i)
          .append(" يتحدث عن تطورات اقتصادية وسياسية في المنطقة خلال الأسبوع الماضي.</p></div>");
    }
    cards.append("</div>");
    String html =
        "<html lang=\"ar\"><head><meta property=\"og:title\" content=\"افتتاح مستشفيات جديدة\">"
            + "</head><body><div class=\"main\"><div class=\"story\"><h1>افتتاح مستشفيات جديدة</h1>"
            + "<p>"
            + P1
            + "</p><p>"
            + P2
            + "</p><p>"
            + P3
            + "</p></div>"
            + cards
            + "</div></body></html>";

    Extraction x = extract(html);

    assertThat(x.paragraphs()).containsExactly(P1, P2, P3);
    assertThat(x.direction()).as("no dir attribute: from the script of the text").isEqualTo("rtl");
  }

  @Test
  void cookieBannerNewsletterAndShareBarAreLeftOutInGermanAndTurkishPages() {
    String body =
        "Die Stadtverwaltung hat am Montag einen neuen Plan für den öffentlichen Nahverkehr"
            + " vorgestellt, der bis 2030 umgesetzt werden soll.";
    String body2 =
        "Nach Angaben des Bürgermeisters sollen dafür rund 400 Millionen Euro investiert werden,"
            + " vor allem in neue Straßenbahnlinien und Busspuren.";
    String html =
        "<html lang=\"de\"><head><title>Neuer Nahverkehrsplan - Stadtanzeiger</title>"
            + "<meta property=\"og:site_name\" content=\"Stadtanzeiger\"></head><body>"
            + "<div id=\"cookie-consent\">Wir verwenden Cookies, um Ihnen das beste Erlebnis zu"
            + " bieten. <button>Akzeptieren</button></div>"
            + "<article><h1>Neuer Nahverkehrsplan</h1><p class=\"meta\">3. Februar 2025, 14:20 Uhr</p>"
            + "<div class=\"share-tools\"><a href=\"#\">Teilen</a> <a href=\"#\">Twittern</a></div>"
            + "<p>"
            + body
            + "</p><p>"
            + body2
            + "</p></article>"
            + "<div class=\"newsletter-signup\"><p>Melden Sie sich für unseren täglichen Newsletter"
            + " an und erhalten Sie die wichtigsten Nachrichten jeden Morgen.</p></div>"
            + "</body></html>";

    Extraction x = extractor.extract(html, "https://stadt.example/verkehr/plan", FETCHED);

    assertThat(x.title()).isEqualTo("Neuer Nahverkehrsplan");
    assertThat(x.paragraphs()).containsExactly(body, body2);
    assertThat(x.publishedAt()).isEqualTo(OffsetDateTime.parse("2025-02-03T14:20Z"));
    assertThat(x.publishedRaw()).isEqualTo("3. Februar 2025, 14:20 Uhr");
  }

  @Test
  void relativeVisibleDateIsResolvedAgainstTheFetchTime() {
    String html =
        "<html lang=\"tr\"><head><title>Belediye yeni park açtı</title></head><body><article>"
            + "<h1>Belediye yeni park açtı</h1><span class=\"date\">3 saat önce</span>"
            + "<p>Belediye, şehir merkezinde 20 dönümlük yeni bir parkı bugün düzenlenen törenle"
            + " halkın kullanımına açtı. Parkta çocuk oyun alanları ve yürüyüş yolları bulunuyor.</p>"
            + "<p>Belediye başkanı, önümüzdeki yıl iki yeni parkın daha açılacağını söyledi ve"
            + " projelerin bütçesinin hazır olduğunu belirtti.</p></article></body></html>";

    Extraction x = extractor.extract(html, "https://haber.example/park", FETCHED);

    assertThat(x.publishedAt()).isEqualTo(OffsetDateTime.parse("2025-02-16T09:00Z"));
    assertThat(x.publishedRaw()).isEqualTo("3 saat önce");
    assertThat(x.paragraphs()).hasSize(2);
  }

  @Test
  void tagPageOfTeasersIsNotAnArticle() {
    StringBuilder html =
        new StringBuilder(
            "<html lang=\"en\"><head><title>Economy - Daily Post</title></head><body><main>"
                + "<h1>Economy</h1>");
    for (int i = 1; i <= 8; i++) {
      html.append("<div class=\"teaser\"><h2><a href=\"/economy/story-")
          .append(i)
          .append("\">Story number ")
          .append(i)
          .append(" about markets and prices</a></h2><p>A short summary of story ")
          .append(i)
          .append(", which explains what happened to markets and prices this week.</p></div>");
    }
    html.append("</main></body></html>");

    Extraction x = extractor.extract(html.toString(), "https://daily.example/tag/economy", FETCHED);

    assertThat(x.article()).isFalse();
    assertThat(x.notArticleReason()).startsWith("Not an article");
  }

  @Test
  void errorPageIsNotAnArticle() {
    String html =
        "<html><head><title>Page not found</title></head><body><nav><a href=\"/\">Home</a></nav>"
            + "<h1>404</h1><p>Sorry, this page does not exist.</p></body></html>";

    assertThat(extractor.extract(html, "https://daily.example/missing", FETCHED).article())
        .isFalse();
  }

  @Test
  void embeddedPostsStayAndAdSlotLabelsGo() {
    String quote =
        "وزير الصحة: المستشفيات الثلاثة جاهزة لاستقبال المرضى بداية الشهر المقبل وسنعلن التفاصيل قريبا";
    String html =
        "<html lang=\"ar\"><head><title>افتتاح مستشفيات جديدة</title></head><body><article>"
            + "<h1>افتتاح مستشفيات جديدة</h1><p>"
            + P1
            + "</p>"
            + "<div class=\"ad-slot\"><span>إعلان</span></div><p>إعلان</p>"
            + "<div class=\"social-embed\"><blockquote class=\"twitter-tweet\"><p>"
            + quote
            + "</p>— وزارة الصحة (@moh) <a href=\"https://x.example/moh/1\">16 فبراير 2025</a>"
            + "</blockquote></div><p>"
            + P2
            + "</p><p>"
            + P3
            + "</p></article></body></html>";

    Extraction x = extract(html);

    assertThat(x.paragraphs()).contains(P1, quote, P2, P3).doesNotContain("إعلان");
    assertThat(x.paragraphs().indexOf(quote)).isEqualTo(1);
  }
}
