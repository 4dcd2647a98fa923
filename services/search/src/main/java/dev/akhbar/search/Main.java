package dev.akhbar.search;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts the service with Quarkus's URI pre-check off ({@code vertx.disableURIValidation}), so that
 * a query typed with raw UTF-8, as {@code curl '127.0.0.1:8085/api/search?q=دبلوماسي'} sends it,
 * reaches the API instead of a bare 400 before routing. The API reads such parameters back as UTF-8
 * ({@link dev.akhbar.search.api.RawUtf8}); every parameter is then checked as any other.
 */
@QuarkusMain
public final class Main {
  private Main() {}

  public static void main(String... args) {
    System.setProperty("vertx.disableURIValidation", "true");
    Quarkus.run(args);
  }
}
