package dev.akhbar.enricher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akhbar.events.EnrichedArticle;
import dev.akhbar.events.EventCodec;
import dev.akhbar.support.budget.RecordRejectedException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** The enricher's adapter without Quarkus: record limit, and hostile input as a dead letter. */
class EnrichProcessorLimitsTest {
  private static EnricherConfig config() {
    return new EnricherConfig() {
      @Override
      public List<String> languages() {
        return List.of("ar", "en");
      }

      @Override
      public boolean languageLowAccuracy() {
        return true;
      }

      @Override
      public Duration recordBudget() {
        return Duration.ofSeconds(30);
      }

      @Override
      public int maxOverrunningRecords() {
        return 2;
      }

      @Override
      public Stories stories() {
        throw new UnsupportedOperationException();
      }
    };
  }

  private static EnrichProcessor processor(long maxRequestSize) {
    return new EnrichProcessor(
        TestEnricher.get(), config(), "akhbar.articles.enriched.v1", maxRequestSize);
  }

  @Test
  void anEnrichmentOverTheTopicsRecordLimitIsRejectedWithTheReason() {
    String payload = EventCodec.write(DemoTexts.arabicArticle());
    assertThatThrownBy(() -> processor(8 * 1024).enrich(payload))
        .isInstanceOf(RecordRejectedException.class)
        .hasMessageContaining("record limit of akhbar.articles.enriched.v1");
  }

  @Test
  void theReportedListOfFortyThousandNumbersIsEnrichedNotAStackOverflow() {
    List<String> paragraphs = new ArrayList<>(DemoTexts.arabicParagraphs());
    paragraphs.add("1,".repeat(40_000) + "1%");
    String payload = EventCodec.write(DemoTexts.article(DemoTexts.AR_TITLE, paragraphs));
    String json;
    try {
      json = processor(8 * 1024 * 1024).process(payload).toCompletableFuture().join().getPayload();
    } catch (CompletionException e) {
      throw new AssertionError("dead-lettered: " + e.getCause(), e);
    }
    assertThat(EventCodec.read(json, EnrichedArticle.class).enrichment().language().code())
        .isEqualTo("ar");
  }
}
