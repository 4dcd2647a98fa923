package dev.akhbar.fetcher.charset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CharsetDetectorTest {
  private static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
  static final String ARABIC_PAGE =
      "<html><head><title>أخبار اليوم</title></head><body><article><h1>موسكو: اجتماع روسي أمريكي جديد</h1>"
          + "<p>قال سيرجي ريابكوف، نائب وزير الخارجية الروسي، الأحد، إن فريقين من روسيا والولايات"
          + " المتحدة يخططان لعقد اجتماع هذا الأسبوع لبحث عمل السفارتين وتطبيع العلاقات الدبلوماسية.</p>"
          + "<p>وأضاف أن الجانبين اتفقا على مواصلة الحوار، وأن موعد اللقاء القادم سيحدد لاحقا.</p>"
          + "</article></body></html>";

  @Test
  void detectsWindows1256WhenNeitherHeaderNorMetaSaysAnything() {
    CharsetDetector.Decoded d =
        CharsetDetector.decode(ARABIC_PAGE.getBytes(WINDOWS_1256), "text/html");

    assertThat(d.charset()).isEqualTo(WINDOWS_1256);
    assertThat(d.how()).isEqualTo("detected");
    assertThat(d.text()).contains("ريابكوف");
  }

  @Test
  void theHeaderCharsetWinsOverTheMetaTag() {
    byte[] body = "<meta charset=windows-1256><p>é</p>".getBytes(StandardCharsets.UTF_8);

    CharsetDetector.Decoded d = CharsetDetector.decode(body, "text/html; charset=UTF-8");

    assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(d.how()).isEqualTo("header");
    assertThat(d.text()).contains("é");
  }

  @Test
  void readsTheMetaCharsetAndHttpEquivForms() {
    String html =
        "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\"><p>خبر</p>";
    CharsetDetector.Decoded d = CharsetDetector.decode(html.getBytes(WINDOWS_1256), null);

    assertThat(d.charset()).isEqualTo(WINDOWS_1256);
    assertThat(d.how()).isEqualTo("meta");
    assertThat(d.text()).contains("خبر");
  }

  @Test
  void aByteOrderMarkIsObeyedAndStripped() {
    byte[] text = "<p>ok</p>".getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[text.length + 3];
    withBom[0] = (byte) 0xef;
    withBom[1] = (byte) 0xbb;
    withBom[2] = (byte) 0xbf;
    System.arraycopy(text, 0, withBom, 3, text.length);

    CharsetDetector.Decoded d = CharsetDetector.decode(withBom, "text/html");

    assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(d.text()).isEqualTo("<p>ok</p>");
  }

  @Test
  void latin1LabelsDecodeAsWindows1252LikeBrowsersDo() {
    byte[] body = {'<', 'p', '>', (byte) 0x93, 'q', (byte) 0x94};

    CharsetDetector.Decoded d = CharsetDetector.decode(body, "text/html; charset=ISO-8859-1");

    assertThat(d.charset().name()).isEqualTo("windows-1252");
    assertThat(d.text()).isEqualTo("<p>“q”");
  }

  @Test
  void anUnknownHeaderCharsetFallsThroughToTheNextClue() {
    byte[] body = "<meta charset=utf-8><p>ü</p>".getBytes(StandardCharsets.UTF_8);

    assertThat(CharsetDetector.decode(body, "text/html; charset=no-such-charset").how())
        .isEqualTo("meta");
  }
}
