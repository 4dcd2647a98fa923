package dev.akhbar.fetcher.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** The import endpoints of the running test app, through REST Assured. */
public final class ImportApi {
  private ImportApi() {}

  /** Starts an import (202 with a Location); returns the job id. */
  public static String start(String body) {
    return given()
        .contentType(ContentType.JSON)
        .body(body)
        .post("/import")
        .then()
        .statusCode(202)
        .header("Location", containsString("/import/"))
        .extract()
        .path("id");
  }

  /** Starts an import, then waits for its end through GET /import/{id}?wait; expects it done. */
  public static ValidatableResponse importAndWait(String body) {
    String id = start(body);
    return given()
        .get("/import/" + id + "?wait=60")
        .then()
        .statusCode(200)
        .body("id", equalTo(id))
        .body("state", equalTo("done"));
  }
}
