package dev.akhbar.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akhbar.events.EventCodec;
import dev.akhbar.events.ParsedArticle;
import dev.akhbar.events.RawPage;
import dev.akhbar.parser.extract.DemoCorpus;
import dev.akhbar.support.budget.RecordRejectedException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The size policy of the parser's adapter, without Quarkus and without a broker. */
class RawPageProcessorLimitsTest {
  private static ParserConfig config(int maxBodyChars) {
    return new ParserConfig() {
      @Override
      public Duration recordBudget() {
        return Duration.ofSeconds(30);
      }

      @Override
      public int maxOverrunningRecords() {
        return 2;
      }

      @Override
      public int maxBodyChars() {
        return maxBodyChars;
      }
    };
  }

  /** The Arabic demo article with a body of about {@code paragraphs} copies of one paragraph. */
  private static RawPage hugePage(int paragraphs) {
    String html = DemoCorpus.html(DemoCorpus.AR_ARTICLE);
    StringBuilder extra = new StringBuilder();
    for (int i = 0; i < paragraphs; i++) {
      extra.append("<p>قال المتحدث باسم الوزارة في البيان رقم ").append(i);
      extra
          .append(" إن المحادثات تناولت ملفات التعاون الاقتصادي والأمني")
          .append(" وإن الجانبين اتفقا على مواصلة الاجتماعات خلال الأسابيع المقبلة.</p>\n");
    }
    int at = html.indexOf("</p>") + 4;
    RawPage page = DemoCorpus.rawPage(DemoCorpus.AR_ARTICLE);
    return new RawPage(
        page.id(),
        page.url(),
        page.requestedUrl(),
        page.sourceId(),
        page.fetchedAt(),
        200,
        "text/html",
        "UTF-8",
        Map.of(),
        html.substring(0, at) + extra + html.substring(at),
        null);
  }

  @Test
  void aBodyOverTheLimitIsCutAndTheArticleStillWritten() {
    RawPageProcessor processor =
        new RawPageProcessor(config(20_000), "akhbar.articles.parsed.v1", 4 * 1024 * 1024);
    String json = processor.parse(utf8(EventCodec.write(hugePage(2000)))).getPayload();
    ParsedArticle article = EventCodec.read(json, ParsedArticle.class);
    assertThat(article.body().length()).isLessThanOrEqualTo(20_000).isGreaterThan(15_000);
    assertThat(article.title()).isEqualTo("موسكو: اجتماع روسي أمريكي جديد الأسبوع الجاري");
  }

  @Test
  void anArticleOverTheTopicsRecordLimitIsRejectedWithTheReason() {
    RawPageProcessor processor =
        new RawPageProcessor(config(200_000), "akhbar.articles.parsed.v1", 64 * 1024);
    assertThatThrownBy(() -> processor.parse(utf8(EventCodec.write(hugePage(2000)))))
        .isInstanceOf(RecordRejectedException.class)
        .hasMessageContaining("record limit of akhbar.articles.parsed.v1");
  }

  private static byte[] utf8(String json) {
    return json.getBytes(StandardCharsets.UTF_8);
  }
}
