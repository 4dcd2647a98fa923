package dev.akhbar.pipeline.pages;

/** Pages built to hurt: what real sites sometimes serve, made on purpose for the fault suite. */
public final class HostilePages {
  private static final String PARAGRAPH =
      "قال المتحدث باسم الوزارة إن المحادثات التي جرت في العاصمة تناولت ملفات التعاون الاقتصادي"
          + " والأمني، وإن الجانبين اتفقا على مواصلة الاجتماعات خلال الأسابيع المقبلة. The talks"
          + " covered trade, energy and security, officials said on Tuesday.";

  private HostilePages() {}

  /**
   * An article page whose body is about {@code bytes} bytes of real-looking text, in paragraphs.
   */
  public static Page hugeArticle(String url, int bytes) {
    StringBuilder body = new StringBuilder(bytes);
    int paragraphBytes = PARAGRAPH.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    for (int n = 0, written = 0; written < bytes; n++) {
      body.append("<p>").append(n).append(". ").append(PARAGRAPH).append("</p>\n");
      written += paragraphBytes + 10 + String.valueOf(n).length(); // the tags and number are ASCII
    }
    return article(url, "تقرير مطول عن المحادثات: النص الكامل", body.toString());
  }

  /** An article whose body is one paragraph of {@code items} comma-separated numbers, then "%". */
  public static Page numberList(String url, int items) {
    StringBuilder list = new StringBuilder(items * 2 + 16);
    for (int i = 0; i < items; i++) {
      list.append(i == 0 ? "" : ",").append('1');
    }
    list.append('%');
    String body =
        "<p>"
            + PARAGRAPH
            + "</p>\n<p>"
            + list
            + "</p>\n<p>"
            + PARAGRAPH
            + "</p>\n<p>"
            + PARAGRAPH
            + "</p>";
    return article(url, "جدول الأرقام الكامل للإحصاء السنوي", body);
  }

  private static Page article(String url, String title, String bodyHtml) {
    String html =
        "<!doctype html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\"><title>"
            + title
            + "</title><link rel=\"canonical\" href=\""
            + url
            + "\"><meta property=\"og:type\" content=\"article\">"
            + "<meta property=\"article:published_time\" content=\"2025-02-16T10:30:00+03:00\">"
            + "</head><body><header><nav><a href=\"/\">الرئيسية</a></nav></header><main><article>"
            + "<h1>"
            + title
            + "</h1><p class=\"byline\">بقلم: مراسل الأخبار</p>\n"
            + bodyHtml
            + "</article></main><footer>© الأخبار</footer></body></html>";
    return new Page(url, html);
  }
}
