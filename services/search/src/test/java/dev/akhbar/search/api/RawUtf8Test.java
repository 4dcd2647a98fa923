package dev.akhbar.search.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RawUtf8Test {
  private static String asBytes(String s) {
    return new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
  }

  @Test
  void readsRawUtf8BytesBackAsTheTextThatWasTyped() {
    assertThat(RawUtf8.repair(asBytes("دبلوماسي"))).isEqualTo("دبلوماسي");
    assertThat(RawUtf8.repair(asBytes("négociation"))).isEqualTo("négociation");
  }

  @Test
  void leavesDecodedTextAndNonUtf8BytesAsTheyAre() {
    assertThat(RawUtf8.repair("دبلوماسي")).isEqualTo("دبلوماسي");
    assertThat(RawUtf8.repair("négociation")).isEqualTo("négociation");
    assertThat(RawUtf8.repair("port strike")).isEqualTo("port strike");
    assertThat(RawUtf8.repair((String) null)).isNull();
  }
}
