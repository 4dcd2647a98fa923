package dev.akhbar.parser.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Page furniture that only its words give away, in Arabic, Persian and Urdu: disclaimers and
 * comment policies at the end of the text, "read also" lines inside it, share and follow calls. The
 * class names are neutral and the lines sit inside the article's own element, so structure alone
 * keeps them.
 */
class RtlFurnitureTest {
  private static final Instant FETCHED = Instant.parse("2025-02-16T12:00:00Z");
  private final ArticleExtractor extractor = new ArticleExtractor();

  private static final String AR1 = ArticleExtractorLayoutsTest.P1;
  private static final String AR2 = ArticleExtractorLayoutsTest.P2;
  private static final String AR3 = ArticleExtractorLayoutsTest.P3;

  private static final String UR1 =
      "وزارت صحت نے آج جنوبی اضلاع میں تین نئے ہسپتالوں کے افتتاح کا اعلان کیا ہے اور کہا ہے کہ"
          + " یہ ہسپتال اگلے مہینے سے مریضوں کا علاج شروع کر دیں گے۔";
  private static final String UR2 =
      "وزارت کے ترجمان نے بتایا کہ نئے ہسپتالوں میں چھ سو سے زیادہ بستر ہیں اور طبی عملے کی"
          + " بھرتی آئندہ ہفتوں میں مکمل کر لی جائے گی۔";

  private static final String FA1 =
      "وزارت بهداشت امروز از افتتاح سه بیمارستان جدید در استان‌های جنوبی کشور خبر داد و اعلام کرد"
          + " که این بیمارستان‌ها از ماه آینده بیماران را پذیرش می‌کنند.";
  private static final String FA2 =
      "سخنگوی وزارت بهداشت گفت که بیمارستان‌های جدید بیش از ششصد تخت دارند و کادر درمانی آنها"
          + " در هفته‌های آینده استخدام خواهند شد تا خدمات به موقع آغاز شود.";

  private static String page(String lang, String title, String inside) {
    return "<html lang=\""
        + lang
        + "\" dir=\"rtl\"><head><title>"
        + title
        + "</title></head><body><div class=\"top\"><a href=\"/\">الرئيسية</a></div>"
        + "<div class=\"c1\"><h1>"
        + title
        + "</h1><div class=\"c2\">"
        + inside
        + "</div></div></body></html>";
  }

  /** A section of its own, opened by a heading. */
  private static String section(String tag, String heading, String text) {
    return "<div class=\"b\"><" + tag + ">" + heading + "</" + tag + ">" + p(text) + "</div>";
  }

  private static String p(String text) {
    return "<p>" + text + "</p>";
  }

  private Extraction extract(String html) {
    return extractor.extract(html, "https://site.example/news/2025/02/16/story", FETCHED);
  }

  @Test
  void arabicDisclaimerCommentPolicyAndShareCallAtTheEndAreLeftOut() {
    String html =
        page(
            "ar",
            "افتتاح مستشفيات جديدة",
            p("شارك الخبر:")
                + p(AR1)
                + p(AR2)
                + p(AR3)
                + p("الآراء الواردة في هذا المقال لا تعكس بالضرورة الموقف التحريري للشبكة.")
                + p(
                    "نرحب بتعليقاتكم، ونرجو الالتزام بسياسة التعليقات: التعليقات المنشورة تعبر عن"
                        + " آراء أصحابها ولا تعبر عن رأي الموقع، ولن تنشر التعليقات المسيئة.")
                + p("تابعونا على تلغرام وواتساب ليصلكم كل جديد")
                + p("جميع الحقوق محفوظة ©2025"));

    Extraction x = extract(html);

    assertThat(x.paragraphs()).containsExactly(AR1, AR2, AR3);
  }

  @Test
  void arabicReadAlsoLinesInsideTheTextAreLeftOutAndTheTextAfterThemKept() {
    String html =
        page(
            "ar",
            "افتتاح مستشفيات جديدة",
            p(AR1)
                + "<p><strong>اقرأ أيضاً:</strong> <a href=\"/news/1\">وزير الصحة يزور المحافظات"
                + " الجنوبية</a></p>"
                + p(AR2)
                + "<p>إقرأ أيضا</p><ul><li><a href=\"/news/2\">خطة لتطوير المستشفيات</a></li>"
                + "<li><a href=\"/news/3\">نقص في الكوادر الطبية</a></li></ul>"
                + p(AR3));

    Extraction x = extract(html);

    assertThat(x.paragraphs()).containsExactly(AR1, AR2, AR3);
  }

  @Test
  void sectionsUnderArabicFurnitureHeadingsAreLeftOut() {
    String bio =
        "صحفي متخصص في الشؤون الصحية، عمل مراسلا في عدة عواصم عربية وكتب عن السياسات الصحية في"
            + " المنطقة لأكثر من عشر سنوات.";
    String teaser =
        "تناقش الحكومة خطة جديدة لتطوير المستشفيات الريفية وتوفير الأجهزة الطبية الحديثة في"
            + " المحافظات البعيدة عن العاصمة.";
    String html =
        page(
            "ar",
            "افتتاح مستشفيات جديدة",
            "<div class=\"a\">"
                + p(AR1)
                + p(AR2)
                + p(AR3)
                + "</div>"
                + section("h3", "عن الكاتب", bio)
                + section("h2", "أخبار ذات صلة", teaser));

    Extraction x = extract(html);

    assertThat(x.paragraphs()).containsExactly(AR1, AR2, AR3);
  }

  @Test
  void persianRelatedPostsSectionIsLeftOut() {
    String teaser =
        "وزیر بهداشت در سفر به استان‌های جنوبی از روند ساخت بیمارستان‌های جدید بازدید کرد و"
            + " گفت که کار ساخت آنها تا پایان سال به پایان می‌رسد.";
    String html =
        page(
            "fa",
            "افتتاح سه بیمارستان جدید",
            "<div class=\"a\">"
                + p(FA1)
                + p(FA2)
                + "</div>"
                + section("h2", "مطالب مرتبط", teaser));

    Extraction x = extract(html);

    assertThat(x.paragraphs()).containsExactly(FA1, FA2);
  }

  @Test
  void theSameWordsInsideASentenceOfTheStoryStay() {
    String quote =
        "وقال الوزير إن الآراء الواردة في التقرير لا تعكس بالضرورة موقف الحكومة، داعيا إلى نقاش"
            + " واسع حول الخطة قبل إقرارها في البرلمان خلال الأسابيع المقبلة.";
    String march = "شارك أكثر من ألف شخص في المسيرة على طول الكورنيش.";
    String watch = "تابع مئات الآلاف حفل الافتتاح على يوتيوب.";
    String html =
        page(
            "ar",
            "افتتاح مستشفيات جديدة",
            p(AR1) + p(quote) + p(march) + p(AR2) + p(watch) + p(AR3));

    Extraction x = extract(html);

    assertThat(x.paragraphs()).containsExactly(AR1, quote, march, AR2, watch, AR3);
  }

  @Test
  void persianReadMoreCommentNoticeAndFollowCallAreLeftOut() {
    String html =
        page(
            "fa",
            "افتتاح سه بیمارستان جدید",
            p(FA1)
                + "<p>بیشتر بخوانید: <a href=\"/news/1\">سفر وزیر بهداشت به استان‌های جنوبی</a></p>"
                + p(FA2)
                + p("ما را در تلگرام و اینستاگرام دنبال کنید")
                + p(
                    "نظرات ارسال شده توسط شما، پس از تایید توسط مدیران سایت منتشر خواهد شد و"
                        + " نظراتی که حاوی تهمت یا افترا باشد منتشر نخواهد شد."));

    Extraction x = extract(html);

    assertThat(x.paragraphs()).containsExactly(FA1, FA2);
  }

  @Test
  void aShortUrduSentenceEndingTheStoryStays() {
    String last = "انہوں نے کہا کہ کام جاری ہے۔";
    String html = page("ur", "تین نئے ہسپتالوں کا افتتاح", p(UR1) + p(UR2) + p(last));

    Extraction x = extract(html);

    assertThat(x.paragraphs())
        .as("the Urdu full stop ends a sentence")
        .containsExactly(UR1, UR2, last);
  }

  @Test
  void urduAlsoReadLineAndTheEditorialNoteAreLeftOut() {
    String html =
        page(
            "ur",
            "تین نئے ہسپتالوں کا افتتاح",
            p(UR1)
                + "<p>یہ بھی پڑھیں: <a href=\"/news/1\">وزیر صحت کا جنوبی اضلاع کا دورہ</a></p>"
                + p(UR2)
                + p("نوٹ: ادارے کا بلاگر کی رائے سے متفق ہونا ضروری نہیں۔")
                + p("ہمیں فیس بک اور ٹوئٹر پر فالو کریں"));

    Extraction x = extract(html);

    assertThat(x.paragraphs()).containsExactly(UR1, UR2);
  }
}
