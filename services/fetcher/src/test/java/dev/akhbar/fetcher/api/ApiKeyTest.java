package dev.akhbar.fetcher.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import dev.akhbar.fetcher.Channels;
import dev.akhbar.fetcher.testing.DemoCorpus;
import dev.akhbar.testsupport.InMemoryChannels;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The prod setting of the API: POST /fetch and /import need a key. */
@QuarkusTest
@TestProfile(ApiKeyTest.KeyRequired.class)
class ApiKeyTest {
  static final String KEY = "test-key-0123456789";

  public static class KeyRequired implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      Map<String, String> config =
          new HashMap<>(
              InMemoryChannels.config(
                  Map.of(
                      InMemoryChannels.INCOMING,
                      Channels.FETCH_REQUESTS,
                      InMemoryChannels.OUTGOING,
                      Channels.RAW_PAGES + "," + Channels.FETCH_DLQ,
                      "akhbar.fetcher.seen.store",
                      "memory",
                      "akhbar.fetcher.import.paths",
                      "")));
      config.put("akhbar.fetcher.api.auth-required", "true");
      config.put("akhbar.fetcher.api.keys", "old-key," + KEY);
      return config;
    }
  }

  private static final String IMPORT = "{\"path\": \"" + DemoCorpus.folder() + "\"}";

  @Test
  void withoutTheKeyImportAndFetchAreRefused() {
    given()
        .contentType(ContentType.JSON)
        .body(IMPORT)
        .post("/import")
        .then()
        .statusCode(401)
        .body("error", containsString("X-Api-Key"));
    given()
        .contentType(ContentType.JSON)
        .body("{\"url\": \"https://news.example/a\"}")
        .post("/fetch")
        .then()
        .statusCode(401);
    given().header("X-Api-Key", "wrong").get("/import").then().statusCode(401);
  }

  @Test
  void withEitherConfiguredKeyTheyAreAccepted() {
    given()
        .header("X-Api-Key", KEY)
        .contentType(ContentType.JSON)
        .body(IMPORT)
        .post("/import")
        .then()
        .statusCode(202);
    given().header("X-Api-Key", "old-key").get("/import").then().statusCode(200);
  }

  @Test
  void healthAndMetricsNeedNoKey() {
    given().get("/q/health/live").then().statusCode(200);
  }
}
