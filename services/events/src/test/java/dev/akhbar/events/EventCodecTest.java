package dev.akhbar.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventCodecTest {

  @Test
  void rejectsPayloadThatIsNotJsonWithAClearReason() {
    assertThatThrownBy(() -> EventCodec.read("<html>oops", RawPage.class))
        .isInstanceOf(InvalidEventException.class)
        .hasMessageStartingWith("Not a valid RawPage");
  }

  @Test
  void rejectsEmptyPayload() {
    assertThatThrownBy(() -> EventCodec.read("  ", ParsedArticle.class))
        .isInstanceOf(InvalidEventException.class)
        .hasMessage("Empty ParsedArticle payload");
  }

  @Test
  void rejectsEventMissingARequiredField() {
    assertThatThrownBy(
            () ->
                EventCodec.read("{\"url\":\"https://a.example/x\",\"status\":200}", RawPage.class))
        .isInstanceOf(InvalidEventException.class)
        .hasMessage("RawPage.id is required");
  }

  @Test
  void readsFromUtf8BytesAsFromTheString() {
    String json =
        "{\"id\":\"0123456789abcdef0123456789abcdef\",\"url\":\"https://a.example/x\","
            + "\"fetchedAt\":\"2025-02-16T08:00:00Z\",\"status\":200,\"body\":\"<p>\u0645\u0648\u0633\u0643\u0648 caf\u00e9</p>\"}";
    assertThat(EventCodec.read(json.getBytes(StandardCharsets.UTF_8), RawPage.class))
        .isEqualTo(EventCodec.read(json, RawPage.class));
    assertThatThrownBy(
            () -> EventCodec.read("<html>oops".getBytes(StandardCharsets.UTF_8), RawPage.class))
        .isInstanceOf(InvalidEventException.class)
        .hasMessageStartingWith("Not a valid RawPage");
    assertThatThrownBy(() -> EventCodec.read(" \n".getBytes(StandardCharsets.UTF_8), RawPage.class))
        .isInstanceOf(InvalidEventException.class)
        .hasMessage("Empty RawPage payload");
    assertThatThrownBy(
            () ->
                EventCodec.read(
                    "{\"url\":\"https://a.example/x\",\"status\":200}"
                        .getBytes(StandardCharsets.UTF_8),
                    RawPage.class))
        .isInstanceOf(InvalidEventException.class)
        .hasMessage("RawPage.id is required");
  }

  @Test
  void keepsThePublicationOffsetAndIgnoresUnknownFields() {
    String json =
        """
        {"id":"0123456789abcdef0123456789abcdef","url":"https://a.example/x","title":"T",
         "paragraphs":["a","b"],"publishedAt":"2025-02-16T10:30:00+03:00",
         "fetchedAt":"2025-02-16T08:00:00Z","wordCount":2,"someFutureField":true}
        """;
    ParsedArticle article = EventCodec.read(json, ParsedArticle.class);
    assertThat(article.publishedAt()).isEqualTo(OffsetDateTime.parse("2025-02-16T10:30:00+03:00"));
    assertThat(EventCodec.write(article)).contains("\"publishedAt\":\"2025-02-16T10:30:00+03:00\"");
    assertThat(article.body()).isEqualTo("a\nb");
    assertThat(article.authors()).isEmpty();
  }

  @Test
  void omitsNullFieldsAndDoesNotLeakDerivedProperties() {
    ParsedArticle article =
        new ParsedArticle(
            ArticleId.of("https://a.example/x"),
            "https://a.example/x",
            null,
            null,
            "T",
            null,
            List.of("p"),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            "ltr",
            1,
            null,
            Instant.parse("2025-01-01T00:00:00Z"),
            null);
    String json = EventCodec.write(article);
    assertThat(json).doesNotContain("null").doesNotContain("\"body\"");
  }
}
