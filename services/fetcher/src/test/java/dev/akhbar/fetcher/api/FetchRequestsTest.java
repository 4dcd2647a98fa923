package dev.akhbar.fetcher.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akhbar.events.EventCodec;
import dev.akhbar.events.FetchRequest;
import dev.akhbar.events.InvalidEventException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FetchRequestsTest {
  @Test
  void acceptsAnHttpsUrlAndTrimsIt() {
    FetchRequest r = FetchRequests.validated(new FetchRequest(" https://a.example/x ", "s", null));

    assertThat(r.url()).isEqualTo("https://a.example/x");
    assertThat(r.sourceId()).isEqualTo("s");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"file:///etc/passwd", "not a url", "mailto:a@b.example", "http:///nohost"})
  void refusesUrlsThatAreNotHttpWithAHost(String url) {
    assertThatThrownBy(() -> FetchRequests.validated(new FetchRequest(url, null, null)))
        .isInstanceOf(InvalidEventException.class);
  }

  @Test
  void aPayloadWithoutUrlFailsDecodingWithTheReason() {
    assertThatThrownBy(() -> EventCodec.read("{\"sourceId\":\"x\"}", FetchRequest.class))
        .isInstanceOf(InvalidEventException.class)
        .hasMessageContaining("url");
  }
}
