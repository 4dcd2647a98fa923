package dev.akhbar.search.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class CursorTest {
  @Test
  void roundTripsScoresDatesAndIds() {
    Cursor c = new Cursor(SortOrder.RELEVANCE, 3, List.of(12.5d, 1739690000000L, "abc"));
    assertThat(Cursor.decode(c.encode())).isEqualTo(c);
    assertThat(c.encode()).matches("[A-Za-z0-9_-]+");
  }

  @Test
  void refusesAnythingItDidNotWrite() {
    for (String raw :
        List.of(
            "%%%",
            b64("[1,2]"),
            b64("{\"s\":\"newest\",\"p\":1,\"v\":[]}"),
            b64("{\"s\":\"best\",\"p\":1,\"v\":[1]}"),
            b64("{\"s\":\"newest\",\"p\":0,\"v\":[1]}"),
            b64("{\"s\":\"newest\",\"p\":1,\"v\":[{\"script\":1}]}"),
            "A".repeat(2000))) {
      assertThatThrownBy(() -> Cursor.decode(raw))
          .as(raw)
          .isInstanceOf(BadQueryException.class)
          .hasMessage("after is not a cursor returned as next by this search");
    }
  }

  private static String b64(String json) {
    return Base64.getUrlEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }
}
